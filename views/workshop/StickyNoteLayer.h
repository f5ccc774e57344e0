#pragma once

// The workshop notes of the journey a JourneyScene shows, as NoteItems in that scene: a
// projection of Workspace::workshopNotes, re-read on every change of a note or step and after
// every rebuild of the scene. The scene owns nothing of it for long: all note items hang under
// one root item that the layer takes out of the scene before the scene rebuilds (a rebuild
// deletes every item) and puts back afterwards, placed from the StepItems' card rects.
//
// View state lives here too: the focused step (its notes are shown large, the others as small
// piles beside their cards) and the current note (keyboard votes, edits and deletes act on it).

#include "domain/Entities.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

class QGraphicsObject;

namespace jl {

struct ChangeEvent;
class JourneyScene;
class NoteItem;

class StickyNoteLayer : public QObject
{
    Q_OBJECT

public:
    explicit StickyNoteLayer(JourneyScene *scene, QObject *parent = nullptr);
    ~StickyNoteLayer() override;

    // The shown journey's notes, by step, position and id.
    const QList<WorkshopNote> &notes() const { return m_notes; }
    QList<WorkshopNote> notesOf(StepId step) const;
    std::optional<WorkshopNote> note(WorkshopNoteId id) const;
    NoteItem *item(WorkshopNoteId id) const { return m_items.value(id); }

    // The step whose notes are shown large (invalid: none).
    void setFocusStep(StepId step);
    StepId focusStep() const { return m_focusStep; }
    // The view's zoom: the focused step's notes are scaled up when the journey is zoomed out,
    // so they stay readable from the back of the room.
    void setZoom(double zoom);
    double largeScale() const { return m_largeScale; }
    // The note keyboard commands act on (invalid: none); must be one of notes().
    void setCurrentNote(WorkshopNoteId note);
    WorkshopNoteId currentNote() const { return m_current; }

    // Reads the notes from the model and updates the items now.
    void reload();
    bool isReloadPending() const { return m_reloadTimer.isActive(); }

signals:
    // After a reload: notes were added, removed or changed.
    void notesChanged();
    void currentNoteChanged(jl::WorkshopNoteId note);

private:
    void onWorkspaceChanged(const ChangeEvent &event);
    void detach();
    void attach();
    void ensureRoot();
    void placeItems();

    JourneyScene *m_scene;
    QList<WorkshopNote> m_notes;
    QPointer<QGraphicsObject> m_root;
    QHash<WorkshopNoteId, NoteItem *> m_items; // children of m_root
    StepId m_focusStep;
    WorkshopNoteId m_current;
    double m_largeScale = 1.0;
    QTimer m_reloadTimer;
};

} // namespace jl
