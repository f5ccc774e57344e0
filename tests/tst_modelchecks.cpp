// Model checks (analysis/ModelChecks): each check finds exactly the flaw built into an
// otherwise clean model, names the right element, and stays silent on the clean model.

#include "TestSupport.h"
#include "analysis/ModelChecks.h"
#include "demo/DemoWorkspace.h"
#include "storage/SqlSupport.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <limits>
#include <memory>
#include <tuple>

using namespace jl;

namespace {

// The flaws the data rows build into the small model.
enum class Flaw {
    UnreachableStep,
    DeadEnd,
    ClosedCycle,
    MissingChannel,
    MissingOwner,
    MissingSource,
    TriggerWithoutKind,
    NoParentInHierarchy,
    TaskDetailsTask,
    UnusedPersona,
    DuplicateStepName,
};

QList<Finding> findingsOf(const QList<Finding> &findings, const QString &check)
{
    QList<Finding> result;
    for (const Finding &finding : findings) {
        if (finding.check == check)
            result << finding;
    }
    return result;
}

} // namespace

Q_DECLARE_METATYPE(Flaw)

class TestModelChecks : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void cleanModelHasNoFindings();
    void checkIdsAreStableAndTitled();
    void findsFlaw_data();
    void findsFlaw();
    void loopJourneyStartsAtFirstStage();
    void singleStepJourneyIsNoDeadEnd();
    void selfLoopWithoutExitIsClosedCycle();
    void deterministicAndSorted();
    void demoFindings();
    void oneJourneyMatchesTheFullRun();

private:
    StepId stepNamed(const QString &name) const;
    TriggerId triggerBetween(const QString &from, const QString &to) const;
    StepId addStep(const QString &name, StepKind kind, const QString &stageName = QStringLiteral("Buy"));
    TriggerId addTrigger(StepId from, StepId to, TriggerKind kind = TriggerKind::CustomerAction);
    QList<Finding> run() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
    JourneyId m_journey;
};

void TestModelChecks::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_ws = test::createWorkspace(*m_dir);
    QVERIFY(m_ws);
    m_journey = test::buildSmallModel(*m_ws);
    QVERIFY(m_journey);
    // A clean model uses the glossary's words (see useCartAsGlossaryTerm).
    QVERIFY(test::useCartAsGlossaryTerm(*m_ws));
}

void TestModelChecks::cleanup()
{
    m_ws.reset();
    m_dir.reset();
}

StepId TestModelChecks::stepNamed(const QString &name) const
{
    return test::stepNamed(*m_ws, m_journey, name);
}

TriggerId TestModelChecks::triggerBetween(const QString &from, const QString &to) const
{
    const StepId fromId = stepNamed(from);
    const StepId toId = stepNamed(to);
    for (const Trigger &trigger : m_ws->reader().triggers(m_journey)) {
        if (trigger.from == fromId && trigger.to == toId)
            return trigger.id;
    }
    return {};
}

StepId TestModelChecks::addStep(const QString &name, StepKind kind, const QString &stageName)
{
    Step step;
    step.journey = m_journey;
    for (const Stage &stage : m_ws->reader().stages(m_journey)) {
        if (stage.name == stageName)
            step.stage = stage.id;
    }
    step.name = name;
    step.kind = kind;
    return m_ws->addStep(step);
}

TriggerId TestModelChecks::addTrigger(StepId from, StepId to, TriggerKind kind)
{
    return m_ws->addTrigger({{}, m_journey, from, to, kind, {}, {}, {}, 0});
}

QList<Finding> TestModelChecks::run() const
{
    try {
        return runModelChecks(m_ws->reader());
    } catch (const SqlError &e) {
        qWarning("runModelChecks: %s", e.what());
        return {};
    }
}

void TestModelChecks::cleanModelHasNoFindings()
{
    const QList<Finding> findings = run();
    for (const Finding &finding : findings)
        qWarning("unexpected: %s %s", qPrintable(finding.check), qPrintable(finding.message));
    QVERIFY(findings.isEmpty());
}

void TestModelChecks::checkIdsAreStableAndTitled()
{
    const QStringList ids = modelCheckIds();
    QCOMPARE(ids,
             QStringList({QStringLiteral("unreachable_step"), QStringLiteral("dead_end"),
                          QStringLiteral("closed_cycle"), QStringLiteral("touchpoint_without_channel"),
                          QStringLiteral("touchpoint_without_owner"), QStringLiteral("touchpoint_without_source"),
                          QStringLiteral("trigger_without_kind"), QStringLiteral("broken_parent_link"),
                          QStringLiteral("unused_persona"), QStringLiteral("duplicate_step_name"),
                          QStringLiteral("glossary_synonym")}));
    for (const QString &id : ids) {
        QVERIFY(!modelCheckTitle(id).isEmpty());
        QVERIFY2(modelCheckTitle(id) != id, qPrintable(id));
    }
}

void TestModelChecks::findsFlaw_data()
{
    QTest::addColumn<Flaw>("flaw");
    QTest::addColumn<QString>("check");

    QTest::newRow("unreachable step") << Flaw::UnreachableStep << QStringLiteral("unreachable_step");
    QTest::newRow("dead end") << Flaw::DeadEnd << QStringLiteral("dead_end");
    QTest::newRow("closed cycle") << Flaw::ClosedCycle << QStringLiteral("closed_cycle");
    QTest::newRow("touchpoint without channel") << Flaw::MissingChannel << QStringLiteral("touchpoint_without_channel");
    QTest::newRow("touchpoint without owner") << Flaw::MissingOwner << QStringLiteral("touchpoint_without_owner");
    QTest::newRow("touchpoint without source") << Flaw::MissingSource << QStringLiteral("touchpoint_without_source");
    QTest::newRow("trigger without kind") << Flaw::TriggerWithoutKind << QStringLiteral("trigger_without_kind");
    QTest::newRow("no parent in a hierarchy") << Flaw::NoParentInHierarchy << QStringLiteral("broken_parent_link");
    QTest::newRow("task details a task step") << Flaw::TaskDetailsTask << QStringLiteral("broken_parent_link");
    QTest::newRow("unused persona") << Flaw::UnusedPersona << QStringLiteral("unused_persona");
    QTest::newRow("duplicate step name") << Flaw::DuplicateStepName << QStringLiteral("duplicate_step_name");
}

void TestModelChecks::findsFlaw()
{
    QFETCH(Flaw, flaw);
    QFETCH(QString, check);

    QVERIFY(findingsOf(run(), check).isEmpty());

    EntityRef expected;
    JourneyId expectedJourney = m_journey;
    QString messagePart; // a piece of the message that names the element
    const auto stepRef = [](StepId id) { return EntityRef{EntityType::Step, id.value()}; };
    switch (flaw) {
    case Flaw::UnreachableStep: {
        // It has an incoming trigger (from itself), so it is no entry, and nothing leads to it.
        const StepId wish = addStep(QStringLiteral("Wish list"), StepKind::CustomerAction);
        QVERIFY(addTrigger(wish, wish));
        QVERIFY(addTrigger(wish, stepNamed(QStringLiteral("Pay"))));
        expected = stepRef(wish);
        messagePart = QStringLiteral("“Wish list” cannot be reached from the start of “Buy online”");
        break;
    }
    case Flaw::DeadEnd: {
        const StepId pickup = stepNamed(QStringLiteral("Pick up in store"));
        QVERIFY(m_ws->setProperty(stepRef(pickup), QStringLiteral("kind"), int(StepKind::Touchpoint)));
        expected = stepRef(pickup);
        messagePart = QStringLiteral("“Pick up in store”");
        break;
    }
    case Flaw::ClosedCycle: {
        // Ship order ⇄ Pick up in store: the customer can never finish.
        const StepId ship = stepNamed(QStringLiteral("Ship order"));
        QVERIFY(addTrigger(stepNamed(QStringLiteral("Pick up in store")), ship));
        expected = stepRef(ship);
        messagePart = QStringLiteral("“Ship order”, “Pick up in store”");
        break;
    }
    case Flaw::MissingChannel: {
        const StepId visit = stepNamed(QStringLiteral("Visit shop"));
        QVERIFY(m_ws->setProperty(stepRef(visit), QStringLiteral("channel_id"), QVariant()));
        expected = stepRef(visit);
        messagePart = QStringLiteral("“Visit shop”");
        break;
    }
    case Flaw::MissingOwner: {
        const StepId pay = stepNamed(QStringLiteral("Pay"));
        QVERIFY(m_ws->setProperty(stepRef(pay), QStringLiteral("owner_id"), QVariant()));
        expected = stepRef(pay);
        messagePart = QStringLiteral("“Pay”");
        break;
    }
    case Flaw::MissingSource: {
        const StepId pay = stepNamed(QStringLiteral("Pay"));
        QVERIFY(m_ws->setProperty(stepRef(pay), QStringLiteral("source_system_id"), QVariant()));
        expected = stepRef(pay);
        messagePart = QStringLiteral("“Pay”");
        break;
    }
    case Flaw::TriggerWithoutKind: {
        const TriggerId trigger = triggerBetween(QStringLiteral("Add to cart"), QStringLiteral("Pay"));
        QVERIFY(trigger);
        QVERIFY(m_ws->setProperty({EntityType::Trigger, trigger.value()}, QStringLiteral("kind"), QVariant()));
        expected = {EntityType::Trigger, trigger.value()};
        messagePart = QStringLiteral("from “Add to cart” to “Pay”");
        break;
    }
    case Flaw::NoParentInHierarchy: {
        // Once there is a lifecycle, "Buy online" should detail one of its steps.
        Journey lifecycle;
        lifecycle.name = QStringLiteral("Customer lifecycle");
        lifecycle.level = JourneyLevel::Lifecycle;
        QVERIFY(m_ws->addJourney(lifecycle));
        expected = {EntityType::Journey, m_journey.value()};
        messagePart = QStringLiteral("“Buy online”");
        break;
    }
    case Flaw::TaskDetailsTask: {
        Journey checkout;
        checkout.name = QStringLiteral("Checkout");
        checkout.level = JourneyLevel::Task;
        checkout.detailsStep = stepNamed(QStringLiteral("Pay"));
        const JourneyId checkoutId = m_ws->addJourney(checkout);
        QVERIFY(checkoutId);
        Step card;
        card.journey = checkoutId;
        card.name = QStringLiteral("Enter card");
        card.kind = StepKind::CustomerAction;
        const StepId cardId = m_ws->addStep(card);
        QVERIFY(cardId);
        Journey cvc;
        cvc.name = QStringLiteral("Card check");
        cvc.level = JourneyLevel::Task;
        cvc.detailsStep = cardId;
        const JourneyId cvcId = m_ws->addJourney(cvc);
        QVERIFY(cvcId);
        expected = {EntityType::Journey, cvcId.value()};
        expectedJourney = cvcId;
        messagePart = QStringLiteral("“Card check”");
        break;
    }
    case Flaw::UnusedPersona: {
        Persona persona;
        persona.name = QStringLiteral("Bargain hunter");
        const PersonaId id = m_ws->addPersona(persona);
        QVERIFY(id);
        expected = {EntityType::Persona, id.value()};
        expectedJourney = {};
        messagePart = QStringLiteral("“Bargain hunter”");
        break;
    }
    case Flaw::DuplicateStepName: {
        // Equal after trimming and case folding; the later step is the duplicate.
        const StepId again = addStep(QStringLiteral("  PAY "), StepKind::Outcome);
        QVERIFY(addTrigger(stepNamed(QStringLiteral("Pay")), again));
        expected = stepRef(again);
        messagePart = QStringLiteral("“  PAY ”");
        break;
    }
    }

    const QList<Finding> found = findingsOf(run(), check);
    QCOMPARE(found.size(), 1);
    const Finding &finding = found.constFirst();
    QCOMPARE(finding.element, expected);
    QCOMPARE(finding.journey, expectedJourney);
    QVERIFY2(finding.message.contains(messagePart), qPrintable(finding.message));
    QVERIFY(!finding.elementName.isEmpty());

    // Undo removes the flaw, and with it the finding.
    while (m_ws->undoStack()->canUndo() && m_ws->undoStack()->index() > 0 && !findingsOf(run(), check).isEmpty())
        m_ws->undoStack()->undo();
    QVERIFY(findingsOf(run(), check).isEmpty());
}

void TestModelChecks::loopJourneyStartsAtFirstStage()
{
    // Every step has an incoming trigger: the journey starts at "Visit shop" (first stage), so
    // nothing is unreachable, but the whole loop has no way out.
    QVERIFY(addTrigger(stepNamed(QStringLiteral("Pick up in store")), stepNamed(QStringLiteral("Visit shop"))));
    const QList<Finding> findings = run();
    QVERIFY(findingsOf(findings, QStringLiteral("unreachable_step")).isEmpty());
    const QList<Finding> cycles = findingsOf(findings, QStringLiteral("closed_cycle"));
    QCOMPARE(cycles.size(), 1);
    QCOMPARE(cycles.constFirst().element,
             (EntityRef{EntityType::Step, stepNamed(QStringLiteral("Visit shop")).value()}));

    // Adding an unreachable step to the loop: reached from nowhere, since the loop's start is
    // "Visit shop" and nothing leads from it to the new step.
    const StepId orphan = addStep(QStringLiteral("Orphan"), StepKind::Outcome, QStringLiteral("Receive"));
    QVERIFY(addTrigger(orphan, orphan));
    const QList<Finding> unreachable = findingsOf(run(), QStringLiteral("unreachable_step"));
    QCOMPARE(unreachable.size(), 1);
    QCOMPARE(unreachable.constFirst().element, (EntityRef{EntityType::Step, orphan.value()}));
}

void TestModelChecks::singleStepJourneyIsNoDeadEnd()
{
    Journey sketch;
    sketch.name = QStringLiteral("Sketch");
    sketch.personas = {m_ws->reader().personas().constFirst().id};
    const JourneyId id = m_ws->addJourney(sketch);
    QVERIFY(id);
    Step only;
    only.journey = id;
    only.name = QStringLiteral("Idea");
    only.kind = StepKind::CustomerAction;
    QVERIFY(m_ws->addStep(only));
    QVERIFY(run().isEmpty());
}

void TestModelChecks::selfLoopWithoutExitIsClosedCycle()
{
    const StepId wait = addStep(QStringLiteral("Waits on hold"), StepKind::CustomerAction);
    QVERIFY(addTrigger(stepNamed(QStringLiteral("Pay")), wait));
    QVERIFY(addTrigger(wait, wait, TriggerKind::Time));
    const QList<Finding> findings = run();
    const QList<Finding> cycles = findingsOf(findings, QStringLiteral("closed_cycle"));
    QCOMPARE(cycles.size(), 1);
    QCOMPARE(cycles.constFirst().element, (EntityRef{EntityType::Step, wait.value()}));
    // It has an outgoing trigger (to itself), so it is a cycle, not a dead end.
    QVERIFY(findingsOf(findings, QStringLiteral("dead_end")).isEmpty());
}

void TestModelChecks::deterministicAndSorted()
{
    // Several flaws in two journeys and one workspace-wide.
    const StepId pay = stepNamed(QStringLiteral("Pay"));
    QVERIFY(m_ws->setProperty({EntityType::Step, pay.value()}, QStringLiteral("owner_id"), QVariant()));
    QVERIFY(m_ws->setProperty({EntityType::Step, pay.value()}, QStringLiteral("channel_id"), QVariant()));
    const StepId visit = stepNamed(QStringLiteral("Visit shop"));
    QVERIFY(m_ws->setProperty({EntityType::Step, visit.value()}, QStringLiteral("owner_id"), QVariant()));
    QVERIFY(addStep(QStringLiteral("Loose end"), StepKind::Backstage));
    Persona persona;
    persona.name = QStringLiteral("Nobody's persona");
    QVERIFY(m_ws->addPersona(persona));
    Journey other;
    other.name = QStringLiteral("Other");
    const JourneyId otherId = m_ws->addJourney(other);
    QVERIFY(otherId);
    for (const char *name : {"A", "a"}) {
        Step step;
        step.journey = otherId;
        step.name = QString::fromLatin1(name);
        step.kind = StepKind::Outcome;
        QVERIFY(m_ws->addStep(step));
    }

    const QList<Finding> first = run();
    const QList<Finding> second = run();
    QCOMPARE(first, second);
    QVERIFY(first.size() >= 6);

    const QStringList order = modelCheckIds();
    for (qsizetype i = 1; i < first.size(); ++i) {
        const Finding &a = first.at(i - 1);
        const Finding &b = first.at(i);
        const qint64 ja = a.journey ? a.journey.value() : std::numeric_limits<qint64>::max();
        const qint64 jb = b.journey ? b.journey.value() : std::numeric_limits<qint64>::max();
        QVERIFY(std::make_tuple(ja, order.indexOf(a.check), a.element.id)
                <= std::make_tuple(jb, order.indexOf(b.check), b.element.id));
    }
    QCOMPARE(first.constLast().check, QStringLiteral("unused_persona"));
    QCOMPARE(first.constFirst().check, QStringLiteral("dead_end")); // "Loose end" leads nowhere
}

void TestModelChecks::demoFindings()
{
    // The demo is the showcase of a well-kept model: the checks find nothing in it.
    QTemporaryDir dir;
    auto workspace = test::createWorkspace(dir, QStringLiteral("demo.jlens"));
    QVERIFY(workspace);
    QString error;
    QVERIFY2(demo::populate(*workspace, &error), qPrintable(error));
    const QList<Finding> findings = runModelChecks(workspace->reader());
    QStringList lines;
    for (const Finding &finding : findings)
        lines << finding.check + QLatin1Char(' ') + finding.message;
    QVERIFY2(findings.isEmpty(), qPrintable(lines.join(QLatin1Char('\n'))));
}

void TestModelChecks::oneJourneyMatchesTheFullRun()
{
    // Flaws in two journeys and a workspace-wide one (an unused persona).
    QVERIFY(m_ws->setProperty({EntityType::Step, stepNamed(QStringLiteral("Pay")).value()}, QStringLiteral("owner_id"),
                              QVariant()));
    Journey other;
    other.name = QStringLiteral("Returns");
    const JourneyId otherId = m_ws->addJourney(other);
    QVERIFY(otherId);
    for (const char *name : {"Print label", "Print label"}) {
        Step step;
        step.journey = otherId;
        step.name = QString::fromLatin1(name);
        QVERIFY(m_ws->addStep(step));
    }
    Persona unused;
    unused.name = QStringLiteral("Nobody");
    QVERIFY(m_ws->addPersona(unused));

    const QList<Finding> all = runModelChecks(m_ws->reader());
    for (const JourneyId journey : {m_journey, otherId}) {
        QList<Finding> expected;
        for (const Finding &finding : all) {
            if (finding.journey == journey)
                expected << finding;
        }
        QVERIFY(!expected.isEmpty());
        QCOMPARE(runModelChecks(m_ws->reader(), journey), expected);
    }
    QVERIFY(std::any_of(all.cbegin(), all.cend(), [](const Finding &f) { return !f.journey.isValid(); }));
}

QTEST_GUILESS_MAIN(TestModelChecks)
#include "tst_modelchecks.moc"
