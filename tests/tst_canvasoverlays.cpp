// The canvas overlays: the model-check badge on cards, the glossary synonym mark, the persona
// emotion lanes under the blueprint (with dragging a dot) and the overview map.

#include "TestSupport.h"
#include "analysis/ModelChecks.h"
#include "canvas/CanvasStyle.h"
#include "canvas/EmotionLaneItem.h"
#include "canvas/JourneyScene.h"
#include "canvas/JourneyView.h"
#include "canvas/LaneItem.h"
#include "canvas/OverviewMap.h"
#include "canvas/StepItem.h"

#include <QAction>
#include <QApplication>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace jl;

class TestCanvasOverlays : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void badgeCountsTheStepsFindings();
    void badgeFollowsFixAndUndo();
    void badgeCountsTriggersStartingAtTheStep();
    void badgeStaysClearOfSubJourneyBadge();
    void synonymMarkFollowsRename();
    void synonymMarkFollowsGlossaryWithoutRebuild();
    void emotionLanePerAssignedPersona();
    void emotionLaneShowsOverrides();
    void draggingADotSetsThePersonasEmotion();
    void clearingAnOverride();
    void exportSceneHasTheLanes();
    void overviewMapToggles();
    void overviewMapClickRecentres();
    void overviewMapHiddenWhenAllFits();
    void panStepRepaintsOnlyTheExposedStrips();

private:
    StepId stepNamed(const QString &name) const;
    JourneyScene *scene() const { return m_view->journeyScene(); }
    QWidget *viewport() const { return m_view->viewport(); }
    void settle();
    // The messages of the findings the checks report for a step and the triggers leaving it.
    QStringList expectedFindings(StepId step) const;
    int undoCount() const { return m_workspace->undoStack()->index(); }
    PersonaId persona() const;
    void drag(const QPoint &from, const QPoint &to);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<JourneyView> m_view;
    JourneyId m_journey;
};

void TestCanvasOverlays::initTestCase()
{
    // The overview map's setting must not come from (or go to) the user's settings.
    QCoreApplication::setOrganizationName(QStringLiteral("JourneyLensTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_canvasoverlays"));
    QSettings().clear();
}

void TestCanvasOverlays::init()
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
    m_view->resetZoom();
    QTest::qWait(QApplication::doubleClickInterval() / 4);
}

void TestCanvasOverlays::cleanup()
{
    m_view.reset();
    m_workspace.reset();
    m_dir.reset();
}

StepId TestCanvasOverlays::stepNamed(const QString &name) const
{
    return test::stepNamed(*m_workspace, m_journey, name);
}

PersonaId TestCanvasOverlays::persona() const
{
    const std::optional<Journey> journey = m_workspace->reader().journey(m_journey);
    return journey && !journey->personas.isEmpty() ? journey->personas.first() : PersonaId();
}

void TestCanvasOverlays::settle()
{
    QTRY_VERIFY(!scene()->isRebuildPending() && !scene()->isOverlayRefreshPending());
}

QStringList TestCanvasOverlays::expectedFindings(StepId step) const
{
    const ModelReader reader = m_workspace->reader();
    QSet<qint64> leaving;
    for (const Trigger &trigger : reader.triggers(m_journey)) {
        if (trigger.from == step)
            leaving.insert(trigger.id.value());
    }
    QStringList messages;
    for (const Finding &finding : runModelChecks(reader)) {
        if ((finding.element.type == EntityType::Step && finding.element.id == step.value())
            || (finding.element.type == EntityType::Trigger && leaving.contains(finding.element.id)))
            messages << finding.message;
    }
    return messages;
}

void TestCanvasOverlays::drag(const QPoint &from, const QPoint &to)
{
    QTest::mousePress(viewport(), Qt::LeftButton, {}, from);
    constexpr int Steps = 6;
    for (int i = 1; i <= Steps; ++i) {
        const QPointF at = QPointF(from) + QPointF(to - from) * (qreal(i) / Steps);
        QMouseEvent move(QEvent::MouseMove, at, viewport()->mapToGlobal(at), Qt::NoButton, Qt::LeftButton, {});
        QApplication::sendEvent(viewport(), &move);
    }
    QTest::mouseRelease(viewport(), Qt::LeftButton, {}, to);
}

void TestCanvasOverlays::badgeCountsTheStepsFindings()
{
    // A touchpoint with no channel, owner or source system that leads nowhere.
    Step crafted;
    crafted.journey = m_journey;
    crafted.stage = m_workspace->reader().stages(m_journey).first().id;
    crafted.name = QStringLiteral("Call the hotline");
    crafted.kind = StepKind::Touchpoint;
    const StepId id = m_workspace->addStep(crafted);
    QVERIFY(id.isValid());
    settle();

    const QStringList expected = expectedFindings(id);
    QVERIFY2(expected.size() >= 4, qPrintable(expected.join(QLatin1Char('\n')))); // 3 missing links, dead end
    const StepItem *item = scene()->stepItem(id);
    QVERIFY(item);
    QCOMPARE(item->findings(), expected);
    QVERIFY(!item->sceneFindingBadgeRect().isEmpty());
    QVERIFY(item->sceneBoundingRect().contains(item->sceneFindingBadgeRect()));
    const QString tip = item->findingsToolTip();
    for (const QString &message : expected)
        QVERIFY2(tip.contains(message.toHtmlEscaped()), qPrintable(tip));

    // The steps of the small model are complete: no badge at all.
    const StepItem *visit = scene()->stepItem(stepNamed(QStringLiteral("Visit shop")));
    QCOMPARE(visit->findings(), expectedFindings(visit->stepId()));
    QVERIFY(visit->findings().isEmpty());
    QVERIFY(visit->sceneFindingBadgeRect().isEmpty());
}

void TestCanvasOverlays::badgeFollowsFixAndUndo()
{
    Step crafted;
    crafted.journey = m_journey;
    crafted.stage = m_workspace->reader().stages(m_journey).first().id;
    crafted.name = QStringLiteral("Call the hotline");
    crafted.kind = StepKind::Touchpoint;
    const StepId id = m_workspace->addStep(crafted);
    settle();
    const int before = int(scene()->stepItem(id)->findings().size());
    QVERIFY(before > 0);

    // The fix: give it a channel (one undoable edit).
    const ChannelId channel = m_workspace->reader().channels().first().id;
    QVERIFY(m_workspace->setProperty({EntityType::Step, id.value()}, QStringLiteral("channel_id"), channel.value()));
    settle();
    QCOMPARE(scene()->stepItem(id)->findings(), expectedFindings(id));
    QCOMPARE(scene()->stepItem(id)->findings().size(), before - 1);

    m_workspace->undoStack()->undo();
    settle();
    QCOMPARE(scene()->stepItem(id)->findings(), expectedFindings(id));
    QCOMPARE(scene()->stepItem(id)->findings().size(), before);
}

void TestCanvasOverlays::badgeCountsTriggersStartingAtTheStep()
{
    const StepId visit = stepNamed(QStringLiteral("Visit shop"));
    const StepId pickup = stepNamed(QStringLiteral("Pick up in store"));
    QVERIFY(scene()->stepItem(visit)->findings().isEmpty());
    // A trigger without a kind is a finding on the trigger: its start shows it.
    Trigger trigger;
    trigger.journey = m_journey;
    trigger.from = visit;
    trigger.to = pickup;
    trigger.kind = TriggerKind::Unspecified;
    QVERIFY(m_workspace->addTrigger(trigger).isValid());
    settle();
    QCOMPARE(scene()->stepItem(visit)->findings().size(), 1);
    QCOMPARE(scene()->stepItem(visit)->findings(), expectedFindings(visit));
    QVERIFY(scene()->stepItem(pickup)->findings().isEmpty());
}

void TestCanvasOverlays::badgeStaysClearOfSubJourneyBadge()
{
    Step crafted;
    crafted.journey = m_journey;
    crafted.stage = m_workspace->reader().stages(m_journey).first().id;
    crafted.name = QStringLiteral("Call the hotline");
    crafted.kind = StepKind::Touchpoint;
    const StepId id = m_workspace->addStep(crafted);
    Journey sub;
    sub.name = QStringLiteral("Hotline call");
    sub.level = JourneyLevel::Task;
    sub.detailsStep = id;
    QVERIFY(m_workspace->addJourney(sub).isValid());
    settle();
    const StepItem *item = scene()->stepItem(id);
    QVERIFY(!item->sceneBadgeRect().isEmpty());
    QVERIFY(!item->sceneFindingBadgeRect().isEmpty());
    QVERIFY(!item->sceneBadgeRect().intersects(item->sceneFindingBadgeRect()));
}

void TestCanvasOverlays::synonymMarkFollowsRename()
{
    // The glossary's term is "Basket", with "Cart" as a synonym.
    const StepId cart = stepNamed(QStringLiteral("Add to cart"));
    const StepItem *item = scene()->stepItem(cart);
    QCOMPARE(item->synonymHints().size(), 1);
    QCOMPARE(item->synonymHints().first().synonym, QStringLiteral("Cart"));
    QCOMPARE(item->synonymHints().first().preferredTerm, QStringLiteral("Basket"));
    QVERIFY(!item->synonymMarks().isEmpty());
    // The mark lies under the word, inside the title area.
    QVERIFY(item->mapRectToScene(item->synonymMarks().boundingRect()).intersects(item->sceneTitleRect()));
    QVERIFY(item->toolTip().contains(QStringLiteral("Uses “Cart”; the glossary term is “Basket”")));
    QVERIFY(scene()->stepItem(stepNamed(QStringLiteral("Pay")))->synonymHints().isEmpty());

    QVERIFY(m_workspace->setProperty({EntityType::Step, cart.value()}, QStringLiteral("name"),
                                     QStringLiteral("Add to basket")));
    settle();
    item = scene()->stepItem(cart);
    QVERIFY(item->synonymHints().isEmpty());
    QVERIFY(item->synonymMarks().isEmpty());
    QVERIFY(!item->toolTip().contains(QStringLiteral("glossary term")));

    m_workspace->undoStack()->undo();
    settle();
    item = scene()->stepItem(cart);
    QCOMPARE(item->synonymHints().size(), 1);
    QVERIFY(!item->synonymMarks().isEmpty());
}

void TestCanvasOverlays::synonymMarkFollowsGlossaryWithoutRebuild()
{
    const StepId pay = stepNamed(QStringLiteral("Pay"));
    const StepItem *before = scene()->stepItem(pay);
    QVERIFY(before->synonymHints().isEmpty());
    const int findingsBefore = int(before->findings().size());
    QSignalSpy rebuilt(scene(), &JourneyScene::rebuilt);

    GlossaryTerm term;
    term.term = QStringLiteral("Checkout");
    term.synonyms = {QStringLiteral("Pay")};
    QVERIFY(m_workspace->addGlossaryTerm(term).isValid());
    settle();
    QCOMPARE(rebuilt.count(), 0); // refreshed in place
    QCOMPARE(scene()->stepItem(pay), before);
    QCOMPARE(before->synonymHints().size(), 1);
    QCOMPARE(before->synonymHints().first().preferredTerm, QStringLiteral("Checkout"));
    // The glossary check counts it too, and the badge follows.
    QCOMPARE(before->findings(), expectedFindings(pay));
    QCOMPARE(before->findings().size(), findingsBefore + 1);

    m_workspace->undoStack()->undo();
    settle();
    QVERIFY(before->synonymHints().isEmpty());
    QCOMPARE(before->findings().size(), findingsBefore);
}

void TestCanvasOverlays::emotionLanePerAssignedPersona()
{
    QCOMPARE(scene()->emotionLaneItems().size(), 1);
    const EmotionLaneItem *lane = scene()->emotionLaneItems().first();
    QCOMPARE(lane->personaId(), persona());
    QCOMPARE(lane->personaName(), QStringLiteral("Busy parent"));
    // Under the blueprint lanes, across the board.
    QVERIFY(lane->laneRect().top() >= scene()->laneItems().last()->laneRect().bottom() - 0.5);
    QVERIFY(scene()->boardRect().contains(lane->laneRect()));
    QVERIFY(scene()->contentRect().contains(lane->laneRect()));
    // One point per step, under its card.
    QCOMPARE(lane->points().size(), scene()->stepItems().size());
    for (const EmotionLaneItem::Point &point : lane->points())
        QCOMPARE(point.x, scene()->stepItem(point.step)->sceneCardRect().center().x());
    for (qsizetype i = 1; i < lane->points().size(); ++i)
        QVERIFY(lane->points().at(i - 1).x <= lane->points().at(i).x);

    // A second persona: a second lane; unassigned again: one.
    Persona other;
    other.name = QStringLiteral("Bargain hunter");
    const PersonaId otherId = m_workspace->addPersona(other);
    QVERIFY(m_workspace->assignPersona(m_journey, otherId));
    settle();
    QCOMPARE(scene()->emotionLaneItems().size(), 2);
    QCOMPARE(scene()->emotionLaneItems().at(1)->personaName(), QStringLiteral("Bargain hunter"));
    QVERIFY(scene()->emotionLaneItems().at(1)->laneRect().top()
            >= scene()->emotionLaneItems().at(0)->laneRect().bottom() - 0.5);
    QVERIFY(m_workspace->unassignPersona(m_journey, otherId));
    settle();
    QCOMPARE(scene()->emotionLaneItems().size(), 1);

    // A persona's new name shows in its lane.
    QVERIFY(m_workspace->setProperty({EntityType::Persona, persona().value()}, QStringLiteral("name"),
                                     QStringLiteral("Busy parents")));
    settle();
    QCOMPARE(scene()->emotionLaneItems().first()->personaName(), QStringLiteral("Busy parents"));
}

void TestCanvasOverlays::emotionLaneShowsOverrides()
{
    const StepId pay = stepNamed(QStringLiteral("Pay"));
    const EmotionLaneItem *lane = scene()->emotionLaneItems().first();
    const int stepEmotion = m_workspace->reader().step(pay)->emotion;
    QCOMPARE(lane->point(pay)->emotion, stepEmotion);
    QVERIFY(!lane->point(pay)->isOverride);

    QSignalSpy rebuilt(scene(), &JourneyScene::rebuilt);
    QVERIFY(m_workspace->setPersonaEmotion(pay, persona(), -2));
    settle();
    QCOMPARE(rebuilt.count(), 0); // the lane is refreshed in place
    QCOMPARE(scene()->emotionLaneItems().first(), lane);
    QCOMPARE(lane->point(pay)->emotion, -2);
    QVERIFY(lane->point(pay)->isOverride);
    QCOMPARE(lane->dotPosition(pay).y(), lane->yForEmotion(-2));
    QVERIFY(lane->yForEmotion(MaxEmotion) < lane->yForEmotion(MinEmotion)); // up is better

    // The step's own emotion still counts where the persona has none.
    const StepId visit = stepNamed(QStringLiteral("Visit shop"));
    QVERIFY(m_workspace->setProperty({EntityType::Step, visit.value()}, QStringLiteral("emotion"), 2));
    settle();
    lane = scene()->emotionLaneItems().first();
    QCOMPARE(lane->point(visit)->emotion, 2);
    QVERIFY(!lane->point(visit)->isOverride);
    QCOMPARE(lane->point(pay)->emotion, -2);
}

void TestCanvasOverlays::draggingADotSetsThePersonasEmotion()
{
    const StepId pay = stepNamed(QStringLiteral("Pay"));
    const EmotionLaneItem *lane = scene()->emotionLaneItems().first();
    m_view->ensureVisible(lane->laneRect(), 10, 10);
    const int stepEmotion = m_workspace->reader().step(pay)->emotion;
    const int target = stepEmotion <= 0 ? stepEmotion + 2 : stepEmotion - 2;
    const QPointF dot = lane->dotPosition(pay);
    QVERIFY(!dot.isNull());
    QVERIFY(lane->dotAt(dot) >= 0);
    QCOMPARE(lane->points().at(lane->dotAt(dot)).step, pay);
    const int undo = undoCount();

    // Dragged up or down by two levels, a little off the exact height: snapped.
    const QPoint from = m_view->mapFromScene(dot);
    const QPoint to = m_view->mapFromScene(QPointF(dot.x() + 3, lane->yForEmotion(target) + 4));
    drag(from, to);
    settle();
    QCOMPARE(undoCount(), undo + 1); // one undo step for the whole drag
    QList<PersonaEmotion> emotions = m_workspace->reader().personaEmotions(m_journey);
    QCOMPARE(emotions.size(), 1);
    QCOMPARE(emotions.first().step, pay);
    QCOMPARE(emotions.first().persona, persona());
    QCOMPARE(emotions.first().emotion, target);
    lane = scene()->emotionLaneItems().first();
    QCOMPARE(lane->point(pay)->emotion, target);
    QVERIFY(lane->point(pay)->isOverride);
    QCOMPARE(m_workspace->reader().step(pay)->emotion, stepEmotion); // the step keeps its own

    m_workspace->undoStack()->undo();
    settle();
    QVERIFY(m_workspace->reader().personaEmotions(m_journey).isEmpty());
    lane = scene()->emotionLaneItems().first();
    QCOMPARE(lane->point(pay)->emotion, stepEmotion);
    QVERIFY(!lane->point(pay)->isOverride);

    // A drag that ends where it started changes nothing.
    const int unchanged = undoCount();
    const QPoint still = m_view->mapFromScene(lane->dotPosition(pay));
    drag(still, still + QPoint(2, 3));
    settle();
    QCOMPARE(undoCount(), unchanged);
    QVERIFY(m_workspace->reader().personaEmotions(m_journey).isEmpty());
}

void TestCanvasOverlays::clearingAnOverride()
{
    const StepId pay = stepNamed(QStringLiteral("Pay"));
    QVERIFY(m_workspace->setPersonaEmotion(pay, persona(), 1));
    settle();
    EmotionLaneItem *lane = scene()->emotionLaneItems().first();
    QVERIFY(lane->point(pay)->isOverride);
    // "Use the step's emotion" (the dot's context menu) clears it.
    QVERIFY(lane->setEmotion(pay, std::nullopt));
    settle();
    QVERIFY(m_workspace->reader().personaEmotions(m_journey).isEmpty());
    QVERIFY(!scene()->emotionLaneItems().first()->point(pay)->isOverride);
    // Clearing what is not set is no edit.
    const int undo = undoCount();
    QVERIFY(!scene()->emotionLaneItems().first()->setEmotion(pay, std::nullopt));
    QCOMPARE(undoCount(), undo);
}

void TestCanvasOverlays::exportSceneHasTheLanes()
{
    // The export draws a scene of its own: the lanes are part of it and of its content rect.
    JourneyScene exported;
    exported.setWorkspace(m_workspace.get());
    exported.setJourney(m_journey);
    QCOMPARE(exported.emotionLaneItems().size(), 1);
    QVERIFY(exported.contentRect().contains(exported.emotionLaneItems().first()->laneRect()));
}

void TestCanvasOverlays::overviewMapToggles()
{
    QAction *action = m_view->overviewMapAction();
    QVERIFY(action);
    QVERIFY(action->isCheckable());
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    QVERIFY(m_view->viewActions().contains(action));
    action->setChecked(true);
    m_view->resize(500, 350); // the journey no longer fits
    QApplication::processEvents();
    OverviewMap *map = m_view->overviewMap();
    QTRY_VERIFY(map->isVisible());
    // In the lower-right corner of the viewport, inside it.
    const QRect area = viewport()->rect(); // the map is a child of the viewport
    QVERIFY(area.contains(map->geometry()));
    QVERIFY(map->geometry().right() > area.center().x());
    QVERIFY(map->geometry().bottom() > area.center().y());

    action->setChecked(false);
    QVERIFY(!map->isVisible());
    QCOMPARE(QSettings().value(QStringLiteral("Canvas/overviewMap")).toBool(), false);
    {
        JourneyView another; // remembered
        QVERIFY(!another.overviewMapAction()->isChecked());
    }
    action->setChecked(true);
    QVERIFY(map->isVisible());

    // Panning moves the rectangle over the cached picture, without drawing it again.
    QTRY_VERIFY(!map->isRefreshPending());
    const int refreshes = map->refreshCount();
    const QRectF before = map->visibleArea();
    m_view->horizontalScrollBar()->setValue(m_view->horizontalScrollBar()->maximum());
    QApplication::processEvents();
    QVERIFY(map->visibleArea().left() > before.left());
    QCOMPARE(map->refreshCount(), refreshes);
    // An edit draws it again, once, a little later.
    QVERIFY(m_workspace->setProperty({EntityType::Step, stepNamed(QStringLiteral("Pay")).value()},
                                     QStringLiteral("name"), QStringLiteral("Pay now")));
    settle();
    QTRY_COMPARE(map->refreshCount(), refreshes + 1);
}

void TestCanvasOverlays::overviewMapClickRecentres()
{
    m_view->overviewMapAction()->setChecked(true);
    m_view->resize(500, 350);
    QApplication::processEvents();
    OverviewMap *map = m_view->overviewMap();
    QTRY_VERIFY(map->isVisible());
    m_view->horizontalScrollBar()->setValue(0);
    m_view->verticalScrollBar()->setValue(0);

    // A click on the map's spot for a card brings that card to the middle of the view.
    const QPointF target = scene()->stepItem(stepNamed(QStringLiteral("Pay")))->sceneCardRect().center();
    const QPoint click = map->mapFromScene(target).toPoint();
    QVERIFY(map->rect().contains(click));
    QTest::mouseClick(map, Qt::LeftButton, {}, click);
    const QPointF centre = m_view->mapToScene(viewport()->rect().center());
    // A map pixel covers several scene units: the click is as exact as one pixel.
    const qreal scale = map->mapFromScene(QPointF(1, 0)).x() - map->mapFromScene(QPointF(0, 0)).x();
    QVERIFY(scale > 0 && scale < 1);
    const qreal tolerance = 1 / scale + 4;
    QVERIFY2(QLineF(centre, target).length() <= tolerance,
             qPrintable(QStringLiteral("centre %1,%2 target %3,%4")
                            .arg(centre.x())
                            .arg(centre.y())
                            .arg(target.x())
                            .arg(target.y())));
    // And the rectangle on the map is now around that spot.
    QVERIFY(map->visibleArea().adjusted(-2, -2, 2, 2).contains(map->mapFromScene(target)));
}

void TestCanvasOverlays::overviewMapHiddenWhenAllFits()
{
    m_view->overviewMapAction()->setChecked(true);
    m_view->resize(500, 350);
    QApplication::processEvents();
    QTRY_VERIFY(m_view->overviewMap()->isVisible());
    m_view->resize(3200, 2400); // the whole journey fits at 100 %
    QApplication::processEvents();
    QTRY_VERIFY(!m_view->overviewMap()->isVisible());
    m_view->showJourney({});
    m_view->resize(500, 350);
    QApplication::processEvents();
    QVERIFY(!m_view->overviewMap()->isVisible()); // nothing to map
}

namespace {
// Collects the regions the viewport is asked to repaint.
class PaintRegions : public QObject
{
public:
    QRegion painted;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            painted += static_cast<QPaintEvent *>(event)->region();
        return QObject::eventFilter(watched, event);
    }
};

qint64 area(const QRegion &region)
{
    qint64 sum = 0;
    for (const QRect &rect : region)
        sum += qint64(rect.width()) * rect.height();
    return sum;
}
} // namespace

void TestCanvasOverlays::panStepRepaintsOnlyTheExposedStrips()
{
    // A diagonal pan step with the overview map shown: Qt moves the pixels and repaints the
    // strips the scroll exposed, not the whole viewport (two scrolls in a row, or a widget
    // over the viewport, would make it repaint everything).
    m_view->overviewMapAction()->setChecked(true);
    m_view->resize(700, 450);
    QApplication::processEvents();
    QTRY_VERIFY(m_view->overviewMap()->isVisible());
    m_view->horizontalScrollBar()->setValue(m_view->horizontalScrollBar()->minimum());
    m_view->verticalScrollBar()->setValue(m_view->verticalScrollBar()->minimum());
    QVERIFY(m_view->horizontalScrollBar()->maximum() - m_view->horizontalScrollBar()->minimum() > 40);
    QVERIFY(m_view->verticalScrollBar()->maximum() - m_view->verticalScrollBar()->minimum() > 20);
    viewport()->repaint();
    QApplication::processEvents();

    PaintRegions regions;
    viewport()->installEventFilter(&regions);
    QPointF mouse(300, 200);
    const auto send = [&](QEvent::Type type, Qt::MouseButton button, Qt::MouseButtons buttons) {
        QMouseEvent event(type, mouse, viewport()->mapToGlobal(mouse), button, buttons, Qt::NoModifier);
        QApplication::sendEvent(viewport(), &event);
    };
    send(QEvent::MouseButtonPress, Qt::MiddleButton, Qt::MiddleButton);
    QCoreApplication::sendPostedEvents(m_view->window(), QEvent::UpdateRequest);
    regions.painted = QRegion();
    const int h = m_view->horizontalScrollBar()->value();
    const int v = m_view->verticalScrollBar()->value();
    mouse -= QPointF(40, 20);
    send(QEvent::MouseMove, Qt::NoButton, Qt::MiddleButton);
    QCoreApplication::sendPostedEvents(m_view->window(), QEvent::UpdateRequest);
    send(QEvent::MouseButtonRelease, Qt::MiddleButton, Qt::NoButton);
    viewport()->removeEventFilter(&regions);

    QCOMPARE(m_view->horizontalScrollBar()->value(), h + 40);
    QCOMPARE(m_view->verticalScrollBar()->value(), v + 20);
    QVERIFY(!regions.painted.isEmpty());
    const qint64 whole = qint64(viewport()->width()) * viewport()->height();
    QVERIFY2(area(regions.painted) < whole / 2,
             qPrintable(QStringLiteral("%1 of %2").arg(area(regions.painted)).arg(whole)));
    // The map is back in its corner.
    QVERIFY(viewport()->rect().contains(m_view->overviewMap()->geometry()));
    QVERIFY(m_view->overviewMap()->geometry().right() > viewport()->width() / 2);
}

QTEST_MAIN(TestCanvasOverlays)
#include "tst_canvasoverlays.moc"
