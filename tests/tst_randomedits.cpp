// A seeded random sequence of 1,000 edits of every kind; undoing all of them must give back the
// exact database content of the start, redoing all of them the content of the end.

#include "TestSupport.h"

#include "document/Workspace.h"
#include "storage/CanonicalDump.h"
#include "storage/EntityRows.h"
#include "storage/SqlSupport.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>
#include <QUndoStack>

using namespace jl;

namespace {

class RandomEditor
{
public:
    RandomEditor(Workspace &ws, quint32 seed) : m_ws(ws), m_random(seed) {}

    // One random edit; returns false when the model refused it (a constraint), which is fine.
    bool edit()
    {
        const int choice = int(m_random.bounded(100));
        if (choice < 35)
            return add(randomType());
        if (choice < 85)
            return change();
        return removeSomething();
    }

private:
    EntityType randomType()
    {
        return AllEntityTypes[m_random.bounded(int(std::size(AllEntityTypes)))];
    }

    QList<qint64> ids(EntityType type) const
    {
        QList<qint64> result;
        QSqlQuery query = sql::run(m_ws.database(), QStringLiteral("SELECT id FROM %1 ORDER BY id").arg(schema::tableName(type)));
        while (query.next())
            result << query.value(0).toLongLong();
        return result;
    }

    qint64 pick(EntityType type)
    {
        const QList<qint64> all = ids(type);
        return all.isEmpty() ? 0 : all.at(m_random.bounded(int(all.size())));
    }

    QString text()
    {
        static const QStringList words = {QStringLiteral("Kasse"),  QStringLiteral("checkout"), QStringLiteral("Ünïcödé"),
                                          QStringLiteral("größe"),  QStringLiteral("\"quoted\""), QStringLiteral("line\nbreak"),
                                          QStringLiteral("émoji 😀"), QStringLiteral("; DROP TABLE step; --")};
        QString result;
        const int n = 1 + int(m_random.bounded(3));
        for (int i = 0; i < n; ++i)
            result += words.at(m_random.bounded(int(words.size()))) + QLatin1Char(' ');
        return result.trimmed();
    }

    QVariant valueFor(EntityType type, const QString &column)
    {
        for (const schema::ForeignKey &fk : schema::foreignKeys()) {
            if (fk.from == type && fk.column == column) {
                const qint64 id = pick(fk.to);
                const bool nullable = fk.onDelete == schema::OnDelete::SetNull;
                if (id == 0 || (nullable && m_random.bounded(4) == 0))
                    return QVariant();
                return id;
            }
        }
        if (column == QLatin1String("emotion"))
            return int(m_random.bounded(5)) - 2;
        if (column == QLatin1String("level"))
            return int(m_random.bounded(3));
        if (column == QLatin1String("status"))
            return int(m_random.bounded(4));
        if (column == QLatin1String("kind") && type == EntityType::WorkshopNote)
            return int(m_random.bounded(2));
        if (column == QLatin1String("votes"))
            return int(m_random.bounded(12));
        if (column == QLatin1String("kind") && (type == EntityType::Step || type == EntityType::Trigger)) {
            if (type == EntityType::Trigger && m_random.bounded(5) == 0)
                return QVariant();
            return int(m_random.bounded(5));
        }
        if (column == QLatin1String("measure"))
            return int(m_random.bounded(7));
        if (column == QLatin1String("position") || column == QLatin1String("expected_delay_s"))
            return int(m_random.bounded(100000));
        if (column == QLatin1String("target") || column == QLatin1String("pos_x") || column == QLatin1String("pos_y"))
            return m_random.generateDouble() * 1000.0 - 500.0;
        if (column == QLatin1String("photo")) {
            QByteArray bytes(int(m_random.bounded(64)), Qt::Uninitialized);
            for (char &c : bytes)
                c = char(m_random.bounded(256));
            bytes.append('\0');
            return bytes;
        }
        return text();
    }

    bool add(EntityType type)
    {
        Row row;
        for (const QString &column : schema::columns(type)) {
            if (column != QLatin1String("id"))
                row.insert(column, valueFor(type, column));
        }
        // Generic rows go through the same command the typed functions use.
        const int before = m_ws.undoStack()->count();
        switch (type) {
        case EntityType::JourneyPersona:
            return m_ws.assignPersona(JourneyId(row.value(QStringLiteral("journey_id")).toLongLong()),
                                      PersonaId(row.value(QStringLiteral("persona_id")).toLongLong()));
        case EntityType::PersonaChannel:
            return m_ws.addPreferredChannel(PersonaId(row.value(QStringLiteral("persona_id")).toLongLong()),
                                            ChannelId(row.value(QStringLiteral("channel_id")).toLongLong()));
        case EntityType::Step: {
            Step step = entityrows::step(row);
            return bool(m_ws.addStep(step));
        }
        case EntityType::Trigger: return bool(m_ws.addTrigger(entityrows::trigger(row)));
        case EntityType::Journey: return bool(m_ws.addJourney(entityrows::journey(row)));
        case EntityType::Stage: return bool(m_ws.addStage(entityrows::stage(row)));
        case EntityType::Persona: return bool(m_ws.addPersona(entityrows::persona(row)));
        case EntityType::KpiTarget: return bool(m_ws.addKpiTarget(entityrows::kpiTarget(row)));
        case EntityType::Channel: return bool(m_ws.addChannel(entityrows::channel(row)));
        case EntityType::Department: return bool(m_ws.addDepartment(entityrows::department(row)));
        case EntityType::SourceSystem: return bool(m_ws.addSourceSystem(entityrows::sourceSystem(row)));
        case EntityType::Owner: return bool(m_ws.addOwner(entityrows::owner(row)));
        case EntityType::GlossaryTerm: return bool(m_ws.addGlossaryTerm(entityrows::glossaryTerm(row)));
        case EntityType::PersonaEmotion: {
            const PersonaEmotion emotion = entityrows::personaEmotion(row);
            return m_ws.setPersonaEmotion(emotion.step, emotion.persona, emotion.emotion);
        }
        case EntityType::WorkshopNote: return bool(m_ws.addWorkshopNote(entityrows::workshopNote(row)));
        }
        return m_ws.undoStack()->count() > before;
    }

    bool change()
    {
        const EntityType type = randomType();
        const qint64 id = pick(type);
        if (id == 0)
            return add(type);
        const QStringList columns = schema::columns(type).mid(1);
        const QString column = columns.at(m_random.bounded(int(columns.size())));
        return m_ws.setProperty({type, id}, column, valueFor(type, column));
    }

    bool removeSomething()
    {
        const EntityType type = randomType();
        const qint64 id = pick(type);
        return id != 0 && m_ws.remove({type, id});
    }

    Workspace &m_ws;
    QRandomGenerator m_random;
};

} // namespace

class TestRandomEdits : public QObject
{
    Q_OBJECT

private slots:
    void undoAllRedoAll_data();
    void undoAllRedoAll();
};

void TestRandomEdits::undoAllRedoAll_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::newRow("seed 1") << 1u;
    QTest::newRow("seed 20261124") << 20261124u;
}

void TestRandomEdits::undoAllRedoAll()
{
    QFETCH(quint32, seed);
    QTemporaryDir dir;
    auto ws = test::createWorkspace(dir);
    QVERIFY(ws);
    test::buildSmallModel(*ws);
    ws->undoStack()->clear();
    const QString start = canonicalDump(ws->database());

    RandomEditor editor(*ws, seed);
    int accepted = 0;
    for (int i = 0; i < 1000; ++i)
        accepted += editor.edit() ? 1 : 0;
    // Most edits are valid; the refused ones (constraints) must have left no trace.
    QVERIFY2(accepted > 600, qPrintable(QString::number(accepted)));
    const int steps = ws->undoStack()->count();
    QVERIFY2(steps > 500, qPrintable(QString::number(steps)));
    QCOMPARE(ws->undoStack()->index(), steps);
    const QString end = canonicalDump(ws->database());
    QVERIFY(end != start);

    while (ws->undoStack()->canUndo())
        ws->undoStack()->undo();
    QCOMPARE(canonicalDump(ws->database()), start);
    while (ws->undoStack()->canRedo())
        ws->undoStack()->redo();
    QCOMPARE(canonicalDump(ws->database()), end);
    QCOMPARE(sql::scalar(ws->database(), QStringLiteral("PRAGMA foreign_key_check")).isValid(), false);
}

QTEST_GUILESS_MAIN(TestRandomEdits)
#include "tst_randomedits.moc"
