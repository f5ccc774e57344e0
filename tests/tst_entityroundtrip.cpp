// Every entity written through the Workspace reads back equal, before and after reopening.

#include "TestSupport.h"

#include "document/Workspace.h"
#include "storage/ModelReader.h"

#include <QTest>

using namespace jl;

class TestEntityRoundTrip : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
};

void TestEntityRoundTrip::roundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("roundtrip.jlens"));
    Channel channel{{}, QStringLiteral("Web shop"), QStringLiteral("web"), QStringLiteral("Online store, desktop and mobile")};
    Department department{{}, QStringLiteral("Customer service")};
    SourceSystem source{{}, QStringLiteral("Zendesk"), QStringLiteral("Ticketing"), QStringLiteral("Support tickets")};
    Owner owner{{}, QStringLiteral("Jörg Müller"), QStringLiteral("Head of service"), {}};
    Persona persona;
    Journey parent;
    Journey journey;
    Stage stage;
    Step step;
    Step detailed;
    Trigger trigger;
    GlossaryTerm term;
    {
        WorkspaceError error;
        auto ws = Workspace::create(path, QStringLiteral("Round trip"), &error);
        QVERIFY2(ws, qPrintable(error.message));
        channel.id = ws->addChannel(channel);
        department.id = ws->addDepartment(department);
        source.id = ws->addSourceSystem(source);
        owner.department = department.id;
        owner.id = ws->addOwner(owner);
        QVERIFY(channel.id && department.id && source.id && owner.id);

        persona.name = QStringLiteral("Ana, the loyal regular");
        persona.quote = QStringLiteral("“I want them to know me, wherever I shop.”");
        persona.photo = QByteArray("\x89PNG\r\n\x1a\n\0\0binary", 16); // with NUL bytes inside
        persona.goals = {QStringLiteral("Collect points"), QStringLiteral("Line one\nline two")};
        persona.pains = {QStringLiteral("Asked for her card number twice")};
        persona.needs = {QStringLiteral("Recognition")};
        persona.attributes = {{QStringLiteral("age_band"), QStringLiteral("35-44")}, {QStringLiteral("children"), 2}};
        persona.segmentRule = QStringLiteral("segment = \"loyal\"");
        persona.preferredChannels = {channel.id};
        persona.id = ws->addPersona(persona);
        QVERIFY(persona.id);

        parent.name = QStringLiteral("Lifecycle");
        parent.level = JourneyLevel::Lifecycle;
        parent.status = JourneyStatus::Approved;
        parent.owner = owner.id;
        parent.id = ws->addJourney(parent);
        stage = {{}, parent.id, QStringLiteral("Purchase"), 3, QStringLiteral("Buying")};
        stage.id = ws->addStage(stage);

        detailed.journey = parent.id;
        detailed.stage = stage.id;
        detailed.name = QStringLiteral("Buy");
        detailed.kind = StepKind::CustomerAction;
        detailed.id = ws->addStep(detailed);

        journey.name = QStringLiteral("Purchase online");
        journey.level = JourneyLevel::Journey;
        journey.status = JourneyStatus::InReview;
        journey.owner = owner.id;
        journey.description = QStringLiteral("From basket to confirmation");
        journey.detailsStep = detailed.id;
        journey.personas = {persona.id};
        journey.id = ws->addJourney(journey);

        step.journey = parent.id;
        step.stage = stage.id;
        step.kind = StepKind::Touchpoint;
        step.name = QStringLiteral("Checkout");
        step.channel = channel.id;
        step.department = department.id;
        step.owner = owner.id;
        step.sourceSystem = source.id;
        step.emotion = -2;
        step.description = QStringLiteral("Pay and confirm");
        step.pains = QStringLiteral("Too many fields");
        step.ideas = QStringLiteral("Guest checkout");
        step.hasPosition = true;
        step.x = 120.5;
        step.y = -40.25;
        step.kpiTargets = {{{}, {}, KpiMeasure::Conversion, 0.65, QStringLiteral("%")},
                           {{}, {}, KpiMeasure::Satisfaction, 4.2, QStringLiteral("CSAT")}};
        step.id = ws->addStep(step);
        QVERIFY(step.id);

        trigger = {{}, parent.id, detailed.id, step.id, TriggerKind::Message, QStringLiteral("Reminder"),
                   QStringLiteral("Basket abandoned"), QStringLiteral("E-mail with basket"), 3600};
        trigger.id = ws->addTrigger(trigger);
        term = {{}, QStringLiteral("Loyalty card"), QStringLiteral("The card that identifies a member"),
                {QStringLiteral("Club card"), QStringLiteral("Kundenkarte")}, owner.id};
        term.id = ws->addGlossaryTerm(term);
        QVERIFY(trigger.id && term.id);
    }

    for (int pass = 0; pass < 2; ++pass) {
        WorkspaceError error;
        auto ws = Workspace::open(path, &error);
        QVERIFY2(ws, qPrintable(error.message));
        const ModelReader reader = ws->reader();
        QCOMPARE(reader.channel(channel.id).value(), channel);
        QCOMPARE(reader.department(department.id).value(), department);
        QCOMPARE(reader.sourceSystem(source.id).value(), source);
        QCOMPARE(reader.owner(owner.id).value(), owner);
        QCOMPARE(reader.persona(persona.id).value(), persona);
        QCOMPARE(reader.personas().value(0), persona);
        QCOMPARE(reader.journey(journey.id).value(), journey);
        QCOMPARE(reader.journey(parent.id).value(), parent);
        QCOMPARE(reader.stage(stage.id).value(), stage);

        Step stored = reader.step(step.id).value();
        QCOMPARE(stored.kpiTargets.size(), 2);
        Step expected = step;
        for (int i = 0; i < 2; ++i) {
            QVERIFY(stored.kpiTargets.at(i).id);
            expected.kpiTargets[i].id = stored.kpiTargets.at(i).id;
            expected.kpiTargets[i].step = step.id;
        }
        QCOMPARE(stored, expected);
        QCOMPARE(reader.steps(parent.id).size(), 2);
        QCOMPARE(reader.trigger(trigger.id).value(), trigger);
        QCOMPARE(reader.triggers(parent.id).value(0), trigger);
        QCOMPARE(reader.glossaryTerm(term.id).value(), term);
        QCOMPARE(reader.parentJourney(journey.id), parent.id);
        QCOMPARE(reader.subJourneys(parent.id).size(), 1);
        QCOMPARE(reader.maxJourneyDepth(), 2);
        QVERIFY(!reader.step(StepId(9999)).has_value());
    }
}

QTEST_GUILESS_MAIN(TestEntityRoundTrip)
#include "tst_entityroundtrip.moc"
