#include "JourneyGraph.h"

namespace jl {

JourneyGraph::JourneyGraph(const QList<Step> &steps, const QList<Trigger> &triggers)
    : m_graph(steps.size()), m_steps(steps)
{
    m_vertexOf.reserve(steps.size());
    for (qsizetype i = 0; i < steps.size(); ++i)
        m_vertexOf.insert(steps.at(i).id, int(i));
    m_triggers.reserve(triggers.size());
    for (const Trigger &trigger : triggers) {
        const int from = vertexOf(trigger.from);
        const int to = vertexOf(trigger.to);
        if (from < 0 || to < 0)
            continue;
        boost::add_edge(Vertex(from), Vertex(to), int(m_triggers.size()), m_graph);
        m_triggers << trigger;
    }
}

} // namespace jl
