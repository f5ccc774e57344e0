// Undo and redo of every kind of edit, cascades, merging, failures and change events.

#include "TestSupport.h"

#include "document/Workspace.h"
#include "storage/CanonicalDump.h"
#include "storage/ModelReader.h"
#include "storage/SqlSupport.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace jl;

class TestCommands : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void addEveryEntityUndoRedo_data();
    void addEveryEntityUndoRedo();
    void setPropertyMergesAndUndoes();
    void setPropertiesIsOneStepAndMerges();
    void setPropertyOfEveryEntity_data();
    void setPropertyOfEveryEntity();
    void failedEditLeavesNoUndoStep();
    void removeStepRemovesTriggersAndUndoRestoresAll();
    void removeReferencedElementsRestoresReferences_data();
    void removeReferencedElementsRestoresReferences();
    void removeJourneyWithSubJourney();
    void removeAllIsOneStep();
    void linksAssignAndUnassign();
    void journeyGraphStaysInsideJourney();
    void failedMultiCommandEditIsRolledBack();
    void changeEventsAreTyped();
    void modifiedFollowsCleanState();
    void editIsCommittedImmediately();

private:
    QString dump() const { return canonicalDump(m_ws->database()); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
    JourneyId m_journey;
};

void TestCommands::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_ws = test::createWorkspace(*m_dir);
    QVERIFY(m_ws);
    m_journey = test::buildSmallModel(*m_ws);
    QVERIFY(m_journey);
}

void TestCommands::cleanup()
{
    m_ws.reset();
    m_dir.reset();
}

void TestCommands::addEveryEntityUndoRedo_data()
{
    QTest::addColumn<int>("type");
    for (EntityType type : AllEntityTypes)
        QTest::newRow(qPrintable(schema::tableName(type))) << static_cast<int>(type);
}

void TestCommands::addEveryEntityUndoRedo()
{
    QFETCH(int, type);
    const ModelReader reader = m_ws->reader();
    const QList<Step> steps = reader.steps(m_journey);
    const PersonaId persona = reader.personas().first().id;
    const ChannelId secondChannel = reader.channels().last().id;
    const StageId stage = reader.stages(m_journey).first().id;

    const QString before = dump();
    const int countBefore = reader.count(EntityType(type));
    const int undoIndex = m_ws->undoStack()->index();
    qint64 id = 0;
    switch (EntityType(type)) {
    case EntityType::Channel: id = m_ws->addChannel({{}, QStringLiteral("Chatbot"), QStringLiteral("chatbot"), {}}).value(); break;
    case EntityType::Department: id = m_ws->addDepartment({{}, QStringLiteral("Logistics")}).value(); break;
    case EntityType::SourceSystem: id = m_ws->addSourceSystem({{}, QStringLiteral("ERP"), {}, {}}).value(); break;
    case EntityType::Owner: id = m_ws->addOwner({{}, QStringLiteral("Kim"), {}, {}}).value(); break;
    case EntityType::Persona: id = m_ws->addPersona({{}, QStringLiteral("Student"), {}, {}, {}, {}, {}, {}, {}, {}}).value(); break;
    case EntityType::PersonaChannel: QVERIFY(m_ws->addPreferredChannel(persona, secondChannel)); break;
    case EntityType::Journey: id = m_ws->addJourney({{}, QStringLiteral("Return"), JourneyLevel::Journey, JourneyStatus::Draft, {}, {}, {}, {}}).value(); break;
    case EntityType::JourneyPersona: {
        const JourneyId other = m_ws->addJourney({{}, QStringLiteral("Other"), JourneyLevel::Task, {}, {}, {}, {}, {}});
        QVERIFY(m_ws->assignPersona(other, persona));
        break;
    }
    case EntityType::Stage: id = m_ws->addStage({{}, m_journey, QStringLiteral("Loyalty"), 3, {}}).value(); break;
    case EntityType::Step: {
        Step step;
        step.journey = m_journey;
        step.stage = stage;
        step.name = QStringLiteral("Survey");
        step.kpiTargets = {{{}, {}, KpiMeasure::Satisfaction, 4.5, {}}};
        id = m_ws->addStep(step).value();
        break;
    }
    case EntityType::KpiTarget: id = m_ws->addKpiTarget({{}, steps.first().id, KpiMeasure::Volume, 1000, {}}).value(); break;
    case EntityType::Trigger: id = m_ws->addTrigger({{}, m_journey, steps.last().id, steps.first().id, TriggerKind::Time, {}, {}, {}, 0}).value(); break;
    case EntityType::GlossaryTerm: id = m_ws->addGlossaryTerm({{}, QStringLiteral("Basket"), {}, {}, {}}).value(); break;
    case EntityType::PersonaEmotion: QVERIFY(m_ws->setPersonaEmotion(steps.first().id, persona, -2)); break;
    case EntityType::WorkshopNote:
        id = m_ws->addWorkshopNote({{}, steps.first().id, NoteKind::Idea, QStringLiteral("Free returns"), 0, 0}).value();
        break;
    }
    if (EntityType(type) != EntityType::PersonaChannel && EntityType(type) != EntityType::JourneyPersona
        && EntityType(type) != EntityType::PersonaEmotion)
        QVERIFY(id > 0);
    QCOMPARE(reader.count(EntityType(type)), countBefore + 1);
    const QString after = dump();
    QVERIFY(after != before);

    while (m_ws->undoStack()->index() > undoIndex)
        m_ws->undoStack()->undo();
    QCOMPARE(dump(), before);
    while (m_ws->undoStack()->canRedo())
        m_ws->undoStack()->redo();
    QCOMPARE(dump(), after);
}

void TestCommands::setPropertyMergesAndUndoes()
{
    const Step step = m_ws->reader().steps(m_journey).first();
    const EntityRef ref{EntityType::Step, step.id.value()};
    const int index = m_ws->undoStack()->index();
    QVERIFY(m_ws->setProperty(ref, QStringLiteral("name"), QStringLiteral("V")));
    QVERIFY(m_ws->setProperty(ref, QStringLiteral("name"), QStringLiteral("Vi")));
    QVERIFY(m_ws->setProperty(ref, QStringLiteral("name"), QStringLiteral("Visit")));
    QCOMPARE(m_ws->undoStack()->index(), index + 1); // typing merged into one step
    QCOMPARE(m_ws->reader().step(step.id)->name, QStringLiteral("Visit"));
    QVERIFY(m_ws->setProperty(ref, QStringLiteral("emotion"), 2));
    QCOMPARE(m_ws->undoStack()->index(), index + 2); // another property: a new step
    m_ws->undoStack()->undo();
    QCOMPARE(m_ws->reader().step(step.id)->emotion, step.emotion);
    m_ws->undoStack()->undo();
    QCOMPARE(m_ws->reader().step(step.id)->name, step.name);
    m_ws->undoStack()->redo();
    QCOMPARE(m_ws->reader().step(step.id)->name, QStringLiteral("Visit"));

    // Setting a value back to where it started leaves no undo step behind.
    const int before = m_ws->undoStack()->index();
    QVERIFY(m_ws->setProperty(ref, QStringLiteral("pains"), QStringLiteral("slow")));
    QVERIFY(m_ws->setProperty(ref, QStringLiteral("pains"), QVariant()));
    QCOMPARE(m_ws->undoStack()->index(), before);
    QVERIFY(m_ws->setProperty(ref, QStringLiteral("name"), QStringLiteral("Visit")));
    QCOMPARE(m_ws->undoStack()->index(), before);
}

void TestCommands::setPropertiesIsOneStepAndMerges()
{
    const QList<Step> steps = m_ws->reader().steps(m_journey);
    const QString before = dump();
    const int index = m_ws->undoStack()->index();
    const auto moveAll = [&](double dx) {
        QList<PropertyChange> changes;
        for (const Step &step : steps) {
            changes.append({{EntityType::Step, step.id.value()}, QStringLiteral("pos_x"), 100.0 + dx});
            changes.append({{EntityType::Step, step.id.value()}, QStringLiteral("pos_y"), 50.0});
        }
        return m_ws->setProperties(changes, QStringLiteral("Move steps"), QStringLiteral("drag-1"));
    };
    QVERIFY(moveAll(1));
    QVERIFY(moveAll(2));
    QVERIFY(moveAll(3)); // one drag: merged into one undo step
    QCOMPARE(m_ws->undoStack()->index(), index + 1);
    for (const Step &step : m_ws->reader().steps(m_journey)) {
        QVERIFY(step.hasPosition);
        QCOMPARE(step.x, 103.0);
    }
    const QString after = dump();
    m_ws->undoStack()->undo();
    QCOMPARE(dump(), before);
    m_ws->undoStack()->redo();
    QCOMPARE(dump(), after);

    // All or nothing: one bad value rolls back the whole change.
    QList<PropertyChange> bad{{{EntityType::Step, steps.first().id.value()}, QStringLiteral("name"), QStringLiteral("ok")},
                              {{EntityType::Step, steps.last().id.value()}, QStringLiteral("emotion"), 9}};
    QVERIFY(!m_ws->setProperties(bad, QStringLiteral("Bad")));
    QCOMPARE(dump(), after);
    QVERIFY(!m_ws->setProperties({{{EntityType::Step, steps.first().id.value()}, QStringLiteral("journey_id"), 2}},
                                 QStringLiteral("Move")));
}

void TestCommands::setPropertyOfEveryEntity_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("property");
    QTest::addColumn<QVariant>("value");
    QTest::newRow("channel") << int(EntityType::Channel) << QStringLiteral("name") << QVariant(QStringLiteral("Online shop"));
    QTest::newRow("department") << int(EntityType::Department) << QStringLiteral("name") << QVariant(QStringLiteral("Online"));
    QTest::newRow("source") << int(EntityType::SourceSystem) << QStringLiteral("kind") << QVariant(QStringLiteral("ERP"));
    QTest::newRow("owner") << int(EntityType::Owner) << QStringLiteral("role") << QVariant(QStringLiteral("Lead"));
    QTest::newRow("persona") << int(EntityType::Persona) << QStringLiteral("quote") << QVariant(QStringLiteral("Fast!"));
    QTest::newRow("journey") << int(EntityType::Journey) << QStringLiteral("status") << QVariant(2);
    QTest::newRow("stage") << int(EntityType::Stage) << QStringLiteral("position") << QVariant(7);
    QTest::newRow("step") << int(EntityType::Step) << QStringLiteral("kind") << QVariant(3);
    QTest::newRow("trigger") << int(EntityType::Trigger) << QStringLiteral("kind") << QVariant();
    QTest::newRow("term") << int(EntityType::GlossaryTerm) << QStringLiteral("definition") << QVariant(QStringLiteral("d"));
}

void TestCommands::setPropertyOfEveryEntity()
{
    QFETCH(int, type);
    QFETCH(QString, property);
    QFETCH(QVariant, value);
    const EntityRef ref{EntityType(type), 1};
    const QString before = dump();
    QVERIFY2(m_ws->setProperty(ref, property, value), qPrintable(m_ws->lastError()));
    const QString after = dump();
    QVERIFY(after != before);
    m_ws->undoStack()->undo();
    QCOMPARE(dump(), before);
    m_ws->undoStack()->redo();
    QCOMPARE(dump(), after);
}

void TestCommands::failedEditLeavesNoUndoStep()
{
    const Step step = m_ws->reader().steps(m_journey).first();
    const QString before = dump();
    const int index = m_ws->undoStack()->index();
    QSignalSpy failures(m_ws.get(), &Workspace::commandFailed);
    // Violates CHECK (emotion BETWEEN -2 AND 2).
    QVERIFY(!m_ws->setProperty({EntityType::Step, step.id.value()}, QStringLiteral("emotion"), 5));
    QVERIFY(!m_ws->setProperty({EntityType::Step, step.id.value()}, QStringLiteral("no_such_column"), 1));
    QVERIFY(!m_ws->setProperty({EntityType::Step, step.id.value()}, QStringLiteral("id"), 77));
    // A trigger pointing at a step that does not exist violates a foreign key.
    QVERIFY(!m_ws->addTrigger({{}, m_journey, step.id, StepId(4242), TriggerKind::Time, {}, {}, {}, 0}));
    QVERIFY(!m_ws->remove({EntityType::Step, 4242}));
    QCOMPARE(m_ws->undoStack()->index(), index);
    QCOMPARE(m_ws->undoStack()->count(), index);
    QCOMPARE(dump(), before);
    QVERIFY(failures.count() >= 4);
    QVERIFY(!m_ws->lastError().isEmpty());
}

void TestCommands::removeStepRemovesTriggersAndUndoRestoresAll()
{
    const ModelReader reader = m_ws->reader();
    Step pay;
    for (const Step &step : reader.steps(m_journey)) {
        if (step.name == QLatin1String("Pay"))
            pay = step;
    }
    QVERIFY(pay.id);
    QVERIFY(m_ws->addKpiTarget({{}, pay.id, KpiMeasure::Conversion, 0.8, QStringLiteral("%")}));
    // A sub-journey detailing the step keeps existing but loses its link.
    const JourneyId sub = m_ws->addJourney({{}, QStringLiteral("Payment"), JourneyLevel::Task, {}, {}, {}, pay.id, {}});
    QVERIFY(sub);
    const QString before = dump();
    const int triggersBefore = reader.count(EntityType::Trigger);

    QVERIFY(m_ws->remove({EntityType::Step, pay.id.value()}));
    QVERIFY(!reader.step(pay.id));
    QCOMPARE(reader.count(EntityType::Trigger), triggersBefore - 2); // into and out of "Pay"
    QCOMPARE(reader.count(EntityType::KpiTarget), 0);
    QVERIFY(!reader.journey(sub)->detailsStep);
    const QString after = dump();

    m_ws->undoStack()->undo();
    QCOMPARE(dump(), before);
    QCOMPARE(reader.journey(sub)->detailsStep, pay.id);
    m_ws->undoStack()->redo();
    QCOMPARE(dump(), after);
    m_ws->undoStack()->undo();
    QCOMPARE(dump(), before);
}

void TestCommands::removeReferencedElementsRestoresReferences_data()
{
    QTest::addColumn<int>("type");
    for (EntityType type : {EntityType::Channel, EntityType::Department, EntityType::Owner, EntityType::SourceSystem,
                            EntityType::Stage, EntityType::Persona, EntityType::Trigger, EntityType::GlossaryTerm})
        QTest::newRow(qPrintable(schema::tableName(type))) << static_cast<int>(type);
}

void TestCommands::removeReferencedElementsRestoresReferences()
{
    QFETCH(int, type);
    const QString before = dump();
    const int count = m_ws->reader().count(EntityType(type));
    QVERIFY2(m_ws->remove({EntityType(type), 1}), qPrintable(m_ws->lastError()));
    QCOMPARE(m_ws->reader().count(EntityType(type)), count - 1);
    const QString after = dump();
    m_ws->undoStack()->undo();
    QCOMPARE(dump(), before);
    m_ws->undoStack()->redo();
    QCOMPARE(dump(), after);
    m_ws->undoStack()->undo();
    QCOMPARE(dump(), before);
}

void TestCommands::removeJourneyWithSubJourney()
{
    const ModelReader reader = m_ws->reader();
    const StepId visit = reader.steps(m_journey).first().id;
    const JourneyId sub = m_ws->addJourney({{}, QStringLiteral("Visit in detail"), JourneyLevel::Task, {}, {}, {}, visit, {}});
    const StageId subStage = m_ws->addStage({{}, sub, QStringLiteral("Look"), 0, {}});
    Step subStep;
    subStep.journey = sub;
    subStep.stage = subStage;
    subStep.name = QStringLiteral("Search");
    QVERIFY(m_ws->addStep(subStep));
    QCOMPARE(reader.maxJourneyDepth(), 2);
    const QString before = dump();
    QVERIFY(m_ws->remove({EntityType::Journey, m_journey.value()}));
    QCOMPARE(reader.count(EntityType::Journey), 1);
    QCOMPARE(reader.steps(m_journey).size(), 0);
    QCOMPARE(reader.stages(m_journey).size(), 0);
    QCOMPARE(reader.count(EntityType::Trigger), 0);
    QCOMPARE(reader.count(EntityType::JourneyPersona), 0);
    QCOMPARE(reader.steps(sub).size(), 1);
    QVERIFY(!reader.journey(sub)->detailsStep); // parent link broken, sub-journey kept
    m_ws->undoStack()->undo();
    QCOMPARE(dump(), before);
    QCOMPARE(reader.maxJourneyDepth(), 2);
}

void TestCommands::removeAllIsOneStep()
{
    const ModelReader reader = m_ws->reader();
    const QList<Step> steps = reader.steps(m_journey);
    const QList<Trigger> triggers = reader.triggers(m_journey);
    const QString before = dump();
    const int index = m_ws->undoStack()->index();
    // A step together with its own trigger (which the step's removal takes along) and another step.
    QVERIFY(m_ws->removeAll({{EntityType::Step, steps.at(0).id.value()}, {EntityType::Trigger, triggers.at(0).id.value()},
                             {EntityType::Step, steps.at(4).id.value()}},
                            QStringLiteral("Delete 3 elements")));
    QCOMPARE(m_ws->undoStack()->index(), index + 1);
    QCOMPARE(reader.steps(m_journey).size(), 3);
    QCOMPARE(reader.triggers(m_journey).size(), 2);
    m_ws->undoStack()->undo();
    QCOMPARE(dump(), before);
}

void TestCommands::linksAssignAndUnassign()
{
    const ModelReader reader = m_ws->reader();
    const PersonaId persona = reader.personas().first().id;
    QCOMPARE(reader.journey(m_journey)->personas, QList<PersonaId>{persona});
    QVERIFY(m_ws->unassignPersona(m_journey, persona));
    QVERIFY(reader.journey(m_journey)->personas.isEmpty());
    QVERIFY(!m_ws->unassignPersona(m_journey, persona)); // nothing to remove
    m_ws->undoStack()->undo();
    QCOMPARE(reader.journey(m_journey)->personas, QList<PersonaId>{persona});
    QVERIFY(!m_ws->assignPersona(m_journey, persona)); // UNIQUE: assigned once only

    const ChannelId web = reader.persona(persona)->preferredChannels.first();
    QVERIFY(m_ws->removePreferredChannel(persona, web));
    QVERIFY(reader.persona(persona)->preferredChannels.isEmpty());
    m_ws->undoStack()->undo();
    QCOMPARE(reader.persona(persona)->preferredChannels, QList<ChannelId>{web});
}

void TestCommands::journeyGraphStaysInsideJourney()
{
    const ModelReader reader = m_ws->reader();
    const JourneyId other = m_ws->addJourney({{}, QStringLiteral("Other"), JourneyLevel::Task, {}, {}, {}, {}, {}});
    const StageId otherStage = m_ws->addStage({{}, other, QStringLiteral("Elsewhere"), 0, {}});
    Step foreign;
    foreign.journey = other;
    foreign.stage = otherStage;
    foreign.name = QStringLiteral("Foreign");
    const StepId foreignStep = m_ws->addStep(foreign);
    QVERIFY(foreignStep);
    const Step local = reader.steps(m_journey).first();
    const QString before = dump();
    const int index = m_ws->undoStack()->index();

    // A step in a stage of another journey.
    Step wrong = foreign;
    wrong.journey = m_journey;
    QVERIFY(!m_ws->addStep(wrong));
    QVERIFY2(m_ws->lastError().contains(QStringLiteral("another journey")), qPrintable(m_ws->lastError()));
    QVERIFY(!m_ws->setProperty({EntityType::Step, local.id.value()}, QStringLiteral("stage_id"), otherStage.value()));
    // A trigger between journeys.
    QVERIFY(!m_ws->addTrigger({{}, m_journey, local.id, foreignStep, TriggerKind::Time, {}, {}, {}, 0}));
    QVERIFY(m_ws->lastError().contains(QStringLiteral("its own journey")));
    // Membership never changes through a property edit.
    QVERIFY(!m_ws->setProperty({EntityType::Step, local.id.value()}, QStringLiteral("journey_id"), other.value()));
    // Details: not its own step, no cycles through sub-journeys.
    QVERIFY(!m_ws->setProperty({EntityType::Journey, other.value()}, QStringLiteral("detail_step_id"), foreignStep.value()));
    QVERIFY(m_ws->setProperty({EntityType::Journey, other.value()}, QStringLiteral("detail_step_id"), local.id.value()));
    QVERIFY(!m_ws->setProperty({EntityType::Journey, m_journey.value()}, QStringLiteral("detail_step_id"), foreignStep.value()));
    QVERIFY(m_ws->lastError().contains(QStringLiteral("sub-journeys")));
    m_ws->undoStack()->undo();
    QCOMPARE(m_ws->undoStack()->index(), index);
    QCOMPARE(dump(), before);
    // Messages speak to the user, not in SQL.
    QVERIFY(!m_ws->lastError().contains(QStringLiteral("INSERT")));
    QVERIFY(!m_ws->lastError().contains(QStringLiteral("UPDATE")));
}

void TestCommands::failedMultiCommandEditIsRolledBack()
{
    const ModelReader reader = m_ws->reader();
    QVERIFY(m_ws->save());
    const QString before = dump();
    const int index = m_ws->undoStack()->index();
    // The step is fine, its second KPI target is not (measure out of range): all or nothing.
    Step step;
    step.journey = m_journey;
    step.name = QStringLiteral("Half");
    step.kpiTargets = {{{}, {}, KpiMeasure::Volume, 10, {}}, {{}, {}, KpiMeasure(42), 1, {}}};
    QVERIFY(!m_ws->addStep(step));
    // A persona whose preferred channels include one that does not exist.
    QVERIFY(!m_ws->addPersona({{}, QStringLiteral("Ghost"), {}, {}, {}, {}, {}, {}, {}, {ChannelId(999)}}));
    // A journey whose main row fails (the detailed step does not exist).
    QVERIFY(!m_ws->addJourney({{}, QStringLiteral("Broken"), JourneyLevel::Task, {}, {}, {}, StepId(999), {}}));
    QCOMPARE(dump(), before);
    QCOMPARE(m_ws->undoStack()->index(), index);
    QCOMPARE(m_ws->undoStack()->count(), index);
    QVERIFY(!m_ws->isModified());
    QVERIFY(!m_ws->undoStack()->canRedo());
}

void TestCommands::changeEventsAreTyped()
{
    QList<ChangeEvent> events;
    connect(m_ws.get(), &Workspace::changed, this, [&events](const ChangeEvent &e) { events << e; });
    const Step step = m_ws->reader().steps(m_journey).first();
    QVERIFY(m_ws->setProperty({EntityType::Step, step.id.value()}, QStringLiteral("name"), QStringLiteral("Browse")));
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().kind, ChangeEvent::Kind::Changed);
    QCOMPARE(events.first().entity, (EntityRef{EntityType::Step, step.id.value()}));
    QCOMPARE(events.first().property, QStringLiteral("name"));

    events.clear();
    QVERIFY(m_ws->remove({EntityType::Step, step.id.value()}));
    QCOMPARE(events.last().kind, ChangeEvent::Kind::Removed);
    QCOMPARE(events.last().entity, (EntityRef{EntityType::Step, step.id.value()}));
    int triggersRemoved = 0;
    for (const ChangeEvent &e : std::as_const(events))
        triggersRemoved += e.kind == ChangeEvent::Kind::Removed && e.entity.type == EntityType::Trigger;
    QCOMPARE(triggersRemoved, 1);

    events.clear();
    m_ws->undoStack()->undo();
    QCOMPARE(events.first().kind, ChangeEvent::Kind::Added);
    QCOMPARE(events.first().entity.type, EntityType::Step);
}

void TestCommands::modifiedFollowsCleanState()
{
    QVERIFY(m_ws->save());
    QVERIFY(!m_ws->isModified());
    QSignalSpy modified(m_ws.get(), &Workspace::modifiedChanged);
    QVERIFY(m_ws->setProperty({EntityType::Journey, m_journey.value()}, QStringLiteral("name"), QStringLiteral("X")));
    QVERIFY(m_ws->isModified());
    QCOMPARE(modified.count(), 1);
    QCOMPARE(modified.last().first().toBool(), true);
    m_ws->undoStack()->undo();
    QVERIFY(!m_ws->isModified());
    QCOMPARE(modified.last().first().toBool(), false);
}

void TestCommands::editIsCommittedImmediately()
{
    // Another connection (as another process would) sees each edit as soon as it is made.
    QString error;
    const QString name = QStringLiteral("observer");
    {
        QSqlDatabase observer = Workspace::openConnection(m_ws->filePath(), name, &error, Workspace::Access::ReadOnly);
        QVERIFY2(observer.isOpen(), qPrintable(error));
        const StepId step = m_ws->addStep({{}, m_journey, {}, StepKind::Outcome, QStringLiteral("Committed"), {}, {}, {}, {}, 1, {}, {}, {}, false, 0, 0, {}});
        QVERIFY(step);
        QCOMPARE(sql::scalar(observer, QStringLiteral("SELECT name FROM step WHERE id = ?"), {step.value()}).toString(),
                 QStringLiteral("Committed"));
        m_ws->undoStack()->undo();
        QVERIFY(!sql::scalar(observer, QStringLiteral("SELECT name FROM step WHERE id = ?"), {step.value()}).isValid());
    }
    Workspace::closeConnection(name);
}

QTEST_GUILESS_MAIN(TestCommands)
#include "tst_commands.moc"
