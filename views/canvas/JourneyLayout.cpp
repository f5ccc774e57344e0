#include "JourneyLayout.h"

#include "CanvasStyle.h"

#include <algorithm>
#include <array>

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

} // namespace

JourneyLayout JourneyLayout::compute(const QList<StageId> &stages, QList<StepInput> steps)
{
    using namespace canvas;
    JourneyLayout layout;

    std::sort(steps.begin(), steps.end(), [](const StepInput &a, const StepInput &b) { return a.id < b.id; });

    QHash<StageId, int> columnOfStage;
    for (StageId stage : stages) {
        if (!columnOfStage.contains(stage))
            columnOfStage.insert(stage, int(columnOfStage.size()));
    }
    int columnCount = int(columnOfStage.size());
    const bool needsUnstagedColumn = std::any_of(steps.cbegin(), steps.cend(), [&](const StepInput &s) {
        return !s.hasPosition && !columnOfStage.contains(s.stage);
    });
    const int unstagedColumn = needsUnstagedColumn ? columnCount++ : -1;

    // Stacks of automatically placed steps per (column, lane), in id order.
    struct Stack
    {
        int column = 0;
        int lane = 0;
        QList<StepId> steps;
    };
    QList<Stack> stacks;
    QList<QRectF> fixed;
    for (const StepInput &step : std::as_const(steps)) {
        if (step.hasPosition) {
            const QRectF rect(step.position, QSizeF(CardWidth, CardHeight));
            layout.m_cards.insert(step.id, rect);
            fixed.append(rect);
            continue;
        }
        const int column = columnOfStage.value(step.stage, unstagedColumn);
        const int lane = int(laneForStepKind(step.kind));
        auto it = std::find_if(stacks.begin(), stacks.end(),
                               [&](const Stack &s) { return s.column == column && s.lane == lane; });
        if (it == stacks.end()) {
            stacks.append({column, lane, {}});
            it = stacks.end() - 1;
        }
        it->steps.append(step.id);
    }

    // Placing a stack may have to skip rows taken by cards with stored positions, which grows
    // the lane and moves the lanes below; repeat until the lane heights settle (a few rounds
    // at most, as heights only grow).
    std::array<int, BlueprintLaneCount> rows{};
    for (const Stack &stack : std::as_const(stacks))
        rows[stack.lane] = std::max(rows[stack.lane], int(stack.steps.size()));
    std::array<qreal, BlueprintLaneCount> laneTop{};
    const auto slot = [&](int column, int lane, int row) {
        const qreal x = LabelColumnWidth + column * ColumnWidth + (ColumnWidth - CardWidth) / 2;
        const qreal y = laneTop[lane] + LanePadding + row * (CardHeight + RowGap);
        return QRectF(x, y, CardWidth, CardHeight);
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
        for (const Stack &stack : std::as_const(stacks)) {
            int row = 0;
            for (StepId id : stack.steps) {
                const auto blocked = [&](const QRectF &rect) {
                    const QRectF padded = rect.adjusted(-RowGap / 2, -RowGap / 2, RowGap / 2, RowGap / 2);
                    return std::any_of(fixed.cbegin(), fixed.cend(),
                                       [&](const QRectF &other) { return padded.intersects(other); });
                };
                // Bounded: fixed cards are finitely many, so some row below them is free.
                while (blocked(slot(stack.column, stack.lane, row)) && row < 10000)
                    ++row;
                placed.insert(id, slot(stack.column, stack.lane, row));
                ++row;
            }
            needed[stack.lane] = std::max(needed[stack.lane], row);
        }
        if (needed == rows)
            break;
        for (int lane = 0; lane < BlueprintLaneCount; ++lane)
            rows[lane] = std::max(rows[lane], needed[lane]);
    }
    layout.m_cards.insert(placed);

    qreal boardHeight = HeaderHeight;
    for (int lane = 0; lane < BlueprintLaneCount; ++lane)
        boardHeight += laneHeight(rows[lane]);
    // A journey without stages still gets one (empty) column's width, so lanes are visible.
    const qreal boardWidth = LabelColumnWidth + std::max(columnCount, 1) * ColumnWidth;
    layout.m_board = QRectF(0, 0, boardWidth, boardHeight);

    for (StageId stage : stages) {
        const int column = columnOfStage.value(stage);
        if (column < layout.m_columns.size())
            continue; // a duplicate in the input
        layout.m_columns.append({stage, QRectF(LabelColumnWidth + column * ColumnWidth, 0, ColumnWidth, boardHeight)});
    }
    if (unstagedColumn >= 0)
        layout.m_columns.append(
            {StageId(), QRectF(LabelColumnWidth + unstagedColumn * ColumnWidth, 0, ColumnWidth, boardHeight)});
    for (int lane = 0; lane < BlueprintLaneCount; ++lane)
        layout.m_lanes.append({AllBlueprintLanes[lane], QRectF(0, laneTop[lane], boardWidth, laneHeight(rows[lane]))});
    return layout;
}

QRectF JourneyLayout::contentRect() const
{
    QRectF rect = m_board;
    for (const QRectF &card : m_cards)
        rect |= card;
    return rect;
}

} // namespace jl
