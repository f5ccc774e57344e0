#pragma once

// A JourneyLens workspace: one .jlens SQLite file, opened for editing. The Workspace owns the
// database connection of the GUI thread and the QUndoStack. Every change to the model goes
// through an undoable command pushed here (the edit functions below do that); each command
// writes in one transaction, so a finished edit survives a crash. After each committed change
// the Workspace emits changed(); "modified" follows the undo stack's clean state.
//
// Background jobs never use this connection: they open their own with openConnection().

#include "ChangeEvent.h"
#include "PropertyChange.h"
#include "WorkspaceError.h"
#include "domain/Entities.h"
#include "storage/ModelReader.h"
#include "storage/RowStore.h"

#include <QObject>
#include <QSqlDatabase>
#include <QVariant>

#include <memory>
#include <optional>

class QLockFile;
class QUndoStack;

namespace jl {

class SqlError;

class Workspace : public QObject
{
    Q_OBJECT

public:
    ~Workspace() override;

    // Creates a new, empty workspace file; fails if path exists.
    static std::unique_ptr<Workspace> create(const QString &path, const QString &title, WorkspaceError *error);
    // Opens an existing workspace, upgrading an older schema. Any failure leaves the file untouched.
    static std::unique_ptr<Workspace> open(const QString &path, WorkspaceError *error);
    // Checks that path is an openable workspace without opening it for editing.
    static WorkspaceError probe(const QString &path);
    // Opens a separate connection to the same file for another thread or a read-only look
    // (closed with closeConnection). Call probe() first for a file the user chose.
    enum class Access { ReadWrite, ReadOnly };
    static QSqlDatabase openConnection(const QString &path, const QString &connectionName, QString *error,
                                       Access access = Access::ReadWrite);
    static void closeConnection(const QString &connectionName);

    QString filePath() const { return m_path; }
    QString title() const;
    // 32 hex digits, random, made when the file was created (or upgraded to format 5) and kept
    // by copies: it names the workspace's pseudonymisation key, which lives outside the file.
    QString workspaceId() const;
    QSqlDatabase database() const { return m_db; }
    ModelReader reader() const { return ModelReader(m_db); }
    QUndoStack *undoStack() const { return m_undoStack.get(); }

    bool isModified() const;
    // Checkpoints the write-ahead log into the file and marks the undo stack clean.
    bool save(WorkspaceError *error = nullptr);
    // Writes a compact copy (VACUUM INTO) to path and continues editing there; undo history is kept.
    bool saveAs(const QString &path, WorkspaceError *error = nullptr);
    // Writes a compact copy to path and keeps editing this file.
    bool saveCopy(const QString &path, WorkspaceError *error = nullptr) const;

    // Edits: each pushes one undoable command (a macro where links come along) and returns the
    // new element's id, or an invalid id when the edit failed (lastError() says why).
    ChannelId addChannel(const Channel &channel);
    DepartmentId addDepartment(const Department &department);
    SourceSystemId addSourceSystem(const SourceSystem &sourceSystem);
    OwnerId addOwner(const Owner &owner);
    PersonaId addPersona(const Persona &persona);
    JourneyId addJourney(const Journey &journey);
    StageId addStage(const Stage &stage);
    StepId addStep(const Step &step);
    TriggerId addTrigger(const Trigger &trigger);
    KpiTargetId addKpiTarget(const KpiTarget &target);
    GlossaryTermId addGlossaryTerm(const GlossaryTerm &term);
    bool assignPersona(JourneyId journey, PersonaId persona);
    bool unassignPersona(JourneyId journey, PersonaId persona);
    bool addPreferredChannel(PersonaId persona, ChannelId channel);
    bool removePreferredChannel(PersonaId persona, ChannelId channel);
    // Sets (or, with std::nullopt, clears) the persona's expected emotion at the step.
    bool setPersonaEmotion(StepId step, PersonaId persona, std::optional<int> emotion);
    // Adds a sticky note; a position of 0 puts it after the step's other notes.
    WorkshopNoteId addWorkshopNote(const WorkshopNote &note);
    // Adds delta votes to a note (never below 0); each call is an undo step of its own.
    bool voteOnNote(WorkshopNoteId note, int delta);

    // Changes one property (column) of an element; consecutive changes of the same property
    // merge into one undo step.
    bool setProperty(EntityRef element, const QString &property, const QVariant &value);
    // Changes several properties at once, in one transaction and one undo step (a drag, a
    // layout). Changes with the same non-empty mergeKey, elements and properties merge.
    bool setProperties(const QList<PropertyChange> &changes, const QString &text, const QString &mergeKey = {});
    // Removes an element with everything that depends on it (a step's triggers and KPI
    // targets, a journey's stages and steps ...); undo restores all of it.
    bool remove(EntityRef element);
    // Removes several elements as one undo step (a multi-selection); elements that an earlier
    // removal in the list already took with it are skipped.
    bool removeAll(const QList<EntityRef> &elements, const QString &text);

    // An edit made of several of the edits above, as ONE undo step: beginEdit(text), the edits,
    // then endEdit(). If any of them failed, endEdit() rolls all of them back, leaves no undo
    // step and returns false. Do not nest.
    void beginEdit(const QString &text);
    bool endEdit();

    QString lastError() const { return m_lastError; }

    // For commands: report a committed change, or a failure (what: the command's text).
    void notify(const ChangeEvent &event);
    void reportFailure(const QString &what, const SqlError &error);
    void reportFailure(const QString &message);

signals:
    void changed(const jl::ChangeEvent &event);
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &path);
    void commandFailed(const QString &message);

private:
    Workspace(QString path, QSqlDatabase db, std::unique_ptr<QLockFile> lock);
    qint64 pushAdd(EntityType type, const Row &row, const QString &text);
    bool wouldCreateDetailCycle(JourneyId journey, StepId detailedStep) const;
    bool removeLink(EntityType type, const QString &ownerColumn, qint64 ownerId, const QString &otherColumn,
                    qint64 otherId, const QString &text);
    void closeDatabase();

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<QUndoStack> m_undoStack;
    QString m_lastError;
    int m_failures = 0;        // failures reported so far, to tell whether an edit failed
    int m_editFailures = 0;    // m_failures when the current multi-command edit began
};

} // namespace jl
