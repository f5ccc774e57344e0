#include "Workspace.h"

#include "commands/Commands.h"
#include "domain/PropertyNames.h"
#include "storage/EntityRows.h"
#include "storage/Migrations.h"
#include "storage/Schema.h"
#include "storage/SqlSupport.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUndoStack>
#include <QtEndian>

namespace jl {

namespace {

// Free functions translate in this context (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(jl::Workspace)
};

QString nativeName(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

WorkspaceError makeError(WorkspaceError::Kind kind, const QString &message)
{
    return {kind, message};
}

QString lockPath(const QString &path)
{
    const QFileInfo info(path);
    return info.absolutePath() + QStringLiteral("/.") + info.fileName() + QStringLiteral(".lock");
}

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("jl-workspace-%1").arg(counter.fetchAndAddRelaxed(1));
}

bool isWritableFile(const QString &path)
{
    // Permission bits, not access(2): as root access() says "writable" for a 0444 file.
    const QFile::Permissions permissions = QFile::permissions(path);
    const QFile::Permissions anyWrite = QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;
    if (!(permissions & anyWrite))
        return false;
    const QFileInfo info(path);
    return info.isWritable() && QFileInfo(info.absolutePath()).isWritable();
}

// Connection settings every connection to a workspace uses.
void configureConnection(QSqlDatabase db)
{
    sql::exec(db, QStringLiteral("PRAGMA foreign_keys = ON"));
    sql::exec(db, QStringLiteral("PRAGMA busy_timeout = 5000"));
    sql::exec(db, QStringLiteral("PRAGMA synchronous = FULL"));
}

QSqlDatabase addConnection(const QString &path, const QString &name)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    return db;
}

std::unique_ptr<QLockFile> acquireLock(const QString &path, WorkspaceError *error)
{
    auto lock = std::make_unique<QLockFile>(lockPath(path));
    lock->setStaleLockTime(0); // only a lock whose process is gone is stale
    if (lock->tryLock(0))
        return lock;
    if (lock->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host;
        QString application;
        lock->getLockInfo(&pid, &host, &application);
        *error = makeError(WorkspaceError::Kind::Locked,
                           Text::tr("The workspace “%1” is already open in another JourneyLens window (process %2 on %3). "
                              "Switch to that window, or close it and try again.")
                               .arg(nativeName(path))
                               .arg(pid)
                               .arg(host));
    } else {
        *error = makeError(WorkspaceError::Kind::ReadOnly,
                           Text::tr("Cannot create the lock file for “%1”: the folder is not writable. "
                              "Copy the workspace to a folder you can write to.")
                               .arg(nativeName(path)));
    }
    return nullptr;
}

} // namespace

// --- probing ---------------------------------------------------------------------------------

WorkspaceError Workspace::probe(const QString &path)
{
    const QFileInfo info(path);
    const QString name = nativeName(path);
    if (!info.exists())
        return makeError(WorkspaceError::Kind::NotFound, tr("The file “%1” does not exist.").arg(name));
    if (!info.isFile())
        return makeError(WorkspaceError::Kind::NotAWorkspace, tr("“%1” is not a file.").arg(name));

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(WorkspaceError::Kind::Io, tr("Cannot read “%1”: %2.").arg(name, file.errorString()));
    const QByteArray header = file.read(100);
    const qint64 size = file.size();
    file.close();

    static const QByteArray magic("SQLite format 3\0", 16);
    if (size == 0)
        return makeError(WorkspaceError::Kind::NotAWorkspace,
                         tr("“%1” is empty. It is not a JourneyLens workspace.").arg(name));
    if (!header.startsWith(magic))
        return makeError(WorkspaceError::Kind::NotAWorkspace,
                         tr("“%1” is not a JourneyLens workspace. Workspaces are .jlens files created by "
                            "JourneyLens (File > New); check that you chose the right file.")
                             .arg(name));
    if (header.size() < 100)
        return makeError(WorkspaceError::Kind::Truncated,
                         tr("“%1” is truncated (only %2 bytes). Restore it from a backup.").arg(name).arg(size));

    const auto u32 = [&header](int offset) { return qFromBigEndian<quint32>(header.constData() + offset); };
    const quint32 userVersion = u32(60);
    const qint32 applicationId = qint32(u32(68));
    if (applicationId != schema::ApplicationId)
        return makeError(WorkspaceError::Kind::NotAWorkspace,
                         tr("“%1” is an SQLite database, but not a JourneyLens workspace.").arg(name));
    if (userVersion > quint32(schema::CurrentVersion))
        return makeError(WorkspaceError::Kind::NewerVersion,
                         tr("“%1” was saved by a newer version of JourneyLens (file format %2; this version reads "
                            "up to %3). Update JourneyLens to open it; the file was not changed.")
                             .arg(name)
                             .arg(userVersion)
                             .arg(schema::CurrentVersion));

    // The page count in the header is trustworthy when no write-ahead log holds newer pages.
    quint32 pageSize = qFromBigEndian<quint16>(header.constData() + 16);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pageCount = u32(28);
    const bool countValid = u32(24) == u32(92);
    if (countValid && !QFileInfo::exists(path + QStringLiteral("-wal")) && qint64(pageCount) * pageSize > size)
        return makeError(WorkspaceError::Kind::Truncated,
                         tr("“%1” is truncated: it should hold %2 bytes but has %3. It was probably copied "
                            "incompletely; copy it again or restore it from a backup.")
                             .arg(name)
                             .arg(qint64(pageCount) * pageSize)
                             .arg(size));
    return {};
}

// --- opening and creating --------------------------------------------------------------------

QSqlDatabase Workspace::openConnection(const QString &path, const QString &connectionName, QString *error,
                                         Access access)
{
    QSqlDatabase db = addConnection(path, connectionName);
    if (access == Access::ReadOnly)
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open()) {
        if (error)
            *error = db.lastError().text();
        return {};
    }
    try {
        configureConnection(db);
    } catch (const SqlError &e) {
        if (error)
            *error = e.message();
        db.close();
        return {};
    }
    return db;
}

void Workspace::closeConnection(const QString &connectionName)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

std::unique_ptr<Workspace> Workspace::open(const QString &path, WorkspaceError *error)
{
    WorkspaceError ignored;
    WorkspaceError &err = error ? *error : ignored;
    err = probe(path);
    if (err)
        return nullptr;
    const QString name = nativeName(path);
    if (!isWritableFile(path)) {
        err = makeError(WorkspaceError::Kind::ReadOnly,
                        tr("“%1” is read-only. JourneyLens saves every edit into the workspace file as you make it, "
                           "so it needs write access: make the file and its folder writable, or copy it elsewhere.")
                            .arg(name));
        return nullptr;
    }
    auto lock = acquireLock(path, &err);
    if (!lock)
        return nullptr;

    const QString connectionName = nextConnectionName();
    {
        QSqlDatabase db = addConnection(path, connectionName);
        QString failure;
        WorkspaceError::Kind kind = WorkspaceError::Kind::Corrupt;
        if (!db.open()) {
            failure = db.lastError().text();
        } else {
            try {
                configureConnection(db);
                const QString check = sql::scalar(db, QStringLiteral("PRAGMA quick_check")).toString();
                if (check != QLatin1String("ok"))
                    failure = check;
                else if (!sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM sqlite_schema WHERE name = 'meta'")).toBool()) {
                    kind = WorkspaceError::Kind::NotAWorkspace;
                    failure = tr("the workspace tables are missing");
                }
            } catch (const SqlError &e) {
                failure = e.message();
            }
        }
        if (failure.isEmpty() && migrations::userVersion(db) < schema::CurrentVersion) {
            if (!migrations::migrate(db, &failure))
                kind = WorkspaceError::Kind::Io;
        }
        if (failure.isEmpty()) {
            try {
                sql::exec(db, QStringLiteral("PRAGMA journal_mode = WAL"));
            } catch (const SqlError &e) {
                failure = e.message();
                kind = WorkspaceError::Kind::Io;
            }
        }
        if (!failure.isEmpty()) {
            db.close();
            db = {};
            QSqlDatabase::removeDatabase(connectionName);
            err = makeError(kind,
                            kind == WorkspaceError::Kind::Corrupt
                                ? tr("“%1” is damaged and cannot be opened (%2). Restore it from a backup; "
                                     "the file was not changed.")
                                      .arg(name, failure)
                                : tr("Cannot open “%1”: %2.").arg(name, failure));
            return nullptr;
        }
        err = {};
        return std::unique_ptr<Workspace>(new Workspace(path, db, std::move(lock)));
    }
}

std::unique_ptr<Workspace> Workspace::create(const QString &path, const QString &title, WorkspaceError *error)
{
    WorkspaceError ignored;
    WorkspaceError &err = error ? *error : ignored;
    const QString name = nativeName(path);
    if (QFileInfo::exists(path)) {
        err = makeError(WorkspaceError::Kind::AlreadyExists,
                        tr("“%1” already exists. Choose another name or remove the file first.").arg(name));
        return nullptr;
    }
    auto lock = acquireLock(path, &err);
    if (!lock)
        return nullptr;

    const QString connectionName = nextConnectionName();
    QSqlDatabase db = addConnection(path, connectionName);
    QString failure;
    if (!db.open()) {
        failure = db.lastError().text();
    } else {
        try {
            configureConnection(db);
            if (!migrations::migrate(db, &failure))
                throw SqlError(failure);
            Transaction transaction(db);
            const QString insert = QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)");
            sql::run(db, insert, {QStringLiteral("title"), title});
            sql::run(db, insert, {QStringLiteral("created"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
            sql::run(db, insert, {QStringLiteral("created_with"), QStringLiteral("JourneyLens " JOURNEYLENS_VERSION)});
            transaction.commit();
            sql::exec(db, QStringLiteral("PRAGMA journal_mode = WAL"));
        } catch (const SqlError &e) {
            failure = e.message();
        }
    }
    if (!failure.isEmpty()) {
        db.close();
        db = {};
        QSqlDatabase::removeDatabase(connectionName);
        QFile::remove(path);
        err = makeError(WorkspaceError::Kind::Io, tr("Cannot create “%1”: %2.").arg(name, failure));
        return nullptr;
    }
    err = {};
    return std::unique_ptr<Workspace>(new Workspace(path, db, std::move(lock)));
}

Workspace::Workspace(QString path, QSqlDatabase db, std::unique_ptr<QLockFile> lock)
    : m_path(QFileInfo(path).absoluteFilePath()),
      m_connectionName(db.connectionName()),
      m_db(std::move(db)),
      m_lock(std::move(lock)),
      m_undoStack(std::make_unique<QUndoStack>())
{
    connect(m_undoStack.get(), &QUndoStack::cleanChanged, this, [this](bool clean) { emit modifiedChanged(!clean); });
}

Workspace::~Workspace()
{
    // Commands hold a pointer to this workspace; drop them before the connection goes.
    m_undoStack->clear();
    closeDatabase();
}

void Workspace::closeDatabase()
{
    if (m_db.isOpen()) {
        QSqlQuery query(m_db);
        // Leave a single self-contained file behind: fold the log in and leave WAL mode.
        query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        query.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
        query.finish();
        m_db.close();
    }
    m_db = {};
    QSqlDatabase::removeDatabase(m_connectionName);
    if (m_lock)
        m_lock->unlock();
}

QString Workspace::workspaceId() const
{
    try {
        return sql::scalar(m_db, QStringLiteral("SELECT value FROM meta WHERE key = 'workspace_id'")).toString();
    } catch (const SqlError &) {
        return {};
    }
}

QString Workspace::title() const
{
    try {
        const QString title = sql::scalar(m_db, QStringLiteral("SELECT value FROM meta WHERE key = 'title'")).toString();
        if (!title.isEmpty())
            return title;
    } catch (const SqlError &) {
    }
    return QFileInfo(m_path).completeBaseName();
}

bool Workspace::isModified() const
{
    return !m_undoStack->isClean();
}

bool Workspace::save(WorkspaceError *error)
{
    try {
        sql::exec(m_db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    } catch (const SqlError &e) {
        if (error)
            *error = makeError(WorkspaceError::Kind::Io, tr("Cannot save “%1”: %2.").arg(nativeName(m_path), e.message()));
        return false;
    }
    m_undoStack->setClean();
    return true;
}

bool Workspace::saveCopy(const QString &path, WorkspaceError *error) const
{
    const QString target = QFileInfo(path).absoluteFilePath();
    const QString temporary = target + QStringLiteral(".part");
    QFile::remove(temporary);
    try {
        sql::run(m_db, QStringLiteral("VACUUM INTO ?"), {temporary});
        // The copy leaves WAL mode; it is a finished file of its own.
        QSqlDatabase copy = addConnection(temporary, m_connectionName + QStringLiteral("-copy"));
        if (copy.open()) {
            QSqlQuery(copy).exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
            copy.close();
        }
        copy = {};
        QSqlDatabase::removeDatabase(m_connectionName + QStringLiteral("-copy"));
    } catch (const SqlError &e) {
        QFile::remove(temporary);
        if (error)
            *error = makeError(WorkspaceError::Kind::Io, tr("Cannot write “%1”: %2.").arg(nativeName(target), e.message()));
        return false;
    }
    if (QFileInfo::exists(target) && !QFile::remove(target)) {
        QFile::remove(temporary);
        if (error)
            *error = makeError(WorkspaceError::Kind::Io,
                               tr("Cannot replace “%1”: the existing file cannot be removed.").arg(nativeName(target)));
        return false;
    }
    if (!QFile::rename(temporary, target)) {
        QFile::remove(temporary);
        if (error)
            *error = makeError(WorkspaceError::Kind::Io, tr("Cannot write “%1”.").arg(nativeName(target)));
        return false;
    }
    return true;
}

bool Workspace::saveAs(const QString &path, WorkspaceError *error)
{
    const QString target = QFileInfo(path).absoluteFilePath();
    if (target == m_path)
        return save(error);
    WorkspaceError err;
    auto lock = acquireLock(target, &err);
    if (!lock) {
        if (error)
            *error = err;
        return false;
    }
    if (!saveCopy(target, error))
        return false;

    const QString connectionName = nextConnectionName();
    QSqlDatabase db = addConnection(target, connectionName);
    try {
        if (!db.open())
            throw SqlError(db.lastError().text());
        configureConnection(db);
        sql::exec(db, QStringLiteral("PRAGMA journal_mode = WAL"));
    } catch (const SqlError &e) {
        db.close();
        db = {};
        QSqlDatabase::removeDatabase(connectionName);
        if (error)
            *error = makeError(WorkspaceError::Kind::Io, tr("Cannot open “%1”: %2.").arg(nativeName(target), e.message()));
        return false;
    }
    closeDatabase();
    m_db = db;
    m_connectionName = connectionName;
    m_lock = std::move(lock);
    m_path = target;
    m_undoStack->setClean();
    emit filePathChanged(m_path);
    return true;
}

// --- edits -----------------------------------------------------------------------------------

void Workspace::notify(const ChangeEvent &event)
{
    emit changed(event);
}

void Workspace::reportFailure(const QString &message)
{
    ++m_failures;
    m_lastError = message;
    emit commandFailed(message);
}

void Workspace::reportFailure(const QString &what, const SqlError &error)
{
    const QString raw = error.message();
    QString reason;
    if (raw.contains(QLatin1String("JL_STAGE_OF_OTHER_JOURNEY")))
        reason = tr("the stage belongs to another journey");
    else if (raw.contains(QLatin1String("JL_TRIGGER_ACROSS_JOURNEYS")))
        reason = tr("a trigger can only connect steps of its own journey");
    else if (raw.contains(QLatin1String("JL_DETAILS_OWN_STEP")))
        reason = tr("a journey cannot detail one of its own steps");
    else if (raw.contains(QLatin1String("FOREIGN KEY")))
        reason = tr("it refers to an element that does not exist");
    else if (raw.contains(QLatin1String("UNIQUE")))
        reason = tr("it exists already");
    else if (raw.contains(QLatin1String("CHECK")))
        reason = tr("a value is out of its allowed range");
    else if (raw.contains(QLatin1String("NOT NULL")))
        reason = tr("a required value is missing (%1)")
                     .arg(propertyName(raw.section(QLatin1Char(':'), 1).section(QLatin1Char('.'), 1).trimmed()));
    else if (raw.contains(QLatin1String("readonly"), Qt::CaseInsensitive))
        reason = tr("the workspace file cannot be written to");
    else if (raw.contains(QLatin1String("disk"), Qt::CaseInsensitive) && raw.contains(QLatin1String("full")))
        reason = tr("the disk is full");
    else
        reason = raw;
    reportFailure(what.isEmpty() ? tr("The change failed: %1.").arg(reason) : tr("%1 failed: %2.").arg(what, reason));
}

void Workspace::beginEdit(const QString &text)
{
    m_editFailures = m_failures;
    m_undoStack->beginMacro(text);
}

bool Workspace::endEdit()
{
    m_undoStack->endMacro();
    if (m_failures == m_editFailures)
        return true;
    // Roll back what the edit did so far and drop it: undo the children by hand, then let
    // QUndoStack discard the now obsolete macro (undo() removes obsolete commands).
    auto *macro = const_cast<QUndoCommand *>(m_undoStack->command(m_undoStack->index() - 1));
    macro->undo();
    macro->setObsolete(true);
    m_undoStack->undo();
    return false;
}

qint64 Workspace::pushAdd(EntityType type, const Row &row, const QString &text)
{
    qint64 id = 0;
    m_undoStack->push(new AddRowCommand(this, type, row, text, &id)); // a failed command is dropped
    return id;
}

ChannelId Workspace::addChannel(const Channel &channel)
{
    return ChannelId(pushAdd(EntityType::Channel, entityrows::toRow(channel), tr("Add channel “%1”").arg(channel.name)));
}

DepartmentId Workspace::addDepartment(const Department &department)
{
    return DepartmentId(pushAdd(EntityType::Department, entityrows::toRow(department),
                                tr("Add department “%1”").arg(department.name)));
}

SourceSystemId Workspace::addSourceSystem(const SourceSystem &sourceSystem)
{
    return SourceSystemId(pushAdd(EntityType::SourceSystem, entityrows::toRow(sourceSystem),
                                  tr("Add source system “%1”").arg(sourceSystem.name)));
}

OwnerId Workspace::addOwner(const Owner &owner)
{
    return OwnerId(pushAdd(EntityType::Owner, entityrows::toRow(owner), tr("Add owner “%1”").arg(owner.name)));
}

PersonaId Workspace::addPersona(const Persona &persona)
{
    beginEdit(tr("Add persona “%1”").arg(persona.name));
    const PersonaId id(pushAdd(EntityType::Persona, entityrows::toRow(persona), {}));
    if (id) {
        for (ChannelId channel : persona.preferredChannels)
            addPreferredChannel(id, channel);
    }
    return endEdit() ? id : PersonaId();
}

JourneyId Workspace::addJourney(const Journey &journey)
{
    beginEdit(tr("Add journey “%1”").arg(journey.name));
    const JourneyId id(pushAdd(EntityType::Journey, entityrows::toRow(journey), {}));
    if (id) {
        for (PersonaId persona : journey.personas)
            assignPersona(id, persona);
    }
    return endEdit() ? id : JourneyId();
}

StageId Workspace::addStage(const Stage &stage)
{
    return StageId(pushAdd(EntityType::Stage, entityrows::toRow(stage), tr("Add stage “%1”").arg(stage.name)));
}

StepId Workspace::addStep(const Step &step)
{
    beginEdit(tr("Add step “%1”").arg(step.name));
    const StepId id(pushAdd(EntityType::Step, entityrows::toRow(step), {}));
    if (id) {
        for (KpiTarget target : step.kpiTargets) {
            target.id = {};
            target.step = id;
            addKpiTarget(target);
        }
    }
    return endEdit() ? id : StepId();
}

TriggerId Workspace::addTrigger(const Trigger &trigger)
{
    return TriggerId(pushAdd(EntityType::Trigger, entityrows::toRow(trigger),
                             trigger.label.isEmpty() ? tr("Add trigger") : tr("Add trigger “%1”").arg(trigger.label)));
}

KpiTargetId Workspace::addKpiTarget(const KpiTarget &target)
{
    return KpiTargetId(pushAdd(EntityType::KpiTarget, entityrows::toRow(target),
                               tr("Add KPI target “%1”").arg(displayName(target.measure))));
}

GlossaryTermId Workspace::addGlossaryTerm(const GlossaryTerm &term)
{
    return GlossaryTermId(
        pushAdd(EntityType::GlossaryTerm, entityrows::toRow(term), tr("Add glossary term “%1”").arg(term.term)));
}

bool Workspace::assignPersona(JourneyId journey, PersonaId persona)
{
    const Row row{{QStringLiteral("journey_id"), journey.value()}, {QStringLiteral("persona_id"), persona.value()}};
    return pushAdd(EntityType::JourneyPersona, row, tr("Assign persona")) > 0;
}

bool Workspace::addPreferredChannel(PersonaId persona, ChannelId channel)
{
    const Row row{{QStringLiteral("persona_id"), persona.value()}, {QStringLiteral("channel_id"), channel.value()}};
    return pushAdd(EntityType::PersonaChannel, row, tr("Add preferred channel")) > 0;
}

bool Workspace::removeLink(EntityType type, const QString &ownerColumn, qint64 ownerId, const QString &otherColumn,
                           qint64 otherId, const QString &text)
{
    qint64 linkId = 0;
    try {
        linkId = sql::scalar(m_db,
                             QStringLiteral("SELECT id FROM %1 WHERE %2 = ? AND %3 = ?")
                                 .arg(schema::tableName(type), ownerColumn, otherColumn),
                             {ownerId, otherId})
                     .toLongLong();
    } catch (const SqlError &e) {
        reportFailure(text, e);
        return false;
    }
    if (linkId <= 0)
        return false;
    const int failures = m_failures;
    m_undoStack->push(new RemoveRowCommand(this, {type, linkId}, text));
    return m_failures == failures;
}

bool Workspace::unassignPersona(JourneyId journey, PersonaId persona)
{
    return removeLink(EntityType::JourneyPersona, QStringLiteral("journey_id"), journey.value(),
                      QStringLiteral("persona_id"), persona.value(), tr("Unassign persona"));
}

bool Workspace::removePreferredChannel(PersonaId persona, ChannelId channel)
{
    return removeLink(EntityType::PersonaChannel, QStringLiteral("persona_id"), persona.value(),
                      QStringLiteral("channel_id"), channel.value(), tr("Remove preferred channel"));
}

bool Workspace::setPersonaEmotion(StepId step, PersonaId persona, std::optional<int> emotion)
{
    const QString text = tr("Change expected emotion");
    if (emotion && (*emotion < MinEmotion || *emotion > MaxEmotion)) {
        reportFailure(tr("An emotion lies between %1 and %2.").arg(MinEmotion).arg(MaxEmotion));
        return false;
    }
    qint64 existing = 0;
    try {
        existing = sql::scalar(m_db, QStringLiteral("SELECT id FROM persona_emotion WHERE step_id = ? AND persona_id = ?"),
                               {step.value(), persona.value()})
                       .toLongLong();
    } catch (const SqlError &e) {
        reportFailure(text, e);
        return false;
    }
    const int failures = m_failures;
    if (!emotion) {
        if (existing > 0)
            m_undoStack->push(new RemoveRowCommand(this, {EntityType::PersonaEmotion, existing}, text));
        return m_failures == failures;
    }
    if (existing > 0)
        return setProperties({{{EntityType::PersonaEmotion, existing}, QStringLiteral("emotion"), *emotion}}, text);
    return pushAdd(EntityType::PersonaEmotion, entityrows::toRow(PersonaEmotion{{}, step, persona, *emotion}), text) > 0;
}

WorkshopNoteId Workspace::addWorkshopNote(const WorkshopNote &note)
{
    const QString text = note.kind == NoteKind::Pain ? tr("Add pain note") : tr("Add idea note");
    if (note.text.trimmed().isEmpty()) {
        reportFailure(tr("A note needs some text."));
        return {};
    }
    WorkshopNote placed = note;
    placed.votes = std::max(0, note.votes);
    if (placed.position <= 0) {
        try {
            placed.position = sql::scalar(m_db, QStringLiteral("SELECT COALESCE(MAX(position), 0) + 1 FROM workshop_note "
                                                               "WHERE step_id = ?"),
                                          {note.step.value()})
                                  .toInt();
        } catch (const SqlError &e) {
            reportFailure(text, e);
            return {};
        }
    }
    return WorkshopNoteId(pushAdd(EntityType::WorkshopNote, entityrows::toRow(placed), text));
}

bool Workspace::voteOnNote(WorkshopNoteId note, int delta)
{
    const QString text = delta >= 0 ? tr("Vote for idea") : tr("Take back vote");
    std::optional<WorkshopNote> current;
    try {
        current = reader().workshopNote(note);
    } catch (const SqlError &e) {
        reportFailure(text, e);
        return false;
    }
    if (!current) {
        reportFailure(tr("The note no longer exists."));
        return false;
    }
    const int votes = std::max(0, current->votes + delta);
    if (votes == current->votes)
        return true;
    // No merge key: every vote is an undo step of its own.
    return setProperties({{{EntityType::WorkshopNote, note.value()}, QStringLiteral("votes"), votes}}, text);
}

bool Workspace::setProperty(EntityRef element, const QString &property, const QVariant &value)
{
    if (!rows::isColumn(element.type, property)) {
        reportFailure(tr("“%1” is not a property of this element.").arg(property));
        return false;
    }
    if (schema::isImmutable(element.type, property)) {
        reportFailure(tr("“%1” cannot be changed here.").arg(property));
        return false;
    }
    if (element.type == EntityType::Journey && property == QLatin1String("detail_step_id")
        && wouldCreateDetailCycle(JourneyId(element.id), StepId(value.toLongLong()))) {
        reportFailure(tr("A journey cannot detail a step of itself or of one of its own sub-journeys."));
        return false;
    }
    const int failures = m_failures;
    m_undoStack->push(new SetPropertyCommand(this, element, property, value, tr("Change %1").arg(propertyName(property))));
    return m_failures == failures;
}

bool Workspace::setProperties(const QList<PropertyChange> &changes, const QString &text, const QString &mergeKey)
{
    for (const PropertyChange &change : changes) {
        if (!rows::isColumn(change.element.type, change.property) || schema::isImmutable(change.element.type, change.property)
            || (change.element.type == EntityType::Journey && change.property == QLatin1String("detail_step_id"))) {
            reportFailure(tr("“%1” cannot be changed here.").arg(change.property));
            return false;
        }
    }
    const int failures = m_failures;
    m_undoStack->push(new SetPropertiesCommand(this, changes, text, mergeKey));
    return m_failures == failures;
}

bool Workspace::removeAll(const QList<EntityRef> &elements, const QString &text)
{
    if (elements.size() == 1)
        return remove(elements.first());
    beginEdit(text);
    for (const EntityRef &element : elements) {
        bool exists = false;
        try {
            exists = rows::read(m_db, element.type, element.id).has_value();
        } catch (const SqlError &e) {
            reportFailure(text, e);
            break;
        }
        if (exists)
            m_undoStack->push(new RemoveRowCommand(this, element, text));
    }
    return endEdit();
}

bool Workspace::wouldCreateDetailCycle(JourneyId journey, StepId detailedStep) const
{
    if (!detailedStep)
        return false;
    const ModelReader reader(m_db);
    try {
        const auto step = reader.step(detailedStep);
        JourneyId current = step ? step->journey : JourneyId();
        QSet<JourneyId> seen;
        while (current && !seen.contains(current)) {
            if (current == journey)
                return true;
            seen.insert(current);
            current = reader.parentJourney(current);
        }
    } catch (const SqlError &) {
        return false; // the command itself will report the failure
    }
    return false;
}

bool Workspace::remove(EntityRef element)
{
    const int failures = m_failures;
    m_undoStack->push(new RemoveRowCommand(this, element, tr("Delete")));
    return m_failures == failures;
}

} // namespace jl
