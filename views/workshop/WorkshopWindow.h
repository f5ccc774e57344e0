#pragma once

// Workshop mode: one journey presented full screen for a CX team on a projector. The journey's
// canvas (a WorkshopCanvas over the same Workspace) fills the screen under a slim header with
// the journey's name, a countdown timer and a few big buttons; everything else is hidden.
//
// The team captures pains and ideas as sticky notes on steps from the keyboard (select a step,
// press P or I, type, Enter), dot-votes on ideas (+ / -, or a click on a note's dots) and
// follows the ranking in the "Top ideas" panel (V). Every edit is a Workspace command on the
// workspace's undo stack (Ctrl+Z / Ctrl+Shift+Z work here and after leaving), so notes and
// votes live in the workspace file. The timer is not stored. Esc leaves; presentOver() hides
// the main window meanwhile and restores it as it was.

#include "domain/Entities.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QFrame;
class QLabel;
class QLineEdit;
class QToolButton;

namespace jl {

class StickyNoteLayer;
class TopIdeasPanel;
class Workspace;
class WorkshopCanvas;
class WorkshopHelpOverlay;
class WorkshopTimer;

class WorkshopWindow : public QWidget
{
    Q_OBJECT

public:
    WorkshopWindow(Workspace *workspace, JourneyId journey, QWidget *parent = nullptr);
    ~WorkshopWindow() override;

    // Shows this window full screen on owner's screen and hides owner until this one closes;
    // then owner comes back with the geometry and state it had.
    void presentOver(QWidget *owner);

    Workspace *workspace() const;
    JourneyId journey() const { return m_journey; }
    WorkshopCanvas *canvas() const { return m_canvas; }
    StickyNoteLayer *notes() const { return m_notes; }
    TopIdeasPanel *topIdeas() const { return m_topIdeas; }
    WorkshopTimer *timer() const { return m_timer; }
    WorkshopHelpOverlay *help() const { return m_help; }
    QLabel *timerLabel() const { return m_timerLabel; }
    // The note text editor while it is open, else nullptr.
    QLineEdit *noteEditor() const;

    StepId selectedStep() const;
    WorkshopNoteId currentNote() const;

public slots:
    void selectStep(jl::StepId step);
    void selectNote(jl::WorkshopNoteId note);
    void nextStep();
    void previousStep();
    void nextNote();
    void previousNote();
    // Opens the text field for a new note on the selected step.
    void beginNote(jl::NoteKind kind);
    void editCurrentNote();
    void deleteCurrentNote();
    // Turns the current pain into an idea or back (an idea's votes go with it), one undo step.
    void toggleCurrentNoteKind();
    // delta votes on the current note (an idea), one undo step per vote.
    void vote(int delta);
    void setTopIdeasVisible(bool visible);
    void showHelp();
    void fitJourney();
    // Sets the countdown to minutes and resets it.
    void setTimerMinutes(int minutes);

signals:
    void closed();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createHeader();
    void createActions();
    QAction *addShortcutAction(const QString &objectName, const QString &text, const QList<QKeySequence> &keys);
    void updateFocus();
    void updateSummary();
    void updateTitle();
    void updateTimerDisplay();
    void onNotesChanged();
    void onNoteClicked(WorkshopNoteId note, bool onVotes, Qt::MouseButton button);
    QList<StepId> stepsInReadingOrder() const;
    void openEditor(StepId step, NoteKind kind, const QString &text);
    void placeEditor();
    void commitEditor();
    void cancelEditor();
    void ensureNoteVisible(WorkshopNoteId note);
    void restoreOwner();

    QPointer<Workspace> m_workspace;
    JourneyId m_journey;
    WorkshopCanvas *m_canvas = nullptr;
    StickyNoteLayer *m_notes = nullptr;
    TopIdeasPanel *m_topIdeas = nullptr;
    WorkshopTimer *m_timer = nullptr;
    WorkshopHelpOverlay *m_help = nullptr;

    QLabel *m_titleLabel = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QFrame *m_timerBox = nullptr;
    QLabel *m_timerLabel = nullptr;
    QToolButton *m_startButton = nullptr;
    QAction *m_topIdeasAction = nullptr;
    QAction *m_timerToggleAction = nullptr;

    // The note editor and what it edits.
    QPointer<QLineEdit> m_editor;
    bool m_editing = false;
    StepId m_editStep;
    NoteKind m_editKind = NoteKind::Idea;
    WorkshopNoteId m_editNote; // invalid: a new note

    bool m_fitted = false;
    QPointer<QWidget> m_owner;
    QRect m_ownerGeometry;
    Qt::WindowStates m_ownerState;
    bool m_ownerWasVisible = false;
};

} // namespace jl
