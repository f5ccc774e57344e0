#pragma once

// The undo commands of the model. There are three, because every edit of the journey model is
// one of three things done to rows of its tables: add an element, remove an element with all
// that depends on it, change one property of an element. Typed edits (add a step, assign a
// persona ...) are built from these by the Workspace, several at a time inside a macro.
//
// Ownership: a command owns the rows it removed (as snapshots) and gives them back on undo; it
// holds a plain pointer to the Workspace, which owns the QUndoStack and so outlives every
// command. A command whose redo() fails marks itself obsolete, so QUndoStack drops it and
// the stack never holds an edit that did not happen.

#include "document/PropertyChange.h"
#include "domain/EntityType.h"
#include "storage/RowStore.h"
#include "storage/Schema.h"

#include <QUndoCommand>
#include <QVariant>

namespace jl {

class Workspace;

// Adds one row. On redo after undo, the row comes back with the same id.
class AddRowCommand : public QUndoCommand
{
public:
    // createdId, when given, receives the new row's id on the first redo (QUndoStack::push).
    AddRowCommand(Workspace *workspace, EntityType type, Row row, const QString &text, qint64 *createdId = nullptr,
                  QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    qint64 rowId() const { return m_id; }
    bool failed() const { return m_failed; }

private:
    Workspace *m_workspace;
    EntityType m_type;
    Row m_row;
    qint64 *m_createdId;
    qint64 m_id = 0;
    bool m_failed = false;
};

// Removes one element and everything that depends on it through ON DELETE CASCADE; rows that
// pointed at it through ON DELETE SET NULL get their reference back on undo.
class RemoveRowCommand : public QUndoCommand
{
public:
    RemoveRowCommand(Workspace *workspace, EntityRef element, const QString &text, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    bool failed() const { return m_failed; }
    // Everything the last redo removed, parents first.
    int removedCount() const { return int(m_removed.size()); }

private:
    struct RemovedRow
    {
        EntityType type;
        Row row;
    };
    struct ClearedReference
    {
        EntityRef element;
        QString column;
        QVariant value;
    };
    void collect(EntityType type, qint64 id, QSet<EntityRef> &seen);

    Workspace *m_workspace;
    EntityRef m_element;
    QList<RemovedRow> m_removed;
    QList<ClearedReference> m_cleared;
    bool m_failed = false;
};

// Sets one property (column) of one element. Consecutive changes of the same property of the
// same element merge, so typing into a field is one undo step.
class SetPropertyCommand : public QUndoCommand
{
public:
    SetPropertyCommand(Workspace *workspace, EntityRef element, QString property, QVariant value,
                       const QString &text, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    bool failed() const { return m_failed; }

private:
    bool write(const QVariant &value);

    Workspace *m_workspace;
    EntityRef m_element;
    QString m_property;
    QVariant m_oldValue;
    QVariant m_newValue;
    bool m_haveOld = false;
    bool m_failed = false;
};

// Sets several properties of several elements in one transaction and one undo step: a drag of
// many cards, an automatic layout. With a merge key, a following command with the same key
// and the same elements and properties merges into this one (a drag that updates as it moves).
class SetPropertiesCommand : public QUndoCommand
{
public:
    SetPropertiesCommand(Workspace *workspace, QList<PropertyChange> changes, const QString &text,
                         QString mergeKey = {}, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    bool failed() const { return m_failed; }

private:
    bool write(bool forward);

    Workspace *m_workspace;
    QList<PropertyChange> m_changes;
    QList<QVariant> m_oldValues;
    QString m_mergeKey;
    bool m_failed = false;
};

} // namespace jl
