// Multi-level journeys in the main window: "Detail This Step" creates a linked sub-journey
// with three stages as one undo step and opens it (undo returns to the parent); a double-click
// on a detailed card opens its sub-journey; Alt+Up goes back up and selects the step; the
// breadcrumb shows the levels and the navigator follows the canvas.

#include "MainWindow.h"
#include "TestSupport.h"
#include "canvas/JourneyScene.h"
#include "canvas/JourneyView.h"
#include "canvas/StepItem.h"
#include "panels/NavigatorPanel.h"
#include "panels/WorkspaceArea.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTest>
#include <QUndoStack>

using namespace jl;

class TestMultiLevel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void detailThisStep();
    void detailTwiceShowsThreeLevels();
    void doubleClickOpensSubJourney();
    void doubleClickWithoutSubJourneyRenames();
    void altUpOpensParent();
    void breadcrumbOpensParentAndNavigatorFollows();

private:
    JourneyView *view() const { return m_window->journeyView(); }
    WorkspaceArea *area() const { return m_window->findChild<WorkspaceArea *>(); }
    Workspace *workspace() const { return m_window->workspace(); }
    int undoIndex() const { return workspace()->undoStack()->index(); }
    JourneyId subJourneyOf(StepId step) const;
    JourneyId detail(StepId step);
    void doubleClickCard(StepId step);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    JourneyId m_lifecycle;
    StepId m_purchase;
    StepId m_return;
    OwnerId m_owner;
};

void TestMultiLevel::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString path = m_dir->filePath(QStringLiteral("levels.jlens"));
    {
        auto ws = test::createWorkspace(*m_dir, QStringLiteral("levels.jlens"));
        QVERIFY(ws);
        m_owner = ws->addOwner({{}, QStringLiteral("Dana Weber"), QStringLiteral("Journey owner"), {}});
        Journey lifecycle;
        lifecycle.name = QStringLiteral("Customer lifecycle");
        lifecycle.level = JourneyLevel::Lifecycle;
        m_lifecycle = ws->addJourney(lifecycle);
        const StageId buy = ws->addStage({{}, m_lifecycle, QStringLiteral("Buy"), 0, {}});
        Step step;
        step.journey = m_lifecycle;
        step.stage = buy;
        step.name = QStringLiteral("Purchase online");
        step.owner = m_owner;
        m_purchase = ws->addStep(step);
        step.name = QStringLiteral("Return goods");
        step.owner = {};
        m_return = ws->addStep(step);
        QVERIFY(m_lifecycle && buy && m_purchase && m_return && m_owner);
        QVERIFY(ws->save());
    }
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1400, 900);
    QVERIFY(m_window->openWorkspace(path));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCOMPARE(view()->journey(), m_lifecycle);
    view()->setFocus();
    QTest::qWait(QApplication::doubleClickInterval() / 4);
}

void TestMultiLevel::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

JourneyId TestMultiLevel::subJourneyOf(StepId step) const
{
    const auto value = workspace()->reader().step(step);
    if (!value)
        return {};
    JourneyId first;
    const QList<Journey> subs = workspace()->reader().subJourneys(value->journey);
    for (const Journey &sub : subs) {
        if (sub.detailsStep == step && (!first || sub.id < first))
            first = sub.id;
    }
    return first;
}

JourneyId TestMultiLevel::detail(StepId step)
{
    if (view()->journeyScene()->isRebuildPending())
        view()->journeyScene()->rebuild();
    view()->selectElement({EntityType::Step, step.value()});
    if (!view()->detailStepAction()->isEnabled())
        return {};
    view()->detailStepAction()->trigger();
    return subJourneyOf(step);
}

void TestMultiLevel::doubleClickCard(StepId step)
{
    if (view()->journeyScene()->isRebuildPending())
        view()->journeyScene()->rebuild();
    const StepItem *item = view()->journeyScene()->stepItem(step);
    QVERIFY(item);
    view()->centerOn(item->sceneCardRect().center());
    const QPoint point = view()->mapFromScene(item->sceneCardRect().center() + QPointF(0, 10));
    QTest::mouseDClick(view()->viewport(), Qt::LeftButton, {}, point);
}

void TestMultiLevel::detailThisStep()
{
    const int before = undoIndex();
    const QList<Journey> journeysBefore = workspace()->reader().journeys();
    const JourneyId sub = detail(m_purchase);
    QVERIFY(sub.isValid());
    QCOMPARE(undoIndex(), before + 1); // one undo step

    const auto journey = workspace()->reader().journey(sub);
    QVERIFY(journey);
    QCOMPARE(journey->name, QStringLiteral("Purchase online"));
    QCOMPARE(journey->level, JourneyLevel::Journey);
    QCOMPARE(journey->detailsStep, m_purchase);
    QCOMPARE(journey->owner, m_owner);
    QCOMPARE(workspace()->reader().parentJourney(sub), m_lifecycle);
    QStringList stages;
    for (const Stage &stage : workspace()->reader().stages(sub))
        stages << stage.name;
    QCOMPARE(stages, (QStringList{QStringLiteral("Before"), QStringLiteral("During"), QStringLiteral("After")}));

    // The canvas shows it, the breadcrumb names both levels, the navigator selects it.
    QCOMPARE(view()->journey(), sub);
    QCOMPARE(area()->journey(), sub);
    QCOMPARE(area()->breadcrumbText(), QStringLiteral("Customer lifecycle › Purchase online"));
    QTRY_COMPARE(m_window->navigator()->currentElement(), (EntityRef{EntityType::Journey, sub.value()}));

    // A detailed step cannot be detailed again.
    view()->showJourney(m_lifecycle);
    view()->selectElement({EntityType::Step, m_purchase.value()});
    QVERIFY(!view()->detailStepAction()->isEnabled());
    view()->selectElement({EntityType::Step, m_return.value()});
    QVERIFY(view()->detailStepAction()->isEnabled());
    view()->showJourney(sub);

    // Undo removes it all and returns to the parent with the step selected.
    workspace()->undoStack()->undo();
    QCOMPARE(undoIndex(), before);
    QCOMPARE(workspace()->reader().journeys(), journeysBefore);
    QVERIFY(workspace()->reader().stages(sub).isEmpty());
    QTRY_COMPARE(view()->journey(), m_lifecycle);
    QTRY_COMPARE(area()->journey(), m_lifecycle);
    QCOMPARE(area()->page(), WorkspaceArea::Page::Journey);
    QTRY_COMPARE(view()->journeyScene()->selectedElement(), (EntityRef{EntityType::Step, m_purchase.value()}));
    QTRY_COMPARE(m_window->navigator()->currentElement(), (EntityRef{EntityType::Journey, m_lifecycle.value()}));

    // Redo brings it back, linked.
    workspace()->undoStack()->redo();
    QCOMPARE(subJourneyOf(m_purchase), sub);
    QCOMPARE(workspace()->reader().stages(sub).size(), 3);
}

void TestMultiLevel::detailTwiceShowsThreeLevels()
{
    const JourneyId journey = detail(m_purchase);
    QVERIFY(journey.isValid());
    const QList<Stage> stages = workspace()->reader().stages(journey);
    Step step;
    step.journey = journey;
    step.stage = stages.at(1).id;
    step.name = QStringLiteral("Checkout");
    const StepId checkout = workspace()->addStep(step);
    QVERIFY(checkout.isValid());
    const JourneyId task = detail(checkout);
    QVERIFY(task.isValid());
    QCOMPARE(workspace()->reader().journey(task)->level, JourneyLevel::Task);
    QCOMPARE(view()->journey(), task);
    QCOMPARE(area()->breadcrumbText(), QStringLiteral("Customer lifecycle › Purchase online › Checkout"));
    QCOMPARE(workspace()->reader().stages(task).size(), 3);

    // A task detailed further stays a task.
    step.journey = task;
    step.stage = workspace()->reader().stages(task).first().id;
    step.name = QStringLiteral("Enter card");
    const StepId card = workspace()->addStep(step);
    const JourneyId subTask = detail(card);
    QVERIFY(subTask.isValid());
    QCOMPARE(workspace()->reader().journey(subTask)->level, JourneyLevel::Task);
    QCOMPARE(area()->breadcrumbText().count(QStringLiteral(" › ")), 3);
}

void TestMultiLevel::doubleClickOpensSubJourney()
{
    // Two sub-journeys detail the step: the first by id opens.
    Journey sub;
    sub.name = QStringLiteral("Purchase in detail");
    sub.detailsStep = m_purchase;
    const JourneyId first = workspace()->addJourney(sub);
    sub.name = QStringLiteral("Purchase, another view");
    const JourneyId second = workspace()->addJourney(sub);
    QVERIFY(first && second && first < second);
    doubleClickCard(m_purchase);
    QCOMPARE(view()->journey(), first);
    QCOMPARE(area()->journey(), first);
    QTRY_COMPARE(m_window->navigator()->currentElement(), (EntityRef{EntityType::Journey, first.value()}));
    QVERIFY(!view()->renameEditor());
}

void TestMultiLevel::doubleClickWithoutSubJourneyRenames()
{
    doubleClickCard(m_return);
    QCOMPARE(view()->journey(), m_lifecycle);
    QVERIFY(view()->renameEditor());
    QVERIFY(view()->renameEditor()->isVisible());
}

void TestMultiLevel::altUpOpensParent()
{
    const JourneyId sub = detail(m_purchase);
    QVERIFY(sub.isValid());
    QCOMPARE(view()->journey(), sub);
    QVERIFY(view()->openParentAction()->isEnabled());
    view()->setFocus();
    QTest::keyClick(view(), Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(view()->journey(), m_lifecycle);
    QCOMPARE(area()->journey(), m_lifecycle);
    QCOMPARE(view()->journeyScene()->selectedElement(), (EntityRef{EntityType::Step, m_purchase.value()}));
    QTRY_COMPARE(m_window->navigator()->currentElement(), (EntityRef{EntityType::Journey, m_lifecycle.value()}));
    // The top level has no parent: Alt+Up does nothing there.
    QVERIFY(!view()->openParentAction()->isEnabled());
    QTest::keyClick(view(), Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(view()->journey(), m_lifecycle);
}

void TestMultiLevel::breadcrumbOpensParentAndNavigatorFollows()
{
    const JourneyId sub = detail(m_purchase);
    QVERIFY(sub.isValid());
    auto *crumb = area()->findChild<QLabel *>(QStringLiteral("breadcrumb"));
    QVERIFY(crumb);
    QVERIFY(crumb->text().contains(QStringLiteral("journey:%1").arg(m_lifecycle.value())));
    emit crumb->linkActivated(QStringLiteral("journey:%1").arg(m_lifecycle.value()));
    QCOMPARE(view()->journey(), m_lifecycle);
    QTRY_COMPARE(m_window->navigator()->currentElement(), (EntityRef{EntityType::Journey, m_lifecycle.value()}));
    // And down again with a double-click: the navigator follows the canvas.
    doubleClickCard(m_purchase);
    QCOMPARE(view()->journey(), sub);
    QTRY_COMPARE(m_window->navigator()->currentElement(), (EntityRef{EntityType::Journey, sub.value()}));
}

QTEST_MAIN(TestMultiLevel)
#include "tst_multilevel.moc"
