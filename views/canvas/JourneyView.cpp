#include "JourneyView.h"

#include "CanvasStyle.h"
#include "ChannelIcons.h"
#include "EmotionLaneItem.h"
#include "JourneyScene.h"
#include "LaneItem.h"
#include "OverviewMap.h"
#include "StageColumnItem.h"
#include "StageEditing.h"
#include "StepItem.h"
#include "TriggerItem.h"
#include "document/StepClipboard.h"
#include "document/Workspace.h"
#include "storage/SqlSupport.h"

#include <QAction>
#include <QActionGroup>
#include <QClipboard>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>
#include <QSettings>
#include <QTimer>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <optional>
#include <utility>

namespace jl {

namespace {

constexpr double ZoomStep = 1.25;
// Ctrl+wheel: one notch (120) zooms by about 20 %, a touchpad's small deltas smoothly.
constexpr double WheelZoomBase = 1.0015;
// Fitting a small journey must not blow it up to poster size.
constexpr double MaxFitZoom = 1.5;
// The smallest zoom at which a journey opens: card titles stay readable.
constexpr double ReadableZoom = 0.6;
// A press that moves less than this (scene units) is a click, not a drag.
constexpr qreal MoveThreshold = 0.5;
constexpr qreal NudgeStep = 10; // arrow keys; with Shift one unit
constexpr qreal DuplicateOffset = 30;
const QString OverviewMapSetting = QStringLiteral("Canvas/overviewMap");

StepKind kindForLane(BlueprintLane lane)
{
    switch (lane) {
    case BlueprintLane::CustomerActions: return StepKind::CustomerAction;
    case BlueprintLane::Frontstage: return StepKind::Touchpoint;
    case BlueprintLane::Backstage:
    case BlueprintLane::Support: return StepKind::Backstage;
    }
    return StepKind::Touchpoint;
}

QAction *makeAction(QObject *parent, const QString &text, const QList<QKeySequence> &shortcuts)
{
    auto *action = new QAction(text, parent);
    action->setShortcuts(shortcuts);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    return action;
}

} // namespace

JourneyView::JourneyView(QWidget *parent)
    : QGraphicsView(parent),
      m_scene(new JourneyScene(this))
{
    setScene(m_scene);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setDragMode(NoDrag);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    // A board smaller than the window sits at the top left, where reading starts.
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::StrongFocus);
    // No background brush: with one, QGraphicsView would skip the scene's drawBackground().
    setAccessibleName(tr("Journey canvas"));

    connect(m_scene, &JourneyScene::selectionSettled, this, &JourneyView::updateSelection);
    connect(m_scene, &JourneyScene::aboutToRebuild, this, &JourneyView::saveScroll);
    connect(m_scene, &JourneyScene::rebuilt, this, &JourneyView::restoreScroll);
    connect(m_scene, &JourneyScene::journeyChanged, this, [this] {
        cancelConnection();
        cancelRename();
        updateActions();
        viewport()->update();
    });
    connect(m_scene, &JourneyScene::selectionSettled, this, &JourneyView::updateActions);

    m_addStepAction = makeAction(this, tr("Add Step"),
                                 {QKeySequence(Qt::Key_Insert), QKeySequence(Qt::CTRL | Qt::Key_Return),
                                  QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_addStepAction->setToolTip(tr("Add a step next to the selected one"));
    connect(m_addStepAction, &QAction::triggered, this, &JourneyView::addStep);
    m_renameAction = makeAction(this, tr("Rename"), {QKeySequence(Qt::Key_F2)});
    m_renameAction->setToolTip(tr("Rename the selected step or edit the selected trigger's label"));
    connect(m_renameAction, &QAction::triggered, this, &JourneyView::renameSelected);
    m_deleteAction = makeAction(this, tr("Delete"), {QKeySequence(Qt::Key_Delete), QKeySequence(Qt::Key_Backspace)});
    m_deleteAction->setToolTip(tr("Delete the selected steps and triggers"));
    connect(m_deleteAction, &QAction::triggered, this, &JourneyView::deleteSelected);
    m_selectAllAction = makeAction(this, tr("Select All"), {QKeySequence::SelectAll});
    connect(m_selectAllAction, &QAction::triggered, this, &JourneyView::selectAll);
    m_duplicateAction = makeAction(this, tr("Duplicate"), {QKeySequence(Qt::CTRL | Qt::Key_D)});
    m_duplicateAction->setToolTip(tr("Duplicate the selected steps and the triggers between them"));
    connect(m_duplicateAction, &QAction::triggered, this, &JourneyView::duplicateSelected);
    m_copyAction = makeAction(this, tr("Copy"), {QKeySequence::Copy});
    m_copyAction->setToolTip(tr("Copy the selected steps and the triggers between them"));
    connect(m_copyAction, &QAction::triggered, this, &JourneyView::copySelected);
    m_pasteAction = makeAction(this, tr("Paste"), {QKeySequence::Paste});
    m_pasteAction->setToolTip(tr("Paste copied steps into this journey"));
    connect(m_pasteAction, &QAction::triggered, this, &JourneyView::paste);
    m_detailStepAction = makeAction(this, tr("Detail This Step"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D)});
    m_detailStepAction->setToolTip(tr("Create a sub-journey that details the selected step and open it"));
    connect(m_detailStepAction, &QAction::triggered, this, &JourneyView::detailSelectedStep);
    m_openParentAction = makeAction(this, tr("Open Parent Journey"), {QKeySequence(Qt::ALT | Qt::Key_Up)});
    m_openParentAction->setToolTip(tr("Open the journey whose step this journey details"));
    connect(m_openParentAction, &QAction::triggered, this, &JourneyView::openParentJourney);
    connect(m_scene, &JourneyScene::journeyChanged, this, &JourneyView::onJourneyChanged);
    if (QClipboard *clipboard = QGuiApplication::clipboard())
        connect(clipboard, &QClipboard::dataChanged, this, &JourneyView::updateActions);
    addActions(editActions());

    m_toolGroup = new QActionGroup(this);
    m_toolGroup->setExclusive(true);
    const struct
    {
        CanvasTool tool;
        QString text;
        QString tip;
    } tools[] = {
        {CanvasTool::Select, tr("Select"), tr("Select and move cards; drag a card's handle to connect it")},
        {CanvasTool::AddStep, tr("Add Steps"), tr("Click in a stage column to add a step there")},
        {CanvasTool::Connect, tr("Connect"), tr("Drag from one card to another to add a trigger")},
    };
    for (const auto &entry : tools) {
        auto *action = new QAction(entry.text, m_toolGroup);
        action->setCheckable(true);
        action->setChecked(entry.tool == m_tool);
        action->setToolTip(entry.tip);
        const CanvasTool tool = entry.tool;
        connect(action, &QAction::triggered, this, [this, tool] { setTool(tool); });
        m_toolActions.insert(tool, action);
    }
    setDragMode(toolDragMode());
    setRubberBandSelectionMode(Qt::IntersectsItemShape);

    m_overview = new OverviewMap(this);
    m_overview->hide();
    m_overviewAction = new QAction(tr("Overview Map"), this);
    m_overviewAction->setObjectName(QStringLiteral("actionOverviewMap"));
    m_overviewAction->setCheckable(true);
    m_overviewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_overviewAction->setToolTip(tr("Show a map of the whole journey in the corner of the canvas"));
    m_overviewAction->setChecked(QSettings().value(OverviewMapSetting, true).toBool());
    connect(m_overviewAction, &QAction::toggled, this, [this](bool on) {
        QSettings().setValue(OverviewMapSetting, on);
        updateOverviewMap();
    });
    addAction(m_overviewAction);
    // The picture follows the scene a little later; the visible rectangle follows every scroll.
    connect(m_scene, &JourneyScene::rebuilt, m_overview, &OverviewMap::scheduleRefresh);
    connect(m_scene, &JourneyScene::journeyChanged, m_overview, &OverviewMap::refresh);
    connect(m_scene, &QGraphicsScene::sceneRectChanged, m_overview, &OverviewMap::scheduleRefresh);
    for (QScrollBar *bar : {horizontalScrollBar(), verticalScrollBar()})
        connect(bar, &QScrollBar::rangeChanged, this, &JourneyView::updateOverviewMap);
    connect(m_scene, &JourneyScene::journeyChanged, this, &JourneyView::updateOverviewMap);
    updateActions();
}

JourneyView::~JourneyView()
{
    // The scene goes first and without telling us: its last signals would reach a view that
    // is half destroyed. The same for the rename editor, which commits when it loses focus.
    m_editing = {};
    if (m_editor) {
        // Its destructor sends a focus-out; the filter must not see a half-destroyed editor.
        m_editor->removeEventFilter(this);
        delete m_editor.data();
    }
    disconnect(m_scene, nullptr, this, nullptr);
    setScene(nullptr);
    delete m_scene;
}

void JourneyView::setWorkspace(Workspace *workspace)
{
    cancelConnection();
    cancelRename();
    m_parentJourney = {};
    m_detailedStep = {};
    m_shownJourney = {};
    m_switching = true;
    m_scene->setWorkspace(workspace);
    m_switching = false;
    viewport()->update();
}

void JourneyView::showJourney(JourneyId journey)
{
    if (journey == m_scene->journey() && journey.isValid())
        return; // already shown (and kept up to date): keep the user's place and selection
    m_keepScroll = false;
    m_centreAfterRebuild = {};
    m_switching = true;
    m_scene->setJourney(journey);
    m_switching = false;
    m_keepScroll = true;
    m_lastMouseScenePos.reset();
    m_pasteCount = 0;
    // A journey opens as whole as its cards stay readable; a larger one starts at its first
    // stage, read from the top left.
    const QRectF board = m_scene->sceneRect();
    if (journey.isValid() && board.width() > 1 && board.height() > 1) {
        const double fit = std::min(viewport()->width() / board.width(), viewport()->height() / board.height());
        const double factor = std::clamp(fit, ReadableZoom, 1.0);
        if (!qFuzzyCompare(zoomFactor(), factor)) {
            setTransform(QTransform::fromScale(factor, factor));
            emit zoomChanged(factor);
        }
    }
    horizontalScrollBar()->setValue(horizontalScrollBar()->minimum());
    verticalScrollBar()->setValue(verticalScrollBar()->minimum());
    viewport()->update();
}

JourneyId JourneyView::journey() const
{
    return m_scene->journey();
}

JourneyScene *JourneyView::journeyScene() const
{
    return m_scene;
}

void JourneyView::selectElement(EntityRef element)
{
    if (QGraphicsItem *item = m_scene->selectElement(element)) {
        centreOn(item);
        m_centreAfterRebuild = {};
    } else if (element.isValid() && m_scene->isRebuildPending()) {
        m_centreAfterRebuild = element;
    }
}

void JourneyView::centreOn(const QGraphicsItem *item)
{
    // A card's bounding rect includes its shadow and badge: centre the card itself.
    if (const auto *step = qgraphicsitem_cast<const StepItem *>(item))
        centerOn(step->sceneCardRect().center());
    else
        centerOn(item);
}

double JourneyView::zoomFactor() const
{
    return transform().m11();
}

void JourneyView::zoomIn()
{
    setZoom(zoomFactor() * ZoomStep, viewport()->rect().center());
}

void JourneyView::zoomOut()
{
    setZoom(zoomFactor() / ZoomStep, viewport()->rect().center());
}

void JourneyView::resetZoom()
{
    setZoom(1.0, viewport()->rect().center());
}

void JourneyView::zoomToFit()
{
    const QRectF content = m_scene->contentRect();
    if (content.isEmpty())
        return;
    const double before = zoomFactor();
    // The whole scene rect (the content and its margin): fitting less leaves scroll bars.
    fitInView(m_scene->sceneRect(), Qt::KeepAspectRatio);
    const double fitted = std::clamp(zoomFactor(), MinZoom, MaxFitZoom);
    setTransform(QTransform::fromScale(fitted, fitted));
    centerOn(content.center());
    if (!qFuzzyCompare(before, fitted))
        emit zoomChanged(fitted);
}

void JourneyView::setZoom(double factor, const QPointF &viewportAnchor)
{
    factor = std::clamp(factor, MinZoom, MaxZoom);
    const double before = zoomFactor();
    if (qFuzzyCompare(before, factor))
        return;
    // Anchored by hand: QGraphicsView's AnchorUnderMouse uses the cursor position, which is
    // wrong for the zoom buttons and unknown without a real pointer (tests, touch).
    const QPointF sceneAnchor = mapToScene(viewportAnchor.toPoint());
    const ViewportAnchor anchor = transformationAnchor();
    setTransformationAnchor(NoAnchor);
    setTransform(QTransform::fromScale(factor, factor));
    setTransformationAnchor(anchor);
    const QPointF moved = mapFromScene(sceneAnchor) - viewportAnchor;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + qRound(moved.x()));
    verticalScrollBar()->setValue(verticalScrollBar()->value() + qRound(moved.y()));
    if (m_editing.isValid())
        placeEditor();
    emit zoomChanged(factor);
}

void JourneyView::updateSelection()
{
    const EntityRef current = m_scene->selectedElement();
    if (current == m_lastSelection)
        return;
    m_lastSelection = current;
    emit elementSelected(current);
}

void JourneyView::saveScroll()
{
    m_savedScroll = QPoint(horizontalScrollBar()->value(), verticalScrollBar()->value());
}

void JourneyView::restoreScroll()
{
    // A rebuild replaces every item and may change the scene rect; the user's place stays.
    if (m_keepScroll) {
        horizontalScrollBar()->setValue(m_savedScroll.x());
        verticalScrollBar()->setValue(m_savedScroll.y());
    }
    if (m_centreAfterRebuild.isValid()) {
        if (QGraphicsItem *item = m_scene->itemFor(m_centreAfterRebuild))
            centreOn(item);
        m_centreAfterRebuild = {};
    }
    // The items were replaced: follow them with the editor and the connection, or give up.
    if (m_editing.isValid())
        placeEditor();
    if (m_connectFrom.isValid() && !m_scene->stepItem(m_connectFrom))
        cancelConnection();
    if (m_connectTarget.isValid() && !m_scene->stepItem(m_connectTarget))
        m_connectTarget = {};
    viewport()->update();
}

void JourneyView::drawForeground(QPainter *painter, const QRectF &rect)
{
    QGraphicsView::drawForeground(painter, rect);
    if (m_scene->hasJourney()) {
        if (const StepItem *from = m_scene->stepItem(m_connectFrom)) {
            // The trigger being drawn: a rubber band arrow from the card's handle to the pointer
            // (or into the card it would connect to, which gets a halo).
            painter->save();
            painter->setRenderHint(QPainter::Antialiasing);
            const QColor colour = canvas::selection();
            QPointF end = m_connectPos;
            if (const StepItem *to = m_scene->stepItem(m_connectTarget)) {
                const QRectF card = to->sceneCardRect();
                painter->setPen(QPen(colour, 2.5));
                painter->setBrush(Qt::NoBrush);
                painter->drawRoundedRect(card.adjusted(-3, -3, 3, 3), canvas::CardRadius + 3, canvas::CardRadius + 3);
                end = QPointF(card.left(), card.center().y());
            }
            const QPointF start = from->sceneConnectorRect().center();
            QPen pen(colour, 2, Qt::DashLine, Qt::RoundCap);
            painter->setPen(pen);
            painter->setBrush(Qt::NoBrush);
            const qreal pull = std::clamp(QLineF(start, end).length() * 0.4, 10.0, 120.0);
            QPainterPath path(start);
            path.cubicTo(start + QPointF(pull, 0), end - QPointF(pull, 0), end);
            painter->drawPath(path);
            // The head, pointing along the curve's last direction.
            const qreal angle = path.angleAtPercent(1.0);
            QLineF side(end, end + QPointF(10, 0));
            side.setAngle(angle + 180 - 25);
            QLineF other(end, end + QPointF(10, 0));
            other.setAngle(angle + 180 + 25);
            painter->setPen(Qt::NoPen);
            painter->setBrush(colour);
            painter->drawPolygon(QPolygonF({end, side.p2(), other.p2()}));
            painter->restore();
        }
        return;
    }

    // The empty state, in viewport coordinates: it must not scale or scroll.
    painter->save();
    painter->resetTransform();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF area = viewport()->rect();
    const qreal iconSize = 56;
    const QPointF centre = area.center();
    ChannelIcons::paintSymbol(painter,
                              QRectF(centre.x() - iconSize / 2, centre.y() - iconSize - 28, iconSize, iconSize),
                              QStringLiteral("subjourney"), QColor(0xA3, 0xAD, 0xBB));

    QFont title = canvas::headerFont();
    title.setPixelSize(20);
    title.setWeight(QFont::DemiBold);
    painter->setFont(title);
    painter->setPen(canvas::secondaryText());
    const bool hasWorkspace = m_scene->workspace() != nullptr;
    const QString heading = hasWorkspace ? tr("Select a journey in the navigator") : tr("No workspace is open");
    const qreal titleHeight = QFontMetricsF(title).height();
    painter->drawText(QRectF(area.left() + 24, centre.y() - 16, area.width() - 48, titleHeight),
                      Qt::AlignHCenter | Qt::AlignVCenter, heading);

    QFont hint = canvas::captionFont();
    hint.setPixelSize(14);
    painter->setFont(hint);
    painter->setPen(QColor(0x7A, 0x86, 0x99));
    const QString detail = hasWorkspace ? tr("Its stages, steps and triggers will be drawn here.")
                                        : tr("Open or create a workspace to start modeling journeys.");
    painter->drawText(QRectF(area.left() + 24, centre.y() - 16 + titleHeight + 6, area.width() - 48, 40),
                      Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, detail);
    painter->restore();
}

void JourneyView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int delta = event->angleDelta().y();
        if (delta != 0)
            setZoom(zoomFactor() * std::pow(WheelZoomBase, delta), event->position());
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void JourneyView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton && !m_middlePan) {
        // QGraphicsView pans only with the left button: hand it a left press while in pan mode.
        m_middlePan = true;
        beginPan();
        QMouseEvent press(QEvent::MouseButtonPress, event->position(), event->globalPosition(), Qt::LeftButton,
                          Qt::LeftButton, event->modifiers());
        QGraphicsView::mousePressEvent(&press);
        event->accept();
        return;
    }
    if (event->button() == Qt::LeftButton && isInteractive() && canEdit() && !m_connectFrom.isValid()) {
        if (m_editing.isValid())
            commitRename();
        const QPointF scenePos = mapToScene(event->position().toPoint());
        if (StepItem *step = stepItemAt(scenePos)) {
            const bool onHandle = step->sceneConnectorRect().adjusted(-2, -2, 2, 2).contains(scenePos);
            if (onHandle || m_tool == CanvasTool::Connect || (event->modifiers() & Qt::AltModifier)) {
                m_connectFrom = step->stepId();
                m_connectTarget = {};
                m_connectPos = scenePos;
                viewport()->update();
                event->accept();
                return;
            }
        } else if (m_tool == CanvasTool::AddStep && !elementItemAt(scenePos)) {
            addStepAt(scenePos);
            event->accept();
            return;
        }
        m_pressed = true;
        m_pressPositions.clear();
        for (const StepItem *item : m_scene->stepItems())
            m_pressPositions.insert(item->stepId(), item->pos());
    }
    QGraphicsView::mousePressEvent(event);
}

void JourneyView::mouseMoveEvent(QMouseEvent *event)
{
    m_lastMouseScenePos = mapToScene(event->position().toPoint());
    if (m_connectFrom.isValid()) {
        m_connectPos = mapToScene(event->position().toPoint());
        const StepItem *target = stepItemAt(m_connectPos);
        m_connectTarget = target && target->stepId() != m_connectFrom ? target->stepId() : StepId();
        viewport()->update();
        event->accept();
        return;
    }
    if (m_spacePan || m_middlePan) {
        // A pan step moves both scroll bars: scroll the viewport's pixels once for both. Two
        // scrolls in a row make Qt repaint the whole viewport, as the second one finds the
        // strip the first one exposed not painted yet and will not move unpainted pixels.
        m_batchingScroll = true;
        QGraphicsView::mouseMoveEvent(event);
        m_batchingScroll = false;
        const QPoint delta = std::exchange(m_pendingScroll, QPoint());
        if (!delta.isNull())
            scrollContentsBy(delta.x(), delta.y());
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void JourneyView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton && m_middlePan) {
        QMouseEvent release(QEvent::MouseButtonRelease, event->position(), event->globalPosition(), Qt::LeftButton,
                            Qt::NoButton, event->modifiers());
        QGraphicsView::mouseReleaseEvent(&release);
        m_middlePan = false;
        if (!m_spacePan)
            endPan();
        event->accept();
        return;
    }
    if (event->button() == Qt::LeftButton && m_connectFrom.isValid()) {
        finishConnection(mapToScene(event->position().toPoint()));
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
    if (event->button() == Qt::LeftButton && m_pressed) {
        m_pressed = false;
        commitMove();
    }
}

void JourneyView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !isInteractive() || !canEdit() || m_tool == CanvasTool::Connect) {
        QGraphicsView::mouseDoubleClickEvent(event);
        return;
    }
    const QPointF scenePos = mapToScene(event->position().toPoint());
    if (const StageId stage = stageHeaderAt(scenePos); stage && !elementItemAt(scenePos)) {
        stageediting::askRenameStage(this, m_scene->workspace(), stage);
        event->accept();
        return;
    }
    if (QGraphicsItem *item = elementItemAt(scenePos)) {
        const EntityRef element = JourneyScene::elementOf(item);
        // A card with a sub-journey opens it; any other element is renamed in place.
        if (element.type == EntityType::Step && openSubJourney(StepId(element.id))) {
            event->accept();
            return;
        }
        m_scene->selectElement(element);
        beginRename(element);
    } else if (m_tool == CanvasTool::Select) {
        addStepAt(scenePos);
    }
    event->accept();
}

StageId JourneyView::stageHeaderAt(const QPointF &scenePos) const
{
    for (const StageColumnItem *column : m_scene->stageItems()) {
        if (column->stageId() && column->headerRect().contains(scenePos))
            return column->stageId();
    }
    return {};
}

void JourneyView::contextMenuEvent(QContextMenuEvent *event)
{
    if (!isInteractive() || !canEdit() || m_connectFrom.isValid()) {
        QGraphicsView::contextMenuEvent(event);
        return;
    }
    if (m_editing.isValid())
        commitRename();
    const QPointF scenePos = mapToScene(event->pos());
    m_lastMouseScenePos = scenePos;
    // A dot of an emotion curve has its own menu (the item shows it).
    const QList<QGraphicsItem *> under = m_scene->items(scenePos);
    if (std::any_of(under.cbegin(), under.cend(), [&](const QGraphicsItem *item) {
            const auto *lane = qgraphicsitem_cast<const EmotionLaneItem *>(item);
            return lane && lane->dotAt(scenePos) >= 0;
        })) {
        QGraphicsView::contextMenuEvent(event);
        return;
    }
    // A right click on a stage header offers the stage commands.
    if (const StageId stage = stageHeaderAt(scenePos); stage && !elementItemAt(scenePos)) {
        auto *stageMenu = new QMenu(this);
        stageMenu->setAttribute(Qt::WA_DeleteOnClose);
        stageediting::addStageActions(stageMenu, this, m_scene->workspace(), journey(), stage);
        stageMenu->popup(event->globalPos());
        event->accept();
        return;
    }
    // A right click on an element that is not selected acts on that element alone.
    if (QGraphicsItem *item = elementItemAt(scenePos); item && !item->isSelected())
        m_scene->selectElement(JourneyScene::elementOf(item));
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (!elementItemAt(scenePos)) {
        QAction *here = menu->addAction(tr("Add Step Here"));
        connect(here, &QAction::triggered, this, [this, scenePos] { addStepAt(scenePos); });
        here->setEnabled(std::any_of(m_scene->layout().columns().cbegin(), m_scene->layout().columns().cend(),
                                     [&](const JourneyLayout::Column &c) { return c.rect.contains(scenePos); })
                         && scenePos.y() >= canvas::HeaderHeight);
    } else {
        menu->addAction(m_addStepAction);
    }
    menu->addSeparator();
    menu->addAction(m_renameAction);
    menu->addAction(m_deleteAction);
    menu->addAction(m_duplicateAction);
    menu->addSeparator();
    menu->addAction(m_copyAction);
    menu->addAction(m_pasteAction);
    menu->addSeparator();
    menu->addAction(m_detailStepAction);
    if (m_openParentAction->isEnabled())
        menu->addAction(m_openParentAction);
    menu->addSeparator();
    menu->addAction(m_selectAllAction);
    if (!elementItemAt(scenePos)) {
        menu->addSeparator();
        stageediting::addStageActions(menu, this, m_scene->workspace(), journey(), {});
    }
    menu->popup(event->globalPos());
    event->accept();
}

void JourneyView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        if (!m_spacePan) {
            m_spacePan = true;
            beginPan();
        }
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Space) {
        event->accept(); // auto-repeat while panning
        return;
    }
    if (nudgeSelection(event)) {
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Escape && m_connectFrom.isValid()) {
        cancelConnection();
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Escape && m_tool != CanvasTool::Select) {
        setTool(CanvasTool::Select);
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Escape && !m_scene->selectedItems().isEmpty()) {
        m_scene->clearSelection();
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void JourneyView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space) {
        if (!event->isAutoRepeat() && m_spacePan) {
            m_spacePan = false;
            if (!m_middlePan)
                endPan();
        }
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void JourneyView::focusOutEvent(QFocusEvent *event)
{
    // The Space release goes to another widget once focus is gone.
    if (m_spacePan) {
        m_spacePan = false;
        if (!m_middlePan)
            endPan();
    }
    QGraphicsView::focusOutEvent(event);
}

void JourneyView::beginPan()
{
    cancelConnection();
    setDragMode(ScrollHandDrag);
    setInteractive(false); // a press on a card must pan, not select
}

void JourneyView::endPan()
{
    setDragMode(toolDragMode());
    setInteractive(true);
}

QGraphicsView::DragMode JourneyView::toolDragMode() const
{
    return m_tool == CanvasTool::Select ? RubberBandDrag : NoDrag;
}

} // namespace jl

namespace jl {

// ---- Editing --------------------------------------------------------------------------------

void JourneyView::setTool(CanvasTool tool)
{
    if (tool == m_tool)
        return;
    cancelConnection();
    m_tool = tool;
    if (QAction *action = m_toolActions.value(tool))
        action->setChecked(true);
    if (!m_spacePan && !m_middlePan)
        endPan();
    emit toolChanged(tool);
}

QList<QAction *> JourneyView::editActions() const
{
    return {m_addStepAction, m_renameAction,    m_deleteAction,     m_duplicateAction, m_copyAction,
            m_pasteAction,   m_selectAllAction, m_detailStepAction, m_openParentAction};
}

QList<QAction *> JourneyView::toolActions() const
{
    return {m_toolActions.value(CanvasTool::Select), m_toolActions.value(CanvasTool::AddStep),
            m_toolActions.value(CanvasTool::Connect)};
}

QLineEdit *JourneyView::renameEditor() const
{
    return m_editing.isValid() ? m_editor.data() : nullptr;
}

bool JourneyView::canEdit() const
{
    return m_scene->workspace() != nullptr && m_scene->hasJourney();
}

void JourneyView::updateActions()
{
    const bool editable = canEdit();
    const QList<QGraphicsItem *> selected = m_scene->selectedItems();
    const bool anySelected = std::any_of(selected.cbegin(), selected.cend(), [](const QGraphicsItem *item) {
        return JourneyScene::elementOf(item).isValid();
    });
    m_addStepAction->setEnabled(editable);
    m_renameAction->setEnabled(editable && m_scene->selectedElement().isValid());
    m_deleteAction->setEnabled(editable && anySelected);
    m_selectAllAction->setEnabled(editable);
    const bool stepsSelected = std::any_of(selected.cbegin(), selected.cend(), [](const QGraphicsItem *item) {
        return qgraphicsitem_cast<const StepItem *>(item) != nullptr;
    });
    m_duplicateAction->setEnabled(editable && stepsSelected);
    m_copyAction->setEnabled(editable && stepsSelected);
    const QClipboard *clipboard = QGuiApplication::clipboard();
    const QMimeData *mime = clipboard ? clipboard->mimeData() : nullptr;
    m_pasteAction->setEnabled(editable && mime && mime->hasFormat(QLatin1String(StepClipboard::MimeType)));

    // The shown journey's place in the hierarchy; kept while the journey is gone, so the view
    // can go back to the parent.
    bool canDetail = false;
    if (editable) {
        try {
            const ModelReader reader = m_scene->workspace()->reader();
            if (const std::optional<Journey> shown = reader.journey(journey())) {
                m_shownJourney = shown->id;
                m_detailedStep = shown->detailsStep;
                m_parentJourney = reader.parentJourney(shown->id);
            }
            const EntityRef element = m_scene->selectedElement();
            if (element.type == EntityType::Step && element.isValid()) {
                const QList<Journey> subs = reader.subJourneys(journey());
                canDetail = std::none_of(subs.cbegin(), subs.cend(),
                                         [&](const Journey &sub) { return sub.detailsStep.value() == element.id; });
            }
        } catch (const SqlError &e) {
            qWarning("JourneyView: %s", e.what());
        }
    }
    m_detailStepAction->setEnabled(canDetail);
    m_openParentAction->setEnabled(editable && m_parentJourney.isValid() && m_shownJourney == journey());
}

StepItem *JourneyView::stepItemAt(const QPointF &scenePos) const
{
    const QList<QGraphicsItem *> found = m_scene->items(scenePos); // topmost first
    for (QGraphicsItem *item : found) {
        if (auto *step = qgraphicsitem_cast<StepItem *>(item))
            return step;
    }
    return nullptr;
}

QGraphicsItem *JourneyView::elementItemAt(const QPointF &scenePos) const
{
    const QList<QGraphicsItem *> found = m_scene->items(scenePos);
    for (QGraphicsItem *item : found) {
        if (JourneyScene::elementOf(item).isValid())
            return item;
    }
    return nullptr;
}

bool JourneyView::addStepAt(const QPointF &scenePos)
{
    if (!canEdit() || scenePos.y() < canvas::HeaderHeight)
        return false;
    const QList<JourneyLayout::Column> &columns = m_scene->layout().columns();
    const auto column = std::find_if(columns.cbegin(), columns.cend(),
                                     [&](const JourneyLayout::Column &c) { return c.rect.contains(scenePos); });
    if (column == columns.cend())
        return false;
    const QList<LaneItem *> lanes = m_scene->laneItems();
    const auto lane =
        std::find_if(lanes.cbegin(), lanes.cend(), [&](const LaneItem *l) { return l->laneRect().contains(scenePos); });
    if (lane == lanes.cend())
        return false;

    Step step;
    step.journey = journey();
    step.stage = column->stage;
    step.kind = kindForLane((*lane)->lane());
    step.name = tr("New step");
    step.hasPosition = true;
    step.x = std::round(scenePos.x() - canvas::CardWidth / 2);
    step.y = std::round(scenePos.y() - canvas::CardHeight / 2);
    finishAddedStep(m_scene->workspace()->addStep(step));
    return true;
}

void JourneyView::addStep()
{
    if (!canEdit() || m_editing.isValid())
        return;
    Step step;
    step.journey = journey();
    step.name = tr("New step");
    try {
        const ModelReader reader = m_scene->workspace()->reader();
        const EntityRef selected = m_scene->selectedElement();
        std::optional<Step> next;
        if (selected.type == EntityType::Step)
            next = reader.step(StepId(selected.id));
        if (next) {
            step.stage = next->stage;
            step.kind = next->kind;
        } else {
            const QList<Stage> stages = reader.stages(journey());
            if (!stages.isEmpty())
                step.stage = stages.first().id;
        }
    } catch (const SqlError &e) {
        qWarning("JourneyView: cannot read the selection: %s", e.what());
        return;
    }
    // No stored position: the layout puts the card into the next free place of its stage
    // column and lane (a column holds one card across), clear of every other card.
    finishAddedStep(m_scene->workspace()->addStep(step));
}

void JourneyView::finishAddedStep(StepId step)
{
    if (!step.isValid())
        return; // the workspace reported why
    if (m_scene->isRebuildPending())
        m_scene->rebuild();
    const EntityRef ref{EntityType::Step, step.value()};
    if (QGraphicsItem *item = m_scene->selectElement(ref))
        ensureVisible(item, 40, 40);
    beginRename(ref);
}

void JourneyView::commitMove()
{
    const QHash<StepId, QPointF> before = std::exchange(m_pressPositions, {});
    Workspace *workspace = m_scene->workspace();
    if (!workspace || !canEdit())
        return;
    QList<PropertyChange> changes;
    int moved = 0;
    try {
        const ModelReader reader = workspace->reader();
        const QList<JourneyLayout::Column> &columns = m_scene->layout().columns();
        for (const StepItem *item : m_scene->stepItems()) {
            const auto start = before.constFind(item->stepId());
            if (start == before.cend() || QLineF(*start, item->pos()).length() < MoveThreshold)
                continue;
            const EntityRef ref = item->ref();
            ++moved;
            changes.append({ref, QStringLiteral("pos_x"), item->pos().x()});
            changes.append({ref, QStringLiteral("pos_y"), item->pos().y()});
            // Dropped into another stage's column: the step moves to that stage. Outside the
            // columns, or in the column of steps without a stage, the stage stays.
            const qreal centre = item->sceneCardRect().center().x();
            const auto column =
                std::find_if(columns.cbegin(), columns.cend(), [centre](const JourneyLayout::Column &c) {
                    return centre >= c.rect.left() && centre < c.rect.right();
                });
            if (column == columns.cend() || !column->stage.isValid())
                continue;
            const std::optional<Step> step = reader.step(item->stepId());
            if (step && step->stage != column->stage)
                changes.append({ref, QStringLiteral("stage_id"), column->stage.value()});
        }
    } catch (const SqlError &e) {
        qWarning("JourneyView: cannot read the moved steps: %s", e.what());
        m_scene->rebuild(); // back to what the model says
        return;
    }
    if (changes.isEmpty())
        return;
    if (!workspace->setProperties(changes, tr("Move %n step(s)", nullptr, moved)))
        m_scene->rebuild(); // refused: the cards go back to where the model has them
}

bool JourneyView::nudgeSelection(const QKeyEvent *event)
{
    // Arrow keys move the selected cards by a grid step (with Shift by one unit), so cards can
    // be placed without a mouse. Nudges of the same cards in a row are one undo step.
    QPointF delta;
    switch (event->key()) {
    case Qt::Key_Left: delta = {-1, 0}; break;
    case Qt::Key_Right: delta = {1, 0}; break;
    case Qt::Key_Up: delta = {0, -1}; break;
    case Qt::Key_Down: delta = {0, 1}; break;
    default: return false;
    }
    if ((event->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier)) != 0 || !canEdit() || m_editing.isValid())
        return false;
    QList<const StepItem *> steps;
    const QList<QGraphicsItem *> selected = m_scene->selectedItems();
    for (const QGraphicsItem *item : selected) {
        if (const auto *step = qgraphicsitem_cast<const StepItem *>(item))
            steps.append(step);
    }
    if (steps.isEmpty())
        return false; // the arrows scroll
    delta *= event->modifiers() & Qt::ShiftModifier ? 1.0 : NudgeStep;
    std::sort(steps.begin(), steps.end(),
              [](const StepItem *a, const StepItem *b) { return a->stepId() < b->stepId(); });
    QList<PropertyChange> changes;
    for (const StepItem *step : std::as_const(steps)) {
        const QPointF pos = step->pos() + delta;
        changes.append({step->ref(), QStringLiteral("pos_x"), pos.x()});
        changes.append({step->ref(), QStringLiteral("pos_y"), pos.y()});
    }
    m_scene->workspace()->setProperties(changes, tr("Move %n step(s)", nullptr, int(steps.size())),
                                        QStringLiteral("canvas-nudge"));
    return true;
}

void JourneyView::finishConnection(const QPointF &scenePos)
{
    const StepId from = m_connectFrom;
    const StepItem *target = stepItemAt(scenePos);
    const StepId to = target ? target->stepId() : StepId();
    cancelConnection();
    if (!to.isValid() || to == from || !canEdit())
        return; // dropped on empty space or on its own card: nothing to connect
    Trigger trigger;
    trigger.journey = journey();
    trigger.from = from;
    trigger.to = to;
    trigger.kind = TriggerKind::CustomerAction;
    const TriggerId id = m_scene->workspace()->addTrigger(trigger);
    if (!id.isValid())
        return;
    if (m_scene->isRebuildPending())
        m_scene->rebuild();
    m_scene->selectElement({EntityType::Trigger, id.value()});
}

void JourneyView::cancelConnection()
{
    if (!m_connectFrom.isValid())
        return;
    m_connectFrom = {};
    m_connectTarget = {};
    viewport()->update();
}

void JourneyView::renameSelected()
{
    if (canEdit() && !m_editing.isValid())
        beginRename(m_scene->selectedElement());
}

void JourneyView::deleteSelected()
{
    if (!canEdit() || m_editing.isValid())
        return;
    QList<EntityRef> elements;
    const QList<QGraphicsItem *> selected = m_scene->selectedItems();
    for (const QGraphicsItem *item : selected) {
        if (const EntityRef ref = JourneyScene::elementOf(item); ref.isValid())
            elements.append(ref);
    }
    if (elements.isEmpty())
        return;
    // Steps first: their triggers go with them, and removeAll skips what is already gone.
    std::stable_sort(elements.begin(), elements.end(), [](const EntityRef &a, const EntityRef &b) {
        return a.type == EntityType::Step && b.type != EntityType::Step;
    });
    m_scene->workspace()->removeAll(elements, tr("Delete %n element(s)", nullptr, int(elements.size())));
}

void JourneyView::selectAll()
{
    if (!canEdit())
        return;
    for (QGraphicsItem *item : m_scene->items()) {
        if (JourneyScene::elementOf(item).isValid())
            item->setSelected(true);
    }
}

void JourneyView::beginRename(EntityRef element)
{
    if (!canEdit() || !m_scene->itemFor(element))
        return;
    QString text;
    try {
        const ModelReader reader = m_scene->workspace()->reader();
        if (element.type == EntityType::Step) {
            const std::optional<Step> step = reader.step(StepId(element.id));
            if (!step)
                return;
            text = step->name;
        } else if (element.type == EntityType::Trigger) {
            const std::optional<Trigger> trigger = reader.trigger(TriggerId(element.id));
            if (!trigger)
                return;
            text = trigger->label;
        } else {
            return;
        }
    } catch (const SqlError &e) {
        qWarning("JourneyView: cannot read the element to rename: %s", e.what());
        return;
    }
    if (!m_editor) {
        m_editor = new QLineEdit(viewport());
        m_editor->setFrame(true);
        m_editor->installEventFilter(this);
        // Return and a click elsewhere both commit, like renaming a file.
        connect(m_editor, &QLineEdit::editingFinished, this, &JourneyView::commitRename);
    }
    m_editing = element;
    m_editor->setAccessibleName(element.type == EntityType::Step ? tr("Step name") : tr("Trigger label"));
    m_editor->setPlaceholderText(element.type == EntityType::Trigger ? tr("Label") : QString());
    m_editor->setText(text);
    m_editor->selectAll();
    placeEditor();
    if (!m_editing.isValid())
        return;
    m_editor->show();
    m_editor->setFocus(Qt::OtherFocusReason);
}

void JourneyView::placeEditor()
{
    const QGraphicsItem *item = m_scene->itemFor(m_editing);
    if (!item || !m_editor) {
        cancelRename();
        return;
    }
    QRectF area;
    QFont font = canvas::titleFont();
    if (const auto *step = qgraphicsitem_cast<const StepItem *>(item)) {
        area = step->sceneTitleRect();
    } else if (const auto *trigger = qgraphicsitem_cast<const TriggerItem *>(item)) {
        font = canvas::captionFont();
        const QPointF middle = trigger->mapToScene(trigger->path().pointAtPercent(0.5));
        area = QRectF(middle - QPointF(75, 13), QSizeF(150, 26));
        if (!trigger->labelRect().isEmpty())
            area |= trigger->mapRectToScene(trigger->labelRect());
    }
    if (font.pixelSize() > 0)
        font.setPixelSize(std::max(9, int(std::lround(font.pixelSize() * zoomFactor()))));
    m_editor->setFont(font);
    QRect geometry = mapFromScene(area).boundingRect();
    geometry.setHeight(std::max(geometry.height(), m_editor->sizeHint().height()));
    m_editor->setGeometry(geometry);
}

void JourneyView::commitRename()
{
    if (!m_editing.isValid() || !m_editor)
        return;
    const EntityRef element = std::exchange(m_editing, {});
    const QString text = m_editor->text().simplified();
    const bool hadFocus = m_editor->hasFocus();
    m_editor->hide();
    if (hadFocus)
        setFocus(Qt::OtherFocusReason);
    Workspace *workspace = m_scene->workspace();
    if (!workspace)
        return;
    try {
        const ModelReader reader = workspace->reader();
        if (element.type == EntityType::Step) {
            const std::optional<Step> step = reader.step(StepId(element.id));
            if (step && !text.isEmpty() && text != step->name)
                workspace->setProperty(element, QStringLiteral("name"), text);
        } else if (element.type == EntityType::Trigger) {
            const std::optional<Trigger> trigger = reader.trigger(TriggerId(element.id));
            if (trigger && text != trigger->label)
                workspace->setProperty(element, QStringLiteral("label"), text.isEmpty() ? QVariant() : QVariant(text));
        }
    } catch (const SqlError &e) {
        qWarning("JourneyView: cannot rename: %s", e.what());
    }
}

void JourneyView::cancelRename()
{
    m_editing = {};
    if (m_editor && m_editor->isVisible()) {
        const bool hadFocus = m_editor->hasFocus();
        m_editor->hide();
        if (hadFocus)
            setFocus(Qt::OtherFocusReason);
    }
}

void JourneyView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    m_overview->place();
}

void JourneyView::updateOverviewMap()
{
    // Only useful when there is somewhere to go: hidden while the whole scene fits.
    const auto scrolls = [](const QScrollBar *bar) { return bar->maximum() > bar->minimum(); };
    const bool show = m_overviewAction->isChecked() && m_scene->hasJourney()
                      && (scrolls(horizontalScrollBar()) || scrolls(verticalScrollBar()));
    if (show && m_overview->isHidden() && (m_overview->isRefreshPending() || m_overview->refreshCount() == 0))
        m_overview->refresh(); // appears now: not with an outdated picture
    m_overview->setVisible(show);
    if (show) {
        m_overview->place();
        m_overview->update();
    }
}

void JourneyView::paintEvent(QPaintEvent *event)
{
    QList<QRectF> rects;
    for (const QRect &rect : event->region())
        rects.append(mapToScene(rect.adjusted(-2, -2, 2, 2)).boundingRect());
    m_scene->setPaintedRects(rects);
    QGraphicsView::paintEvent(event);
    m_scene->setPaintedRects({});
}

void JourneyView::scrollContentsBy(int dx, int dy)
{
    if (m_batchingScroll) {
        m_pendingScroll += QPoint(dx, dy);
        return;
    }
    QGraphicsView::scrollContentsBy(dx, dy);
    if (m_overview->isVisible()) {
        m_overview->place(); // the scroll moved it along with the viewport's pixels
        m_overview->update(); // moves the visible rectangle; the picture is cached
    }
    if (m_editing.isValid())
        placeEditor(); // stays over the title it edits
}

bool JourneyView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor && m_editing.isValid()) {
        if (event->type() == QEvent::ShortcutOverride) {
            // While renaming, keys are text: no canvas or window shortcut may fire.
            event->accept();
            return true;
        }
        if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
            cancelRename();
            return true;
        }
    }
    return QGraphicsView::eventFilter(watched, event);
}

} // namespace jl

namespace jl {

// ---- Multi-level journeys, duplicate, copy and paste ----------------------------------------

void JourneyView::openJourney(JourneyId target, EntityRef select)
{
    cancelConnection();
    cancelRename();
    emit journeyRequested(target); // a window switches to it (and calls showJourney)
    if (journey() != target)
        showJourney(target); // nobody did: the view on its own
    if (select.isValid()) {
        if (m_scene->isRebuildPending())
            m_scene->rebuild();
        selectElement(select);
    }
    updateActions();
}

void JourneyView::onJourneyChanged()
{
    if (journey().isValid() || m_switching || !m_parentJourney.isValid() || !m_shownJourney.isValid())
        return;
    // The shown journey went away (deleted, or its creation undone): back to its parent,
    // where the step it detailed is selected. Later, outside the scene's rebuild.
    const JourneyId parent = std::exchange(m_parentJourney, {});
    const StepId step = std::exchange(m_detailedStep, {});
    m_shownJourney = {};
    QTimer::singleShot(0, this, [this, parent, step] {
        Workspace *workspace = m_scene->workspace();
        if (journey().isValid() || !workspace)
            return;
        try {
            if (!workspace->reader().journey(parent))
                return;
        } catch (const SqlError &e) {
            qWarning("JourneyView: %s", e.what());
            return;
        }
        openJourney(parent, step.isValid() ? EntityRef{EntityType::Step, step.value()} : EntityRef());
    });
}

bool JourneyView::openSubJourney(StepId step)
{
    Workspace *workspace = m_scene->workspace();
    if (!workspace || !step.isValid())
        return false;
    JourneyId first;
    try {
        const ModelReader reader = workspace->reader();
        const std::optional<Step> value = reader.step(step);
        if (!value)
            return false;
        const QList<Journey> subs = reader.subJourneys(value->journey);
        for (const Journey &sub : subs) {
            if (sub.detailsStep == step && (!first.isValid() || sub.id < first))
                first = sub.id;
        }
    } catch (const SqlError &e) {
        qWarning("JourneyView: %s", e.what());
        return false;
    }
    if (!first.isValid())
        return false;
    openJourney(first, {});
    return true;
}

void JourneyView::openParentJourney()
{
    if (!canEdit() || m_editing.isValid())
        return;
    updateActions(); // the hierarchy may have changed since the last selection
    if (!m_parentJourney.isValid() || m_shownJourney != journey())
        return;
    openJourney(m_parentJourney,
                m_detailedStep.isValid() ? EntityRef{EntityType::Step, m_detailedStep.value()} : EntityRef());
}

void JourneyView::detailSelectedStep()
{
    if (!canEdit() || m_editing.isValid())
        return;
    const EntityRef element = m_scene->selectedElement();
    if (element.type != EntityType::Step || !element.isValid())
        return;
    Workspace *workspace = m_scene->workspace();
    Journey sub;
    try {
        const ModelReader reader = workspace->reader();
        const std::optional<Step> step = reader.step(StepId(element.id));
        const std::optional<Journey> parent = step ? reader.journey(step->journey) : std::nullopt;
        if (!parent)
            return;
        const QList<Journey> subs = reader.subJourneys(parent->id);
        if (std::any_of(subs.cbegin(), subs.cend(), [&](const Journey &j) { return j.detailsStep == step->id; }))
            return; // already detailed: a double-click opens it
        sub.name = step->name;
        sub.level = parent->level == JourneyLevel::Lifecycle ? JourneyLevel::Journey : JourneyLevel::Task;
        sub.owner = step->owner;
        sub.detailsStep = step->id;
    } catch (const SqlError &e) {
        qWarning("JourneyView: cannot read the step to detail: %s", e.what());
        return;
    }
    workspace->beginEdit(tr("Detail Step \"%1\"").arg(sub.name));
    const JourneyId created = workspace->addJourney(sub);
    if (created.isValid()) {
        const QString names[] = {tr("Before"), tr("During"), tr("After")};
        int position = 0;
        for (const QString &name : names)
            workspace->addStage({{}, created, name, position++, {}});
    }
    if (!workspace->endEdit() || !created.isValid())
        return; // rolled back; the workspace reported why
    openJourney(created, {});
}

QList<StepId> JourneyView::selectedSteps() const
{
    QList<StepId> steps;
    const QList<QGraphicsItem *> selected = m_scene->selectedItems();
    for (const QGraphicsItem *item : selected) {
        if (const auto *step = qgraphicsitem_cast<const StepItem *>(item))
            steps.append(step->stepId());
    }
    std::sort(steps.begin(), steps.end());
    return steps;
}

void JourneyView::selectSteps(const QList<StepId> &steps)
{
    if (m_scene->isRebuildPending())
        m_scene->rebuild();
    m_scene->clearSelection();
    for (const StepId step : steps) {
        if (StepItem *item = m_scene->stepItem(step))
            item->setSelected(true);
    }
    if (!steps.isEmpty()) {
        if (const StepItem *item = m_scene->stepItem(steps.first()))
            ensureVisible(item, 40, 40);
    }
}

void JourneyView::duplicateSelected()
{
    if (!canEdit() || m_editing.isValid())
        return;
    const QList<StepId> steps = selectedSteps();
    if (steps.isEmpty())
        return;
    const QList<StepId> copies =
        StepClipboard::duplicate(*m_scene->workspace(), steps, QPointF(DuplicateOffset, DuplicateOffset),
                                 tr("Duplicate %n step(s)", nullptr, int(steps.size())));
    selectSteps(copies);
}

void JourneyView::copySelected()
{
    if (!canEdit() || m_editing.isValid())
        return;
    const QList<StepId> steps = selectedSteps();
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (steps.isEmpty() || !clipboard)
        return;
    StepClipboardData copied;
    try {
        copied = StepClipboard::collect(m_scene->workspace()->reader(), steps);
    } catch (const SqlError &e) {
        qWarning("JourneyView: cannot copy: %s", e.what());
        return;
    }
    auto *mime = new QMimeData;
    mime->setData(QLatin1String(StepClipboard::MimeType), StepClipboard::serialize(copied));
    QStringList names;
    for (const ClipboardStep &step : std::as_const(copied.steps))
        names.append(step.name);
    mime->setText(names.join(QLatin1Char('\n'))); // other applications get the names
    clipboard->setMimeData(mime);
    updateActions();
}

void JourneyView::paste()
{
    if (!canEdit() || m_editing.isValid())
        return;
    const QClipboard *clipboard = QGuiApplication::clipboard();
    const QMimeData *mime = clipboard ? clipboard->mimeData() : nullptr;
    if (!mime || !mime->hasFormat(QLatin1String(StepClipboard::MimeType)))
        return;
    QString error;
    const std::optional<StepClipboardData> content =
        StepClipboard::deserialize(mime->data(QLatin1String(StepClipboard::MimeType)), &error);
    if (!content) {
        qWarning("JourneyView: ignoring clipboard content: %s", qPrintable(error));
        return;
    }
    if (content->isEmpty())
        return;
    // At the pointer when it is over the visible board, else near the top left of the visible
    // part, each further paste a bit lower so copies do not pile up.
    const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
    QPointF origin;
    if (m_lastMouseScenePos && visible.contains(*m_lastMouseScenePos)) {
        origin = *m_lastMouseScenePos - QPointF(canvas::CardWidth / 2, canvas::CardHeight / 2);
    } else {
        const qreal offset = DuplicateOffset * (1 + m_pasteCount++ % 10);
        origin = visible.topLeft() + QPointF(offset, canvas::HeaderHeight + offset);
    }
    const QList<StepId> pasted = StepClipboard::paste(*m_scene->workspace(), journey(), *content, origin,
                                                      tr("Paste %n step(s)", nullptr, int(content->steps.size())));
    selectSteps(pasted);
}

} // namespace jl
