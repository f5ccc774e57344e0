#include "JourneyLayout.h"

#include "CanvasStyle.h"
#include "analysis/LayeredLayout.h"
#include "document/Workspace.h"
#include "storage/ModelReader.h"
#include "storage/SqlSupport.h"

#include <algorithm>
#include <array>
#include <tuple>

namespace jl {

namespace {

// An empty lane still needs room for its label and description.
constexpr qreal EmptyLaneHeight = 104;

qreal laneHeight(int rows)
{
    if (rows == 0)
        return EmptyLaneHeight;
    return 2 * canvas::LanePadding + rows * canvas::CardHeight + (rows - 1) * canvas::RowGap;
}

LayeredLayout layeredGrid(const QList<StageId> &stages, const QList<JourneyLayout::StepInput> &steps,
                          const QList<Trigger> &triggers)
{
    QList<Stage> stageList;
    stageList.reserve(stages.size());
    for (int i = 0; i < stages.size(); ++i) {
        Stage stage;
        stage.id = stages.at(i);
        stage.position = i;
        stageList.append(stage);
    }
    QList<Step> stepList;
    stepList.reserve(steps.size());
    for (const JourneyLayout::StepInput &input : steps) {
        Step step;
        step.id = input.id;
        step.stage = input.stage;
        step.kind = input.kind;
        stepList.append(step);
    }
    return LayeredLayout::compute(stageList, stepList, triggers, BlueprintLaneCount,
                                  [](const Step &step) { return int(laneForStepKind(step.kind)); });
}

} // namespace

JourneyLayout JourneyLayout::compute(const QList<StageId> &stages, QList<StepInput> steps,
                                     const QList<Trigger> &triggers)
{
    using namespace canvas;
    JourneyLayout layout;

    std::sort(steps.begin(), steps.end(), [](const StepInput &a, const StepInput &b) { return a.id < b.id; });

    const LayeredLayout grid = layeredGrid(stages, steps, triggers);
    layout.m_reversedTriggers = int(grid.reversedTriggers().size());
    layout.m_crossingsBefore = grid.crossingsBefore();
    layout.m_crossingsAfter = grid.crossingsAfter();

    // Columns: one ColumnWidth per layer, so trigger labels between layers have the same room
    // as between stages.
    const int columnCount = grid.columnCount();
    QList<qreal> columnLeft(columnCount + 1, LabelColumnWidth);
    for (int c = 0; c < columnCount; ++c)
        columnLeft[c + 1] = columnLeft.at(c) + grid.layerCount(c) * ColumnWidth;

    // Automatically placed steps in the order of their cells, so that a step pushed down by a
    // stored card pushes the steps below it in the same layer and lane, never onto them.
    QList<StepInput> automatic;
    QList<QRectF> fixed;
    for (const StepInput &step : std::as_const(steps)) {
        if (step.hasPosition) {
            const QRectF rect(step.position, QSizeF(CardWidth, CardHeight));
            layout.m_cards.insert(step.id, rect);
            fixed.append(rect);
        } else {
            automatic.append(step);
        }
    }
    std::stable_sort(automatic.begin(), automatic.end(), [&](const StepInput &a, const StepInput &b) {
        const LayeredLayout::Cell ca = grid.cell(a.id), cb = grid.cell(b.id);
        return std::tie(ca.column, ca.layer, ca.lane, ca.row) < std::tie(cb.column, cb.layer, cb.lane, cb.row);
    });

    // Skipping rows taken by stored cards may grow a lane and move the lanes below; repeat
    // until the lane heights settle (a few rounds at most, as heights only grow).
    std::array<int, BlueprintLaneCount> rows{};
    for (int lane = 0; lane < BlueprintLaneCount; ++lane)
        rows[lane] = grid.rowCount(lane);
    std::array<qreal, BlueprintLaneCount> laneTop{};
    const auto slot = [&](const LayeredLayout::Cell &cell, int row) {
        const qreal x = columnLeft.at(cell.column) + cell.layer * ColumnWidth + (ColumnWidth - CardWidth) / 2;
        const qreal y = laneTop[cell.lane] + LanePadding + row * (CardHeight + RowGap);
        return QRectF(x, y, CardWidth, CardHeight);
    };
    const auto blocked = [&](const QRectF &rect) {
        const QRectF padded = rect.adjusted(-RowGap / 2, -RowGap / 2, RowGap / 2, RowGap / 2);
        return std::any_of(fixed.cbegin(), fixed.cend(), [&](const QRectF &other) { return padded.intersects(other); });
    };
    QHash<StepId, QRectF> placed;
    for (int round = 0; round < 8; ++round) {
        qreal y = HeaderHeight;
        for (int lane = 0; lane < BlueprintLaneCount; ++lane) {
            laneTop[lane] = y;
            y += laneHeight(rows[lane]);
        }
        placed.clear();
        std::array<int, BlueprintLaneCount> needed{};
        LayeredLayout::Cell previous{-1, -1, -1, -1};
        int nextFree = 0;
        for (const StepInput &step : std::as_const(automatic)) {
            const LayeredLayout::Cell cell = grid.cell(step.id);
            if (cell.column != previous.column || cell.layer != previous.layer || cell.lane != previous.lane)
                nextFree = 0;
            previous = cell;
            int row = std::max(cell.row, nextFree);
            // Bounded: stored cards are finitely many, so some row below them is free.
            while (blocked(slot(cell, row)) && row < 10000)
                ++row;
            placed.insert(step.id, slot(cell, row));
            nextFree = row + 1;
            needed[cell.lane] = std::max(needed[cell.lane], nextFree);
        }
        bool settled = true;
        for (int lane = 0; lane < BlueprintLaneCount; ++lane) {
            if (needed[lane] > rows[lane]) {
                rows[lane] = needed[lane];
                settled = false;
            }
        }
        if (settled)
            break;
    }
    layout.m_cards.insert(placed);

    qreal boardHeight = HeaderHeight;
    for (int lane = 0; lane < BlueprintLaneCount; ++lane)
        boardHeight += laneHeight(rows[lane]);
    // A journey without stages still gets one (empty) column's width, so lanes are visible.
    const qreal boardWidth = std::max(columnLeft.last(), LabelColumnWidth + ColumnWidth);
    layout.m_board = QRectF(0, 0, boardWidth, boardHeight);

    for (int c = 0; c < columnCount; ++c) {
        layout.m_columns.append({grid.columnStages().at(c),
                                 QRectF(columnLeft.at(c), 0, columnLeft.at(c + 1) - columnLeft.at(c), boardHeight)});
    }
    for (int lane = 0; lane < BlueprintLaneCount; ++lane)
        layout.m_lanes.append({AllBlueprintLanes[lane], QRectF(0, laneTop[lane], boardWidth, laneHeight(rows[lane]))});
    return layout;
}

JourneyLayout JourneyLayout::autoLayout(const QList<StageId> &stages, QList<StepInput> steps,
                                        const QList<Trigger> &triggers)
{
    for (StepInput &step : steps)
        step.hasPosition = false;
    return compute(stages, std::move(steps), triggers);
}

QRectF JourneyLayout::contentRect() const
{
    QRectF rect = m_board;
    for (const QRectF &card : m_cards)
        rect |= card;
    return rect;
}

QList<PropertyChange> autoLayoutChanges(const Workspace &workspace, JourneyId journey)
{
    QList<Stage> stages;
    QList<Step> steps;
    QList<Trigger> triggers;
    try {
        const ModelReader reader = workspace.reader();
        stages = reader.stages(journey);
        steps = reader.steps(journey);
        triggers = reader.triggers(journey);
    } catch (const SqlError &e) {
        qWarning("autoLayoutChanges: cannot read the journey: %s", e.what());
        return {};
    }
    QList<StageId> stageOrder;
    for (const Stage &stage : std::as_const(stages))
        stageOrder.append(stage.id);
    QList<JourneyLayout::StepInput> inputs;
    for (const Step &step : std::as_const(steps))
        inputs.append({step.id, step.stage, step.kind, step.hasPosition, QPointF(step.x, step.y)});
    const JourneyLayout layout = JourneyLayout::autoLayout(stageOrder, inputs, triggers);

    std::sort(steps.begin(), steps.end(), [](const Step &a, const Step &b) { return a.id < b.id; });
    QList<PropertyChange> changes;
    for (const Step &step : std::as_const(steps)) {
        const QPointF position = layout.cardRect(step.id).topLeft();
        const EntityRef element{EntityType::Step, step.id.value()};
        if (!step.hasPosition || step.x != position.x())
            changes.append({element, QStringLiteral("pos_x"), position.x()});
        if (!step.hasPosition || step.y != position.y())
            changes.append({element, QStringLiteral("pos_y"), position.y()});
    }
    return changes;
}

} // namespace jl
