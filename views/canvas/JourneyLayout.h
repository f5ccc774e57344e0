#pragma once

// Where the parts of one journey go on the board: pure geometry, no painting and no model
// access, so it can be tested and later reused by an "auto-arrange" command.
//
// The board has a label column at the left (x < LabelColumnWidth) and a header row at the
// top (y < HeaderHeight), then one column per stage (in the given order) and one lane per
// BlueprintLane. A step with a stored position (Step::hasPosition) keeps it: Step::x/y are the
// card's top-left corner in scene coordinates. Every other step is placed automatically in
// the column of its stage and the lane of its kind, stacked by id, clear of all other cards;
// lanes grow to fit the tallest stack. Steps whose stage is unknown go to an extra column.

#include "BlueprintLane.h"
#include "domain/Ids.h"

#include <QHash>
#include <QList>
#include <QRectF>

namespace jl {

class JourneyLayout
{
public:
    struct StepInput
    {
        StepId id;
        StageId stage;
        StepKind kind = StepKind::Touchpoint;
        bool hasPosition = false;
        QPointF position;
    };

    struct Column
    {
        StageId stage; // invalid for the column of steps without a (known) stage
        QRectF rect; // the full height of the board, header included
    };

    struct Lane
    {
        BlueprintLane lane = BlueprintLane::CustomerActions;
        QRectF rect; // the full width of the board, label column included
    };

    // stages: in display order.
    static JourneyLayout compute(const QList<StageId> &stages, QList<StepInput> steps);

    const QList<Column> &columns() const { return m_columns; }
    const QList<Lane> &lanes() const { return m_lanes; }
    QRectF cardRect(StepId step) const { return m_cards.value(step); }
    const QHash<StepId, QRectF> &cards() const { return m_cards; }
    QRectF boardRect() const { return m_board; }
    // The board and every card (a stored position may lie outside the board).
    QRectF contentRect() const;

private:
    QList<Column> m_columns;
    QList<Lane> m_lanes;
    QHash<StepId, QRectF> m_cards;
    QRectF m_board;
};

} // namespace jl
