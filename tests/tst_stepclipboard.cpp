// StepClipboard: steps and their triggers as JSON for the system clipboard. A round trip keeps
// every field; pasting into another workspace maps references by name and drops unknown ones;
// garbage and hostile JSON is rejected without a crash; duplicate and paste are one undo step.

#include "TestSupport.h"
#include "document/StepClipboard.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUndoStack>

using namespace jl;

class TestStepClipboard : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void roundTrip();
    void collectTakesTriggersAmongSteps();
    void pasteIntoOtherWorkspaceMapsByName();
    void pasteIsOneUndoStep();
    void duplicateIsOneUndoStep();
    void rejectsGarbage_data();
    void rejectsGarbage();

private:
    QList<Step> steps() const { return m_workspace->reader().steps(m_journey); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    JourneyId m_journey;
};

void TestStepClipboard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_workspace = test::createWorkspace(*m_dir);
    QVERIFY(m_workspace);
    m_journey = test::buildSmallModel(*m_workspace);
    QVERIFY(m_journey.isValid());
}

void TestStepClipboard::cleanup()
{
    m_workspace.reset();
    m_dir.reset();
}

void TestStepClipboard::roundTrip()
{
    StepClipboardData data;
    ClipboardStep a;
    a.key = 7;
    a.kind = StepKind::Decision;
    a.name = QStringLiteral("Choose \"delivery\" — äöü");
    a.stage = QStringLiteral("Buy");
    a.channel = QStringLiteral("Web shop");
    a.department = QStringLiteral("E-commerce");
    a.owner = QStringLiteral("Dana Weber");
    a.sourceSystem = QStringLiteral("Shop");
    a.emotion = -2;
    a.description = QStringLiteral("Line one\nline two");
    a.pains = QStringLiteral("slow");
    a.ideas = QStringLiteral("faster");
    a.hasPosition = true;
    a.x = 12.5;
    a.y = 0;
    ClipboardStep b;
    b.key = 9;
    b.name = QStringLiteral("Unplaced");
    data.steps = {a, b};
    data.triggers = {{7, 9, TriggerKind::Message, QStringLiteral("Mail"), QStringLiteral("if opted in"),
                      QStringLiteral("send"), 3600},
                     {9, 7, TriggerKind::Unspecified, {}, {}, {}, 0}};
    const QByteArray json = StepClipboard::serialize(data);
    QString error;
    const auto back = StepClipboard::deserialize(json, &error);
    QVERIFY2(back.has_value(), qPrintable(error));
    QCOMPARE(back->steps, data.steps);
    QCOMPARE(back->triggers, data.triggers);
    QVERIFY(*back == data);
}

void TestStepClipboard::collectTakesTriggersAmongSteps()
{
    const QList<Step> all = steps();
    QVERIFY(all.size() >= 3);
    const QList<StepId> picked{all.at(0).id, all.at(1).id, all.at(2).id};
    const StepClipboardData data = StepClipboard::collect(m_workspace->reader(), picked);
    QCOMPARE(data.steps.size(), 3);
    const QList<Trigger> triggers = m_workspace->reader().triggers(m_journey);
    int among = 0;
    for (const Trigger &t : triggers)
        among += picked.contains(t.from) && picked.contains(t.to) ? 1 : 0;
    QCOMPARE(data.triggers.size(), among);
    QCOMPARE(data.steps.first().name, all.first().name);
    QVERIFY(!data.steps.first().stage.isEmpty());
    // Positions are relative to the group: the smallest is 0.
    double minX = 1e9;
    for (const ClipboardStep &s : data.steps) {
        if (s.hasPosition)
            minX = std::min(minX, s.x);
    }
    if (minX < 1e9)
        QCOMPARE(minX, 0.0);
}

void TestStepClipboard::pasteIntoOtherWorkspaceMapsByName()
{
    const QList<Step> all = steps();
    const StepClipboardData data = StepClipboard::collect(m_workspace->reader(), {all.at(0).id, all.at(1).id});
    const auto parsed = StepClipboard::deserialize(StepClipboard::serialize(data));
    QVERIFY(parsed);

    // Another workspace knows the "Web shop" channel but no other reference and other stages.
    QTemporaryDir otherDir;
    auto other = test::createWorkspace(otherDir, QStringLiteral("other.jlens"));
    QVERIFY(other);
    const ChannelId web = other->addChannel({{}, QStringLiteral("Web shop"), QStringLiteral("web"), {}});
    Journey journey;
    journey.name = QStringLiteral("Elsewhere");
    const JourneyId target = other->addJourney(journey);
    const StageId first = other->addStage({{}, target, QStringLiteral("Somewhere"), 0, {}});
    QVERIFY(web && target && first);

    const int undoBefore = other->undoStack()->index();
    const QList<StepId> created =
        StepClipboard::paste(*other, target, *parsed, QPointF(100, 200), QStringLiteral("Paste"));
    QCOMPARE(created.size(), 2);
    QCOMPARE(other->undoStack()->index(), undoBefore + 1);
    for (int i = 0; i < created.size(); ++i) {
        const auto step = other->reader().step(created.at(i));
        QVERIFY(step);
        QCOMPARE(step->name, all.at(i).name);
        QCOMPARE(step->kind, all.at(i).kind);
        QCOMPARE(step->stage, first); // unknown stage name: the first stage
        QVERIFY(!step->department.isValid());
        QVERIFY(!step->owner.isValid());
        QVERIFY(!step->sourceSystem.isValid());
        const auto channel = m_workspace->reader().channel(all.at(i).channel);
        if (channel && channel->name == QLatin1String("Web shop"))
            QCOMPARE(step->channel, web);
        else
            QVERIFY(!step->channel.isValid()); // unknown channel names are dropped
    }
    QCOMPARE(other->reader().triggers(target).size(), parsed->triggers.size());
}

void TestStepClipboard::pasteIsOneUndoStep()
{
    const QList<Step> before = steps();
    const int triggersBefore = int(m_workspace->reader().triggers(m_journey).size());
    const StepClipboardData data =
        StepClipboard::collect(m_workspace->reader(), {before.at(0).id, before.at(1).id, before.at(2).id});
    const int undoBefore = m_workspace->undoStack()->index();
    const QList<StepId> created =
        StepClipboard::paste(*m_workspace, m_journey, data, QPointF(500, 300), QStringLiteral("Paste"));
    QCOMPARE(created.size(), 3);
    QCOMPARE(m_workspace->undoStack()->index(), undoBefore + 1);
    QCOMPARE(steps().size(), before.size() + 3);
    QCOMPARE(m_workspace->reader().triggers(m_journey).size(), triggersBefore + data.triggers.size());
    for (int i = 0; i < 3; ++i) {
        const auto copy = m_workspace->reader().step(created.at(i));
        QCOMPARE(copy->stage, before.at(i).stage); // same stage by name in the same journey
        QCOMPARE(copy->channel, before.at(i).channel);
    }
    m_workspace->undoStack()->undo();
    QCOMPARE(steps(), before);
    QCOMPARE(m_workspace->reader().triggers(m_journey).size(), triggersBefore);
}

void TestStepClipboard::duplicateIsOneUndoStep()
{
    const QList<Step> before = steps();
    const QList<Trigger> triggersBefore = m_workspace->reader().triggers(m_journey);
    // Give the first step a position and leave the second without.
    QVERIFY(
        m_workspace->setProperties({{{EntityType::Step, before.at(0).id.value()}, QStringLiteral("pos_x"), 40.0},
                                    {{EntityType::Step, before.at(0).id.value()}, QStringLiteral("pos_y"), 60.0},
                                    {{EntityType::Step, before.at(1).id.value()}, QStringLiteral("pos_x"), QVariant()},
                                    {{EntityType::Step, before.at(1).id.value()}, QStringLiteral("pos_y"), QVariant()}},
                                   QStringLiteral("Place")));
    const Step first = *m_workspace->reader().step(before.at(0).id);
    const Step second = *m_workspace->reader().step(before.at(1).id);
    QVERIFY(first.hasPosition);
    const int undoBefore = m_workspace->undoStack()->index();
    const QList<StepId> created =
        StepClipboard::duplicate(*m_workspace, {first.id, second.id}, QPointF(30, 30), QStringLiteral("Duplicate"));
    QCOMPARE(created.size(), 2);
    QCOMPARE(m_workspace->undoStack()->index(), undoBefore + 1);
    const Step copy1 = *m_workspace->reader().step(created.at(0));
    const Step copy2 = *m_workspace->reader().step(created.at(1));
    QCOMPARE(copy1.name, first.name);
    QCOMPARE(copy1.stage, first.stage);
    QCOMPARE(copy1.kind, first.kind);
    QCOMPARE(copy1.channel, first.channel);
    QCOMPARE(copy1.owner, first.owner);
    QCOMPARE(copy1.x, first.x + 30);
    QCOMPARE(copy1.y, first.y + 30);
    QCOMPARE(copy2.hasPosition, second.hasPosition);
    int among = 0;
    for (const Trigger &t : triggersBefore)
        among += (t.from == first.id || t.from == second.id) && (t.to == first.id || t.to == second.id) ? 1 : 0;
    const QList<Trigger> triggersAfter = m_workspace->reader().triggers(m_journey);
    QCOMPARE(triggersAfter.size(), triggersBefore.size() + among);
    if (among > 0) {
        const bool copied = std::any_of(triggersAfter.cbegin(), triggersAfter.cend(),
                                        [&](const Trigger &t) { return t.from == copy1.id && t.to == copy2.id; });
        QVERIFY(copied);
    }
    m_workspace->undoStack()->undo();
    QCOMPARE(steps().size(), before.size());
    QCOMPARE(m_workspace->reader().triggers(m_journey), triggersBefore);
}

void TestStepClipboard::rejectsGarbage_data()
{
    QTest::addColumn<QByteArray>("json");
    const QByteArray header = R"("format":"application/x-journeylens-steps+json","version":1)";
    const auto wrap = [&](const char *rest) -> QByteArray { return "{" + header + "," + QByteArray(rest) + "}"; };
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not json") << QByteArray("\x00\xff\xfe garbage", 12);
    QTest::newRow("truncated") << QByteArray(R"({"format":"application/x-journeylens-steps+json","steps":[{)");
    QTest::newRow("array root") << QByteArray("[1,2,3]");
    QTest::newRow("wrong format") << QByteArray(R"({"format":"text/plain","version":1,"steps":[]})");
    QTest::newRow("wrong version") << QByteArray(
        R"({"format":"application/x-journeylens-steps+json","version":99,"steps":[]})");
    QTest::newRow("steps not array") << wrap(R"("steps":{"a":1})");
    QTest::newRow("step not object") << wrap(R"("steps":[42])");
    QTest::newRow("no key") << wrap(R"("steps":[{"kind":0,"name":"x"}])");
    QTest::newRow("negative key") << wrap(R"("steps":[{"key":-1,"kind":0}])");
    QTest::newRow("duplicate key") << wrap(R"("steps":[{"key":1,"kind":0},{"key":1,"kind":0}])");
    QTest::newRow("bad kind") << wrap(R"("steps":[{"key":1,"kind":99}])");
    QTest::newRow("fraction kind") << wrap(R"("steps":[{"key":1,"kind":0.5}])");
    QTest::newRow("bad emotion") << wrap(R"("steps":[{"key":1,"kind":0,"emotion":7}])");
    QTest::newRow("name not string") << wrap(R"("steps":[{"key":1,"kind":0,"name":{"x":1}}])");
    QTest::newRow("half position") << wrap(R"("steps":[{"key":1,"kind":0,"x":1}])");
    QTest::newRow("huge position") << wrap(R"("steps":[{"key":1,"kind":0,"x":1e300,"y":0}])");
    QTest::newRow("dangling trigger") << wrap(R"("steps":[{"key":1,"kind":0}],"triggers":[{"from":1,"to":2}])");
    QTest::newRow("self trigger") << wrap(R"("steps":[{"key":1,"kind":0}],"triggers":[{"from":1,"to":1}])");
    QTest::newRow("bad trigger kind") << wrap(
        R"("steps":[{"key":1,"kind":0},{"key":2,"kind":0}],"triggers":[{"from":1,"to":2,"kind":12}])");
    QTest::newRow("negative delay") << wrap(
        R"("steps":[{"key":1,"kind":0},{"key":2,"kind":0}],"triggers":[{"from":1,"to":2,"kind":0,"expectedDelaySeconds":-5}])");
    QByteArray deep;
    for (int i = 0; i < 5000; ++i)
        deep += '[';
    QTest::newRow("deep nesting") << deep;
    QByteArray many = "{" + header + R"(,"steps":[)";
    for (int i = 1; i <= StepClipboard::MaxSteps + 1; ++i)
        many += "{\"key\":" + QByteArray::number(i) + ",\"kind\":0},";
    many.chop(1);
    many += "]}";
    QTest::newRow("too many steps") << many;
}

void TestStepClipboard::rejectsGarbage()
{
    QFETCH(QByteArray, json);
    QString error;
    const auto result = StepClipboard::deserialize(json, &error);
    QVERIFY(!result.has_value());
    QVERIFY(!error.isEmpty());
    // Nothing to paste means nothing changes.
    const int undoBefore = m_workspace->undoStack()->index();
    QVERIFY(StepClipboard::paste(*m_workspace, m_journey, {}, QPointF(), QStringLiteral("Paste")).isEmpty());
    QCOMPARE(m_workspace->undoStack()->index(), undoBefore);
}

QTEST_GUILESS_MAIN(TestStepClipboard)
#include "tst_stepclipboard.moc"
