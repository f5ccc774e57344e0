#include "ModelChecks.h"

#include "GlossaryUsage.h"
#include "JourneyGraph.h"
#include "storage/ModelReader.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/strong_components.hpp>

#include <algorithm>
#include <limits>
#include <tuple>
#include <vector>

namespace jl {

namespace {

// Free functions translate in this context (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(jl::ModelChecks)
};

const QString UnreachableStep = QStringLiteral("unreachable_step");
const QString DeadEnd = QStringLiteral("dead_end");
const QString ClosedCycle = QStringLiteral("closed_cycle");
const QString TouchpointWithoutChannel = QStringLiteral("touchpoint_without_channel");
const QString TouchpointWithoutOwner = QStringLiteral("touchpoint_without_owner");
const QString TouchpointWithoutSource = QStringLiteral("touchpoint_without_source");
const QString TriggerWithoutKind = QStringLiteral("trigger_without_kind");
const QString BrokenParentLink = QStringLiteral("broken_parent_link");
const QString UnusedPersona = QStringLiteral("unused_persona");
const QString DuplicateStepName = QStringLiteral("duplicate_step_name");
const QString GlossarySynonym = QStringLiteral("glossary_synonym");

// A name as the messages quote it; an unnamed element still needs to be recognisable.
QString quoted(const QString &name)
{
    const QString shown = name.trimmed().isEmpty() ? Text::tr("(unnamed)") : name;
    return Text::tr("“%1”").arg(shown);
}

QString quotedList(const QStringList &names)
{
    QStringList quotedNames;
    for (const QString &name : names)
        quotedNames << quoted(name);
    return quotedNames.join(Text::tr(", "));
}

EntityRef stepRef(const Step &step)
{
    return {EntityType::Step, step.id.value()};
}

// Collects the findings of one run; sorting happens once at the end.
class Collector
{
public:
    // only: keep the findings of this journey alone (invalid: keep all).
    explicit Collector(JourneyId only = {}) : m_only(only) {}

    void add(const QString &check, JourneyId journey, EntityRef element, const QString &elementName,
             const QString &message)
    {
        if (!m_only.isValid() || journey == m_only)
            m_findings << Finding{check, journey, element, message, elementName};
    }

    QList<Finding> sorted()
    {
        const QStringList order = modelCheckIds();
        const auto journeyKey = [](JourneyId id) {
            // Workspace-wide findings (no journey) come after all journeys.
            return id.isValid() ? id.value() : std::numeric_limits<qint64>::max();
        };
        std::sort(m_findings.begin(), m_findings.end(), [&](const Finding &a, const Finding &b) {
            const auto ka = std::make_tuple(journeyKey(a.journey), order.indexOf(a.check), a.element.id);
            const auto kb = std::make_tuple(journeyKey(b.journey), order.indexOf(b.check), b.element.id);
            return ka < kb;
        });
        return m_findings;
    }

private:
    JourneyId m_only;
    QList<Finding> m_findings;
};

// The journey's entry steps: steps no trigger leads to. When every step has an incoming
// trigger (the journey is drawn as a loop), the first step of the first stage is where the
// customer starts.
QList<JourneyGraph::Vertex> entrySteps(const JourneyGraph &graph, const QList<Stage> &stages)
{
    QList<JourneyGraph::Vertex> entries;
    for (int v = 0; v < graph.vertexCount(); ++v) {
        if (boost::in_degree(JourneyGraph::Vertex(v), graph.graph()) == 0)
            entries << JourneyGraph::Vertex(v);
    }
    if (!entries.isEmpty() || graph.vertexCount() == 0)
        return entries;

    QList<Stage> ordered = stages;
    std::sort(ordered.begin(), ordered.end(),
              [](const Stage &a, const Stage &b) { return std::tie(a.position, a.id) < std::tie(b.position, b.id); });
    QHash<StageId, int> stageRank;
    for (qsizetype i = 0; i < ordered.size(); ++i)
        stageRank.insert(ordered.at(i).id, int(i));
    // Steps without a (known) stage come after every staged step.
    const auto rank = [&](const Step &step) { return stageRank.value(step.stage, int(ordered.size())); };
    int first = 0;
    for (int v = 1; v < graph.vertexCount(); ++v) {
        const Step &candidate = graph.step(JourneyGraph::Vertex(v));
        const Step &best = graph.step(JourneyGraph::Vertex(first));
        if (std::make_tuple(rank(candidate), candidate.id) < std::make_tuple(rank(best), best.id))
            first = v;
    }
    entries << JourneyGraph::Vertex(first);
    return entries;
}

void checkReachability(const Journey &journey, const JourneyGraph &graph, const QList<Stage> &stages, Collector &out)
{
    const auto &g = graph.graph();
    const auto n = std::size_t(graph.vertexCount());
    std::vector<boost::default_color_type> colors(n, boost::white_color);
    const auto colorMap = boost::make_iterator_property_map(colors.begin(), boost::get(boost::vertex_index, g));
    boost::queue<JourneyGraph::Vertex> queue;
    // One shared colour map over all entries: a step reached from any entry counts as reached.
    for (const JourneyGraph::Vertex entry : entrySteps(graph, stages)) {
        if (colors[entry] == boost::white_color)
            boost::breadth_first_visit(g, entry, queue, boost::default_bfs_visitor(), colorMap);
    }
    for (std::size_t v = 0; v < n; ++v) {
        if (colors[v] != boost::white_color)
            continue;
        const Step &step = graph.step(v);
        out.add(UnreachableStep, journey.id, stepRef(step), step.name,
                Text::tr("%1 cannot be reached from the start of %2").arg(quoted(step.name), quoted(journey.name)));
    }
}

void checkDeadEnds(const Journey &journey, const JourneyGraph &graph, Collector &out)
{
    // A journey of one step is a sketch, not a dead end.
    if (graph.vertexCount() < 2)
        return;
    for (int v = 0; v < graph.vertexCount(); ++v) {
        const Step &step = graph.step(JourneyGraph::Vertex(v));
        if (step.kind == StepKind::Outcome || boost::out_degree(JourneyGraph::Vertex(v), graph.graph()) > 0)
            continue;
        out.add(
            DeadEnd, journey.id, stepRef(step), step.name,
            Text::tr("%1 leads nowhere: add a trigger to the next step, or make it an outcome").arg(quoted(step.name)));
    }
}

void checkClosedCycles(const Journey &journey, const JourneyGraph &graph, Collector &out)
{
    const auto &g = graph.graph();
    const auto n = std::size_t(graph.vertexCount());
    if (n == 0)
        return;
    std::vector<int> component(n);
    const int count = boost::strong_components(
        g, boost::make_iterator_property_map(component.begin(), boost::get(boost::vertex_index, g)));

    std::vector<int> size(std::size_t(count), 0);
    std::vector<bool> selfLoop(std::size_t(count), false);
    std::vector<bool> hasExit(std::size_t(count), false);
    for (std::size_t v = 0; v < n; ++v)
        ++size[std::size_t(component[v])];
    for (const auto edge : boost::make_iterator_range(boost::edges(g))) {
        const auto from = boost::source(edge, g);
        const auto to = boost::target(edge, g);
        const auto c = std::size_t(component[from]);
        if (from == to)
            selfLoop[c] = true;
        else if (component[from] != component[to])
            hasExit[c] = true;
    }

    for (int c = 0; c < count; ++c) {
        const auto index = std::size_t(c);
        if ((size[index] < 2 && !selfLoop[index]) || hasExit[index])
            continue;
        QList<const Step *> members;
        for (std::size_t v = 0; v < n; ++v) {
            if (component[v] == c)
                members << &graph.step(v);
        }
        std::sort(members.begin(), members.end(), [](const Step *a, const Step *b) { return a->id < b->id; });
        QStringList names;
        for (const Step *step : std::as_const(members))
            names << step->name;
        const Step &first = *members.constFirst();
        const QString message = members.size() == 1
            ? Text::tr("%1 only leads back to itself: the customer cannot leave it").arg(quoted(first.name))
            : Text::tr("%1 form a cycle with no way out").arg(quotedList(names));
        out.add(ClosedCycle, journey.id, stepRef(first), first.name, message);
    }
}

void checkTouchpoints(const Journey &journey, const QList<Step> &steps, Collector &out)
{
    for (const Step &step : steps) {
        if (step.kind != StepKind::Touchpoint)
            continue;
        if (!step.channel)
            out.add(TouchpointWithoutChannel, journey.id, stepRef(step), step.name,
                    Text::tr("The touchpoint %1 has no channel").arg(quoted(step.name)));
        if (!step.owner)
            out.add(TouchpointWithoutOwner, journey.id, stepRef(step), step.name,
                    Text::tr("The touchpoint %1 has no owner").arg(quoted(step.name)));
        if (!step.sourceSystem)
            out.add(
                TouchpointWithoutSource, journey.id, stepRef(step), step.name,
                Text::tr("The touchpoint %1 has no source system: its data cannot be found").arg(quoted(step.name)));
    }
}

void checkTriggerKinds(const Journey &journey, const QList<Step> &steps, const QList<Trigger> &triggers, Collector &out)
{
    QHash<StepId, QString> names;
    for (const Step &step : steps)
        names.insert(step.id, step.name);
    for (const Trigger &trigger : triggers) {
        if (trigger.kind != TriggerKind::Unspecified)
            continue;
        const QString from = quoted(names.value(trigger.from));
        const QString to = quoted(names.value(trigger.to));
        const QString name = trigger.label.trimmed().isEmpty()
            ? Text::tr("%1 → %2").arg(names.value(trigger.from), names.value(trigger.to))
            : trigger.label;
        out.add(TriggerWithoutKind, journey.id, {EntityType::Trigger, trigger.id.value()}, name,
                Text::tr("The trigger from %1 to %2 has no kind").arg(from, to));
    }
}

void checkDuplicateNames(const Journey &journey, const QList<Step> &steps, Collector &out)
{
    QHash<QString, const Step *> firstByName;
    QList<const Step *> ordered;
    for (const Step &step : steps)
        ordered << &step;
    // The step created first keeps its name; the later ones are the duplicates.
    std::sort(ordered.begin(), ordered.end(), [](const Step *a, const Step *b) { return a->id < b->id; });
    for (const Step *step : std::as_const(ordered)) {
        const QString key = step->name.trimmed().toCaseFolded();
        if (key.isEmpty())
            continue;
        const Step *first = firstByName.value(key);
        if (!first) {
            firstByName.insert(key, step);
            continue;
        }
        out.add(DuplicateStepName, journey.id, stepRef(*step), step->name,
                Text::tr("%1 has the same name as another step of %2").arg(quoted(step->name), quoted(journey.name)));
    }
}

void checkGlossarySynonyms(const Journey &journey, const QList<Step> &steps, const QList<GlossaryTerm> &glossary,
                           Collector &out)
{
    QHash<StepId, const Step *> byId;
    for (const Step &step : steps)
        byId.insert(step.id, &step);
    for (const SynonymUse &use : findSynonymUses(glossary, steps)) {
        const Step *step = byId.value(use.step);
        out.add(GlossarySynonym, journey.id, stepRef(*step), step->name,
                Text::tr("%1 says %2 where the glossary term is %3")
                    .arg(quoted(step->name), quoted(use.synonym), quoted(use.preferredTerm)));
    }
}

struct JourneyData
{
    Journey journey;
    QList<Step> steps;
};

void checkParentLinks(const QList<JourneyData> &journeys, Collector &out)
{
    QHash<JourneyId, const Journey *> journeyById;
    QHash<StepId, const Step *> stepById;
    bool hierarchy = false;
    for (const JourneyData &data : journeys) {
        journeyById.insert(data.journey.id, &data.journey);
        for (const Step &step : data.steps)
            stepById.insert(step.id, &step);
        hierarchy = hierarchy || data.journey.level == JourneyLevel::Lifecycle;
    }
    for (const JourneyData &data : journeys) {
        const Journey &journey = data.journey;
        const EntityRef ref{EntityType::Journey, journey.id.value()};
        if (!journey.detailsStep) {
            // A lone journey needs no parent; once the workspace has a lifecycle, every
            // journey and task belongs somewhere in it.
            if (hierarchy && journey.level != JourneyLevel::Lifecycle)
                out.add(BrokenParentLink, journey.id, ref, journey.name,
                        Text::tr("%1 details no step of a higher-level journey").arg(quoted(journey.name)));
            continue;
        }
        const Step *parentStep = stepById.value(journey.detailsStep);
        if (!parentStep) {
            out.add(BrokenParentLink, journey.id, ref, journey.name,
                    Text::tr("The step that %1 details no longer exists").arg(quoted(journey.name)));
            continue;
        }
        const Journey *parent = journeyById.value(parentStep->journey);
        if (parent && int(parent->level) >= int(journey.level)) {
            out.add(BrokenParentLink, journey.id, ref, journey.name,
                    Text::tr("%1 (%2) details the step %3 of %4 (%5), which is not a higher level")
                        .arg(quoted(journey.name), displayName(journey.level), quoted(parentStep->name),
                             quoted(parent->name), displayName(parent->level)));
        }
    }
}

void checkPersonas(const QList<Persona> &personas, const QList<JourneyData> &journeys, Collector &out)
{
    QSet<PersonaId> used;
    for (const JourneyData &data : journeys) {
        for (const PersonaId persona : data.journey.personas)
            used.insert(persona);
    }
    for (const Persona &persona : personas) {
        if (used.contains(persona.id))
            continue;
        out.add(UnusedPersona, {}, {EntityType::Persona, persona.id.value()}, persona.name,
                Text::tr("The persona %1 is assigned to no journey").arg(quoted(persona.name)));
    }
}

} // namespace

QStringList modelCheckIds()
{
    return {UnreachableStep,
            DeadEnd,
            ClosedCycle,
            TouchpointWithoutChannel,
            TouchpointWithoutOwner,
            TouchpointWithoutSource,
            TriggerWithoutKind,
            BrokenParentLink,
            UnusedPersona,
            DuplicateStepName,
            GlossarySynonym};
}

QString modelCheckTitle(const QString &check)
{
    if (check == UnreachableStep)
        return Text::tr("Unreachable step");
    if (check == DeadEnd)
        return Text::tr("Dead end");
    if (check == ClosedCycle)
        return Text::tr("Cycle with no way out");
    if (check == TouchpointWithoutChannel)
        return Text::tr("Touchpoint without channel");
    if (check == TouchpointWithoutOwner)
        return Text::tr("Touchpoint without owner");
    if (check == TouchpointWithoutSource)
        return Text::tr("Touchpoint without source system");
    if (check == TriggerWithoutKind)
        return Text::tr("Trigger without kind");
    if (check == BrokenParentLink)
        return Text::tr("Broken parent link");
    if (check == UnusedPersona)
        return Text::tr("Unused persona");
    if (check == DuplicateStepName)
        return Text::tr("Duplicate step name");
    if (check == GlossarySynonym)
        return Text::tr("Synonym instead of glossary term");
    return check;
}

namespace {

QList<Finding> runChecks(const ModelReader &reader, JourneyId only)
{
    Collector out(only);
    QList<JourneyData> journeys;
    for (const Journey &journey : reader.journeys())
        journeys << JourneyData{journey, reader.steps(journey.id)};

    const QList<GlossaryTerm> glossary = reader.glossary();
    for (const JourneyData &data : std::as_const(journeys)) {
        const Journey &journey = data.journey;
        if (only.isValid() && journey.id != only)
            continue;
        const QList<Trigger> triggers = reader.triggers(journey.id);
        const JourneyGraph graph(data.steps, triggers);
        checkReachability(journey, graph, reader.stages(journey.id), out);
        checkDeadEnds(journey, graph, out);
        checkClosedCycles(journey, graph, out);
        checkTouchpoints(journey, data.steps, out);
        checkTriggerKinds(journey, data.steps, triggers, out);
        checkDuplicateNames(journey, data.steps, out);
        checkGlossarySynonyms(journey, data.steps, glossary, out);
    }
    // Parent links need every journey's steps to look up; the collector keeps the right ones.
    checkParentLinks(journeys, out);
    if (!only.isValid())
        checkPersonas(reader.personas(), journeys, out);
    return out.sorted();
}

} // namespace

QList<Finding> runModelChecks(const ModelReader &reader)
{
    return runChecks(reader, {});
}

QList<Finding> runModelChecks(const ModelReader &reader, JourneyId journey)
{
    return runChecks(reader, journey);
}

} // namespace jl
