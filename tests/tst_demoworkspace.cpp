// The bundled demo "Retail: lead to cash": built by code, it must open as a normal workspace
// and show every feature of the model (multi-level journeys, all step and trigger kinds, KPI
// targets, personas with photos, a glossary).

#include "TestSupport.h"
#include "demo/DemoWorkspace.h"
#include "report/WorkspaceSummary.h"

#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace jl;

class TestDemoWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void summary();
    void referenceLists();
    void personas();
    void journeyLevels();
    void stepsAndStages();
    void triggers();
    void glossary();
    void workshopMaterial();
    void populateLeavesCleanUndoStack();
    void existingPathIsNotTouched();

private:
    const Journey *lifecycle() const;

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    QList<Journey> m_journeys;
};

void TestDemoWorkspace::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(QStringLiteral("demo.jlens"));
    QString error;
    QVERIFY2(demo::createDemoWorkspace(path, &error), qPrintable(error));
    QVERIFY(error.isEmpty());
    WorkspaceError openError;
    m_workspace = Workspace::open(path, &openError);
    QVERIFY2(m_workspace, qPrintable(openError.message));
    QVERIFY(!m_workspace->isModified());
    m_journeys = m_workspace->reader().journeys();
}

void TestDemoWorkspace::cleanupTestCase()
{
    m_workspace.reset();
}

const Journey *TestDemoWorkspace::lifecycle() const
{
    for (const Journey &journey : m_journeys) {
        if (journey.level == JourneyLevel::Lifecycle && journey.name == QLatin1String("Customer lifecycle"))
            return &journey;
    }
    return nullptr;
}

void TestDemoWorkspace::workshopMaterial()
{
    // Every persona emotion belongs to a persona of the step's journey (otherwise no lane would
    // show it) and differs from the step's own expected emotion; ideas carry the votes.
    const ModelReader reader = m_workspace->reader();
    int emotions = 0;
    int votes = 0;
    for (const Journey &journey : reader.journeys()) {
        QHash<StepId, int> stepEmotion;
        for (const Step &step : reader.steps(journey.id))
            stepEmotion.insert(step.id, step.emotion);
        for (const PersonaEmotion &emotion : reader.personaEmotions(journey.id)) {
            QVERIFY(journey.personas.contains(emotion.persona));
            QVERIFY(stepEmotion.contains(emotion.step));
            QVERIFY(stepEmotion.value(emotion.step) != emotion.emotion);
            ++emotions;
        }
        for (const WorkshopNote &note : reader.workshopNotes(journey.id)) {
            QVERIFY(!note.text.isEmpty());
            if (note.kind == NoteKind::Pain)
                QCOMPARE(note.votes, 0);
            votes += note.votes;
        }
    }
    QVERIFY(emotions >= 10);
    QVERIFY(votes >= 10);
}

void TestDemoWorkspace::summary()
{
    const WorkspaceSummary s = WorkspaceSummary::read(m_workspace->database());
    QCOMPARE(s.title, QStringLiteral("Retail: lead to cash"));
    QVERIFY(s.schemaVersion > 0);
    QVERIFY(s.personas >= 3);
    QVERIFY(s.journeys >= 5);
    QCOMPARE(s.maxJourneyDepth, 3);
    QVERIFY(s.steps >= 40);
    QVERIFY(s.triggers >= 40);
    QVERIFY(s.channels >= 10);
    QVERIFY(s.departments >= 7);
    QVERIFY(s.owners >= 6);
    QVERIFY(s.sourceSystems >= 7);
    QVERIFY(s.glossaryTerms >= 10);
    // Material from a past workshop: notes with votes and persona emotion curves.
    QVERIFY(s.workshopNotes >= 5);
    QVERIFY(s.votes >= 10);
    QVERIFY(s.kpiTargets >= 10);
    // What `journeylens info --json` prints comes from the same object.
    QCOMPARE(s.toJson().value(QStringLiteral("max_journey_depth")).toInt(), 3);
}

void TestDemoWorkspace::referenceLists()
{
    const ModelReader reader = m_workspace->reader();
    QSet<QString> icons;
    for (const Channel &channel : reader.channels()) {
        QVERIFY(!channel.name.isEmpty());
        QVERIFY2(!channel.icon.isEmpty(), qPrintable(channel.name));
        icons.insert(channel.icon);
    }
    for (const char *icon : {"web", "newsletter", "store", "phone", "chatbot", "email", "marketplace", "social", "app",
                             "voice"})
        QVERIFY2(icons.contains(QString::fromLatin1(icon)), icon);

    QSet<QString> departments;
    for (const Department &department : reader.departments())
        departments.insert(department.name);
    for (const char *name : {"Marketing", "Sales", "E-commerce", "Logistics", "Customer service", "Loyalty", "IT"})
        QVERIFY2(departments.contains(QString::fromLatin1(name)), name);

    for (const SourceSystem &system : reader.sourceSystems())
        QVERIFY2(!system.kind.isEmpty(), qPrintable(system.name));

    const QList<Owner> owners = reader.owners();
    QVERIFY(owners.size() >= 6);
    for (const Owner &owner : owners) {
        QVERIFY2(!owner.role.isEmpty(), qPrintable(owner.name));
        QVERIFY2(reader.department(owner.department).has_value(), qPrintable(owner.name));
    }
}

void TestDemoWorkspace::personas()
{
    const ModelReader reader = m_workspace->reader();
    const QList<Persona> personas = reader.personas();
    QVERIFY(personas.size() >= 3);
    QSet<PersonaId> assigned;
    for (const Journey &journey : std::as_const(m_journeys)) {
        for (PersonaId persona : journey.personas)
            assigned.insert(persona);
    }
    for (const Persona &persona : personas) {
        const QByteArray name = persona.name.toUtf8();
        QVERIFY2(!persona.quote.isEmpty(), name);
        for (const QStringList *list : {&persona.goals, &persona.pains, &persona.needs})
            QVERIFY2(list->size() >= 2 && list->size() <= 4, name);
        QVERIFY2(!persona.preferredChannels.isEmpty(), name);
        QVERIFY2(!persona.segmentRule.isEmpty(), name);
        QVERIFY2(persona.attributes.contains(QStringLiteral("age_band")), name);
        QVERIFY2(persona.attributes.contains(QStringLiteral("household")), name);
        const QImage photo = QImage::fromData(persona.photo);
        QVERIFY2(!photo.isNull(), name);
        QVERIFY2(photo.width() >= 64 && photo.height() >= 64, name);
        QVERIFY2(assigned.contains(persona.id), name);
    }
}

void TestDemoWorkspace::journeyLevels()
{
    const ModelReader reader = m_workspace->reader();
    const Journey *top = lifecycle();
    QVERIFY(top);
    QVERIFY(!top->detailsStep.isValid());
    QVERIFY(reader.stages(top->id).size() >= 6);

    QSet<StepId> lifecycleSteps;
    for (const Step &step : reader.steps(top->id))
        lifecycleSteps.insert(step.id);

    // At least three journeys detail a step of the lifecycle, each with stages of its own.
    const QList<Journey> subJourneys = reader.subJourneys(top->id);
    QVERIFY(subJourneys.size() >= 3);
    QSet<JourneyId> detailing;
    for (const Journey &sub : subJourneys) {
        QCOMPARE(sub.level, JourneyLevel::Journey);
        QVERIFY(lifecycleSteps.contains(sub.detailsStep));
        QCOMPARE(reader.parentJourney(sub.id), top->id);
        const auto stageCount = reader.stages(sub.id).size();
        QVERIFY2(stageCount >= 3 && stageCount <= 5, qPrintable(sub.name));
        detailing.insert(sub.id);
    }

    // One of them is detailed again by a task.
    bool taskFound = false;
    for (const Journey &journey : std::as_const(m_journeys)) {
        if (journey.level != JourneyLevel::Task)
            continue;
        const JourneyId parent = reader.parentJourney(journey.id);
        QVERIFY2(detailing.contains(parent), qPrintable(journey.name));
        const auto step = reader.step(journey.detailsStep);
        QVERIFY(step.has_value());
        QCOMPARE(step->journey, parent);
        taskFound = true;
    }
    QVERIFY(taskFound);
    QCOMPARE(reader.maxJourneyDepth(), 3);
}

void TestDemoWorkspace::stepsAndStages()
{
    const ModelReader reader = m_workspace->reader();
    int steps = 0;
    int withKpis = 0;
    QSet<ChannelId> channels;
    QSet<StepKind> kinds;
    QSet<KpiMeasure> measures;
    for (const Journey &journey : std::as_const(m_journeys)) {
        QVERIFY2(reader.owner(journey.owner).has_value(), qPrintable(journey.name));
        QVERIFY2(!journey.personas.isEmpty(), qPrintable(journey.name));
        QSet<StageId> stages;
        for (const Stage &stage : reader.stages(journey.id))
            stages.insert(stage.id);
        for (const Step &step : reader.steps(journey.id)) {
            const QByteArray name = step.name.toUtf8();
            ++steps;
            QVERIFY2(stages.contains(step.stage), name); // a stage of its own journey
            QVERIFY2(step.emotion >= MinEmotion && step.emotion <= MaxEmotion, name);
            QVERIFY2(!step.description.isEmpty(), name);
            QVERIFY2(step.department.isValid(), name);
            QVERIFY2(step.owner.isValid(), name);
            if (step.channel)
                channels.insert(step.channel);
            kinds.insert(step.kind);
            if (!step.kpiTargets.isEmpty())
                ++withKpis;
            for (const KpiTarget &target : step.kpiTargets) {
                QCOMPARE(target.step, step.id);
                measures.insert(target.measure);
            }
        }
    }
    QVERIFY(steps >= 40);
    QVERIFY(channels.size() >= 8);
    QCOMPARE(kinds.size(), 5);
    QVERIFY(withKpis >= 5);
    for (KpiMeasure measure :
         {KpiMeasure::Conversion, KpiMeasure::Satisfaction, KpiMeasure::TimeToNextStep, KpiMeasure::Revenue})
        QVERIFY2(measures.contains(measure), qPrintable(displayName(measure)));
}

void TestDemoWorkspace::triggers()
{
    const ModelReader reader = m_workspace->reader();
    QSet<TriggerKind> kinds;
    for (const Journey &journey : std::as_const(m_journeys)) {
        QSet<StepId> steps;
        for (const Step &step : reader.steps(journey.id))
            steps.insert(step.id);
        const QList<Trigger> triggers = reader.triggers(journey.id);
        QVERIFY2(triggers.size() >= steps.size() - 1, qPrintable(journey.name)); // a connected flow
        for (const Trigger &trigger : triggers) {
            const QByteArray label = trigger.label.toUtf8();
            QVERIFY2(steps.contains(trigger.from) && steps.contains(trigger.to), label);
            QVERIFY2(trigger.from != trigger.to, label);
            QVERIFY2(!trigger.label.isEmpty(), label);
            QVERIFY2(trigger.expectedDelaySeconds >= 0, label);
            kinds.insert(trigger.kind);
        }
    }
    for (TriggerKind kind : {TriggerKind::CustomerAction, TriggerKind::Time, TriggerKind::Message,
                             TriggerKind::SystemEvent, TriggerKind::AgentAction})
        QVERIFY2(kinds.contains(kind), qPrintable(displayName(kind)));
    QVERIFY(!kinds.contains(TriggerKind::Unspecified));
}

void TestDemoWorkspace::glossary()
{
    const ModelReader reader = m_workspace->reader();
    const QList<GlossaryTerm> terms = reader.glossary();
    QVERIFY(terms.size() >= 10);
    QSet<QString> names;
    for (const GlossaryTerm &term : terms) {
        QVERIFY2(!term.definition.isEmpty(), qPrintable(term.term));
        QVERIFY2(reader.owner(term.owner).has_value(), qPrintable(term.term));
        QVERIFY2(!names.contains(term.term), qPrintable(term.term));
        names.insert(term.term);
    }
    QVERIFY(names.contains(QStringLiteral("Loyalty card")));
    QVERIFY(names.contains(QStringLiteral("Net Promoter Score")));
}

void TestDemoWorkspace::populateLeavesCleanUndoStack()
{
    QTemporaryDir dir;
    auto workspace = test::createWorkspace(dir, QStringLiteral("populated.jlens"));
    QVERIFY(workspace);
    QString error;
    QVERIFY2(demo::populate(*workspace, &error), qPrintable(error));
    QCOMPARE(workspace->undoStack()->count(), 0);
    QVERIFY(workspace->undoStack()->isClean());
    QVERIFY(!workspace->isModified());
    QVERIFY(workspace->reader().count(EntityType::Step) >= 40);
}

void TestDemoWorkspace::existingPathIsNotTouched()
{
    QTemporaryDir dir;
    const auto checksum = [](const QString &path) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return QByteArray();
        return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
    };

    // A file that is not a workspace.
    const QString other = dir.filePath(QStringLiteral("notes.jlens"));
    {
        QFile file(other);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("keep me\n");
    }
    QString error;
    QVERIFY(!demo::createDemoWorkspace(other, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(checksum(other), QCryptographicHash::hash("keep me\n", QCryptographicHash::Sha256));

    // A finished demo is not rebuilt on top of itself.
    const QString existing = dir.filePath(QStringLiteral("demo.jlens"));
    QVERIFY2(demo::createDemoWorkspace(existing, &error), qPrintable(error));
    const QByteArray before = checksum(existing);
    QVERIFY(!before.isEmpty());
    error.clear();
    QVERIFY(!demo::createDemoWorkspace(existing, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(checksum(existing), before);
    QVERIFY(!Workspace::probe(existing));

    // A null error pointer is allowed.
    QVERIFY(!demo::createDemoWorkspace(existing, nullptr));
    QCOMPARE(checksum(existing), before);
}

QTEST_GUILESS_MAIN(TestDemoWorkspace)
#include "tst_demoworkspace.moc"
