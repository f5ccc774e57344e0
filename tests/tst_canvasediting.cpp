// Editing on the journey canvas, driven by mouse and keyboard on the view: moving cards (one,
// several, into another stage), adding steps, connecting cards, deleting and renaming, each
// as one undo step; and a random sequence of edits, undos and redos after which the scene
// still agrees with the model.

#include "TestSupport.h"
#include "canvas/CanvasStyle.h"
#include "canvas/EmotionLaneItem.h"
#include "canvas/JourneyScene.h"
#include "canvas/JourneyView.h"
#include "canvas/LaneItem.h"
#include "canvas/StageColumnItem.h"
#include "canvas/StepItem.h"
#include "canvas/TriggerItem.h"
#include "document/StepClipboard.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QRandomGenerator>
#include <QTest>
#include <QUndoStack>

using namespace jl;

namespace {

Step newest(const QList<Step> &steps)
{
    return *std::max_element(steps.cbegin(), steps.cend(), [](const Step &a, const Step &b) { return a.id < b.id; });
}

} // namespace

class TestCanvasEditing : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void cardsAreMovable();
    void moveOneCard();
    void moveSeveralCards();
    void clickDoesNotMove();
    void arrowKeysNudge();
    void dragIntoAnotherStage();
    void rubberBandSelects();
    void doubleClickAddsStep_data();
    void doubleClickAddsStep();
    void addStepTool();
    void keyboardAddsStep();
    void connectByHandle();
    void connectWithAltAndTool();
    void connectCancels();
    void deleteSelection();
    void contextMenu();
    void renameStep();
    void renameTrigger();
    void duplicateSelection();
    void copyAndPaste();
    void pasteIntoAnotherJourney();
    void randomEditsKeepSceneInSync();

private:
    StepId stepNamed(const QString &name) const;
    StageId stageNamed(const QString &name) const;
    std::optional<Step> step(StepId id) const { return m_workspace->reader().step(id); }
    JourneyScene *scene() const { return m_view->journeyScene(); }
    QWidget *viewport() const { return m_view->viewport(); }
    QPoint viewPoint(const QPointF &scenePos) const { return m_view->mapFromScene(scenePos); }
    void drag(const QPoint &from, const QPoint &to, Qt::KeyboardModifiers modifiers = {}, bool release = true);
    void settle();
    void verifySceneMatchesModel();
    // Undo steps up to the current one (count() would also hold the undone ones).
    int undoCount() const { return m_workspace->undoStack()->index(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<JourneyView> m_view;
    JourneyId m_journey;
};

void TestCanvasEditing::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_workspace = test::createWorkspace(*m_dir);
    QVERIFY(m_workspace);
    m_journey = test::buildSmallModel(*m_workspace);
    QVERIFY(m_journey.isValid());
    m_view = std::make_unique<JourneyView>();
    m_view->resize(1400, 900);
    m_view->setWorkspace(m_workspace.get());
    m_view->showJourney(m_journey);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    m_view->setFocus();
    m_view->resetZoom();
    // Clicks of one test must not pair with the last one into a double-click.
    QTest::qWait(QApplication::doubleClickInterval() / 4);
}

void TestCanvasEditing::cleanup()
{
    m_view.reset();
    m_workspace.reset();
    m_dir.reset();
}

StepId TestCanvasEditing::stepNamed(const QString &name) const
{
    return test::stepNamed(*m_workspace, m_journey, name);
}

StageId TestCanvasEditing::stageNamed(const QString &name) const
{
    const QList<Stage> stages = m_workspace->reader().stages(m_journey);
    for (const Stage &s : stages) {
        if (s.name == name)
            return s.id;
    }
    return {};
}

void TestCanvasEditing::drag(const QPoint &from, const QPoint &to, Qt::KeyboardModifiers modifiers, bool release)
{
    QTest::mousePress(viewport(), Qt::LeftButton, modifiers, from);
    // QTest::mouseMove sends no button state: a drag needs moves with the button held.
    constexpr int Steps = 6;
    for (int i = 1; i <= Steps; ++i) {
        const QPointF at = QPointF(from) + QPointF(to - from) * (qreal(i) / Steps);
        QMouseEvent move(QEvent::MouseMove, at, viewport()->mapToGlobal(at), Qt::NoButton, Qt::LeftButton, modifiers);
        QApplication::sendEvent(viewport(), &move);
    }
    if (release)
        QTest::mouseRelease(viewport(), Qt::LeftButton, modifiers, to);
}

void TestCanvasEditing::settle()
{
    QTRY_VERIFY(!scene()->isRebuildPending());
}

void TestCanvasEditing::verifySceneMatchesModel()
{
    const ModelReader reader = m_workspace->reader();
    const QList<Step> steps = reader.steps(m_journey);
    const QList<Trigger> triggers = reader.triggers(m_journey);
    QCOMPARE(scene()->stepItems().size(), steps.size());
    QCOMPARE(scene()->triggerItems().size(), triggers.size());
    for (const Step &s : steps) {
        const StepItem *item = scene()->stepItem(s.id);
        QVERIFY2(item, qPrintable(s.name));
        QCOMPARE(item->card().title, s.name);
        if (s.hasPosition)
            QCOMPARE(item->pos(), QPointF(s.x, s.y));
    }
    for (const Trigger &t : triggers) {
        const TriggerItem *item = scene()->triggerItem(t.id);
        QVERIFY(item);
        QCOMPARE(item->fromStep(), t.from);
        QCOMPARE(item->toStep(), t.to);
        QCOMPARE(item->label(), t.label.simplified());
    }
    // Nothing else: no leftover previews, editors or stale items.
    for (const QGraphicsItem *item : scene()->items()) {
        const int type = item->type();
        QVERIFY(type == StepItem::Type || type == TriggerItem::Type || type == StageColumnItem::Type
                || type == LaneItem::Type || type == EmotionLaneItem::Type);
    }
    QCOMPARE(scene()->items().size(), steps.size() + triggers.size() + scene()->stageItems().size()
                                          + scene()->laneItems().size() + scene()->emotionLaneItems().size());
}

void TestCanvasEditing::cardsAreMovable()
{
    for (const StepItem *item : scene()->stepItems())
        QVERIFY(item->flags() & QGraphicsItem::ItemIsMovable);
    QCOMPARE(m_view->dragMode(), QGraphicsView::RubberBandDrag);
    QCOMPARE(m_view->tool(), CanvasTool::Select);
    QCOMPARE(m_view->editActions().size(), 9);
    QCOMPARE(m_view->toolActions().size(), 3);
}

void TestCanvasEditing::moveOneCard()
{
    const StepId pay = stepNamed(QStringLiteral("Pay"));
    QVERIFY(!step(pay)->hasPosition);
    const QPointF before = scene()->stepItem(pay)->pos();
    const QPoint start = viewPoint(scene()->stepItem(pay)->sceneCardRect().center());
    const int undo = undoCount();

    drag(start, start + QPoint(40, 24));
    // Where it was dropped, before and after the rebuild: no jump back.
    QCOMPARE(scene()->stepItem(pay)->pos(), before + QPointF(40, 24));
    QCOMPARE(undoCount(), undo + 1);
    std::optional<Step> moved = step(pay);
    QVERIFY(moved->hasPosition);
    QCOMPARE(QPointF(moved->x, moved->y), before + QPointF(40, 24));
    settle();
    QCOMPARE(scene()->stepItem(pay)->pos(), before + QPointF(40, 24));
    QVERIFY(scene()->stepItem(pay)->isSelected());
    // The arrows follow the card.
    for (const TriggerItem *trigger : scene()->triggerItems()) {
        if (trigger->toStep() == pay)
            QVERIFY(scene()->stepItem(pay)->sceneCardRect().adjusted(-4, -4, 4, 4).contains(trigger->endPoint()));
    }

    m_workspace->undoStack()->undo();
    settle();
    QVERIFY(!step(pay)->hasPosition);
    QCOMPARE(scene()->stepItem(pay)->pos(), before);
    QCOMPARE(m_workspace->undoStack()->undoText(), m_workspace->undoStack()->command(undo - 1)->text());
    verifySceneMatchesModel();
}

void TestCanvasEditing::moveSeveralCards()
{
    const StepId pay = stepNamed(QStringLiteral("Pay"));
    const StepId visit = stepNamed(QStringLiteral("Visit shop"));
    const StepId ship = stepNamed(QStringLiteral("Ship order"));
    const QPointF payBefore = scene()->stepItem(pay)->pos();
    const QPointF visitBefore = scene()->stepItem(visit)->pos();
    const QPointF shipBefore = scene()->stepItem(ship)->pos();
    scene()->stepItem(pay)->setSelected(true);
    scene()->stepItem(visit)->setSelected(true);
    const int undo = undoCount();

    drag(viewPoint(scene()->stepItem(pay)->sceneCardRect().center()),
         viewPoint(scene()->stepItem(pay)->sceneCardRect().center()) + QPoint(20, 30));
    QCOMPARE(undoCount(), undo + 1);
    QCOMPARE(QPointF(step(pay)->x, step(pay)->y), payBefore + QPointF(20, 30));
    QCOMPARE(QPointF(step(visit)->x, step(visit)->y), visitBefore + QPointF(20, 30));
    QVERIFY(!step(ship)->hasPosition);
    settle();
    QCOMPARE(scene()->stepItem(visit)->pos(), visitBefore + QPointF(20, 30));
    QCOMPARE(scene()->stepItem(ship)->pos(), shipBefore);
    QCOMPARE(scene()->selectedItems().size(), 2);

    m_workspace->undoStack()->undo();
    settle();
    QVERIFY(!step(pay)->hasPosition);
    QVERIFY(!step(visit)->hasPosition);
    verifySceneMatchesModel();
}

void TestCanvasEditing::clickDoesNotMove()
{
    const StepId pay = stepNamed(QStringLiteral("Pay"));
    const int undo = undoCount();
    QTest::mouseClick(viewport(), Qt::LeftButton, {}, viewPoint(scene()->stepItem(pay)->sceneCardRect().center()));
    QCOMPARE(undoCount(), undo);
    QCOMPARE(scene()->selectedElement(), (EntityRef{EntityType::Step, pay.value()}));
}

void TestCanvasEditing::arrowKeysNudge()
{
    const StepId pay = stepNamed(QStringLiteral("Pay"));
    const QPointF before = scene()->stepItem(pay)->pos();
    m_view->selectElement({EntityType::Step, pay.value()});
    const int undo = undoCount();
    QTest::keyClick(m_view.get(), Qt::Key_Right);
    settle();
    QTest::keyClick(m_view.get(), Qt::Key_Right);
    settle();
    QTest::keyClick(m_view.get(), Qt::Key_Down, Qt::ShiftModifier);
    settle();
    QCOMPARE(QPointF(step(pay)->x, step(pay)->y), before + QPointF(20, 1));
    QCOMPARE(scene()->stepItem(pay)->pos(), before + QPointF(20, 1));
    QCOMPARE(undoCount(), undo + 1); // the nudges merged
    QVERIFY(scene()->stepItem(pay)->isSelected());
    m_workspace->undoStack()->undo();
    QVERIFY(!step(pay)->hasPosition);
}

void TestCanvasEditing::dragIntoAnotherStage()
{
    const StepId visit = stepNamed(QStringLiteral("Visit shop"));
    const StageId buy = stageNamed(QStringLiteral("Buy"));
    QVERIFY(step(visit)->stage != buy);
    const QPointF before = scene()->stepItem(visit)->pos();
    const QPoint start = viewPoint(scene()->stepItem(visit)->sceneCardRect().center());
    const int undo = undoCount();

    // To the middle of the Buy column (however wide the layout made it).
    const qreal buyCentre = scene()->stageItems().at(1)->sceneBoundingRect().center().x();
    const int dx = qRound(buyCentre - scene()->stepItem(visit)->sceneCardRect().center().x());
    drag(start, start + QPoint(dx, 0));
    QCOMPARE(undoCount(), undo + 1);
    QCOMPARE(step(visit)->stage, buy);
    QCOMPARE(QPointF(step(visit)->x, step(visit)->y), before + QPointF(dx, 0));
    settle();
    QCOMPARE(scene()->stepItem(visit)->pos(), before + QPointF(dx, 0));
    verifySceneMatchesModel();

    m_workspace->undoStack()->undo();
    settle();
    QCOMPARE(step(visit)->stage, stageNamed(QStringLiteral("Browse")));
    QVERIFY(!step(visit)->hasPosition);
}

void TestCanvasEditing::rubberBandSelects()
{
    // From the empty top left of the Browse column's support lane up to the Buy column's
    // top: the band touches the cards of Browse and Buy.
    const QList<LaneItem *> lanes = scene()->laneItems();
    const QRectF support = lanes.last()->laneRect();
    const QRectF buy = scene()->stageItems().at(1)->sceneBoundingRect();
    const QPoint from = viewPoint(QPointF(canvas::LabelColumnWidth + 4, support.bottom() - 4));
    const QPoint to = viewPoint(QPointF(buy.right() - 4, canvas::HeaderHeight + 2));
    const int undo = undoCount();
    drag(from, to);
    QCOMPARE(undoCount(), undo);
    QCOMPARE(scene()->stepItem(stepNamed(QStringLiteral("Visit shop")))->isSelected(), true);
    QCOMPARE(scene()->stepItem(stepNamed(QStringLiteral("Pay")))->isSelected(), true);
    QCOMPARE(scene()->stepItem(stepNamed(QStringLiteral("Ship order")))->isSelected(), false);
}

void TestCanvasEditing::doubleClickAddsStep_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<BlueprintLane>("lane");
    QTest::addColumn<StepKind>("kind");
    // Places that the small model leaves empty.
    QTest::newRow("customer actions") << 0 << BlueprintLane::CustomerActions << StepKind::CustomerAction;
    QTest::newRow("frontstage") << 2 << BlueprintLane::Frontstage << StepKind::Touchpoint;
    QTest::newRow("backstage") << 0 << BlueprintLane::Backstage << StepKind::Backstage;
    QTest::newRow("support") << 1 << BlueprintLane::Support << StepKind::Backstage;
}

void TestCanvasEditing::doubleClickAddsStep()
{
    QFETCH(int, column);
    QFETCH(BlueprintLane, lane);
    QFETCH(StepKind, kind);
    const StageColumnItem *stage = scene()->stageItems().at(column);
    const StageId stageId = stage->stageId(); // the items are replaced by the edit
    const LaneItem *laneItem = nullptr;
    for (const LaneItem *item : scene()->laneItems()) {
        if (item->lane() == lane)
            laneItem = item;
    }
    QVERIFY(laneItem);
    // An empty place in the column and lane (arrows may cross the lane's middle).
    QPointF at;
    for (qreal y = laneItem->laneRect().top() + 8; y < laneItem->laneRect().bottom(); y += 4) {
        const QPointF candidate(stage->sceneBoundingRect().center().x(), y);
        const QList<QGraphicsItem *> found = scene()->items(candidate);
        if (std::none_of(found.cbegin(), found.cend(),
                         [](const QGraphicsItem *item) { return JourneyScene::elementOf(item).isValid(); })) {
            at = candidate;
            break;
        }
    }
    QVERIFY(!at.isNull());
    const qsizetype count = m_workspace->reader().steps(m_journey).size();
    const int undo = undoCount();

    QTest::mouseDClick(viewport(), Qt::LeftButton, {}, viewPoint(at));
    QCOMPARE(undoCount(), undo + 1);
    const QList<Step> steps = m_workspace->reader().steps(m_journey);
    QCOMPARE(steps.size(), count + 1);
    const Step added = newest(steps);
    QCOMPARE(added.name, QStringLiteral("New step"));
    QCOMPARE(added.stage, stageId);
    QCOMPARE(added.kind, kind);
    QVERIFY(added.hasPosition);
    QVERIFY(QLineF(QPointF(added.x, added.y) + QPointF(canvas::CardWidth / 2, canvas::CardHeight / 2), at).length()
            < 2);
    // Selected and open for renaming, already drawn where it was asked for.
    QVERIFY(!scene()->isRebuildPending());
    QCOMPARE(scene()->selectedElement(), (EntityRef{EntityType::Step, added.id.value()}));
    QVERIFY(m_view->renameEditor());
    QVERIFY(m_view->renameEditor()->isVisible());
    QCOMPARE(m_view->renameEditor()->text(), QStringLiteral("New step"));
    QTest::keyClicks(m_view->renameEditor(), QStringLiteral("Call back"));
    QTest::keyClick(m_view->renameEditor(), Qt::Key_Return);
    QVERIFY(!m_view->renameEditor());
    QCOMPARE(step(added.id)->name, QStringLiteral("Call back"));
    QCOMPARE(undoCount(), undo + 2);
    settle();
    verifySceneMatchesModel();
}

void TestCanvasEditing::addStepTool()
{
    m_view->setTool(CanvasTool::AddStep);
    QCOMPARE(m_view->dragMode(), QGraphicsView::NoDrag);
    QVERIFY(m_view->toolActions().at(1)->isChecked());
    const QRectF support = scene()->laneItems().last()->laneRect();
    const QPointF at(scene()->stageItems().at(2)->sceneBoundingRect().center().x(), support.center().y());
    const int undo = undoCount();
    QTest::mouseClick(viewport(), Qt::LeftButton, {}, viewPoint(at));
    QCOMPARE(undoCount(), undo + 1);
    const Step added = newest(m_workspace->reader().steps(m_journey));
    QCOMPARE(added.stage, stageNamed(QStringLiteral("Receive")));
    QCOMPARE(added.kind, StepKind::Backstage);
    // Escape closes the editor first (no rename), then returns to the select tool.
    QVERIFY(m_view->renameEditor());
    QTest::keyClick(m_view->renameEditor(), Qt::Key_Escape);
    QVERIFY(!m_view->renameEditor());
    QCOMPARE(undoCount(), undo + 1);
    QTest::keyClick(m_view.get(), Qt::Key_Escape);
    QCOMPARE(m_view->tool(), CanvasTool::Select);
    QCOMPARE(m_view->dragMode(), QGraphicsView::RubberBandDrag);
}

void TestCanvasEditing::keyboardAddsStep()
{
    // Next to the selected step: same stage and kind, placed clear of the other cards.
    const StepId pay = stepNamed(QStringLiteral("Pay"));
    m_view->selectElement({EntityType::Step, pay.value()});
    const int undo = undoCount();
    QTest::keyClick(m_view.get(), Qt::Key_Insert);
    QCOMPARE(undoCount(), undo + 1);
    Step added = newest(m_workspace->reader().steps(m_journey));
    QCOMPARE(added.stage, step(pay)->stage);
    QCOMPARE(added.kind, StepKind::Touchpoint);
    QVERIFY(m_view->renameEditor());
    QTest::keyClick(m_view->renameEditor(), Qt::Key_Escape);
    const QRectF card = scene()->stepItem(added.id)->sceneCardRect();
    for (const StepItem *other : scene()->stepItems()) {
        if (other->stepId() != added.id)
            QVERIFY(!other->sceneCardRect().intersects(card));
    }

    // Nothing selected: the first stage. Ctrl+Return does the same.
    scene()->clearSelection();
    QTest::keyClick(m_view.get(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(undoCount(), undo + 2);
    added = newest(m_workspace->reader().steps(m_journey));
    QCOMPARE(added.stage, stageNamed(QStringLiteral("Browse")));
    QCOMPARE(scene()->selectedElement(), (EntityRef{EntityType::Step, added.id.value()}));
    QTest::keyClick(m_view->renameEditor(), Qt::Key_Escape);
    verifySceneMatchesModel();
}

void TestCanvasEditing::connectByHandle()
{
    const StepId visit = stepNamed(QStringLiteral("Visit shop"));
    const StepId pay = stepNamed(QStringLiteral("Pay"));
    const qsizetype count = m_workspace->reader().triggers(m_journey).size();
    const int undo = undoCount();

    const QPoint from = viewPoint(scene()->stepItem(visit)->sceneConnectorRect().center());
    const QPoint to = viewPoint(scene()->stepItem(pay)->sceneCardRect().center());
    drag(from, to, {}, false);
    QCOMPARE(m_view->connectionSource(), visit);
    QCOMPARE(scene()->stepItem(visit)->pos(), scene()->stepItem(visit)->pos()); // not moved
    QTest::mouseRelease(viewport(), Qt::LeftButton, {}, to);
    QVERIFY(!m_view->connectionSource().isValid());

    QCOMPARE(undoCount(), undo + 1);
    const QList<Trigger> triggers = m_workspace->reader().triggers(m_journey);
    QCOMPARE(triggers.size(), count + 1);
    const Trigger added = triggers.last();
    QCOMPARE(added.from, visit);
    QCOMPARE(added.to, pay);
    QCOMPARE(added.kind, TriggerKind::CustomerAction);
    QVERIFY(added.label.isEmpty());
    QVERIFY(!step(visit)->hasPosition); // the card did not move
    settle();
    QCOMPARE(scene()->selectedElement(), (EntityRef{EntityType::Trigger, added.id.value()}));
    verifySceneMatchesModel();

    m_workspace->undoStack()->undo();
    settle();
    QCOMPARE(m_workspace->reader().triggers(m_journey).size(), count);
    verifySceneMatchesModel();
}

void TestCanvasEditing::connectWithAltAndTool()
{
    const StepId ship = stepNamed(QStringLiteral("Ship order"));
    const StepId visit = stepNamed(QStringLiteral("Visit shop"));
    const StepId cart = stepNamed(QStringLiteral("Add to cart"));
    const int undo = undoCount();
    drag(viewPoint(scene()->stepItem(ship)->sceneCardRect().center()),
         viewPoint(scene()->stepItem(visit)->sceneCardRect().center()), Qt::AltModifier);
    QCOMPARE(undoCount(), undo + 1);
    QCOMPARE(m_workspace->reader().triggers(m_journey).last().from, ship);
    QCOMPARE(m_workspace->reader().triggers(m_journey).last().to, visit);

    m_view->setTool(CanvasTool::Connect);
    settle();
    drag(viewPoint(scene()->stepItem(cart)->sceneCardRect().center()),
         viewPoint(scene()->stepItem(ship)->sceneCardRect().center()));
    QCOMPARE(undoCount(), undo + 2);
    QCOMPARE(m_workspace->reader().triggers(m_journey).last().from, cart);
    QCOMPARE(m_workspace->reader().triggers(m_journey).last().to, ship);
    QVERIFY(!step(cart)->hasPosition);
}

void TestCanvasEditing::connectCancels()
{
    const StepId visit = stepNamed(QStringLiteral("Visit shop"));
    const int undo = undoCount();
    const QPoint from = viewPoint(scene()->stepItem(visit)->sceneConnectorRect().center());
    // Onto empty space (the support lane is empty).
    const QPoint empty = viewPoint(QPointF(scene()->stageItems().at(1)->sceneBoundingRect().center().x(),
                                           scene()->laneItems().last()->laneRect().center().y()));
    drag(from, empty);
    // Back onto its own card.
    drag(from, viewPoint(scene()->stepItem(visit)->sceneCardRect().center()));
    // Escape during the drag.
    drag(from, viewPoint(scene()->stepItem(stepNamed(QStringLiteral("Pay")))->sceneCardRect().center()), {}, false);
    QVERIFY(m_view->connectionSource().isValid());
    QTest::keyClick(m_view.get(), Qt::Key_Escape);
    QVERIFY(!m_view->connectionSource().isValid());
    QTest::mouseRelease(viewport(), Qt::LeftButton, {},
                        viewPoint(scene()->stepItem(stepNamed(QStringLiteral("Pay")))->sceneCardRect().center()));
    QCOMPARE(undoCount(), undo);
    QCOMPARE(m_workspace->reader().triggers(m_journey).size(), 4);
    verifySceneMatchesModel();
}

void TestCanvasEditing::deleteSelection()
{
    const StepId pay = stepNamed(QStringLiteral("Pay"));
    QTest::mouseClick(viewport(), Qt::LeftButton, {}, viewPoint(scene()->stepItem(pay)->sceneCardRect().center()));
    QVERIFY(m_view->deleteAction()->isEnabled());
    const int undo = undoCount();
    QTest::keyClick(m_view.get(), Qt::Key_Delete);
    QCOMPARE(undoCount(), undo + 1);
    QVERIFY(!step(pay));
    QCOMPARE(m_workspace->reader().steps(m_journey).size(), 4);
    QCOMPARE(m_workspace->reader().triggers(m_journey).size(), 2); // cart → pay and pay → ship went along
    settle();
    verifySceneMatchesModel();
    QVERIFY(!m_view->deleteAction()->isEnabled());

    m_workspace->undoStack()->undo();
    settle();
    QVERIFY(step(pay));
    QCOMPARE(m_workspace->reader().triggers(m_journey).size(), 4);
    verifySceneMatchesModel();

    // A step with a trigger of its own and a trigger between others, with Backspace.
    const StepId ship = stepNamed(QStringLiteral("Ship order"));
    scene()->stepItem(ship)->setSelected(true);
    const QList<TriggerItem *> triggers = scene()->triggerItems();
    for (TriggerItem *trigger : triggers) {
        if (trigger->fromStep() == ship || trigger->fromStep() == stepNamed(QStringLiteral("Visit shop")))
            trigger->setSelected(true);
    }
    QVERIFY(m_view->deleteAction()->isEnabled());
    QTest::keyClick(m_view.get(), Qt::Key_Backspace);
    QCOMPARE(undoCount(), undo + 1); // the first deletion was undone
    QCOMPARE(m_workspace->reader().steps(m_journey).size(), 4);
    QCOMPARE(m_workspace->reader().triggers(m_journey).size(), 1); // only cart → pay is left
    m_workspace->undoStack()->undo();
    QCOMPARE(m_workspace->reader().triggers(m_journey).size(), 4);
}

void TestCanvasEditing::duplicateSelection()
{
    const StepId cart = stepNamed(QStringLiteral("Add to cart"));
    const StepId pay = stepNamed(QStringLiteral("Pay"));
    QVERIFY(cart && pay);
    QVERIFY(!m_view->duplicateAction()->isEnabled());
    scene()->stepItem(cart)->setSelected(true);
    scene()->stepItem(pay)->setSelected(true);
    QVERIFY(m_view->duplicateAction()->isEnabled());
    const Step cartBefore = *step(cart);
    const Step payBefore = *step(pay);
    const QList<Step> before = m_workspace->reader().steps(m_journey);
    const int stepsBefore = int(before.size());
    StepId lastBefore;
    for (const Step &s : before)
        lastBefore = std::max(lastBefore, s.id);
    const int triggersBefore = int(m_workspace->reader().triggers(m_journey).size());
    const int undo = undoCount();
    QTest::keyClick(m_view.get(), Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(undoCount(), undo + 1);
    const QList<Step> after = m_workspace->reader().steps(m_journey);
    QCOMPARE(after.size(), stepsBefore + 2);
    QList<Step> copies;
    for (const Step &s : after) {
        if (s.id > lastBefore)
            copies.append(s);
    }
    QCOMPARE(copies.size(), 2);
    for (const auto &[copy, original] : {std::pair(copies.at(0), cartBefore), std::pair(copies.at(1), payBefore)}) {
        QCOMPARE(copy.name, original.name);
        QCOMPARE(copy.stage, original.stage);
        QCOMPARE(copy.kind, original.kind);
        QCOMPARE(copy.channel, original.channel);
        QCOMPARE(copy.hasPosition, original.hasPosition);
        if (original.hasPosition) {
            QCOMPARE(copy.x, original.x + 30);
            QCOMPARE(copy.y, original.y + 30);
        }
    }
    // cart → pay is copied as a trigger between the copies.
    const QList<Trigger> triggers = m_workspace->reader().triggers(m_journey);
    QCOMPARE(triggers.size(), triggersBefore + 1);
    QVERIFY(std::any_of(triggers.cbegin(), triggers.cend(),
                        [&](const Trigger &t) { return t.from == copies.at(0).id && t.to == copies.at(1).id; }));
    // The copies are selected.
    settle();
    QVERIFY(scene()->stepItem(copies.at(0).id)->isSelected());
    QVERIFY(scene()->stepItem(copies.at(1).id)->isSelected());
    QVERIFY(!scene()->stepItem(cart)->isSelected());
    verifySceneMatchesModel();

    m_workspace->undoStack()->undo();
    QCOMPARE(m_workspace->reader().steps(m_journey).size(), stepsBefore);
    QCOMPARE(m_workspace->reader().triggers(m_journey).size(), triggersBefore);
    settle();
    verifySceneMatchesModel();
}

void TestCanvasEditing::copyAndPaste()
{
    QGuiApplication::clipboard()->clear();
    const StepId cart = stepNamed(QStringLiteral("Add to cart"));
    const StepId pay = stepNamed(QStringLiteral("Pay"));
    scene()->stepItem(cart)->setSelected(true);
    scene()->stepItem(pay)->setSelected(true);
    QVERIFY(!m_view->pasteAction()->isEnabled());
    QTest::keyClick(m_view.get(), Qt::Key_C, Qt::ControlModifier);
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    QVERIFY(mime && mime->hasFormat(QLatin1String(StepClipboard::MimeType)));
    QVERIFY(mime->text().contains(QStringLiteral("Add to cart")));
    QVERIFY(m_view->pasteAction()->isEnabled());

    // Paste where the pointer is: the group's top left card lands centred under it.
    const QPointF target = scene()->stepItem(cart)->sceneCardRect().center() + QPointF(0, 300);
    QTest::mouseMove(viewport(), viewPoint(target));
    const int stepsBefore = int(m_workspace->reader().steps(m_journey).size());
    const int triggersBefore = int(m_workspace->reader().triggers(m_journey).size());
    const int undo = undoCount();
    QTest::keyClick(m_view.get(), Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(undoCount(), undo + 1);
    const QList<Step> after = m_workspace->reader().steps(m_journey);
    QCOMPARE(after.size(), stepsBefore + 2);
    QCOMPARE(m_workspace->reader().triggers(m_journey).size(), triggersBefore + 1);
    const Step pasted = newest(after);
    QCOMPARE(pasted.name, QStringLiteral("Pay"));
    const Step cartBefore = *step(cart);
    const Step payBefore = *step(pay);
    if (cartBefore.hasPosition && payBefore.hasPosition) {
        const double left = std::min(cartBefore.x, payBefore.x);
        const double top = std::min(cartBefore.y, payBefore.y);
        QCOMPARE(pasted.x, std::round(target.x() - canvas::CardWidth / 2 + payBefore.x - left));
        QCOMPARE(pasted.y, std::round(target.y() - canvas::CardHeight / 2 + payBefore.y - top));
    }
    QCOMPARE(pasted.stage, step(pay)->stage);
    settle();
    QVERIFY(scene()->stepItem(pasted.id)->isSelected());
    verifySceneMatchesModel();
    m_workspace->undoStack()->undo();
    QCOMPARE(m_workspace->reader().steps(m_journey).size(), stepsBefore);
    QCOMPARE(m_workspace->reader().triggers(m_journey).size(), triggersBefore);

    // Garbage under the MIME type is ignored.
    auto *garbage = new QMimeData;
    garbage->setData(QLatin1String(StepClipboard::MimeType), QByteArray("{\"steps\": [1, 2"));
    QGuiApplication::clipboard()->setMimeData(garbage);
    const int undoNow = undoCount();
    m_view->paste();
    QCOMPARE(undoCount(), undoNow);
}

void TestCanvasEditing::pasteIntoAnotherJourney()
{
    const StepId cart = stepNamed(QStringLiteral("Add to cart"));
    scene()->stepItem(cart)->setSelected(true);
    m_view->copySelected();
    Journey other;
    other.name = QStringLiteral("Return goods");
    const JourneyId otherId = m_workspace->addJourney(other);
    const StageId stage = m_workspace->addStage({{}, otherId, QStringLiteral("Return"), 0, {}});
    QVERIFY(otherId && stage);
    m_view->showJourney(otherId);
    QVERIFY(m_view->pasteAction()->isEnabled());
    const int undo = undoCount();
    m_view->paste();
    QCOMPARE(undoCount(), undo + 1);
    const QList<Step> pasted = m_workspace->reader().steps(otherId);
    QCOMPARE(pasted.size(), 1);
    QCOMPARE(pasted.first().name, QStringLiteral("Add to cart"));
    QCOMPARE(pasted.first().stage, stage); // "Buy" is no stage here: the first one
    QCOMPARE(pasted.first().channel, step(cart)->channel);
}

void TestCanvasEditing::contextMenu()
{
    // On a card: it is selected and the menu acts on it.
    const StepId pay = stepNamed(QStringLiteral("Pay"));
    const QPoint at = viewPoint(scene()->stepItem(pay)->sceneCardRect().center());
    QContextMenuEvent onCard(QContextMenuEvent::Mouse, at, viewport()->mapToGlobal(at));
    QApplication::sendEvent(viewport(), &onCard);
    auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
    QVERIFY(menu);
    QCOMPARE(scene()->selectedElement(), (EntityRef{EntityType::Step, pay.value()}));
    QVERIFY(menu->actions().contains(m_view->deleteAction()));
    QVERIFY(m_view->deleteAction()->isEnabled());
    menu->close();

    // On empty space: add a step there.
    const QPointF empty(scene()->stageItems().at(1)->sceneBoundingRect().center().x(),
                        scene()->laneItems().last()->laneRect().center().y());
    QContextMenuEvent onBoard(QContextMenuEvent::Mouse, viewPoint(empty), viewport()->mapToGlobal(viewPoint(empty)));
    QApplication::sendEvent(viewport(), &onBoard);
    menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
    QVERIFY(menu);
    const int undo = undoCount();
    menu->actions().first()->trigger();
    menu->close();
    QCOMPARE(undoCount(), undo + 1);
    const Step added = newest(m_workspace->reader().steps(m_journey));
    QCOMPARE(added.stage, stageNamed(QStringLiteral("Buy")));
    QCOMPARE(added.kind, StepKind::Backstage);
}

void TestCanvasEditing::renameStep()
{
    const StepId pay = stepNamed(QStringLiteral("Pay"));
    m_view->selectElement({EntityType::Step, pay.value()});
    QVERIFY(m_view->renameAction()->isEnabled());
    const int undo = undoCount();

    // Escape cancels.
    QTest::keyClick(m_view.get(), Qt::Key_F2);
    QVERIFY(m_view->renameEditor());
    QCOMPARE(m_view->renameEditor()->text(), QStringLiteral("Pay"));
    QTest::keyClicks(m_view->renameEditor(), QStringLiteral("Nope"));
    QTest::keyClick(m_view->renameEditor(), Qt::Key_Escape);
    QVERIFY(!m_view->renameEditor());
    QCOMPARE(step(pay)->name, QStringLiteral("Pay"));
    QCOMPARE(undoCount(), undo);

    // Enter commits; the editor sits over the card's title.
    QTest::keyClick(m_view.get(), Qt::Key_F2);
    QVERIFY(m_view->renameEditor());
    const QRect editor = m_view->renameEditor()->geometry();
    QVERIFY(m_view->mapFromScene(scene()->stepItem(pay)->sceneCardRect()).boundingRect().intersects(editor));
    // While renaming, Delete edits the text and removes no step.
    QTest::keyClick(m_view->renameEditor(), Qt::Key_Delete);
    QVERIFY(step(pay));
    m_view->renameEditor()->setText(QStringLiteral("Pay by card"));
    QTest::keyClick(m_view->renameEditor(), Qt::Key_Enter);
    QCOMPARE(step(pay)->name, QStringLiteral("Pay by card"));
    QCOMPARE(undoCount(), undo + 1);
    settle();
    QCOMPARE(scene()->stepItem(pay)->card().title, QStringLiteral("Pay by card"));

    // An empty name is not taken; double-click on the card opens the editor too.
    QTest::mouseDClick(viewport(), Qt::LeftButton, {}, viewPoint(scene()->stepItem(pay)->sceneTitleRect().center()));
    QVERIFY(m_view->renameEditor());
    m_view->renameEditor()->clear();
    QTest::keyClick(m_view->renameEditor(), Qt::Key_Return);
    QCOMPARE(step(pay)->name, QStringLiteral("Pay by card"));
    QCOMPARE(undoCount(), undo + 1);

    m_workspace->undoStack()->undo();
    QCOMPARE(step(pay)->name, QStringLiteral("Pay"));
}

void TestCanvasEditing::renameTrigger()
{
    TriggerItem *trigger = nullptr;
    for (TriggerItem *item : scene()->triggerItems()) {
        if (item->label() == QStringLiteral("Payment ok"))
            trigger = item;
    }
    QVERIFY(trigger);
    const TriggerId id = trigger->triggerId();
    m_view->selectElement(trigger->ref());
    const int undo = undoCount();
    QTest::keyClick(m_view.get(), Qt::Key_F2);
    QVERIFY(m_view->renameEditor());
    QCOMPARE(m_view->renameEditor()->text(), QStringLiteral("Payment ok"));
    m_view->renameEditor()->setText(QStringLiteral("Paid"));
    QTest::keyClick(m_view->renameEditor(), Qt::Key_Return);
    QCOMPARE(m_workspace->reader().trigger(id)->label, QStringLiteral("Paid"));
    QCOMPARE(undoCount(), undo + 1);

    // Clearing the label is allowed.
    settle();
    QTest::keyClick(m_view.get(), Qt::Key_F2);
    QVERIFY(m_view->renameEditor());
    m_view->renameEditor()->clear();
    QTest::keyClick(m_view->renameEditor(), Qt::Key_Return);
    QVERIFY(m_workspace->reader().trigger(id)->label.isEmpty());
    settle();
    verifySceneMatchesModel();
}

void TestCanvasEditing::randomEditsKeepSceneInSync()
{
    QRandomGenerator random(20261125);
    QUndoStack *undo = m_workspace->undoStack();
    const QList<Stage> stages = m_workspace->reader().stages(m_journey);
    constexpr StepKind Kinds[] = {StepKind::Touchpoint, StepKind::CustomerAction, StepKind::Backstage,
                                  StepKind::Decision, StepKind::Outcome};
    for (int round = 0; round < 150; ++round) {
        const QList<Step> steps = m_workspace->reader().steps(m_journey);
        const QList<Trigger> triggers = m_workspace->reader().triggers(m_journey);
        const auto anyStep = [&] { return steps.at(random.bounded(int(steps.size()))); };
        switch (random.bounded(9)) {
        case 0: {
            Step s;
            s.journey = m_journey;
            s.stage = stages.at(random.bounded(int(stages.size()))).id;
            s.kind = Kinds[random.bounded(5)];
            s.name = QStringLiteral("Random %1").arg(round);
            s.hasPosition = random.bounded(2) == 0;
            s.x = random.bounded(1200);
            s.y = random.bounded(800);
            QVERIFY(m_workspace->addStep(s).isValid());
            break;
        }
        case 1:
            if (!steps.isEmpty()) {
                QList<PropertyChange> changes;
                for (int i = 0; i < 2; ++i) {
                    const Step s = anyStep();
                    changes.append(
                        {{EntityType::Step, s.id.value()}, QStringLiteral("pos_x"), double(random.bounded(1200))});
                    changes.append(
                        {{EntityType::Step, s.id.value()}, QStringLiteral("pos_y"), double(random.bounded(800))});
                }
                QVERIFY(m_workspace->setProperties(changes, QStringLiteral("Move")));
            }
            break;
        case 2:
            if (steps.size() >= 2) {
                const Step from = anyStep();
                const Step to = anyStep();
                if (from.id != to.id)
                    QVERIFY(
                        m_workspace
                            ->addTrigger({{}, m_journey, from.id, to.id, TriggerKind::CustomerAction, {}, {}, {}, 0})
                            .isValid());
            }
            break;
        case 3:
            if (!steps.isEmpty())
                QVERIFY(m_workspace->setProperty({EntityType::Step, anyStep().id.value()}, QStringLiteral("name"),
                                                 QStringLiteral("Renamed %1").arg(round)));
            break;
        case 4:
            if (!steps.isEmpty())
                QVERIFY(m_workspace->remove({EntityType::Step, anyStep().id.value()}));
            break;
        case 5:
            if (!triggers.isEmpty()) {
                const Trigger t = triggers.at(random.bounded(int(triggers.size())));
                QVERIFY(
                    m_workspace->removeAll({{EntityType::Trigger, t.id.value()}, {EntityType::Step, t.from.value()}},
                                           QStringLiteral("Remove")));
            }
            break;
        case 6:
        case 7: undo->undo(); break;
        case 8: undo->redo(); break;
        }
        // Sometimes look at once, sometimes after several edits: batches rebuild once.
        if (random.bounded(3) == 0)
            continue;
        settle();
        verifySceneMatchesModel();
        if (QTest::currentTestFailed()) {
            qWarning("after round %d", round);
            return;
        }
    }
    settle();
    verifySceneMatchesModel();
}

QTEST_MAIN(TestCanvasEditing)
#include "tst_canvasediting.moc"
