#include "LayeredLayout.h"

#include "JourneyGraph.h"

#include <QSet>

#include <boost/graph/depth_first_search.hpp>

#include <algorithm>
#include <cstdlib>
#include <limits>
#include <numeric>
#include <utility>
#include <vector>

namespace jl {

namespace {

using Graph = JourneyGraph::Graph;
using Vertex = JourneyGraph::Vertex;

// Records the back edges (cycles to break) and the finishing order of a depth-first search.
class BackEdgeRecorder : public boost::default_dfs_visitor
{
public:
    BackEdgeRecorder(std::vector<char> *reversed, std::vector<Vertex> *finished)
        : m_reversed(reversed),
          m_finished(finished)
    {
    }

    void back_edge(boost::graph_traits<Graph>::edge_descriptor e, const Graph &g) const
    {
        if (boost::source(e, g) != boost::target(e, g)) // a self-loop cannot be reversed away
            (*m_reversed)[size_t(boost::get(boost::edge_index, g, e))] = 1;
    }
    void finish_vertex(Vertex v, const Graph &) const { m_finished->push_back(v); }

private:
    std::vector<char> *m_reversed;
    std::vector<Vertex> *m_finished;
};

// One edge of the grid as far as crossings go: its two ends as vertex indices.
struct GridEdge
{
    int a = 0;
    int b = 0;
};

// Strict inversions of values (merge sort): pairs i < j with values[i] > values[j].
qint64 countInversions(std::vector<double> &values, std::vector<double> &buffer, size_t from, size_t to)
{
    if (to - from < 2)
        return 0;
    const size_t mid = from + (to - from) / 2;
    qint64 count = countInversions(values, buffer, from, mid) + countInversions(values, buffer, mid, to);
    size_t i = from, j = mid, k = from;
    while (i < mid && j < to) {
        if (values[j] < values[i]) {
            count += qint64(mid - i);
            buffer[k++] = values[j++];
        } else {
            buffer[k++] = values[i++];
        }
    }
    while (i < mid)
        buffer[k++] = values[i++];
    while (j < to)
        buffer[k++] = values[j++];
    std::copy(buffer.begin() + qsizetype(from), buffer.begin() + qsizetype(to), values.begin() + qsizetype(from));
    return count;
}

// See LayeredLayout::countCrossings. rank and y are per vertex; y values are whole numbers,
// so the interpolation at the ends is exact and edges that meet at a step never count.
qint64 crossings(const std::vector<int> &rank, const std::vector<int> &y, const std::vector<GridEdge> &edges,
                 int rankCount)
{
    // Per gap between rank g and g + 1: (y at g, y at g + 1) of every edge that spans it.
    std::vector<std::vector<std::pair<double, double>>> gaps(size_t(std::max(rankCount - 1, 0)));
    for (const GridEdge &edge : edges) {
        int a = edge.a, b = edge.b;
        if (rank[size_t(a)] == rank[size_t(b)])
            continue;
        if (rank[size_t(a)] > rank[size_t(b)])
            std::swap(a, b);
        const int ra = rank[size_t(a)], rb = rank[size_t(b)];
        const int ya = y[size_t(a)], dy = y[size_t(b)] - ya, span = rb - ra;
        const auto at = [&](int r) { return ya + double(dy * (r - ra)) / span; };
        for (int g = ra; g < rb; ++g)
            gaps[size_t(g)].emplace_back(at(g), at(g + 1));
    }
    qint64 total = 0;
    std::vector<double> values, buffer;
    for (auto &segments : gaps) {
        // Sorted by the left end, ties by the right end, so only strict inversions of the right
        // ends are proper crossings.
        std::sort(segments.begin(), segments.end());
        values.resize(segments.size());
        buffer.resize(segments.size());
        for (size_t i = 0; i < segments.size(); ++i)
            values[i] = segments[i].second;
        total += countInversions(values, buffer, 0, values.size());
    }
    return total;
}

int clampToInt(qint64 value)
{
    return int(std::min<qint64>(value, std::numeric_limits<int>::max()));
}

} // namespace

LayeredLayout LayeredLayout::compute(const QList<Stage> &stages, const QList<Step> &steps,
                                     const QList<Trigger> &triggers, int laneCount,
                                     const std::function<int(const Step &)> &laneOf)
{
    LayeredLayout layout;
    laneCount = std::max(laneCount, 1);
    layout.m_rowCounts = QList<int>(laneCount, 0);

    // Columns: stages by position, then id; duplicates dropped.
    QList<Stage> orderedStages = stages;
    std::sort(orderedStages.begin(), orderedStages.end(), [](const Stage &a, const Stage &b) {
        return a.position != b.position ? a.position < b.position : a.id < b.id;
    });
    QHash<StageId, int> columnOfStage;
    for (const Stage &stage : std::as_const(orderedStages)) {
        if (!columnOfStage.contains(stage.id)) {
            columnOfStage.insert(stage.id, int(layout.m_columnStages.size()));
            layout.m_columnStages.append(stage.id);
        }
    }
    const int unstagedColumn = int(layout.m_columnStages.size());
    const auto columnOf = [&](const Step &step) { return columnOfStage.value(step.stage, unstagedColumn); };

    // Vertices by column, then id: the order of the search roots and of every tie below.
    QList<Step> ordered;
    ordered.reserve(steps.size());
    {
        QSet<StepId> seen;
        for (const Step &step : steps) {
            if (!seen.contains(step.id)) {
                seen.insert(step.id);
                ordered.append(step);
            }
        }
    }
    std::sort(ordered.begin(), ordered.end(), [&](const Step &a, const Step &b) {
        const int ca = columnOf(a), cb = columnOf(b);
        return ca != cb ? ca < cb : a.id < b.id;
    });
    const bool hasUnstaged =
        std::any_of(ordered.cbegin(), ordered.cend(), [&](const Step &s) { return columnOf(s) == unstagedColumn; });
    if (hasUnstaged)
        layout.m_columnStages.append(StageId());
    const int columnCount = int(layout.m_columnStages.size());

    // Edges by (source vertex, target vertex, id), so the search follows triggers towards
    // earlier columns first and the result does not depend on the input order.
    QHash<StepId, int> vertexOf;
    for (int i = 0; i < ordered.size(); ++i)
        vertexOf.insert(ordered.at(i).id, i);
    QList<Trigger> orderedTriggers;
    for (const Trigger &trigger : triggers) {
        if (vertexOf.contains(trigger.from) && vertexOf.contains(trigger.to))
            orderedTriggers.append(trigger);
    }
    std::sort(orderedTriggers.begin(), orderedTriggers.end(), [&](const Trigger &a, const Trigger &b) {
        const int fa = vertexOf.value(a.from), fb = vertexOf.value(b.from);
        if (fa != fb)
            return fa < fb;
        const int ta = vertexOf.value(a.to), tb = vertexOf.value(b.to);
        return ta != tb ? ta < tb : a.id < b.id;
    });
    orderedTriggers.erase(std::unique(orderedTriggers.begin(), orderedTriggers.end(),
                                      [](const Trigger &a, const Trigger &b) { return a.id == b.id; }),
                          orderedTriggers.end());

    const JourneyGraph journeyGraph(ordered, orderedTriggers);
    const Graph &g = journeyGraph.graph();
    const size_t n = size_t(journeyGraph.vertexCount());
    const size_t m = size_t(journeyGraph.edgeCount());

    std::vector<int> column(n), lane(n);
    for (size_t v = 0; v < n; ++v) {
        const Step &step = journeyGraph.step(Vertex(v));
        column[v] = columnOf(step);
        lane[v] = std::clamp(laneOf ? laneOf(step) : 0, 0, laneCount - 1);
    }

    // (a) Cycles: a depth-first search from the sources first (vertex order), then from
    // whatever is left (vertices only reachable through a cycle).
    std::vector<char> reversed(m, 0);
    std::vector<Vertex> finished;
    finished.reserve(n);
    {
        std::vector<boost::default_color_type> colors(n, boost::white_color);
        const auto colorMap = boost::make_iterator_property_map(colors.begin(), boost::get(boost::vertex_index, g));
        const BackEdgeRecorder recorder(&reversed, &finished);
        std::vector<Vertex> roots;
        roots.reserve(2 * n);
        for (size_t v = 0; v < n; ++v) {
            bool source = true;
            for (const auto e : boost::make_iterator_range(boost::in_edges(Vertex(v), g))) {
                if (boost::source(e, g) != Vertex(v)) {
                    source = false;
                    break;
                }
            }
            if (source)
                roots.push_back(Vertex(v));
        }
        for (size_t v = 0; v < n; ++v)
            roots.push_back(Vertex(v));
        for (const Vertex root : roots) {
            if (colors[root] == boost::white_color)
                boost::depth_first_visit(g, root, recorder, colorMap);
        }
    }

    // Oriented edges: reversed back edges, no self-loops.
    std::vector<GridEdge> edges;
    edges.reserve(m);
    std::vector<std::vector<int>> inColumnPredecessors(n);
    for (const auto e : boost::make_iterator_range(boost::edges(g))) {
        const int index = boost::get(boost::edge_index, g, e);
        int from = int(boost::source(e, g)), to = int(boost::target(e, g));
        if (from == to) {
            ++layout.m_selfLoops;
            continue;
        }
        if (reversed[size_t(index)]) {
            std::swap(from, to);
            layout.m_reversed.append(journeyGraph.trigger(index).id);
        }
        edges.push_back({from, to});
        if (column[size_t(from)] == column[size_t(to)])
            inColumnPredecessors[size_t(to)].push_back(from);
    }
    std::sort(layout.m_reversed.begin(), layout.m_reversed.end());

    // (b) Longest-path layers inside each column, in topological order (reverse finishing order
    // of the search, valid for the oriented edges).
    std::vector<int> layer(n, 0);
    for (auto it = finished.rbegin(); it != finished.rend(); ++it) {
        const size_t v = *it;
        for (const int u : inColumnPredecessors[v])
            layer[v] = std::max(layer[v], layer[size_t(u)] + 1);
    }
    layout.m_layerCounts = QList<int>(columnCount, 1);
    for (size_t v = 0; v < n; ++v)
        layout.m_layerCounts[column[v]] = std::max(layout.m_layerCounts.at(column[v]), layer[v] + 1);
    std::vector<int> firstRank(size_t(columnCount) + 1, 0);
    for (int c = 0; c < columnCount; ++c)
        firstRank[size_t(c) + 1] = firstRank[size_t(c)] + layout.m_layerCounts.at(c);
    const int rankCount = firstRank[size_t(columnCount)];
    std::vector<int> rank(n);
    for (size_t v = 0; v < n; ++v)
        rank[v] = firstRank[size_t(column[v])] + layer[v];

    // (c) Rows. Groups: the steps of one rank and lane, initially by id (vertex order).
    const std::vector<std::vector<int>> emptyRank(static_cast<size_t>(laneCount));
    std::vector<std::vector<std::vector<int>>> groups(static_cast<size_t>(rankCount), emptyRank);
    for (size_t v = 0; v < n; ++v)
        groups[size_t(rank[v])][size_t(lane[v])].push_back(int(v));
    for (const auto &rankGroups : groups) {
        for (int l = 0; l < laneCount; ++l)
            layout.m_rowCounts[l] = std::max(layout.m_rowCounts.at(l), int(rankGroups[size_t(l)].size()));
    }
    std::vector<int> laneTop(size_t(laneCount), 0);
    for (int l = 1; l < laneCount; ++l)
        laneTop[size_t(l)] = laneTop[size_t(l) - 1] + std::max(layout.m_rowCounts.at(l - 1), 1);

    std::vector<int> row(n, 0), y(n, 0);
    const auto assignRows = [&](const std::vector<int> &group) {
        for (size_t i = 0; i < group.size(); ++i) {
            const size_t v = size_t(group[i]);
            row[v] = int(i);
            y[v] = laneTop[size_t(lane[v])] + int(i);
        }
    };
    for (const auto &rankGroups : groups) {
        for (const auto &group : rankGroups)
            assignRows(group);
    }

    std::vector<std::vector<int>> neighbours(n);
    for (const GridEdge &edge : edges) {
        neighbours[size_t(edge.a)].push_back(edge.b);
        neighbours[size_t(edge.b)].push_back(edge.a);
    }

    qint64 best = crossings(rank, y, edges, rankCount);
    layout.m_crossingsBefore = clampToInt(best);
    std::vector<int> bestRow = row;

    // Barycenter sweeps: left to right using the neighbours in earlier ranks, then right to left
    // using later ranks. A step without such neighbours keeps its place; ties keep the current
    // order. Sweeps can make things worse, so the best order seen is kept.
    constexpr int MaxSweeps = 8;
    std::vector<double> barycenter(n, 0.0);
    for (int sweep = 0; sweep < MaxSweeps && best > 0; ++sweep) {
        const bool rightward = sweep % 2 == 0;
        bool changed = false;
        for (int i = 0; i < rankCount; ++i) {
            const int r = rightward ? i : rankCount - 1 - i;
            for (auto &group : groups[size_t(r)]) {
                if (group.size() < 2)
                    continue;
                for (const int v : group) {
                    double sum = 0;
                    int count = 0;
                    for (const int u : neighbours[size_t(v)]) {
                        const int ru = rank[size_t(u)];
                        if (rightward ? ru < r : ru > r) {
                            sum += y[size_t(u)];
                            ++count;
                        }
                    }
                    barycenter[size_t(v)] = count ? sum / count : double(y[size_t(v)]);
                }
                std::vector<int> sorted = group;
                std::stable_sort(sorted.begin(), sorted.end(),
                                 [&](int a, int b) { return barycenter[size_t(a)] < barycenter[size_t(b)]; });
                if (sorted != group) {
                    changed = true;
                    group = std::move(sorted);
                    assignRows(group);
                }
            }
        }
        if (!changed && sweep > 0)
            break;
        const qint64 now = crossings(rank, y, edges, rankCount);
        if (now < best) {
            best = now;
            bestRow = row;
        }
    }

    // Transposition: swap neighbours of one group while that removes crossings. Each try
    // recounts all crossings, so only for journeys small enough to stay interactive (all of a
    // workshop's journeys); the sweeps alone handle the large ones.
    qint64 segmentCount = 0;
    for (const GridEdge &edge : edges)
        segmentCount += std::abs(rank[size_t(edge.a)] - rank[size_t(edge.b)]);
    constexpr qint64 TranspositionBudget = 200'000; // segments counted over one pass
    if (best > 0 && segmentCount * qint64(n) <= TranspositionBudget) {
        for (auto &rankGroups : groups) {
            for (auto &group : rankGroups) {
                std::sort(group.begin(), group.end(),
                          [&](int a, int b) { return bestRow[size_t(a)] < bestRow[size_t(b)]; });
                assignRows(group);
            }
        }
        constexpr int MaxPasses = 4;
        for (int pass = 0; pass < MaxPasses && best > 0; ++pass) {
            bool improved = false;
            for (auto &rankGroups : groups) {
                for (auto &group : rankGroups) {
                    for (size_t i = 0; i + 1 < group.size() && best > 0; ++i) {
                        std::swap(group[i], group[i + 1]);
                        assignRows(group);
                        const qint64 now = crossings(rank, y, edges, rankCount);
                        if (now < best) {
                            best = now;
                            improved = true;
                        } else {
                            std::swap(group[i], group[i + 1]);
                            assignRows(group);
                        }
                    }
                }
            }
            if (!improved)
                break;
        }
        bestRow = row;
    }
    layout.m_crossingsAfter = clampToInt(best);

    // (d) The grid.
    layout.m_cells.reserve(qsizetype(n));
    for (size_t v = 0; v < n; ++v)
        layout.m_cells.insert(journeyGraph.step(Vertex(v)).id, {column[v], lane[v], layer[v], bestRow[v]});
    return layout;
}

int LayeredLayout::countCrossings(const LayeredLayout &layout, const QList<Trigger> &triggers)
{
    QList<int> firstRank(layout.columnCount() + 1, 0);
    for (int c = 0; c < layout.columnCount(); ++c)
        firstRank[c + 1] = firstRank.at(c) + layout.layerCount(c);
    QList<int> laneTop(layout.laneCount(), 0);
    for (int l = 1; l < layout.laneCount(); ++l)
        laneTop[l] = laneTop.at(l - 1) + std::max(layout.rowCount(l - 1), 1);

    // Vertices in id order, so the count does not depend on hash order.
    QList<StepId> ids = layout.m_cells.keys();
    std::sort(ids.begin(), ids.end());
    QHash<StepId, int> vertexOf;
    std::vector<int> rank, y;
    for (const StepId id : std::as_const(ids)) {
        const Cell cell = layout.m_cells.value(id);
        vertexOf.insert(id, int(rank.size()));
        rank.push_back(firstRank.value(cell.column) + cell.layer);
        y.push_back(laneTop.value(cell.lane) + cell.row);
    }
    std::vector<GridEdge> edges;
    for (const Trigger &trigger : triggers) {
        const int a = vertexOf.value(trigger.from, -1), b = vertexOf.value(trigger.to, -1);
        if (a >= 0 && b >= 0 && a != b)
            edges.push_back({a, b});
    }
    return clampToInt(crossings(rank, y, edges, firstRank.last()));
}

} // namespace jl
