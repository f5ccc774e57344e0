// Stage structure edits (insert, move, rename, delete): one undo step each, positions kept
// dense, cards with stored positions moving with their column, steps of a deleted stage kept.

#include "TestSupport.h"
#include "canvas/StageEditing.h"
#include "storage/CanonicalDump.h"

#include <QMenu>
#include <QTest>
#include <QUndoStack>

using namespace jl;

class TestStageEditing : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void insertRenumbersAndUndoes();
    void moveSwapsAndCardsFollow();
    void moveAtTheEdgeDoesNothing();
    void removeKeepsSteps();
    void removeLastStageLeavesStepsWithoutStage();
    void renameRejectsEmpty();
    void newNameIsFree();
    void menuOffersStageCommands();

private:
    QStringList stageNames() const;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
    JourneyId m_journey;
};

void TestStageEditing::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_ws = test::createWorkspace(*m_dir);
    QVERIFY(m_ws);
    m_journey = test::buildSmallModel(*m_ws);
}

void TestStageEditing::cleanup()
{
    m_ws.reset();
    m_dir.reset();
}

QStringList TestStageEditing::stageNames() const
{
    QStringList names;
    int expected = 0;
    for (const Stage &stage : m_ws->reader().stages(m_journey)) {
        names << stage.name;
        if (stage.position != expected++)
            return {QStringLiteral("positions not dense")};
    }
    return names;
}

void TestStageEditing::insertRenumbersAndUndoes()
{
    const QStringList before = stageNames();
    QCOMPARE(before.size(), 3);
    const QString dump = canonicalDump(m_ws->database());
    const int index = m_ws->undoStack()->index();
    const StageId created = stageediting::insertStage(*m_ws, m_journey, 1, QStringLiteral("Compare"));
    QVERIFY(created);
    QCOMPARE(m_ws->undoStack()->index(), index + 1);
    QCOMPARE(stageNames(), (QStringList{before.at(0), QStringLiteral("Compare"), before.at(1), before.at(2)}));
    // Past the end means last.
    QVERIFY(stageediting::insertStage(*m_ws, m_journey, 99, QStringLiteral("Loyalty")));
    QCOMPARE(stageNames().last(), QStringLiteral("Loyalty"));
    m_ws->undoStack()->undo();
    m_ws->undoStack()->undo();
    QCOMPARE(canonicalDump(m_ws->database()), dump);
}

void TestStageEditing::moveSwapsAndCardsFollow()
{
    const QList<Stage> stages = m_ws->reader().stages(m_journey);
    // Place every card by hand, as after a drag or auto-layout.
    QList<PropertyChange> placed;
    int n = 0;
    for (const Step &step : m_ws->reader().steps(m_journey)) {
        placed.append({{EntityType::Step, step.id.value()}, QStringLiteral("pos_x"), 400.0 + 300.0 * n});
        placed.append({{EntityType::Step, step.id.value()}, QStringLiteral("pos_y"), 120.0});
        ++n;
    }
    QVERIFY(m_ws->setProperties(placed, QStringLiteral("place")));
    QHash<StepId, Step> before;
    for (const Step &step : m_ws->reader().steps(m_journey))
        before.insert(step.id, step);
    const QString dump = canonicalDump(m_ws->database());
    const int index = m_ws->undoStack()->index();

    QVERIFY(stageediting::moveStage(*m_ws, stages.first().id, +1));
    QCOMPARE(m_ws->undoStack()->index(), index + 1);
    QCOMPARE(stageNames(), (QStringList{stages.at(1).name, stages.at(0).name, stages.at(2).name}));
    // The first stage's cards moved right, the second stage's cards left; the third stays.
    for (const Step &step : m_ws->reader().steps(m_journey)) {
        const Step &old = before.value(step.id);
        QCOMPARE(step.y, old.y);
        if (step.stage == stages.at(0).id)
            QVERIFY2(step.x > old.x, qPrintable(step.name));
        else if (step.stage == stages.at(1).id)
            QVERIFY2(step.x < old.x, qPrintable(step.name));
        else
            QCOMPARE(step.x, old.x);
    }
    m_ws->undoStack()->undo();
    QCOMPARE(canonicalDump(m_ws->database()), dump);
}

void TestStageEditing::moveAtTheEdgeDoesNothing()
{
    const QList<Stage> stages = m_ws->reader().stages(m_journey);
    const int index = m_ws->undoStack()->index();
    QVERIFY(!stageediting::moveStage(*m_ws, stages.first().id, -1));
    QVERIFY(!stageediting::moveStage(*m_ws, stages.last().id, +1));
    QCOMPARE(m_ws->undoStack()->index(), index);
}

void TestStageEditing::removeKeepsSteps()
{
    const QList<Stage> stages = m_ws->reader().stages(m_journey);
    const int steps = m_ws->reader().steps(m_journey).size();
    QList<StepId> inSecond;
    for (const Step &step : m_ws->reader().steps(m_journey)) {
        if (step.stage == stages.at(1).id)
            inSecond << step.id;
    }
    QVERIFY(!inSecond.isEmpty());
    const QString dump = canonicalDump(m_ws->database());
    const int index = m_ws->undoStack()->index();

    QVERIFY(stageediting::removeStage(*m_ws, stages.at(1).id));
    QCOMPARE(m_ws->undoStack()->index(), index + 1);
    QCOMPARE(stageNames(), (QStringList{stages.at(0).name, stages.at(2).name}));
    QCOMPARE(m_ws->reader().steps(m_journey).size(), steps);
    for (StepId id : inSecond)
        QCOMPARE(m_ws->reader().step(id)->stage, stages.at(0).id); // went to the stage before
    // The first stage's steps go to the next one.
    QVERIFY(stageediting::removeStage(*m_ws, stages.at(0).id));
    for (StepId id : inSecond)
        QCOMPARE(m_ws->reader().step(id)->stage, stages.at(2).id);
    m_ws->undoStack()->undo();
    m_ws->undoStack()->undo();
    QCOMPARE(canonicalDump(m_ws->database()), dump);
}

void TestStageEditing::removeLastStageLeavesStepsWithoutStage()
{
    for (const Stage &stage : m_ws->reader().stages(m_journey))
        QVERIFY(stageediting::removeStage(*m_ws, stage.id));
    QVERIFY(m_ws->reader().stages(m_journey).isEmpty());
    QCOMPARE(m_ws->reader().steps(m_journey).size(), 5);
    for (const Step &step : m_ws->reader().steps(m_journey))
        QVERIFY(!step.stage);
}

void TestStageEditing::renameRejectsEmpty()
{
    const Stage stage = m_ws->reader().stages(m_journey).first();
    QVERIFY(!stageediting::renameStage(*m_ws, stage.id, QStringLiteral("  ")));
    QCOMPARE(m_ws->reader().stage(stage.id)->name, stage.name);
    QVERIFY(stageediting::renameStage(*m_ws, stage.id, QStringLiteral(" Explore ")));
    QCOMPARE(m_ws->reader().stage(stage.id)->name, QStringLiteral("Explore"));
}

void TestStageEditing::newNameIsFree()
{
    const QString first = stageediting::newStageName(m_ws->reader(), m_journey);
    QVERIFY(!stageNames().contains(first));
    QVERIFY(stageediting::insertStage(*m_ws, m_journey, 0, first));
    const QString second = stageediting::newStageName(m_ws->reader(), m_journey);
    QVERIFY(second != first);
    QVERIFY(!stageNames().contains(second));
}

void TestStageEditing::menuOffersStageCommands()
{
    const QList<Stage> stages = m_ws->reader().stages(m_journey);
    QMenu forStage;
    stageediting::addStageActions(&forStage, nullptr, m_ws.get(), m_journey, stages.first().id);
    QStringList enabled;
    QAction *moveRight = nullptr;
    for (QAction *action : forStage.actions()) {
        if (!action->isSeparator() && action->isEnabled())
            enabled << action->text();
        if (action->text().contains(QStringLiteral("Right")))
            moveRight = action;
    }
    QVERIFY(!enabled.contains(QStringLiteral("Move Stage Left"))); // the first stage
    QVERIFY(enabled.contains(QStringLiteral("Delete Stage")));
    QVERIFY(moveRight);
    moveRight->trigger();
    QCOMPARE(m_ws->reader().stages(m_journey).at(1).id, stages.first().id);

    QMenu forBoard;
    stageediting::addStageActions(&forBoard, nullptr, m_ws.get(), m_journey, {});
    QCOMPARE(forBoard.actions().size(), 1);
    forBoard.actions().first()->trigger();
    QCOMPARE(m_ws->reader().stages(m_journey).size(), 4);
}

QTEST_MAIN(TestStageEditing)
#include "tst_stageediting.moc"
