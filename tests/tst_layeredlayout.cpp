// LayeredLayout: the automatic arrangement of a journey as a grid of stage columns, layers,
// lanes and rows. Generated journeys (with cycles and self-loops) check the guarantees the
// canvas relies on: deterministic, one step per cell, every step in its stage column and lane,
// cycles broken, crossings never worse than the initial order. A crafted graph and the demo
// check the result itself; a timing for a large journey is printed, not asserted.

#include "TestSupport.h"
#include "analysis/LayeredLayout.h"
#include "demo/DemoWorkspace.h"
#include "storage/ModelReader.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <tuple>

using namespace jl;

namespace {

constexpr int LaneCount = 3;

// The lanes of the canvas' service blueprint (views/canvas/BlueprintLane), repeated here
// because the model test does not link the views: customer actions, frontstage, backstage.
int blueprintLane(const Step &step)
{
    switch (step.kind) {
    case StepKind::CustomerAction:
    case StepKind::Decision:
    case StepKind::Outcome: return 0;
    case StepKind::Touchpoint: return 1;
    case StepKind::Backstage: return 2;
    }
    return 1;
}

struct Journeyish
{
    QList<Stage> stages;
    QList<Step> steps;
    QList<Trigger> triggers;
    int selfLoops = 0;
};

// A journey of stepCount steps over stageCount stages: mostly forward triggers (to the same or
// a later stage), some backward ones, a guaranteed cycle inside one stage, self-loops, a few
// steps without a stage and a trigger to a step that is not part of the journey.
Journeyish generate(quint32 seed, int stepCount, int stageCount, int triggerCount)
{
    QRandomGenerator random(seed);
    Journeyish j;
    // Stage ids deliberately not in position order.
    for (int i = 0; i < stageCount; ++i)
        j.stages.append({StageId(100 + stageCount - i), JourneyId(1), QStringLiteral("S%1").arg(i), i, {}});
    for (int i = 0; i < stepCount; ++i) {
        Step step;
        step.id = StepId(1000 + i * 3);
        step.journey = JourneyId(1);
        step.kind = StepKind(random.bounded(5));
        step.stage = random.bounded(20) == 0 ? StageId() : j.stages.at(random.bounded(stageCount)).id;
        j.steps.append(step);
    }
    const auto stageIndex = [&](const Step &step) {
        for (const Stage &stage : std::as_const(j.stages)) {
            if (stage.id == step.stage)
                return stage.position;
        }
        return stageCount;
    };
    qint64 nextTrigger = 1;
    const auto add = [&](StepId from, StepId to) {
        Trigger trigger;
        trigger.id = TriggerId(nextTrigger++);
        trigger.journey = JourneyId(1);
        trigger.from = from;
        trigger.to = to;
        j.triggers.append(trigger);
        if (from == to)
            ++j.selfLoops;
    };
    while (j.triggers.size() < triggerCount) {
        const Step &from = j.steps.at(random.bounded(stepCount));
        const Step &to = j.steps.at(random.bounded(stepCount));
        const int roll = random.bounded(100);
        if (roll < 2)
            add(from.id, from.id);
        else if (roll < 15 || stageIndex(from) <= stageIndex(to))
            add(from.id, to.id);
    }
    // A cycle of three steps of the first stage.
    QList<StepId> firstStage;
    for (const Step &step : std::as_const(j.steps)) {
        if (step.stage == j.stages.first().id && firstStage.size() < 3)
            firstStage.append(step.id);
    }
    if (firstStage.size() == 3) {
        add(firstStage.at(0), firstStage.at(1));
        add(firstStage.at(1), firstStage.at(2));
        add(firstStage.at(2), firstStage.at(0));
    }
    add(j.steps.first().id, StepId(999999)); // a broken link: ignored
    return j;
}

template<typename T>
QList<T> shuffled(QList<T> list, quint32 seed)
{
    QRandomGenerator random(seed);
    for (qsizetype i = list.size() - 1; i > 0; --i)
        list.swapItemsAt(i, random.bounded(i + 1));
    return list;
}

LayeredLayout layOut(const Journeyish &j)
{
    return LayeredLayout::compute(j.stages, j.steps, j.triggers, LaneCount, blueprintLane);
}

// Fails the calling test if two steps share a cell or a cell is outside its column or lane.
void verifyGrid(const LayeredLayout &layout, const QList<Stage> &stages, const QList<Step> &steps)
{
    QHash<StageId, int> columnOf;
    for (const Stage &stage : stages)
        columnOf.insert(stage.id, stage.position);
    const int unstaged = int(stages.size());
    QSet<QList<int>> taken;
    for (const Step &step : steps) {
        QVERIFY(layout.contains(step.id));
        const LayeredLayout::Cell cell = layout.cell(step.id);
        QCOMPARE(cell.column, columnOf.value(step.stage, unstaged));
        QCOMPARE(layout.columnStages().at(cell.column), columnOf.contains(step.stage) ? step.stage : StageId());
        QCOMPARE(cell.lane, blueprintLane(step));
        QVERIFY(cell.layer >= 0 && cell.layer < layout.layerCount(cell.column));
        QVERIFY(cell.row >= 0 && cell.row < layout.rowCount(cell.lane));
        const QList<int> key{cell.column, cell.lane, cell.layer, cell.row};
        QVERIFY2(!taken.contains(key), qPrintable(QStringLiteral("step %1 shares a cell").arg(step.id.value())));
        taken.insert(key);
    }
    QCOMPARE(layout.cells().size(), steps.size());
}

} // namespace

class TestLayeredLayout : public QObject
{
    Q_OBJECT

private slots:
    void generated_data();
    void generated();
    void swapRemovesCrossing();
    void layersInsideStage();
    void emptyJourney();
    void demo();
    void largeJourneyTiming();
};

void TestLayeredLayout::generated_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed : {1u, 7u, 42u, 2024u, 31337u, 65535u})
        QTest::addRow("seed %u", seed) << seed;
}

void TestLayeredLayout::generated()
{
    QFETCH(quint32, seed);
    QRandomGenerator random(seed);
    const int stepCount = random.bounded(50, 501);
    const int stageCount = random.bounded(3, 9);
    const int triggerCount = stepCount + random.bounded(stepCount);
    const Journeyish j = generate(seed, stepCount, stageCount, triggerCount);

    const LayeredLayout layout = layOut(j);
    verifyGrid(layout, j.stages, j.steps);

    // Deterministic, whatever the order of the input.
    const LayeredLayout again = layOut(j);
    QCOMPARE(again.cells(), layout.cells());
    Journeyish mixed = j;
    mixed.stages = shuffled(j.stages, seed + 1);
    mixed.steps = shuffled(j.steps, seed + 2);
    mixed.triggers = shuffled(j.triggers, seed + 3);
    const LayeredLayout fromMixed = layOut(mixed);
    QCOMPARE(fromMixed.cells(), layout.cells());
    QCOMPARE(fromMixed.reversedTriggers(), layout.reversedTriggers());
    QCOMPARE(fromMixed.crossingsBefore(), layout.crossingsBefore());
    QCOMPARE(fromMixed.crossingsAfter(), layout.crossingsAfter());

    // Cycles: the generated cycle needs at least one reversal; self-loops are counted apart.
    QVERIFY(!layout.reversedTriggers().isEmpty());
    QCOMPARE(layout.selfLoopCount(), j.selfLoops);
    // With the reversed triggers turned round, the journey is acyclic (Kahn) and every trigger
    // inside a stage goes to a later layer.
    const QSet<TriggerId> reversed(layout.reversedTriggers().cbegin(), layout.reversedTriggers().cend());
    QHash<StepId, QList<StepId>> successors;
    QHash<StepId, int> inDegree;
    for (const Step &step : j.steps)
        inDegree.insert(step.id, 0);
    for (const Trigger &trigger : j.triggers) {
        if (!layout.contains(trigger.from) || !layout.contains(trigger.to) || trigger.from == trigger.to)
            continue;
        const StepId from = reversed.contains(trigger.id) ? trigger.to : trigger.from;
        const StepId to = reversed.contains(trigger.id) ? trigger.from : trigger.to;
        successors[from].append(to);
        ++inDegree[to];
        const LayeredLayout::Cell a = layout.cell(from), b = layout.cell(to);
        if (a.column == b.column)
            QVERIFY(b.layer > a.layer);
    }
    QList<StepId> ready;
    for (auto it = inDegree.cbegin(); it != inDegree.cend(); ++it) {
        if (it.value() == 0)
            ready.append(it.key());
    }
    qsizetype done = 0;
    while (!ready.isEmpty()) {
        const StepId step = ready.takeLast();
        ++done;
        for (const StepId next : successors.value(step)) {
            if (--inDegree[next] == 0)
                ready.append(next);
        }
    }
    QCOMPARE(done, j.steps.size());

    // Crossings: never worse than the initial order, and the reported figure is the grid's.
    QVERIFY(layout.crossingsAfter() <= layout.crossingsBefore());
    QCOMPARE(LayeredLayout::countCrossings(layout, j.triggers), layout.crossingsAfter());
    qInfo("%d steps, %d stages, %lld triggers: %lld reversed, %d self-loops, crossings %d -> %d", stepCount, stageCount,
          qlonglong(j.triggers.size()), qlonglong(layout.reversedTriggers().size()), layout.selfLoopCount(),
          layout.crossingsBefore(), layout.crossingsAfter());
}

void TestLayeredLayout::swapRemovesCrossing()
{
    // Two stages, two frontstage steps each; by id, a1→b2 and a2→b1 cross. Swapping either
    // pair removes the crossing.
    const QList<Stage> stages{{StageId(1), JourneyId(1), QStringLiteral("A"), 0, {}},
                              {StageId(2), JourneyId(1), QStringLiteral("B"), 1, {}}};
    QList<Step> steps;
    for (int i = 1; i <= 4; ++i) {
        Step step;
        step.id = StepId(i);
        step.stage = StageId(i <= 2 ? 1 : 2);
        step.kind = StepKind::Touchpoint;
        steps.append(step);
    }
    QList<Trigger> triggers(2);
    triggers[0].id = TriggerId(1);
    triggers[0].from = StepId(1);
    triggers[0].to = StepId(4);
    triggers[1].id = TriggerId(2);
    triggers[1].from = StepId(2);
    triggers[1].to = StepId(3);

    const LayeredLayout layout = LayeredLayout::compute(stages, steps, triggers, LaneCount, blueprintLane);
    verifyGrid(layout, stages, steps);
    QCOMPARE(layout.crossingsBefore(), 1);
    QCOMPARE(layout.crossingsAfter(), 0);
    QCOMPARE(LayeredLayout::countCrossings(layout, triggers), 0);
    QVERIFY(layout.reversedTriggers().isEmpty());
    // Steps 1 and 4 share a row, and so do 2 and 3.
    QCOMPARE(layout.cell(StepId(1)).row, layout.cell(StepId(4)).row);
    QCOMPARE(layout.cell(StepId(2)).row, layout.cell(StepId(3)).row);
}

void TestLayeredLayout::layersInsideStage()
{
    // One stage: a chain 1→2→3 over all lanes plus 3→1 closing a cycle; 4 is isolated.
    const QList<Stage> stages{{StageId(1), JourneyId(1), QStringLiteral("A"), 0, {}}};
    QList<Step> steps;
    const StepKind kinds[] = {StepKind::CustomerAction, StepKind::Touchpoint, StepKind::Backstage,
                              StepKind::Touchpoint};
    for (int i = 1; i <= 4; ++i) {
        Step step;
        step.id = StepId(i);
        step.stage = StageId(1);
        step.kind = kinds[i - 1];
        steps.append(step);
    }
    QList<Trigger> triggers;
    for (const auto &[id, from, to] : {std::tuple{1, 1, 2}, std::tuple{2, 2, 3}, std::tuple{3, 3, 1}}) {
        Trigger trigger;
        trigger.id = TriggerId(id);
        trigger.from = StepId(from);
        trigger.to = StepId(to);
        triggers.append(trigger);
    }
    const LayeredLayout layout = LayeredLayout::compute(stages, steps, triggers, LaneCount, blueprintLane);
    verifyGrid(layout, stages, steps);
    QCOMPARE(layout.reversedTriggers(), QList<TriggerId>{TriggerId(3)});
    QCOMPARE(layout.layerCount(0), 3);
    QCOMPARE(layout.cell(StepId(1)).layer, 0);
    QCOMPARE(layout.cell(StepId(2)).layer, 1);
    QCOMPARE(layout.cell(StepId(3)).layer, 2);
    QCOMPARE(layout.cell(StepId(4)).layer, 0);
}

void TestLayeredLayout::emptyJourney()
{
    const LayeredLayout layout = LayeredLayout::compute({}, {}, {}, LaneCount, blueprintLane);
    QCOMPARE(layout.columnCount(), 0);
    QCOMPARE(layout.laneCount(), LaneCount);
    QCOMPARE(layout.crossingsAfter(), 0);
    QVERIFY(layout.cells().isEmpty());
}

void TestLayeredLayout::demo()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("demo.jlens"));
    QString error;
    QVERIFY2(demo::createDemoWorkspace(path, &error), qPrintable(error));
    WorkspaceError openError;
    const std::unique_ptr<Workspace> workspace = Workspace::open(path, &openError);
    QVERIFY2(workspace, qPrintable(openError.message));
    const ModelReader reader = workspace->reader();
    bool sawLifecycle = false;
    for (const Journey &journey : reader.journeys()) {
        const QList<Stage> stages = reader.stages(journey.id);
        const QList<Step> steps = reader.steps(journey.id);
        const QList<Trigger> triggers = reader.triggers(journey.id);
        const LayeredLayout layout = LayeredLayout::compute(stages, steps, triggers, LaneCount, blueprintLane);
        verifyGrid(layout, stages, steps);
        QVERIFY(layout.crossingsAfter() <= layout.crossingsBefore());
        qInfo("%s: %lld steps, %lld triggers, %lld reversed, crossings %d -> %d", qPrintable(journey.name),
              qlonglong(steps.size()), qlonglong(triggers.size()), qlonglong(layout.reversedTriggers().size()),
              layout.crossingsBefore(), layout.crossingsAfter());
        if (journey.level == JourneyLevel::Lifecycle) {
            sawLifecycle = true;
            // The lifecycle is drawn from left to right without cycles.
            QVERIFY(layout.reversedTriggers().isEmpty());
        }
    }
    QVERIFY(sawLifecycle);
}

void TestLayeredLayout::largeJourneyTiming()
{
    const Journeyish j = generate(4711, 2000, 8, 4000);
    QElapsedTimer timer;
    timer.start();
    const LayeredLayout layout = layOut(j);
    const qint64 elapsed = timer.elapsed();
    verifyGrid(layout, j.stages, j.steps);
    qInfo("2000 steps / %lld triggers: layout in %lld ms (%lld reversed, crossings %d -> %d)",
          qlonglong(j.triggers.size()), elapsed, qlonglong(layout.reversedTriggers().size()), layout.crossingsBefore(),
          layout.crossingsAfter());
}

QTEST_GUILESS_MAIN(TestLayeredLayout)
#include "tst_layeredlayout.moc"
