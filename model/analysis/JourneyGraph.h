#pragma once

// The Boost.Graph view of one journey: steps are vertices, triggers are edges. Built from ids
// inside model/analysis and never handed to the views; analysis code (checks, layout,
// conformance) maps results back to StepId/TriggerId through the tables below.

#include "domain/Entities.h"

#include <QHash>
#include <QList>

#include <boost/graph/adjacency_list.hpp>

namespace jl {

class JourneyGraph
{
public:
    // Vertex and edge descriptors are plain indices (vecS): vertex i is steps()[i], and the
    // edge property holds the index into triggers().
    using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, boost::no_property,
                                        boost::property<boost::edge_index_t, int>>;
    using Vertex = boost::graph_traits<Graph>::vertex_descriptor;

    // Triggers whose ends are not among the steps are left out (they would be broken links).
    JourneyGraph(const QList<Step> &steps, const QList<Trigger> &triggers);

    const Graph &graph() const { return m_graph; }
    int vertexCount() const { return int(m_steps.size()); }
    int edgeCount() const { return int(m_triggers.size()); }

    const Step &step(Vertex v) const { return m_steps.at(qsizetype(v)); }
    const Trigger &trigger(int edgeIndex) const { return m_triggers.at(edgeIndex); }
    const QList<Step> &steps() const { return m_steps; }
    const QList<Trigger> &triggers() const { return m_triggers; }
    // -1 when the step is not part of this graph.
    int vertexOf(StepId step) const { return m_vertexOf.value(step, -1); }

private:
    Graph m_graph;
    QList<Step> m_steps;
    QList<Trigger> m_triggers;
    QHash<StepId, int> m_vertexOf;
};

} // namespace jl
