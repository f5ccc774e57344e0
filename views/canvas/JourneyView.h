#pragma once

// The central view of one journey: a QGraphicsView over a JourneyScene, and the editor of it.
//
// Navigation: the plain wheel scrolls, Ctrl+wheel zooms around the cursor, the middle button
// or Space+drag pans. Without a journey the view says what to do instead of staying blank.
//
// Editing (see CanvasTool): cards are moved by dragging (several at once when selected), a
// double-click on empty space adds a step in that stage and lane, a drag from a card's
// connector handle to another card adds a trigger, Delete removes the selection, F2 renames,
// arrow keys nudge the selected cards. Ctrl+D duplicates the selected steps (with the
// triggers among them), Ctrl+C/Ctrl+V copy and paste them through the system clipboard
// (StepClipboard's MIME type), so they travel across journeys, workspaces and instances.
//
// Multi-level journeys: "Detail This Step" (Ctrl+Shift+D) creates a sub-journey for the
// selected step and opens it; a double-click on a card with a sub-journey badge opens the
// (first) sub-journey; Alt+Up opens the parent journey with the detailed step selected. When
// the shown sub-journey disappears (its creation undone), the view returns to its parent.
// Each switch is announced with journeyRequested() first, so a window can follow it.
// The view never changes items for good: each edit is one Workspace command, and the scene
// rebuilds from the model's change events. A drag moves the items live and writes all moved
// positions (and a new stage) in one setProperties call when the button is released, so the
// rebuild finds the cards where they were dropped.
//
// The edit actions carry their shortcuts with Qt::WidgetWithChildrenShortcut: they work while
// the canvas has focus, and a window may also put them into its menus.
//
// An overview map (OverviewMap) in the lower-right corner shows the whole journey and where the
// view is; it is hidden while the whole journey fits. Its action (viewActions()) switches it
// on and off, remembered in the settings.

#include "CanvasTool.h"
#include "domain/EntityType.h"
#include "domain/Ids.h"

#include <QGraphicsView>
#include <QHash>
#include <QPointer>

#include <optional>

class QAction;
class QActionGroup;
class QLineEdit;

namespace jl {

class Workspace;
class JourneyScene;
class OverviewMap;
class StepItem;

class JourneyView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit JourneyView(QWidget *parent = nullptr);
    ~JourneyView() override;

    // The workspace to draw from (nullptr: empty view). The view follows its change events.
    void setWorkspace(Workspace *workspace);
    void showJourney(JourneyId journey);
    JourneyId journey() const;
    JourneyScene *journeyScene() const;

    // Selects (and centres on) a step or trigger of the shown journey.
    void selectElement(EntityRef element);

    // The current zoom factor (1.0: 100 %).
    double zoomFactor() const;
    static constexpr double MinZoom = 0.1;
    static constexpr double MaxZoom = 4.0;

    CanvasTool tool() const { return m_tool; }
    void setTool(CanvasTool tool);

    // Edit actions for menus: add step, rename, delete, duplicate, copy, paste, select all,
    // detail this step, open parent journey (in this order, with their shortcuts). They are
    // enabled when they apply.
    QList<QAction *> editActions() const;
    QAction *addStepAction() const { return m_addStepAction; }
    QAction *renameAction() const { return m_renameAction; }
    QAction *deleteAction() const { return m_deleteAction; }
    QAction *selectAllAction() const { return m_selectAllAction; }
    QAction *duplicateAction() const { return m_duplicateAction; }
    QAction *copyAction() const { return m_copyAction; }
    QAction *pasteAction() const { return m_pasteAction; }
    QAction *detailStepAction() const { return m_detailStepAction; }
    QAction *openParentAction() const { return m_openParentAction; }
    // One checkable action per CanvasTool (Select, AddStep, Connect), exclusive: for a toolbar.
    QList<QAction *> toolActions() const;
    // Actions for a View menu: the overview map (checkable, Ctrl+Shift+M).
    QList<QAction *> viewActions() const { return {m_overviewAction}; }
    QAction *overviewMapAction() const { return m_overviewAction; }
    OverviewMap *overviewMap() const { return m_overview; }

    // The inline editor of a step's name or a trigger's label while it is open, else nullptr.
    QLineEdit *renameEditor() const;
    // The step a connection drag started from (invalid when none is in progress).
    StepId connectionSource() const { return m_connectFrom; }

public slots:
    void zoomIn();
    void zoomOut();
    void resetZoom();
    void zoomToFit();

    // Adds a step next to the selected one (same stage and kind), or in the first stage when
    // nothing is selected; selects it and opens it for renaming.
    void addStep();
    // Opens the inline editor on the selected step's name or trigger's label.
    void renameSelected();
    // Removes the selected steps and triggers (one undo step).
    void deleteSelected();
    void selectAll();
    // Copies of the selected steps (+30,+30) and of the triggers among them; one undo step.
    void duplicateSelected();
    void copySelected();
    // Pastes steps from the clipboard into the shown journey at the last pointer position on
    // the canvas (or offset from the copied place); one undo step. Selects the pasted steps.
    void paste();
    // Creates a sub-journey detailing the selected step (three default stages), one undo
    // step, and opens it.
    void detailSelectedStep();
    // Opens the first (by id) journey detailing step; false when there is none.
    bool openSubJourney(jl::StepId step);
    // Opens the journey whose step the shown journey details, with that step selected.
    void openParentJourney();

signals:
    // The view is about to show another journey by itself (sub-journey, parent): the window
    // may switch to it (it then calls showJourney, which the view ignores as already done).
    void journeyRequested(jl::JourneyId journey);
    // The selected step/trigger (an invalid EntityRef when nothing is selected).
    void elementSelected(jl::EntityRef element);
    void zoomChanged(double factor);
    void toolChanged(jl::CanvasTool tool);

protected:
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void setZoom(double factor, const QPointF &viewportAnchor);
    void centreOn(const QGraphicsItem *item);
    void updateSelection();
    void updateActions();
    void beginPan();
    void endPan();
    QGraphicsView::DragMode toolDragMode() const;
    void saveScroll();
    void restoreScroll();
    void updateOverviewMap();

    bool canEdit() const;
    StepItem *stepItemAt(const QPointF &scenePos) const;
    QGraphicsItem *elementItemAt(const QPointF &scenePos) const;
    // The stage whose column header is at scenePos, or an invalid id.
    StageId stageHeaderAt(const QPointF &scenePos) const;
    // Adds a step with its card centred on scenePos, its stage from the column and its kind
    // from the lane there. Returns false when scenePos is not inside a stage column and lane.
    bool addStepAt(const QPointF &scenePos);
    void finishAddedStep(StepId step);
    void commitMove();
    bool nudgeSelection(const QKeyEvent *event);
    void finishConnection(const QPointF &scenePos);
    void cancelConnection();
    void beginRename(EntityRef element);
    void placeEditor();
    void commitRename();
    void cancelRename();
    void openJourney(JourneyId journey, EntityRef select);
    void onJourneyChanged();
    QList<StepId> selectedSteps() const;
    void selectSteps(const QList<StepId> &steps);

    JourneyScene *m_scene = nullptr;
    EntityRef m_lastSelection;
    EntityRef m_centreAfterRebuild;
    QPoint m_savedScroll;
    bool m_keepScroll = true; // false while switching journeys: a new journey starts at its top left
    bool m_spacePan = false;
    bool m_middlePan = false;
    bool m_batchingScroll = false; // collecting both scroll bars' moves of one pan step
    QPoint m_pendingScroll;

    CanvasTool m_tool = CanvasTool::Select;
    QAction *m_addStepAction = nullptr;
    QAction *m_renameAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_selectAllAction = nullptr;
    QAction *m_duplicateAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_pasteAction = nullptr;
    QAction *m_detailStepAction = nullptr;
    QAction *m_openParentAction = nullptr;
    QActionGroup *m_toolGroup = nullptr;
    QAction *m_overviewAction = nullptr;
    OverviewMap *m_overview = nullptr;
    QHash<CanvasTool, QAction *> m_toolActions;

    // A possible card drag: where every card was when the left button went down.
    bool m_pressed = false;
    QHash<StepId, QPointF> m_pressPositions;

    // A connection drag in progress.
    StepId m_connectFrom;
    StepId m_connectTarget;
    QPointF m_connectPos; // scene coordinates

    // The inline rename editor and what it edits (invalid: closed).
    QPointer<QLineEdit> m_editor;
    EntityRef m_editing;

    // The shown journey's parent and the step it details, to go up (Alt+Up) or back when the
    // shown journey is removed.
    JourneyId m_shownJourney;
    JourneyId m_parentJourney;
    StepId m_detailedStep;
    bool m_switching = false;
    // Where the pointer last was over the canvas (scene coordinates), for paste.
    std::optional<QPointF> m_lastMouseScenePos;
    int m_pasteCount = 0; // pastes without a pointer position, each a bit further down
};

} // namespace jl
