#include "JourneyView.h"

#include "CanvasStyle.h"
#include "ChannelIcons.h"
#include "JourneyScene.h"
#include "StepItem.h"

#include <QFontMetricsF>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QScrollBar>
#include <QWheelEvent>

#include <cmath>

namespace jl {

namespace {

constexpr double ZoomStep = 1.25;
// Ctrl+wheel: one notch (120) zooms by about 20 %, a touchpad's small deltas smoothly.
constexpr double WheelZoomBase = 1.0015;
// Fitting a small journey must not blow it up to poster size.
constexpr double MaxFitZoom = 1.5;

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
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::StrongFocus);
    // No background brush: with one, QGraphicsView would skip the scene's drawBackground().
    setAccessibleName(tr("Journey canvas"));

    connect(m_scene, &JourneyScene::selectionSettled, this, &JourneyView::updateSelection);
    connect(m_scene, &JourneyScene::aboutToRebuild, this, &JourneyView::saveScroll);
    connect(m_scene, &JourneyScene::rebuilt, this, &JourneyView::restoreScroll);
    connect(m_scene, &JourneyScene::journeyChanged, this, [this] { viewport()->update(); });
}

JourneyView::~JourneyView()
{
    // The scene goes first and without telling us: its last signals would reach a view that
    // is half destroyed.
    disconnect(m_scene, nullptr, this, nullptr);
    setScene(nullptr);
    delete m_scene;
}

void JourneyView::setWorkspace(Workspace *workspace)
{
    m_scene->setWorkspace(workspace);
    viewport()->update();
}

void JourneyView::showJourney(JourneyId journey)
{
    if (journey == m_scene->journey() && journey.isValid())
        return; // already shown (and kept up to date): keep the user's place and selection
    m_keepScroll = false;
    m_centreAfterRebuild = {};
    m_scene->setJourney(journey);
    m_keepScroll = true;
    // A journey is read from its first stage: start at the top left.
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
    viewport()->update();
}

void JourneyView::drawForeground(QPainter *painter, const QRectF &rect)
{
    QGraphicsView::drawForeground(painter, rect);
    if (m_scene->hasJourney())
        return;

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
    QGraphicsView::mousePressEvent(event);
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
    QGraphicsView::mouseReleaseEvent(event);
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
    setDragMode(ScrollHandDrag);
    setInteractive(false); // a press on a card must pan, not select
}

void JourneyView::endPan()
{
    setDragMode(NoDrag);
    setInteractive(true);
}

} // namespace jl
