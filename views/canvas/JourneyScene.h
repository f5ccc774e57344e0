#pragma once

// The scene of one journey: a projection of the workspace, rebuilt from the model. It draws
// the board (stage columns, blueprint lanes), one StepItem per step and one TriggerItem per
// trigger, and follows Workspace::changed: any change that concerns the shown journey
// schedules one rebuild for when control returns to the event loop, so that a macro command
// of a hundred events rebuilds once. A rebuild keeps the selection.
//
// Items are addressed by ids; the scene is the only place that reads the model for them.
// Selection and hover are view state and live here, never in the model.
//
// Overlays come from analyses run once per rebuild for all cards, not per card: the model
// checks (a badge per card with the findings of the step and of the triggers that start at
// it) and the glossary's synonyms (a mark under the title). Under the blueprint lanes, one
// EmotionLaneItem per persona assigned to the journey draws that persona's emotion curve.
// Changes that only concern an overlay (glossary terms, persona emotions) refresh the
// overlays in place, without rebuilding the cards.

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

class EmotionLaneItem;
class LaneItem;
class StageColumnItem;
class StepItem;
class TriggerItem;
class ModelReader;
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
    // The emotion lanes, one per persona of the journey, top to bottom in the journey's order.
    QList<EmotionLaneItem *> emotionLaneItems() const { return m_emotionLanes; }
    // The board: the blueprint's columns and lanes and the emotion lanes under them.
    QRectF boardRect() const { return m_board; }

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
    bool isOverlayRefreshPending() const { return m_overlayTimer.isActive(); }
    // Runs the model checks and the glossary match again and re-reads the persona emotions,
    // updating the cards and emotion lanes in place.
    void refreshOverlays();

    // Called by a StepItem when it moved, so that its triggers follow.
    void stepMoved(StepId step);

    // The parts of the scene a view is repainting right now (scene coordinates; empty when
    // unknown, e.g. while rendering an export): after a scroll only strips are exposed, and a
    // long arrow strokes only what lies in them. Set by JourneyView around its paint event.
    void setPaintedRects(const QList<QRectF> &rects) { m_paintedRects = rects; }
    const QList<QRectF> &paintedRects() const { return m_paintedRects; }

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
    void updateAnalysis(const ModelReader &reader);
    void updateEmotionLanes(const ModelReader &reader);
    void scheduleOverlayRefresh(bool analysis, bool emotions);
    void refreshOverlays(bool analysis, bool emotions);
    bool personasChanged(const ModelReader &reader) const;

    QPointer<Workspace> m_workspace;
    JourneyId m_journey;
    JourneyLayout m_layout;
    QString m_journeyTitle;
    QString m_journeySubtitle;

    QHash<StepId, StepItem *> m_steps;
    QHash<TriggerId, TriggerItem *> m_triggers;
    QList<StageColumnItem *> m_stages;
    QList<LaneItem *> m_lanes;
    QList<EmotionLaneItem *> m_emotionLanes;
    QList<PersonaId> m_lanePersonas; // the journey's personas when it was built
    QHash<TriggerId, StepId> m_triggerSources; // drawn triggers: their findings go to this step
    QRectF m_board;
    QList<QRectF> m_paintedRects;
    // What the shown journey is made of, to tell whether a removed element concerns it.
    QSet<StageId> m_stageIds;
    QSet<JourneyId> m_subJourneyIds;

    QTimer m_rebuildTimer;
    QTimer m_overlayTimer; // like m_rebuildTimer, for changes that only concern overlays
    bool m_analysisDirty = false;
    bool m_emotionsDirty = false;
    bool m_rebuilding = false;
    bool m_selecting = false;
    EntityRef m_pendingSelection;
};

} // namespace jl
