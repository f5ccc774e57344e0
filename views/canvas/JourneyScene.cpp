#include "JourneyScene.h"

#include "CanvasStyle.h"
#include "EmotionLaneItem.h"
#include "LaneItem.h"
#include "StageColumnItem.h"
#include "StepItem.h"
#include "TriggerItem.h"
#include "analysis/GlossaryUsage.h"
#include "analysis/ModelChecks.h"
#include "document/Workspace.h"
#include "storage/SqlSupport.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>
#include <array>
#include <limits>
#include <utility>

namespace jl {

namespace {

using namespace canvas;

constexpr qreal PortSpacing = 16; // between arrows that share a card's edge
constexpr int Samples = 48; // points per arrow tested against cards in its way
constexpr qreal LegendGap = 18;
constexpr qreal LegendHeight = 22;
// Not a null rect: that would make the scene rect grow with every item ever shown, leaving
// scroll bars on the empty view.
constexpr QRectF EmptySceneRect(0, 0, 1, 1);

QString delayText(qint64 seconds)
{
    if (seconds % 86400 == 0)
        return JourneyScene::tr("%n day(s)", nullptr, int(seconds / 86400));
    if (seconds % 3600 == 0)
        return JourneyScene::tr("%n hour(s)", nullptr, int(seconds / 3600));
    if (seconds % 60 == 0)
        return JourneyScene::tr("%n minute(s)", nullptr, int(seconds / 60));
    return JourneyScene::tr("%n second(s)", nullptr, int(seconds));
}

// The legend of the trigger line styles, under the board: on a projector nobody can hover.
// One entry per kind: a sample line and the kind's name, after a heading.
struct LegendEntry
{
    TriggerKind kind;
    QLineF sample;
    QRectF text;
    QString name;
};

constexpr TriggerKind LegendKinds[] = {TriggerKind::CustomerAction, TriggerKind::Time,        TriggerKind::Message,
                                       TriggerKind::SystemEvent,    TriggerKind::AgentAction, TriggerKind::Unspecified};

QString legendHeading()
{
    return QCoreApplication::translate("jl::JourneyScene", "Triggers:");
}

QList<LegendEntry> legendEntries(const QRectF &board)
{
    const QFontMetricsF metrics(captionFont());
    const qreal top = board.bottom() + LegendGap;
    const qreal y = top + LegendHeight / 2;
    qreal x = board.left() + 4 + metrics.horizontalAdvance(legendHeading()) + 14;
    QList<LegendEntry> entries;
    for (TriggerKind kind : LegendKinds) {
        const QString name = displayName(kind);
        const qreal width = metrics.horizontalAdvance(name) + 2;
        entries.append({kind, QLineF(x, y, x + 34, y), QRectF(x + 42, top, width, LegendHeight), name});
        x += 42 + width + 20;
    }
    return entries;
}

QRectF legendRect(const QRectF &board)
{
    const QList<LegendEntry> entries = legendEntries(board);
    const qreal right = entries.isEmpty() ? board.left() : entries.last().text.right();
    return QRectF(board.left(), board.bottom() + LegendGap, right - board.left(), LegendHeight);
}

// Samples - 1 points evenly spaced by length along the path (as pointAtPercent() places them),
// without measuring the whole path once per point: a route is one cubic, flattened once.
QList<QPointF> samplesAlong(const QPainterPath &path)
{
    QList<QPointF> samples;
    samples.reserve(Samples - 1);
    if (path.elementCount() != 4 || path.elementAt(1).type != QPainterPath::CurveToElement) {
        for (int step = 1; step < Samples; ++step)
            samples.append(path.pointAtPercent(qreal(step) / Samples));
        return samples;
    }
    const QPointF p0 = path.elementAt(0);
    const QPointF p1 = path.elementAt(1);
    const QPointF p2 = path.elementAt(2);
    const QPointF p3 = path.elementAt(3);
    const auto at = [&](qreal t) {
        const qreal u = 1 - t;
        return u * u * u * p0 + 3 * u * u * t * p1 + 3 * u * t * t * p2 + t * t * t * p3;
    };
    constexpr int Pieces = 96;
    std::array<qreal, Pieces + 1> lengths{};
    QPointF previous = p0;
    for (int i = 1; i <= Pieces; ++i) {
        const QPointF point = at(qreal(i) / Pieces);
        lengths[i] = lengths[i - 1] + QLineF(previous, point).length();
        previous = point;
    }
    const qreal total = lengths[Pieces];
    int piece = 0;
    for (int step = 1; step < Samples; ++step) {
        const qreal target = total * step / Samples;
        while (piece < Pieces - 1 && lengths[piece + 1] < target)
            ++piece;
        const qreal span = lengths[piece + 1] - lengths[piece];
        const qreal fraction = span > 0 ? std::clamp((target - lengths[piece]) / span, 0.0, 1.0) : 0.0;
        samples.append(at((piece + fraction) / Pieces));
    }
    return samples;
}

} // namespace

JourneyScene::JourneyScene(QObject *parent)
    : QGraphicsScene(parent)
{
    // A zero timer: every change event of one command (or one macro) arrives before control
    // returns to the event loop, so they all end in one rebuild.
    m_rebuildTimer.setSingleShot(true);
    m_rebuildTimer.setInterval(0);
    connect(&m_rebuildTimer, &QTimer::timeout, this, &JourneyScene::rebuild);
    m_overlayTimer.setSingleShot(true);
    m_overlayTimer.setInterval(0);
    connect(&m_overlayTimer, &QTimer::timeout, this, [this] {
        refreshOverlays(std::exchange(m_analysisDirty, false), std::exchange(m_emotionsDirty, false));
    });
    // The index only pays off for thousands of items; a journey has dozens and is rebuilt often.
    setItemIndexMethod(NoIndex);
    connect(this, &QGraphicsScene::selectionChanged, this, [this] {
        if (!m_rebuilding && !m_selecting)
            emit selectionSettled();
    });
}

JourneyScene::~JourneyScene()
{
    // The items go while this object is whole: removing a selected item emits selectionChanged,
    // and its handler reads this object's members.
    m_rebuilding = true;
    clearItems();
}

void JourneyScene::setWorkspace(Workspace *workspace)
{
    if (m_workspace == workspace)
        return;
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    if (workspace) {
        connect(workspace, &Workspace::changed, this, &JourneyScene::onWorkspaceChanged);
        connect(workspace, &QObject::destroyed, this, [this] {
            // Closed without setWorkspace(nullptr): nothing left to draw from.
            m_rebuildTimer.stop();
            m_rebuilding = true;
            clearItems();
            m_rebuilding = false;
            m_journey = {};
            update();
            emit selectionSettled();
            emit journeyChanged();
        });
    }
    setJourney({});
}

Workspace *JourneyScene::workspace() const
{
    return m_workspace;
}

void JourneyScene::setJourney(JourneyId journey)
{
    const JourneyId previous = m_journey;
    m_journey = journey;
    m_pendingSelection = {};
    m_rebuildTimer.stop();
    clearSelection(); // a new journey starts without a selection
    rebuild();
    if (previous != journey)
        emit journeyChanged();
}

QGraphicsItem *JourneyScene::itemFor(EntityRef element) const
{
    switch (element.type) {
    case EntityType::Step: return m_steps.value(StepId(element.id));
    case EntityType::Trigger: return m_triggers.value(TriggerId(element.id));
    default: return nullptr;
    }
}

QList<StepItem *> JourneyScene::stepItems() const
{
    return m_steps.values();
}

QList<TriggerItem *> JourneyScene::triggerItems() const
{
    return m_triggers.values();
}

QList<StageColumnItem *> JourneyScene::stageItems() const
{
    return m_stages;
}

QList<LaneItem *> JourneyScene::laneItems() const
{
    return m_lanes;
}

EntityRef JourneyScene::elementOf(const QGraphicsItem *item)
{
    if (const auto *step = qgraphicsitem_cast<const StepItem *>(item))
        return step->ref();
    if (const auto *trigger = qgraphicsitem_cast<const TriggerItem *>(item))
        return trigger->ref();
    return {};
}

EntityRef JourneyScene::selectedElement() const
{
    EntityRef found;
    const QList<QGraphicsItem *> selected = selectedItems();
    for (const QGraphicsItem *item : selected) {
        const EntityRef ref = elementOf(item);
        if (!ref.isValid())
            continue;
        if (found.isValid())
            return {}; // several
        found = ref;
    }
    return found;
}

QGraphicsItem *JourneyScene::selectElement(EntityRef element)
{
    QGraphicsItem *item = element.isValid() ? itemFor(element) : nullptr;
    if (!item && element.isValid() && isRebuildPending()) {
        // Typical right after an edit: the new step is in the model, not yet in the scene.
        m_pendingSelection = element;
        return nullptr;
    }
    m_pendingSelection = {};
    m_selecting = true;
    const QList<QGraphicsItem *> selected = selectedItems();
    for (QGraphicsItem *other : selected) {
        if (other != item)
            other->setSelected(false);
    }
    if (item)
        item->setSelected(true);
    m_selecting = false;
    emit selectionSettled();
    return item;
}

QRectF JourneyScene::contentRect() const
{
    if (!hasJourney())
        return {};
    QRectF rect = m_layout.contentRect() | m_board | legendRect(m_board);
    // Arrows that bow around cards, and their labels, may reach past the board.
    for (const TriggerItem *trigger : std::as_const(m_triggers))
        rect |= trigger->sceneBoundingRect();
    return rect;
}

void JourneyScene::onWorkspaceChanged(const ChangeEvent &event)
{
    if (m_rebuildTimer.isActive())
        return;
    if (concernsShownJourney(event)) {
        scheduleRebuild();
        return;
    }
    if (!m_journey.isValid() || !m_workspace)
        return;
    // What only the overlays show: no need to build thousands of cards again.
    if (event.entity.type == EntityType::GlossaryTerm)
        scheduleOverlayRefresh(true, false);
    else if (event.entity.type == EntityType::PersonaEmotion && !m_emotionLanes.isEmpty())
        scheduleOverlayRefresh(false, true);
}

void JourneyScene::scheduleOverlayRefresh(bool analysis, bool emotions)
{
    m_analysisDirty = m_analysisDirty || analysis;
    m_emotionsDirty = m_emotionsDirty || emotions;
    m_overlayTimer.start();
}

bool JourneyScene::personasChanged(const ModelReader &reader) const
{
    const std::optional<Journey> journey = reader.journey(m_journey);
    return journey && journey->personas != m_lanePersonas;
}

bool JourneyScene::concernsShownJourney(const ChangeEvent &event) const
{
    if (!m_journey.isValid() || !m_workspace)
        return false;
    if (event.kind == ChangeEvent::Kind::Reset)
        return true;
    const EntityRef entity = event.entity;
    const bool removed = event.kind == ChangeEvent::Kind::Removed;
    try {
        const ModelReader reader = m_workspace->reader();
        switch (entity.type) {
        case EntityType::Journey: {
            const JourneyId id(entity.id);
            if (id == m_journey || m_subJourneyIds.contains(id))
                return true;
            if (removed)
                return false;
            // A journey added or changed may now detail one of the shown steps.
            const auto journey = reader.journey(id);
            return journey && m_steps.contains(journey->detailsStep);
        }
        case EntityType::Stage: {
            if (m_stageIds.contains(StageId(entity.id)))
                return true;
            const auto stage = removed ? std::nullopt : reader.stage(StageId(entity.id));
            return stage && stage->journey == m_journey;
        }
        case EntityType::Step: {
            if (m_steps.contains(StepId(entity.id)))
                return true;
            const auto step = removed ? std::nullopt : reader.step(StepId(entity.id));
            return step && step->journey == m_journey;
        }
        case EntityType::Trigger: {
            if (m_triggers.contains(TriggerId(entity.id)))
                return true;
            const auto trigger = removed ? std::nullopt : reader.trigger(TriggerId(entity.id));
            return trigger && trigger->journey == m_journey;
        }
        case EntityType::JourneyPersona:
            // A link row's id tells not which journey it links: compare the lanes instead.
            return personasChanged(reader);
        case EntityType::Persona:
            // A lane shows the persona's name and photo.
            if (event.kind == ChangeEvent::Kind::Changed && m_lanePersonas.contains(PersonaId(entity.id)))
                return true;
            return removed && personasChanged(reader);
        case EntityType::Channel:
        case EntityType::Owner:
            // Cards show channel names and icons and owners' initials. A new entry is
            // used by no card yet; the step that starts using it sends its own event.
            return !(event.kind == ChangeEvent::Kind::Added);
        default: return false;
        }
    } catch (const SqlError &) {
        return true; // cannot tell: the rebuild will read again and report
    }
}

void JourneyScene::scheduleRebuild()
{
    m_rebuildTimer.start();
}

void JourneyScene::rebuild()
{
    m_rebuildTimer.stop();
    m_overlayTimer.stop(); // the rebuild refreshes the overlays too
    m_analysisDirty = false;
    m_emotionsDirty = false;
    emit aboutToRebuild();
    m_rebuilding = true;

    QList<EntityRef> keep;
    if (m_pendingSelection.isValid()) {
        keep.append(m_pendingSelection);
    } else {
        const QList<QGraphicsItem *> selected = selectedItems();
        for (const QGraphicsItem *item : selected) {
            if (const EntityRef ref = elementOf(item); ref.isValid())
                keep.append(ref);
        }
    }
    m_pendingSelection = {};

    const JourneyId before = m_journey;
    clearItems();
    build();
    for (const EntityRef &ref : std::as_const(keep)) {
        if (QGraphicsItem *item = itemFor(ref))
            item->setSelected(true);
    }
    update();

    m_rebuilding = false;
    emit rebuilt();
    emit selectionSettled();
    if (before != m_journey)
        emit journeyChanged();
}

void JourneyScene::clearItems()
{
    m_steps.clear();
    m_triggers.clear();
    m_stages.clear();
    m_lanes.clear();
    m_emotionLanes.clear();
    m_lanePersonas.clear();
    m_triggerSources.clear();
    m_board = {};
    m_stageIds.clear();
    m_subJourneyIds.clear();
    m_layout = {};
    m_journeyTitle.clear();
    m_journeySubtitle.clear();
    clear();
}

void JourneyScene::build()
{
    if (!m_workspace || !m_journey.isValid()) {
        m_journey = {};
        setSceneRect(EmptySceneRect);
        return;
    }

    QList<Stage> stages;
    QList<Step> steps;
    QList<Trigger> triggers;
    QHash<ChannelId, Channel> channels;
    QHash<OwnerId, Owner> owners;
    QHash<StepId, QStringList> subJourneys;
    QList<Persona> personas;
    try {
        const ModelReader reader = m_workspace->reader();
        const std::optional<Journey> journey = reader.journey(m_journey);
        if (!journey) {
            // Removed (or never there): the view shows its empty state.
            m_journey = {};
            setSceneRect(EmptySceneRect);
            return;
        }
        m_journeyTitle = journey->name;
        m_journeySubtitle = displayName(journey->level) + QStringLiteral(" · ") + displayName(journey->status);
        stages = reader.stages(m_journey);
        steps = reader.steps(m_journey);
        triggers = reader.triggers(m_journey);
        const QList<Channel> channelList = reader.channels();
        for (const Channel &channel : channelList)
            channels.insert(channel.id, channel);
        const QList<Owner> ownerList = reader.owners();
        for (const Owner &owner : ownerList)
            owners.insert(owner.id, owner);
        const QList<Journey> details = reader.subJourneys(m_journey);
        for (const Journey &sub : details) {
            subJourneys[sub.detailsStep].append(sub.name);
            m_subJourneyIds.insert(sub.id);
        }
        m_lanePersonas = journey->personas;
        for (const PersonaId id : std::as_const(journey->personas)) {
            if (std::optional<Persona> persona = reader.persona(id))
                personas.append(std::move(*persona));
        }
    } catch (const SqlError &e) {
        qWarning("JourneyScene: cannot read the journey: %s", e.what());
        m_journeyTitle.clear();
        m_journeySubtitle.clear();
        m_subJourneyIds.clear();
        setSceneRect(EmptySceneRect);
        return;
    }

    // Layout.
    QList<StageId> stageOrder;
    for (const Stage &stage : std::as_const(stages)) {
        stageOrder.append(stage.id);
        m_stageIds.insert(stage.id);
    }
    QList<JourneyLayout::StepInput> inputs;
    for (const Step &step : std::as_const(steps))
        inputs.append({step.id, step.stage, step.kind, step.hasPosition, QPointF(step.x, step.y)});
    m_layout = JourneyLayout::compute(stageOrder, inputs, triggers);
    // The emotion lanes extend the board downwards: the stage columns run through them, so a
    // dip in a curve is read against its stage.
    const QRectF blueprint = m_layout.boardRect();
    const qreal emotionHeight = personas.size() * EmotionLaneHeight;
    m_board = blueprint.adjusted(0, 0, 0, emotionHeight);

    // Board.
    QHash<StageId, int> stepCount;
    for (const Step &step : std::as_const(steps))
        ++stepCount[m_stageIds.contains(step.stage) ? step.stage : StageId()];
    QHash<StageId, QString> stageNames;
    for (const Stage &stage : std::as_const(stages))
        stageNames.insert(stage.id, stage.name);
    const QList<JourneyLayout::Column> &columns = m_layout.columns();
    for (int i = 0; i < columns.size(); ++i) {
        const JourneyLayout::Column &column = columns.at(i);
        auto *item = new StageColumnItem(column.stage, column.rect.adjusted(0, 0, 0, emotionHeight));
        item->setHeader(column.stage.isValid() ? stageNames.value(column.stage) : tr("No stage"),
                        stepCount.value(column.stage), i, i == columns.size() - 1);
        addItem(item);
        m_stages.append(item);
    }
    for (const JourneyLayout::Lane &lane : m_layout.lanes()) {
        auto *item = new LaneItem(lane.lane, lane.rect);
        addItem(item);
        m_lanes.append(item);
    }

    // Cards.
    for (const Step &step : std::as_const(steps)) {
        StepItem::Card card;
        card.title = step.name;
        card.kind = step.kind;
        if (const auto channel = channels.constFind(step.channel); channel != channels.constEnd()) {
            card.channelName = channel->name;
            card.channelIcon = channel->icon;
        }
        if (const auto owner = owners.constFind(step.owner); owner != owners.constEnd())
            card.ownerName = owner->name;
        card.emotion = step.emotion;
        card.subJourneys = subJourneys.value(step.id);
        card.description = step.description;

        auto *item = new StepItem(step.id);
        item->setCard(card);
        item->setPos(m_layout.cardRect(step.id).topLeft()); // before addItem: no move to report
        addItem(item);
        m_steps.insert(step.id, item);
    }

    // Overlays, before the arrows: a finding badge is in an arrow's way like a card.
    for (const Trigger &trigger : std::as_const(triggers)) {
        if (m_steps.contains(trigger.from) && m_steps.contains(trigger.to))
            m_triggerSources.insert(trigger.id, trigger.from);
    }
    for (qsizetype i = 0; i < personas.size(); ++i) {
        const Persona &persona = personas.at(i);
        const QRectF rect(m_board.left(), blueprint.bottom() + i * EmotionLaneHeight, m_board.width(),
                          EmotionLaneHeight);
        auto *lane = new EmotionLaneItem(persona.id, persona.name, persona.photo, rect);
        addItem(lane);
        m_emotionLanes.append(lane);
    }
    try {
        const ModelReader reader = m_workspace->reader();
        updateAnalysis(reader);
        updateEmotionLanes(reader);
    } catch (const SqlError &e) {
        qWarning("JourneyScene: cannot read the overlays: %s", e.what());
    }

    // Arrows. Triggers whose ends are not drawn (a step of another journey) are left out.
    QList<TriggerItem *> created;
    for (const Trigger &trigger : std::as_const(triggers)) {
        if (!m_steps.contains(trigger.from) || !m_steps.contains(trigger.to))
            continue;
        auto *item = new TriggerItem(trigger.id, trigger.from, trigger.to);
        QStringList tip;
        tip << QStringLiteral("<b>%1</b>").arg(displayName(trigger.kind).toHtmlEscaped());
        if (!trigger.label.isEmpty())
            tip << trigger.label.toHtmlEscaped();
        if (!trigger.condition.isEmpty())
            tip << tr("Condition: %1").arg(trigger.condition.toHtmlEscaped());
        if (!trigger.engagementAction.isEmpty())
            tip << tr("Engagement: %1").arg(trigger.engagementAction.toHtmlEscaped());
        if (trigger.expectedDelaySeconds > 0)
            tip << tr("Expected delay: %1").arg(delayText(trigger.expectedDelaySeconds));
        item->setAppearance(trigger.kind, trigger.label, tip.join(QStringLiteral("<br>")));
        addItem(item);
        m_triggers.insert(trigger.id, item);
        created.append(item);
    }
    routeTriggers(created);

    setSceneRect(contentRect().adjusted(-SceneMargin, -SceneMargin, SceneMargin, SceneMargin));
}

void JourneyScene::routeTriggers(const QList<TriggerItem *> &triggers)
{
    using Routing = TriggerItem::Routing;
    using Side = TriggerItem::Side;
    QHash<StepId, QRectF> cards;
    for (auto it = m_steps.cbegin(); it != m_steps.cend(); ++it)
        cards.insert(it.key(), it.value()->sceneCardRect());

    // 1. A routing per arrow: the first that crosses no other card, else the one that crosses
    //    fewest (an arrow running under a card looks as if it ended there).
    struct Plan
    {
        TriggerItem *item;
        QRectF from;
        QRectF to;
        Routing routing = Routing::Direct;
        qreal startOffset = 0;
        qreal endOffset = 0;
    };
    QList<Plan> plans;
    for (TriggerItem *item : triggers) {
        Plan plan{item, cards.value(item->fromStep()), cards.value(item->toStep())};
        const auto crossings = [&](const QPainterPath &path) {
            int count = 0;
            // Widened: the control points of a straight arrow span an empty (zero-width) rect.
            const QRectF reach = path.controlPointRect().adjusted(-1, -1, 1, 1);
            // The samples along the arrow, taken once: pointAtPercent() measures the whole
            // path on every call, and a long arrow passes hundreds of cards in a big journey.
            QList<QPointF> samples;
            for (auto card = cards.cbegin(); card != cards.cend(); ++card) {
                if (card.key() == item->fromStep() || card.key() == item->toStep())
                    continue;
                const QRectF obstacle = card.value().adjusted(-6, -6, 6, 6);
                if (!reach.intersects(obstacle))
                    continue;
                if (samples.isEmpty())
                    samples = samplesAlong(path);
                for (const QPointF &point : std::as_const(samples)) {
                    if (obstacle.contains(point)) {
                        ++count;
                        break;
                    }
                }
            }
            return count;
        };
        int fewest = std::numeric_limits<int>::max();
        for (Routing routing :
             {Routing::Direct, Routing::AroundRight, Routing::OverTop, Routing::UnderBottom, Routing::AroundLeft}) {
            const int count = crossings(TriggerItem::routePath(plan.from, plan.to, routing));
            if (count < fewest) {
                fewest = count;
                plan.routing = routing;
            }
            if (count == 0)
                break;
        }
        plans.append(plan);
    }

    // 2. Ports: arrows that share a card's edge are spread along it, ordered by where their
    //    other end lies, so that they fan out instead of crossing at the card.
    struct Port
    {
        qsizetype plan;
        bool start;
        qreal order;
        TriggerId trigger;
    };
    QHash<QPair<StepId, int>, QList<Port>> ports;
    for (qsizetype i = 0; i < plans.size(); ++i) {
        const Plan &plan = plans.at(i);
        if (plan.item->fromStep() == plan.item->toStep())
            continue; // a loop has its own fixed place
        const TriggerItem::Sides sides = TriggerItem::sidesFor(plan.from, plan.to, plan.routing);
        const auto order = [](Side side, const QRectF &other) {
            return side == Side::Left || side == Side::Right ? other.center().y() : other.center().x();
        };
        ports[{plan.item->fromStep(), int(sides.start)}].append(
            {i, true, order(sides.start, plan.to), plan.item->triggerId()});
        ports[{plan.item->toStep(), int(sides.end)}].append(
            {i, false, order(sides.end, plan.from), plan.item->triggerId()});
    }
    for (auto it = ports.begin(); it != ports.end(); ++it) {
        QList<Port> &list = it.value();
        if (list.size() < 2)
            continue;
        std::sort(list.begin(), list.end(), [](const Port &a, const Port &b) {
            return a.order != b.order ? a.order < b.order : a.trigger < b.trigger;
        });
        const Side side = Side(it.key().second);
        const qreal edge = side == Side::Left || side == Side::Right ? CardHeight : CardWidth;
        const qreal spacing = std::min(PortSpacing, (edge - 2 * CardRadius) / (list.size() - 1));
        for (qsizetype i = 0; i < list.size(); ++i) {
            const qreal offset = (i - (list.size() - 1) / 2.0) * spacing;
            Plan &plan = plans[list.at(i).plan];
            (list.at(i).start ? plan.startOffset : plan.endOffset) = offset;
        }
    }

    // The cards and badges an arrow may pass, collected once (not per arrow).
    QList<QRectF> obstacles;
    obstacles.reserve(2 * m_steps.size());
    for (const StepItem *step : std::as_const(m_steps)) {
        for (const QRectF &rect : {step->sceneCardRect(), step->sceneBadgeRect(), step->sceneFindingBadgeRect()}) {
            if (!rect.isEmpty())
                obstacles.append(rect);
        }
    }
    for (const Plan &plan : std::as_const(plans)) {
        plan.item->setEndpoints(plan.from, plan.to, plan.routing, plan.startOffset, plan.endOffset);
        const QRectF bounds = plan.item->boundingRect();
        QList<QRectF> inTheWay;
        for (const QRectF &rect : std::as_const(obstacles)) {
            if (rect.intersects(bounds))
                inTheWay.append(rect);
        }
        plan.item->setCardsInTheWay(inTheWay);
    }

    // 3. Labels: along each arrow, the first place clear of cards and of the labels placed so
    //    far, else the least covered one. Every arrow is placed again, as a moved one may
    //    have freed or taken another's place.
    QList<QRectF> cardAreas;
    for (const QRectF &card : std::as_const(cards))
        cardAreas.append(card.adjusted(-4, -4, 4, 4));
    QList<QRectF> taken;
    QList<TriggerItem *> labelled;
    for (TriggerItem *trigger : std::as_const(m_triggers)) {
        if (!trigger->label().isEmpty())
            labelled.append(trigger);
    }
    std::sort(labelled.begin(), labelled.end(),
              [](const TriggerItem *a, const TriggerItem *b) { return a->triggerId() < b->triggerId(); });
    for (TriggerItem *trigger : std::as_const(labelled)) {
        qreal best = 0.5;
        qreal leastCovered = std::numeric_limits<qreal>::max();
        for (qreal position : {0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8}) {
            const QRectF rect = trigger->labelRectAt(position);
            const auto overlap = [&rect](const QRectF &other) {
                const QRectF common = rect & other;
                return common.width() * common.height();
            };
            // Hiding a card's text is worse than touching another label.
            qreal covered = 0;
            for (const QRectF &card : std::as_const(cardAreas))
                covered += 4 * overlap(card);
            for (const QRectF &other : std::as_const(taken))
                covered += overlap(other);
            if (covered < leastCovered) {
                leastCovered = covered;
                best = position;
            }
            if (covered == 0)
                break;
        }
        trigger->setLabelPosition(best);
        taken.append(trigger->labelRect().adjusted(-3, -2, 3, 2));
    }
}

void JourneyScene::refreshOverlays()
{
    refreshOverlays(true, true);
}

void JourneyScene::refreshOverlays(bool analysis, bool emotions)
{
    m_overlayTimer.stop();
    if (!m_workspace || !m_journey.isValid() || m_rebuilding)
        return;
    try {
        const ModelReader reader = m_workspace->reader();
        if (analysis) {
            QSet<StepId> badged;
            for (auto it = m_steps.cbegin(); it != m_steps.cend(); ++it) {
                if (!it.value()->findings().isEmpty())
                    badged.insert(it.key());
            }
            updateAnalysis(reader);
            bool badgesMoved = false;
            for (auto it = m_steps.cbegin(); it != m_steps.cend() && !badgesMoved; ++it)
                badgesMoved = badged.contains(it.key()) == it.value()->findings().isEmpty();
            if (badgesMoved)
                routeTriggers(m_triggers.values()); // a badge came or went in an arrow's way
        }
        if (emotions)
            updateEmotionLanes(reader);
    } catch (const SqlError &e) {
        qWarning("JourneyScene: cannot read the overlays: %s", e.what());
    }
}

void JourneyScene::updateAnalysis(const ModelReader &reader)
{
    // One run of the checks for all cards. A step's badge counts its own findings and those of
    // the triggers that start at it: a trigger without a kind is fixed from where it leaves.
    QHash<StepId, QStringList> findings;
    const QList<Finding> all = runModelChecks(reader, m_journey);
    for (const Finding &finding : all) {
        StepId step;
        if (finding.element.type == EntityType::Step)
            step = StepId(finding.element.id);
        else if (finding.element.type == EntityType::Trigger)
            step = m_triggerSources.value(TriggerId(finding.element.id));
        if (step.isValid() && m_steps.contains(step))
            findings[step].append(finding.message);
    }

    // The glossary match reads the titles the cards show.
    QList<Step> named;
    named.reserve(m_steps.size());
    for (auto it = m_steps.cbegin(); it != m_steps.cend(); ++it) {
        Step step;
        step.id = it.key();
        step.name = it.value()->card().title;
        named.append(step);
    }
    QHash<StepId, QList<StepItem::SynonymHint>> hints;
    const QList<SynonymUse> uses = findSynonymUses(reader.glossary(), named);
    for (const SynonymUse &use : uses)
        hints[use.step].append({use.synonym, use.preferredTerm});

    for (auto it = m_steps.cbegin(); it != m_steps.cend(); ++it) {
        it.value()->setFindings(findings.value(it.key()));
        it.value()->setSynonymHints(hints.value(it.key()));
    }
}

void JourneyScene::updateEmotionLanes(const ModelReader &reader)
{
    if (m_emotionLanes.isEmpty())
        return;
    QHash<QPair<StepId, PersonaId>, int> overrides;
    const QList<PersonaEmotion> emotions = reader.personaEmotions(m_journey);
    for (const PersonaEmotion &emotion : emotions)
        overrides.insert({emotion.step, emotion.persona}, emotion.emotion);
    for (EmotionLaneItem *lane : std::as_const(m_emotionLanes)) {
        QList<EmotionLaneItem::Point> points;
        points.reserve(m_steps.size());
        for (auto it = m_steps.cbegin(); it != m_steps.cend(); ++it) {
            const StepItem *item = it.value();
            const auto found = overrides.constFind({it.key(), lane->personaId()});
            const bool own = found != overrides.cend();
            points.append({it.key(), item->card().title, item->sceneCardRect().center().x(),
                           own ? *found : item->card().emotion, own});
        }
        lane->setPoints(std::move(points));
    }
}

void JourneyScene::stepMoved(StepId step)
{
    if (m_rebuilding || !m_steps.contains(step))
        return;
    const qreal centre = m_steps.value(step)->sceneCardRect().center().x();
    for (EmotionLaneItem *lane : std::as_const(m_emotionLanes))
        lane->moveStep(step, centre);
    // A moved card may now be in another arrow's way: route them all (a journey has dozens).
    routeTriggers(m_triggers.values());
}

void JourneyScene::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, canvasBackground());
    if (!hasJourney())
        return;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF board = m_board;

    // The board as a sheet on the canvas.
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(15, 23, 42, 12));
    painter->drawRoundedRect(board.adjusted(-2, -1, 2, 4), 6, 6);
    painter->setBrush(QColor(15, 23, 42, 18));
    painter->drawRect(board.adjusted(-1, 0, 1, 1.5));
    painter->fillRect(board, boardBackground());

    // Corner: which journey this is.
    const QRectF corner(0, 0, LabelColumnWidth, HeaderHeight);
    painter->fillRect(corner, labelPanelBackground());
    // The journey's name on up to two lines, its level and status below.
    const qreal textWidth = LabelColumnWidth - 34;
    const QFont title = laneFont();
    const QFontMetricsF titleMetrics(title);
    QStringList titleLines;
    {
        QTextLayout layout(m_journeyTitle, title);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(textWidth);
            if (titleLines.size() == 1) {
                titleLines.append(
                    titleMetrics.elidedText(m_journeyTitle.mid(line.textStart()), Qt::ElideRight, textWidth));
                break;
            }
            titleLines.append(m_journeyTitle.mid(line.textStart(), line.textLength()).trimmed());
        }
        layout.endLayout();
    }
    const qreal lineHeight = titleMetrics.height();
    const qreal blockHeight = titleLines.size() * lineHeight + 16;
    qreal textTop = (HeaderHeight - blockHeight) / 2;
    painter->setFont(title);
    painter->setPen(primaryText());
    for (const QString &line : std::as_const(titleLines)) {
        painter->drawText(QRectF(20, textTop, textWidth, lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                          titleMetrics.elidedText(line, Qt::ElideRight, textWidth));
        textTop += lineHeight;
    }
    painter->setFont(captionFont());
    painter->setPen(secondaryText());
    painter->drawText(QRectF(20, textTop + 1, textWidth, 15), Qt::AlignLeft | Qt::AlignVCenter, m_journeySubtitle);

    painter->setPen(QPen(gridLine(), 1));
    painter->drawLine(QPointF(board.left(), HeaderHeight), QPointF(board.right(), HeaderHeight));
    painter->drawLine(QPointF(LabelColumnWidth, 0), QPointF(LabelColumnWidth, HeaderHeight));

    if (m_stages.isEmpty() && m_steps.isEmpty()) {
        painter->setFont(captionFont());
        painter->setPen(secondaryText());
        painter->drawText(QRectF(LabelColumnWidth, 0, ColumnWidth, HeaderHeight).adjusted(12, 0, -12, 0),
                          Qt::AlignCenter | Qt::TextWordWrap, tr("No stages or steps yet"));
    }

    // Legend.
    const QRectF legend = legendRect(board);
    painter->setFont(captionFont());
    painter->setPen(secondaryText());
    painter->drawText(QRectF(legend.left() + 4, legend.top(), legend.width(), legend.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, legendHeading());
    for (const LegendEntry &entry : legendEntries(board)) {
        painter->setPen(TriggerItem::penFor(entry.kind));
        painter->drawLine(entry.sample);
        painter->setPen(secondaryText());
        painter->drawText(entry.text, Qt::AlignLeft | Qt::AlignVCenter, entry.name);
    }
    painter->restore();
}

} // namespace jl
