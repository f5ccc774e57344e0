#pragma once

// The automatic arrangement of one journey as an abstract grid (Sugiyama-style, left to
// right): which stage column, lane, sub-column ("layer") and row each step gets. Pure model
// code without geometry, so the canvas turns the grid into scene coordinates and the CLI or
// tests can check it without a display.
//
// The steps stay in the column of their stage (in stage position order; steps without a known
// stage go to one trailing column) and in the lane the caller assigns them (lanes are a view
// concept, see views/canvas/BlueprintLane). Then:
//  - cycles are broken by reversing the back edges that a depth-first search finds, started
//    from the sources in column-then-id order, so the edges that go "against" the stage order
//    are the ones reversed; self-loops are ignored;
//  - layers are longest paths over the triggers *within* the column, in any lane: a trigger
//    between two steps of the same stage puts its target at least one layer to the right of its
//    source, whatever their lanes, because a blueprint is read left to right across all lanes
//    (and a vertical arrow from the top lane to the third would run through the card of the
//    lane between). Triggers between stages do not constrain layers: the column order already
//    places them;
//  - the steps of one (column, layer, lane) are stacked in rows, ordered by barycenter sweeps
//    that reduce edge crossings, then (for small journeys) by swapping neighbours while that
//    removes crossings; the best order seen (fewest crossings) is kept.
// Deterministic: everything is sorted by position and id first, never by hash order, so the
// same journey gives the same grid whatever the order of the input lists.

#include "domain/Entities.h"

#include <QHash>
#include <QList>

#include <functional>

namespace jl {

class LayeredLayout
{
public:
    struct Cell
    {
        int column = 0; // index of the stage in position order; stageCount() for "no stage"
        int lane = 0;
        int layer = 0; // sub-column inside the stage column, from 0
        int row = 0; // slot inside the lane and layer, from 0
        friend bool operator==(const Cell &, const Cell &) = default;
    };

    // laneOf: the lane of a step, 0..laneCount-1 (out of range values are clamped).
    // Stages of other journeys, duplicates and triggers with an end outside steps are ignored.
    static LayeredLayout compute(const QList<Stage> &stages, const QList<Step> &steps, const QList<Trigger> &triggers,
                                 int laneCount, const std::function<int(const Step &)> &laneOf);

    const QHash<StepId, Cell> &cells() const { return m_cells; }
    Cell cell(StepId step) const { return m_cells.value(step); }
    bool contains(StepId step) const { return m_cells.contains(step); }

    // The columns: one per stage in position order, then one for steps without a known stage
    // if there are any (StageId() in columnStages()).
    int columnCount() const { return int(m_columnStages.size()); }
    const QList<StageId> &columnStages() const { return m_columnStages; }
    // Layers of a column (at least 1).
    int layerCount(int column) const { return m_layerCounts.value(column, 1); }
    int laneCount() const { return int(m_rowCounts.size()); }
    // The most rows any layer uses in the lane (0 for an empty lane).
    int rowCount(int lane) const { return m_rowCounts.value(lane, 0); }

    // Triggers drawn against the layering to break cycles (self-loops not included), by id.
    const QList<TriggerId> &reversedTriggers() const { return m_reversed; }
    int selfLoopCount() const { return m_selfLoops; }
    // Edge crossings of the initial order (by id) and of the final order; see countCrossings.
    int crossingsBefore() const { return m_crossingsBefore; }
    int crossingsAfter() const { return m_crossingsAfter; }

    // Crossings of straight edges between grid cells: a cell's horizontal rank is its global
    // sub-column (layers of the columns before it plus its layer), its vertical coordinate the
    // rows of the lanes above plus its row. Two edges cross when their order between two
    // adjacent ranks inverts; edges that share an end or lie in one rank never count.
    static int countCrossings(const LayeredLayout &layout, const QList<Trigger> &triggers);

private:
    QHash<StepId, Cell> m_cells;
    QList<StageId> m_columnStages;
    QList<int> m_layerCounts;
    QList<int> m_rowCounts;
    QList<TriggerId> m_reversed;
    int m_selfLoops = 0;
    int m_crossingsBefore = 0;
    int m_crossingsAfter = 0;
};

} // namespace jl
