#pragma once

// Where the parts of one journey go on the board: pure geometry, no painting and no model
// access (except autoLayoutChanges at the end, which reads a journey to write its layout), so
// it can be tested and reused by the "Auto-layout" action.
//
// The board has a label column at the left (x < LabelColumnWidth) and a header row at the
// top (y < HeaderHeight), then one column per stage (in the given order) and one lane per
// BlueprintLane. The grid comes from LayeredLayout (model/analysis) over *all* steps and
// triggers: a stage column is one ColumnWidth per layer wide, a lane as tall as its most rows,
// so the board does not change when a card is dragged. A step with a stored position
// (Step::hasPosition) keeps it: Step::x/y are the card's top-left corner in scene coordinates.
// Every other step goes to its grid cell (the column of its stage, the lane of its kind), moved
// down within its lane if a stored card is in the way, so no two cards overlap. Steps whose
// stage is unknown go to an extra column at the right.

#include "BlueprintLane.h"
#include "document/PropertyChange.h"
#include "domain/Entities.h"

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

    // stages: in display order. triggers: the journey's triggers, which the layered grid
    // follows (without them every step is its stage's first layer, stacked by id).
    static JourneyLayout compute(const QList<StageId> &stages, QList<StepInput> steps,
                                 const QList<Trigger> &triggers = {});
    // The same board with every step at its grid cell, stored positions ignored: what the
    // "Auto-layout" action writes back as the steps' positions.
    static JourneyLayout autoLayout(const QList<StageId> &stages, QList<StepInput> steps,
                                    const QList<Trigger> &triggers);

    const QList<Column> &columns() const { return m_columns; }
    const QList<Lane> &lanes() const { return m_lanes; }
    QRectF cardRect(StepId step) const { return m_cards.value(step); }
    const QHash<StepId, QRectF> &cards() const { return m_cards; }
    QRectF boardRect() const { return m_board; }
    // The board and every card (a stored position may lie outside the board).
    QRectF contentRect() const;
    // Reversed triggers and crossings of the layered grid, for diagnostics and tests.
    int reversedTriggerCount() const { return m_reversedTriggers; }
    int crossingsBefore() const { return m_crossingsBefore; }
    int crossingsAfter() const { return m_crossingsAfter; }

private:
    QList<Column> m_columns;
    QList<Lane> m_lanes;
    QHash<StepId, QRectF> m_cards;
    QRectF m_board;
    int m_reversedTriggers = 0;
    int m_crossingsBefore = 0;
    int m_crossingsAfter = 0;
};

class Workspace;

// The property changes that put every step of the journey at its auto-layout position (pos_x,
// pos_y: the card's top-left corner), for Workspace::setProperties(changes, tr("Auto-layout"))
// as one undo step. Steps already there are left out, so the list is empty when nothing would
// move (and on a read error, which is logged).
QList<PropertyChange> autoLayoutChanges(const Workspace &workspace, JourneyId journey);

} // namespace jl
