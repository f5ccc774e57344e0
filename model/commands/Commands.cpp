#include "Commands.h"

#include "document/Workspace.h"
#include "storage/SqlSupport.h"

#include <QCoreApplication>
#include <QSet>

namespace jl {

namespace {
constexpr int SetPropertyCommandId = 0x4a4c01;
constexpr int SetPropertiesCommandId = 0x4a4c02;

bool sameValue(const QVariant &a, const QVariant &b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    return a == b;
}
} // namespace

// --- AddRowCommand -------------------------------------------------------------------------

AddRowCommand::AddRowCommand(Workspace *workspace, EntityType type, Row row, const QString &text,
                             qint64 *createdId, QUndoCommand *parent)
    : QUndoCommand(text, parent), m_workspace(workspace), m_type(type), m_row(std::move(row)), m_createdId(createdId)
{
}

void AddRowCommand::redo()
{
    QSqlDatabase db = m_workspace->database();
    try {
        Transaction transaction(db);
        Row row = m_row;
        if (m_id > 0)
            row.insert(QStringLiteral("id"), m_id);
        m_id = rows::insert(db, m_type, row);
        transaction.commit();
    } catch (const SqlError &e) {
        m_failed = true;
        setObsolete(true);
        m_workspace->reportFailure(text(), e);
        return;
    }
    m_failed = false;
    if (m_createdId) {
        *m_createdId = m_id;
        m_createdId = nullptr; // only valid during push()
    }
    m_workspace->notify(ChangeEvent::added({m_type, m_id}));
}

void AddRowCommand::undo()
{
    QSqlDatabase db = m_workspace->database();
    try {
        Transaction transaction(db);
        rows::remove(db, m_type, m_id);
        transaction.commit();
    } catch (const SqlError &e) {
        m_workspace->reportFailure(text(), e);
        return;
    }
    m_workspace->notify(ChangeEvent::removed({m_type, m_id}));
}

// --- RemoveRowCommand ----------------------------------------------------------------------

RemoveRowCommand::RemoveRowCommand(Workspace *workspace, EntityRef element, const QString &text,
                                   QUndoCommand *parent)
    : QUndoCommand(text, parent), m_workspace(workspace), m_element(element)
{
}

void RemoveRowCommand::collect(EntityType type, qint64 id, QSet<EntityRef> &seen)
{
    const EntityRef ref{type, id};
    if (seen.contains(ref))
        return;
    seen.insert(ref);
    QSqlDatabase db = m_workspace->database();
    const auto row = rows::read(db, type, id);
    if (!row)
        throw SqlError(QStringLiteral("no %1 with id %2").arg(schema::tableName(type)).arg(id));
    m_removed.append({type, *row});
    for (const schema::ForeignKey &fk : schema::foreignKeys()) {
        if (fk.to != type)
            continue;
        const QList<qint64> dependents = rows::referencing(db, fk, id);
        for (qint64 dependent : dependents) {
            if (fk.onDelete == schema::OnDelete::Cascade)
                collect(fk.from, dependent, seen);
            else
                m_cleared.append({{fk.from, dependent}, fk.column, id});
        }
    }
}

void RemoveRowCommand::redo()
{
    QSqlDatabase db = m_workspace->database();
    try {
        Transaction transaction(db);
        m_removed.clear();
        m_cleared.clear();
        QSet<EntityRef> seen;
        collect(m_element.type, m_element.id, seen);
        // A reference from a row that is itself removed comes back with that row's snapshot.
        m_cleared.removeIf([&seen](const ClearedReference &c) { return seen.contains(c.element); });
        for (qsizetype i = m_removed.size() - 1; i >= 0; --i)
            rows::remove(db, m_removed.at(i).type, m_removed.at(i).row.value(QStringLiteral("id")).toLongLong());
        transaction.commit();
    } catch (const SqlError &e) {
        m_failed = true;
        setObsolete(true);
        m_workspace->reportFailure(text(), e);
        return;
    }
    m_failed = false;
    for (qsizetype i = m_removed.size() - 1; i >= 0; --i)
        m_workspace->notify(
            ChangeEvent::removed({m_removed.at(i).type, m_removed.at(i).row.value(QStringLiteral("id")).toLongLong()}));
    for (const ClearedReference &cleared : std::as_const(m_cleared))
        m_workspace->notify(ChangeEvent::changed(cleared.element, cleared.column));
}

void RemoveRowCommand::undo()
{
    QSqlDatabase db = m_workspace->database();
    try {
        Transaction transaction(db);
        // Rows come back in discovery order; references between them (a trigger to a step
        // restored later) are checked at commit.
        sql::exec(db, QStringLiteral("PRAGMA defer_foreign_keys = ON"));
        for (const RemovedRow &removed : std::as_const(m_removed))
            rows::insert(db, removed.type, removed.row);
        for (const ClearedReference &cleared : std::as_const(m_cleared))
            rows::update(db, cleared.element.type, cleared.element.id, cleared.column, cleared.value);
        transaction.commit();
    } catch (const SqlError &e) {
        m_workspace->reportFailure(text(), e);
        return;
    }
    for (const RemovedRow &removed : std::as_const(m_removed))
        m_workspace->notify(ChangeEvent::added({removed.type, removed.row.value(QStringLiteral("id")).toLongLong()}));
    for (const ClearedReference &cleared : std::as_const(m_cleared))
        m_workspace->notify(ChangeEvent::changed(cleared.element, cleared.column));
}

// --- SetPropertyCommand --------------------------------------------------------------------

SetPropertyCommand::SetPropertyCommand(Workspace *workspace, EntityRef element, QString property, QVariant value,
                                       const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent),
      m_workspace(workspace),
      m_element(element),
      m_property(std::move(property)),
      m_newValue(std::move(value))
{
}

bool SetPropertyCommand::write(const QVariant &value)
{
    QSqlDatabase db = m_workspace->database();
    try {
        Transaction transaction(db);
        if (!m_haveOld) {
            m_oldValue = rows::value(db, m_element.type, m_element.id, m_property);
            m_haveOld = true;
        }
        rows::update(db, m_element.type, m_element.id, m_property, value);
        transaction.commit();
    } catch (const SqlError &e) {
        m_workspace->reportFailure(text(), e);
        return false;
    }
    m_workspace->notify(ChangeEvent::changed(m_element, m_property));
    return true;
}

void SetPropertyCommand::redo()
{
    m_failed = !write(m_newValue);
    if (m_failed || (m_haveOld && sameValue(m_oldValue, m_newValue)))
        setObsolete(true); // failed, or changed nothing: not worth an undo step
}

void SetPropertyCommand::undo()
{
    write(m_oldValue);
}

int SetPropertyCommand::id() const
{
    return SetPropertyCommandId;
}

bool SetPropertyCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetPropertyCommand *>(other);
    if (next->m_element != m_element || next->m_property != m_property || next->m_failed)
        return false;
    m_newValue = next->m_newValue;
    if (sameValue(m_oldValue, m_newValue))
        setObsolete(true); // back where it started: the merged command disappears
    return true;
}

// --- SetPropertiesCommand ------------------------------------------------------------------

SetPropertiesCommand::SetPropertiesCommand(Workspace *workspace, QList<PropertyChange> changes, const QString &text,
                                           QString mergeKey, QUndoCommand *parent)
    : QUndoCommand(text, parent), m_workspace(workspace), m_changes(std::move(changes)), m_mergeKey(std::move(mergeKey))
{
}

bool SetPropertiesCommand::write(bool forward)
{
    QSqlDatabase db = m_workspace->database();
    try {
        Transaction transaction(db);
        if (m_oldValues.isEmpty()) {
            m_oldValues.reserve(m_changes.size());
            for (const PropertyChange &change : std::as_const(m_changes))
                m_oldValues << rows::value(db, change.element.type, change.element.id, change.property);
        }
        for (qsizetype i = 0; i < m_changes.size(); ++i) {
            const PropertyChange &change = m_changes.at(i);
            rows::update(db, change.element.type, change.element.id, change.property,
                         forward ? change.value : m_oldValues.at(i));
        }
        transaction.commit();
    } catch (const SqlError &e) {
        m_workspace->reportFailure(text(), e);
        return false;
    }
    for (const PropertyChange &change : std::as_const(m_changes))
        m_workspace->notify(ChangeEvent::changed(change.element, change.property));
    return true;
}

void SetPropertiesCommand::redo()
{
    m_failed = !write(true);
    if (m_failed || m_changes.isEmpty())
        setObsolete(true);
}

void SetPropertiesCommand::undo()
{
    write(false);
}

int SetPropertiesCommand::id() const
{
    return m_mergeKey.isEmpty() ? -1 : SetPropertiesCommandId;
}

bool SetPropertiesCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetPropertiesCommand *>(other);
    if (next->m_mergeKey != m_mergeKey || next->m_failed || next->m_changes.size() != m_changes.size())
        return false;
    for (qsizetype i = 0; i < m_changes.size(); ++i) {
        if (next->m_changes.at(i).element != m_changes.at(i).element
            || next->m_changes.at(i).property != m_changes.at(i).property)
            return false;
    }
    bool unchanged = true;
    for (qsizetype i = 0; i < m_changes.size(); ++i) {
        m_changes[i].value = next->m_changes.at(i).value;
        unchanged = unchanged && sameValue(m_changes.at(i).value, m_oldValues.value(i));
    }
    if (unchanged)
        setObsolete(true);
    return true;
}

} // namespace jl
