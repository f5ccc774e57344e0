#include "TestSupport.h"

#include "storage/EntityRows.h"

#include <QUndoStack>

namespace jl::test {

std::unique_ptr<Workspace> createWorkspace(const QTemporaryDir &dir, const QString &name)
{
    WorkspaceError error;
    auto workspace = Workspace::create(dir.filePath(name), QStringLiteral("Test"), &error);
    if (!workspace)
        qWarning("createWorkspace: %s", qPrintable(error.message));
    return workspace;
}

JourneyId buildSmallModel(Workspace &ws)
{
    const ChannelId web = ws.addChannel({{}, QStringLiteral("Web shop"), QStringLiteral("web"), {}});
    const ChannelId store = ws.addChannel({{}, QStringLiteral("Store"), QStringLiteral("store"), {}});
    const DepartmentId ecommerce = ws.addDepartment({{}, QStringLiteral("E-commerce")});
    ws.addDepartment({{}, QStringLiteral("Service")});
    const OwnerId owner = ws.addOwner({{}, QStringLiteral("Dana Weber"), QStringLiteral("Journey owner"), ecommerce});
    const SourceSystemId shop = ws.addSourceSystem({{}, QStringLiteral("Shop"), QStringLiteral("Web shop"), {}});
    ws.addSourceSystem({{}, QStringLiteral("CRM"), QStringLiteral("CRM"), {}});

    Persona persona;
    persona.name = QStringLiteral("Busy parent");
    persona.goals = {QStringLiteral("Save time")};
    persona.preferredChannels = {web};
    const PersonaId personaId = ws.addPersona(persona);

    Journey journey;
    journey.name = QStringLiteral("Buy online");
    journey.level = JourneyLevel::Journey;
    journey.owner = owner;
    journey.personas = {personaId};
    const JourneyId journeyId = ws.addJourney(journey);

    const StageId browse = ws.addStage({{}, journeyId, QStringLiteral("Browse"), 0, {}});
    const StageId buy = ws.addStage({{}, journeyId, QStringLiteral("Buy"), 1, {}});
    const StageId receive = ws.addStage({{}, journeyId, QStringLiteral("Receive"), 2, {}});

    const auto step = [&](StageId stage, const char *name, StepKind kind, ChannelId channel) {
        Step s;
        s.journey = journeyId;
        s.stage = stage;
        s.name = QString::fromUtf8(name);
        s.kind = kind;
        s.channel = channel;
        s.owner = owner;
        s.sourceSystem = shop;
        return ws.addStep(s);
    };
    const StepId visit = step(browse, "Visit shop", StepKind::Touchpoint, web);
    const StepId cart = step(buy, "Add to cart", StepKind::CustomerAction, web);
    const StepId pay = step(buy, "Pay", StepKind::Touchpoint, web);
    const StepId ship = step(receive, "Ship order", StepKind::Backstage, {});
    const StepId pickup = step(receive, "Pick up in store", StepKind::Outcome, store);

    ws.addTrigger({{}, journeyId, visit, cart, TriggerKind::CustomerAction, QStringLiteral("Finds product"), {}, {}, 0});
    ws.addTrigger({{}, journeyId, cart, pay, TriggerKind::CustomerAction, {}, {}, {}, 0});
    ws.addTrigger({{}, journeyId, pay, ship, TriggerKind::SystemEvent, QStringLiteral("Payment ok"), {}, {}, 60});
    ws.addTrigger({{}, journeyId, ship, pickup, TriggerKind::Message, QStringLiteral("Ready e-mail"), {}, {}, 86400});
    ws.addGlossaryTerm({{}, QStringLiteral("Basket"), QStringLiteral("Products chosen but not yet paid"),
                        {QStringLiteral("Cart")}, owner});
    return journeyId;
}

StepId stepNamed(const Workspace &workspace, JourneyId journey, const QString &name)
{
    for (const Step &step : workspace.reader().steps(journey)) {
        if (step.name == name)
            return step.id;
    }
    return {};
}

bool useCartAsGlossaryTerm(Workspace &workspace)
{
    const GlossaryTerm term = workspace.reader().glossary().constFirst();
    const EntityRef ref{EntityType::GlossaryTerm, term.id.value()};
    return workspace.setProperty(ref, QStringLiteral("term"), QStringLiteral("Cart"))
        && workspace.setProperty(ref, QStringLiteral("synonyms"), entityrows::listToText({QStringLiteral("Basket")}));
}

} // namespace jl::test
