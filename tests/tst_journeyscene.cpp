// The journey canvas: items drawn for the small model, layout without overlaps, selection
// signals and updates from workspace changes (remove, undo, batches, journey removal).

#include "TestSupport.h"
#include "canvas/CanvasStyle.h"
#include "canvas/JourneyLayout.h"
#include "canvas/JourneyScene.h"
#include "canvas/JourneyView.h"
#include "canvas/LaneItem.h"
#include "canvas/StageColumnItem.h"
#include "canvas/StepItem.h"
#include "canvas/TriggerItem.h"

#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace jl;

class TestJourneyScene : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void drawsTheJourney();
    void cardsDoNotOverlap();
    void laneFollowsKind();
    void cardShowsModelData();
    void selectionEmitsElement();
    void selectElementSelectsAndCentres();
    void removeUpdatesAndUndoRestores();
    void rebuildKeepsSelection();
    void batchOfChangesRebuildsOnce();
    void unrelatedChangesAreIgnored();
    void subJourneyBadge();
    void removedJourneyShowsEmptyState();
    void switchesJourneys();
    void storedPositionsAreKept_data();
    void storedPositionsAreKept();
    void zoom();
    void wheelZoomsAroundCursor();
    void journeyOpensFittedWhileReadable();
    void middleButtonPans();

private:
    StepId stepNamed(const QString &name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<JourneyView> m_view;
    JourneyId m_journey;
};

void TestJourneyScene::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_workspace = test::createWorkspace(*m_dir);
    QVERIFY(m_workspace);
    m_journey = test::buildSmallModel(*m_workspace);
    QVERIFY(m_journey.isValid());
    m_view = std::make_unique<JourneyView>();
    m_view->resize(1200, 800);
    m_view->setWorkspace(m_workspace.get());
    m_view->showJourney(m_journey);
}

void TestJourneyScene::cleanup()
{
    m_view.reset();
    m_workspace.reset();
    m_dir.reset();
}

StepId TestJourneyScene::stepNamed(const QString &name) const
{
    return test::stepNamed(*m_workspace, m_journey, name);
}

void TestJourneyScene::drawsTheJourney()
{
    JourneyScene *scene = m_view->journeyScene();
    QCOMPARE(m_view->journey(), m_journey);
    QVERIFY(scene->hasJourney());
    QCOMPARE(scene->stepItems().size(), 5);
    QCOMPARE(scene->triggerItems().size(), 4);
    QCOMPARE(scene->stageItems().size(), 3);
    QCOMPARE(scene->laneItems().size(), 4);

    // Stage headers in the order of Stage::position, left to right.
    const QList<StageColumnItem *> stages = scene->stageItems();
    QCOMPARE(stages.at(0)->name(), QStringLiteral("Browse"));
    QCOMPARE(stages.at(1)->name(), QStringLiteral("Buy"));
    QCOMPARE(stages.at(2)->name(), QStringLiteral("Receive"));
    QVERIFY(stages.at(0)->headerRect().right() <= stages.at(1)->headerRect().left());
    QVERIFY(stages.at(1)->headerRect().right() <= stages.at(2)->headerRect().left());

    // Every step sits in its stage's column; every arrow joins its cards.
    const QList<Step> steps = m_workspace->reader().steps(m_journey);
    for (const Step &step : steps) {
        const StepItem *item = scene->stepItem(step.id);
        QVERIFY(item);
        const auto column = std::find_if(stages.cbegin(), stages.cend(),
                                         [&](const StageColumnItem *s) { return s->stageId() == step.stage; });
        QVERIFY(column != stages.cend());
        QVERIFY((*column)->sceneBoundingRect().contains(item->sceneCardRect()));
    }
    for (const TriggerItem *trigger : scene->triggerItems()) {
        const QRectF from = scene->stepItem(trigger->fromStep())->sceneCardRect();
        const QRectF to = scene->stepItem(trigger->toStep())->sceneCardRect();
        QVERIFY(from.adjusted(-1, -1, 1, 1).contains(trigger->startPoint()));
        QVERIFY(to.adjusted(-4, -4, 4, 4).contains(trigger->endPoint()));
        QVERIFY(!trigger->path().isEmpty());
    }
}

void TestJourneyScene::cardsDoNotOverlap()
{
    const QList<StepItem *> items = m_view->journeyScene()->stepItems();
    for (int i = 0; i < items.size(); ++i) {
        for (int j = i + 1; j < items.size(); ++j)
            QVERIFY2(!items.at(i)->sceneCardRect().intersects(items.at(j)->sceneCardRect()),
                     qPrintable(items.at(i)->card().title + QStringLiteral(" / ") + items.at(j)->card().title));
    }
}

void TestJourneyScene::laneFollowsKind()
{
    QCOMPARE(laneForStepKind(StepKind::CustomerAction), BlueprintLane::CustomerActions);
    QCOMPARE(laneForStepKind(StepKind::Decision), BlueprintLane::CustomerActions);
    QCOMPARE(laneForStepKind(StepKind::Outcome), BlueprintLane::CustomerActions);
    QCOMPARE(laneForStepKind(StepKind::Touchpoint), BlueprintLane::Frontstage);
    QCOMPARE(laneForStepKind(StepKind::Backstage), BlueprintLane::Backstage);

    JourneyScene *scene = m_view->journeyScene();
    const auto laneRect = [scene](BlueprintLane lane) {
        for (const LaneItem *item : scene->laneItems()) {
            if (item->lane() == lane)
                return item->laneRect();
        }
        return QRectF();
    };
    const auto inLane = [&](const QString &step, BlueprintLane lane) {
        return laneRect(lane).contains(scene->stepItem(stepNamed(step))->sceneCardRect());
    };
    QVERIFY(inLane(QStringLiteral("Visit shop"), BlueprintLane::Frontstage));
    QVERIFY(inLane(QStringLiteral("Add to cart"), BlueprintLane::CustomerActions));
    QVERIFY(inLane(QStringLiteral("Ship order"), BlueprintLane::Backstage));
    QVERIFY(inLane(QStringLiteral("Pick up in store"), BlueprintLane::CustomerActions));
    QVERIFY(!laneRect(BlueprintLane::Support).isEmpty());
}

void TestJourneyScene::cardShowsModelData()
{
    const StepItem *visit = m_view->journeyScene()->stepItem(stepNamed(QStringLiteral("Visit shop")));
    QVERIFY(visit);
    QCOMPARE(visit->card().title, QStringLiteral("Visit shop"));
    QCOMPARE(visit->card().channelIcon, QStringLiteral("web"));
    QCOMPARE(visit->card().channelName, QStringLiteral("Web shop"));
    QCOMPARE(StepItem::initials(visit->card().ownerName), QStringLiteral("DW"));

    // A property change reaches the card.
    QVERIFY(m_workspace->setProperty(visit->ref(), QStringLiteral("emotion"), 2));
    QTRY_COMPARE(m_view->journeyScene()->stepItem(stepNamed(QStringLiteral("Visit shop")))->card().emotion, 2);
}

void TestJourneyScene::selectionEmitsElement()
{
    JourneyScene *scene = m_view->journeyScene();
    QSignalSpy spy(m_view.get(), &JourneyView::elementSelected);

    StepItem *cart = scene->stepItem(stepNamed(QStringLiteral("Add to cart")));
    cart->setSelected(true);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).value<EntityRef>(), (EntityRef{EntityType::Step, cart->stepId().value()}));

    TriggerItem *trigger = scene->triggerItems().first();
    scene->selectElement(trigger->ref());
    QCOMPARE(spy.size(), 2); // straight from one element to the other, no "nothing" in between
    QCOMPARE(spy.at(1).at(0).value<EntityRef>(), trigger->ref());
    QVERIFY(!cart->isSelected());

    scene->clearSelection();
    QCOMPARE(spy.size(), 3);
    QVERIFY(!spy.at(2).at(0).value<EntityRef>().isValid());
}

void TestJourneyScene::selectElementSelectsAndCentres()
{
    m_view->resize(400, 300);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->resetZoom();
    QSignalSpy spy(m_view.get(), &JourneyView::elementSelected);
    const StepId pay = stepNamed(QStringLiteral("Pay")); // in the middle: the view can centre it
    const EntityRef ref{EntityType::Step, pay.value()};
    m_view->selectElement(ref);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).value<EntityRef>(), ref);
    const StepItem *item = m_view->journeyScene()->stepItem(pay);
    QVERIFY(item->isSelected());
    const QPointF centre = m_view->mapToScene(m_view->viewport()->rect().center());
    QVERIFY2(QLineF(centre, item->sceneCardRect().center()).length() < 4, "the view centres on the element");

    m_view->selectElement({});
    QCOMPARE(spy.size(), 2);
    QVERIFY(!item->isSelected());
}

void TestJourneyScene::removeUpdatesAndUndoRestores()
{
    JourneyScene *scene = m_view->journeyScene();
    const StepId pay = stepNamed(QStringLiteral("Pay"));
    QVERIFY(scene->stepItem(pay));
    QList<TriggerId> payTriggers;
    for (const TriggerItem *trigger : scene->triggerItems()) {
        if (trigger->fromStep() == pay || trigger->toStep() == pay)
            payTriggers.append(trigger->triggerId());
    }
    QCOMPARE(payTriggers.size(), 2);

    QVERIFY(m_workspace->remove({EntityType::Step, pay.value()}));
    QTRY_COMPARE(scene->stepItems().size(), 4);
    QCOMPARE(scene->triggerItems().size(), 2);
    QVERIFY(!scene->stepItem(pay));
    for (TriggerId trigger : std::as_const(payTriggers))
        QVERIFY(!scene->triggerItem(trigger));

    m_workspace->undoStack()->undo();
    QTRY_COMPARE(scene->stepItems().size(), 5);
    QCOMPARE(scene->triggerItems().size(), 4);
    QVERIFY(scene->stepItem(pay));
    for (TriggerId trigger : std::as_const(payTriggers))
        QVERIFY(scene->triggerItem(trigger));
}

void TestJourneyScene::rebuildKeepsSelection()
{
    JourneyScene *scene = m_view->journeyScene();
    const StepId visit = stepNamed(QStringLiteral("Visit shop"));
    m_view->selectElement({EntityType::Step, visit.value()});
    QSignalSpy selected(m_view.get(), &JourneyView::elementSelected);
    QSignalSpy rebuilt(scene, &JourneyScene::rebuilt);

    QVERIFY(m_workspace->setProperty({EntityType::Step, visit.value()}, QStringLiteral("name"),
                                     QStringLiteral("Browse shop")));
    QTRY_COMPARE(rebuilt.size(), 1);
    QVERIFY(scene->stepItem(visit)->isSelected());
    QCOMPARE(scene->stepItem(visit)->card().title, QStringLiteral("Browse shop"));
    QCOMPARE(selected.size(), 0); // the same element stays selected: nothing to tell

    // Removing the selected step clears the selection.
    QVERIFY(m_workspace->remove({EntityType::Step, visit.value()}));
    QTRY_COMPARE(selected.size(), 1);
    QVERIFY(!selected.at(0).at(0).value<EntityRef>().isValid());
}

void TestJourneyScene::batchOfChangesRebuildsOnce()
{
    JourneyScene *scene = m_view->journeyScene();
    QSignalSpy rebuilt(scene, &JourneyScene::rebuilt);
    const QList<Step> steps = m_workspace->reader().steps(m_journey);
    for (int round = 0; round < 20; ++round) {
        for (const Step &step : steps)
            QVERIFY(m_workspace->setProperty({EntityType::Step, step.id.value()}, QStringLiteral("emotion"),
                                             (round % 5) - 2));
    }
    QCOMPARE(rebuilt.size(), 0); // not before the event loop runs
    QTRY_COMPARE(rebuilt.size(), 1);
    QTest::qWait(20);
    QCOMPARE(rebuilt.size(), 1);
}

void TestJourneyScene::unrelatedChangesAreIgnored()
{
    JourneyScene *scene = m_view->journeyScene();
    QSignalSpy rebuilt(scene, &JourneyScene::rebuilt);

    Persona persona;
    persona.name = QStringLiteral("Bargain hunter");
    QVERIFY(m_workspace->addPersona(persona).isValid());
    Journey other;
    other.name = QStringLiteral("Return an item");
    const JourneyId otherId = m_workspace->addJourney(other);
    QVERIFY(otherId.isValid());
    const StageId otherStage = m_workspace->addStage({{}, otherId, QStringLiteral("Return"), 0, {}});
    Step step;
    step.journey = otherId;
    step.stage = otherStage;
    step.name = QStringLiteral("Print label");
    QVERIFY(m_workspace->addStep(step).isValid());
    QTest::qWait(20);
    QCOMPARE(rebuilt.size(), 0);
    QCOMPARE(scene->stepItems().size(), 5);

    // A step added to the shown journey is drawn.
    step.journey = m_journey;
    step.stage = {};
    step.name = QStringLiteral("Unsorted idea");
    const StepId added = m_workspace->addStep(step);
    QTRY_COMPARE(scene->stepItems().size(), 6);
    QVERIFY(scene->stepItem(added));
    QCOMPARE(scene->stageItems().size(), 4); // a column for steps without a stage
    QVERIFY(!scene->stageItems().last()->stageId().isValid());
}

void TestJourneyScene::subJourneyBadge()
{
    JourneyScene *scene = m_view->journeyScene();
    const StepId pay = stepNamed(QStringLiteral("Pay"));
    QVERIFY(scene->stepItem(pay)->card().subJourneys.isEmpty());

    Journey detail;
    detail.name = QStringLiteral("Checkout");
    detail.level = JourneyLevel::Task;
    detail.detailsStep = pay;
    const JourneyId detailId = m_workspace->addJourney(detail);
    QVERIFY(detailId.isValid());
    QTRY_COMPARE(scene->stepItem(pay)->card().subJourneys, QStringList{QStringLiteral("Checkout")});

    QVERIFY(m_workspace->remove({EntityType::Journey, detailId.value()}));
    QTRY_VERIFY(scene->stepItem(pay)->card().subJourneys.isEmpty());
}

void TestJourneyScene::removedJourneyShowsEmptyState()
{
    QSignalSpy changed(m_view->journeyScene(), &JourneyScene::journeyChanged);
    QVERIFY(m_workspace->remove({EntityType::Journey, m_journey.value()}));
    QTRY_VERIFY(!m_view->journeyScene()->hasJourney());
    QVERIFY(!m_view->journey().isValid());
    QCOMPARE(changed.size(), 1);
    QVERIFY(m_view->journeyScene()->items().isEmpty());

    m_view->showJourney({});
    QVERIFY(m_view->journeyScene()->items().isEmpty());
    m_view->setWorkspace(nullptr);
    QVERIFY(!m_view->journeyScene()->hasJourney());
}

void TestJourneyScene::switchesJourneys()
{
    Journey other;
    other.name = QStringLiteral("Return an item");
    const JourneyId otherId = m_workspace->addJourney(other);
    Step step;
    step.journey = otherId;
    step.stage = m_workspace->addStage({{}, otherId, QStringLiteral("Return"), 0, {}});
    step.name = QStringLiteral("Print label");
    QVERIFY(m_workspace->addStep(step).isValid());

    JourneyScene *scene = m_view->journeyScene();
    m_view->selectElement(scene->stepItems().first()->ref());
    QSignalSpy selected(m_view.get(), &JourneyView::elementSelected);
    QSignalSpy changed(scene, &JourneyScene::journeyChanged);
    m_view->showJourney(otherId);
    QCOMPARE(m_view->journey(), otherId);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(scene->stepItems().size(), 1);
    QCOMPARE(scene->triggerItems().size(), 0);
    QCOMPARE(scene->stageItems().size(), 1);
    QCOMPARE(selected.size(), 1); // the old journey's selection is gone
    QVERIFY(!selected.at(0).at(0).value<EntityRef>().isValid());

    m_view->showJourney(m_journey);
    QCOMPARE(scene->stepItems().size(), 5);
    m_view->showJourney(m_journey); // again: nothing to do
    QCOMPARE(changed.size(), 2);
}

void TestJourneyScene::storedPositionsAreKept_data()
{
    QTest::addColumn<QPointF>("position");
    QTest::newRow("inside the first auto slot") << QPointF(canvas::LabelColumnWidth + 50, canvas::HeaderHeight + 30);
    QTest::newRow("far away") << QPointF(3000, 2000);
    QTest::newRow("negative") << QPointF(-400, -300);
}

void TestJourneyScene::storedPositionsAreKept()
{
    QFETCH(QPointF, position);
    const StageId a(1), b(2);
    QList<JourneyLayout::StepInput> steps;
    steps.append({StepId(10), a, StepKind::CustomerAction, true, position});
    for (int i = 1; i <= 6; ++i)
        steps.append({StepId(i), i % 2 ? a : b, StepKind(i % 5), false, {}});
    const JourneyLayout layout = JourneyLayout::compute({a, b}, steps);

    QCOMPARE(layout.cardRect(StepId(10)).topLeft(), position);
    const QList<QRectF> cards = layout.cards().values();
    QCOMPARE(cards.size(), 7);
    for (int i = 0; i < cards.size(); ++i) {
        for (int j = i + 1; j < cards.size(); ++j)
            QVERIFY(!cards.at(i).intersects(cards.at(j)));
    }
    QVERIFY(layout.contentRect().contains(layout.cardRect(StepId(10))));
    // Lanes are stacked without gaps and span the board.
    for (int i = 1; i < layout.lanes().size(); ++i)
        QCOMPARE(layout.lanes().at(i).rect.top(), layout.lanes().at(i - 1).rect.bottom());
}

void TestJourneyScene::zoom()
{
    m_view->resetZoom(); // a journey opens fitted to the (tiny, hidden) view
    QSignalSpy spy(m_view.get(), &JourneyView::zoomChanged);
    m_view->zoomIn();
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).toDouble(), 1.25);
    m_view->zoomOut();
    QCOMPARE(m_view->zoomFactor(), 1.0);
    for (int i = 0; i < 30; ++i)
        m_view->zoomOut();
    QCOMPARE(m_view->zoomFactor(), JourneyView::MinZoom);
    m_view->resetZoom();
    QCOMPARE(m_view->zoomFactor(), 1.0);

    m_view->resize(500, 400);
    m_view->zoomToFit();
    QVERIFY(m_view->zoomFactor() < 1.0);
    const QRectF visible = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    QVERIFY(visible.adjusted(-1, -1, 1, 1).contains(m_view->journeyScene()->contentRect()));
}

void TestJourneyScene::wheelZoomsAroundCursor()
{
    m_view->resize(800, 600);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->resetZoom();
    QSignalSpy spy(m_view.get(), &JourneyView::zoomChanged);
    const QPointF cursor(300, 200);
    const QPointF before = m_view->mapToScene(cursor.toPoint());

    QWheelEvent zoomIn(cursor, m_view->viewport()->mapToGlobal(cursor), QPoint(), QPoint(0, 120), Qt::NoButton,
                       Qt::ControlModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(m_view->viewport(), &zoomIn);
    QCOMPARE(spy.size(), 1);
    QVERIFY(m_view->zoomFactor() > 1.1);
    QVERIFY(QLineF(m_view->mapToScene(cursor.toPoint()), before).length() < 2); // the point under the cursor stays

    // Without Ctrl the wheel scrolls.
    const int scroll = m_view->verticalScrollBar()->value();
    QWheelEvent scrollDown(cursor, m_view->viewport()->mapToGlobal(cursor), QPoint(), QPoint(0, -120), Qt::NoButton,
                           Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(m_view->viewport(), &scrollDown);
    QCOMPARE(spy.size(), 1);
    QVERIFY(m_view->verticalScrollBar()->value() > scroll);
}

void TestJourneyScene::journeyOpensFittedWhileReadable()
{
    // A small journey in a large view opens at 100 %; in a small view it shrinks, but never
    // below a readable zoom.
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->showJourney({});
    m_view->resize(3000, 2000);
    QCoreApplication::processEvents();
    m_view->showJourney(m_journey);
    QCOMPARE(m_view->zoomFactor(), 1.0);
    m_view->showJourney({});
    m_view->resize(200, 150);
    QCoreApplication::processEvents();
    m_view->showJourney(m_journey);
    QCOMPARE(m_view->zoomFactor(), 0.6);
}

void TestJourneyScene::middleButtonPans()
{
    m_view->resize(500, 400);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->resetZoom();
    QWidget *viewport = m_view->viewport();
    const QPoint start(250, 200);
    // Start on a card: the middle button pans all the same and selects nothing.
    const StepItem *pay = m_view->journeyScene()->stepItem(stepNamed(QStringLiteral("Pay")));
    m_view->centerOn(pay->sceneCardRect().center());
    const int h = m_view->horizontalScrollBar()->value();
    const int v = m_view->verticalScrollBar()->value();
    QTest::mousePress(viewport, Qt::MiddleButton, {}, start);
    QMouseEvent move(QEvent::MouseMove, QPointF(start - QPoint(60, 40)),
                     viewport->mapToGlobal(QPointF(start - QPoint(60, 40))), Qt::NoButton, Qt::MiddleButton,
                     Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &move);
    QTest::mouseRelease(viewport, Qt::MiddleButton, {}, start - QPoint(60, 40));
    QCOMPARE(m_view->horizontalScrollBar()->value(), h + 60);
    QCOMPARE(m_view->verticalScrollBar()->value(), v + 40);
    QVERIFY(m_view->journeyScene()->selectedItems().isEmpty());
    // Back to the select tool's rubber band.
    QCOMPARE(m_view->dragMode(), QGraphicsView::RubberBandDrag);
    QVERIFY(m_view->isInteractive());
}

QTEST_MAIN(TestJourneyScene)
#include "tst_journeyscene.moc"
