#pragma once

// The scene of one journey: a projection of the workspace, rebuilt from the model. It draws
// the board (stage columns, blueprint lanes), one StepItem per step and one TriggerItem per
// trigger, and follows Workspace::changed: any change that concerns the shown journey
// schedules one rebuild for when control returns to the event loop, so that a macro command
// of a hundred events rebuilds once. A rebuild keeps the selection.
//
// Items are addressed by ids; the scene is the only place that reads the model for them.
// Selection and hover are view state and live here, never in the model.

#include "JourneyLayout.h"
#include "document/ChangeEvent.h"
#include "domain/EntityType.h"
#include "domain/Ids.h"

#include <QGraphicsScene>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace jl {

class LaneItem;
class StageColumnItem;
class StepItem;
class TriggerItem;
class Workspace;

class JourneyScene : public QGraphicsScene
{
    Q_OBJECT

public:
    explicit JourneyScene(QObject *parent = nullptr);
    ~JourneyScene() override;

    void setWorkspace(Workspace *workspace);
    Workspace *workspace() const;

    // Shows a journey (an invalid id: nothing) and rebuilds at once.
    void setJourney(JourneyId journey);
    // The shown journey; invalid when none is shown or it was removed.
    JourneyId journey() const { return m_journey; }
    bool hasJourney() const { return m_journey.isValid(); }

    StepItem *stepItem(StepId step) const { return m_steps.value(step); }
    TriggerItem *triggerItem(TriggerId trigger) const { return m_triggers.value(trigger); }
    QGraphicsItem *itemFor(EntityRef element) const;
    QList<StepItem *> stepItems() const;
    QList<TriggerItem *> triggerItems() const;
    QList<StageColumnItem *> stageItems() const;
    QList<LaneItem *> laneItems() const;

    // The element of a step or trigger item (invalid for other items).
    static EntityRef elementOf(const QGraphicsItem *item);
    // The single selected step or trigger; invalid when none or several are selected.
    EntityRef selectedElement() const;
    // Selects one step or trigger (an invalid ref clears the selection). When the element is
    // not drawn yet because a rebuild is pending, it is selected after that rebuild.
    // Returns the item, or nullptr.
    QGraphicsItem *selectElement(EntityRef element);

    // The board and all cards: what "zoom to fit" shows.
    QRectF contentRect() const;
    const JourneyLayout &layout() const { return m_layout; }

    bool isRebuilding() const { return m_rebuilding; }
    bool isRebuildPending() const { return m_rebuildTimer.isActive(); }
    // Reads the shown journey from the model and recreates all items now.
    void rebuild();

    // Called by a StepItem when it moved, so that its triggers follow.
    void stepMoved(StepId step);

signals:
    void aboutToRebuild();
    void rebuilt();
    // The shown journey changed: set, cleared, or removed from the workspace.
    void journeyChanged();
    // The selection may have changed. Unlike selectionChanged(), not sent for the intermediate
    // states of a rebuild or of selectElement(), only once they are done.
    void selectionSettled();

protected:
    void drawBackground(QPainter *painter, const QRectF &rect) override;

private:
    void onWorkspaceChanged(const ChangeEvent &event);
    bool concernsShownJourney(const ChangeEvent &event) const;
    void scheduleRebuild();
    void clearItems();
    void build();
    void routeTriggers(const QList<TriggerItem *> &triggers);

    QPointer<Workspace> m_workspace;
    JourneyId m_journey;
    JourneyLayout m_layout;
    QString m_journeyTitle;
    QString m_journeySubtitle;

    QHash<StepId, StepItem *> m_steps;
    QHash<TriggerId, TriggerItem *> m_triggers;
    QList<StageColumnItem *> m_stages;
    QList<LaneItem *> m_lanes;
    // What the shown journey is made of, to tell whether a removed element concerns it.
    QSet<StageId> m_stageIds;
    QSet<JourneyId> m_subJourneyIds;

    QTimer m_rebuildTimer;
    bool m_rebuilding = false;
    bool m_selecting = false;
    EntityRef m_pendingSelection;
};

} // namespace jl
