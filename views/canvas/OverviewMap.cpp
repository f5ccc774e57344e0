#include "OverviewMap.h"

#include "CanvasStyle.h"
#include "EmotionLaneItem.h"
#include "JourneyScene.h"
#include "JourneyView.h"
#include "LaneItem.h"
#include "StageColumnItem.h"
#include "StepItem.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace jl {

namespace {

using namespace canvas;

constexpr int Frame = 4; // between the widget's edge and the picture
constexpr int Margin = 12; // between the map and the viewport's corner
constexpr int RefreshDelayMs = 250; // a burst of edits draws the picture once

} // namespace

OverviewMap::OverviewMap(JourneyView *view)
    // A child of the viewport, not a sibling over it: Qt scrolls an overlapped widget by
    // repainting all of it, while a viewport's children are just moved along (place() puts
    // the map back into its corner).
    : QWidget(view->viewport()),
      m_view(view)
{
    setObjectName(QStringLiteral("overviewMap"));
    setAccessibleName(tr("Overview map"));
    setToolTip(tr("The whole journey: click or drag to move the view"));
    setCursor(Qt::PointingHandCursor);
    setAttribute(Qt::WA_OpaquePaintEvent);
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(RefreshDelayMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &OverviewMap::refresh);
    resize(sizeHint());
}

QSize OverviewMap::sizeHint() const
{
    if (m_picture.isNull())
        return MaximumSize;
    return (QSizeF(m_picture.size()) / m_picture.devicePixelRatio()).toSize() + QSize(2 * Frame, 2 * Frame);
}

void OverviewMap::scheduleRefresh()
{
    m_refreshTimer.start();
}

void OverviewMap::refresh()
{
    m_refreshTimer.stop();
    const JourneyScene *scene = m_view->journeyScene();
    m_source = scene->sceneRect();
    if (!scene->hasJourney() || m_source.width() < 1 || m_source.height() < 1) {
        m_picture = QPixmap();
        update();
        return;
    }
    ++m_refreshCount;
    const QSizeF room(MaximumSize.width() - 2 * Frame, MaximumSize.height() - 2 * Frame);
    m_scale = std::min(room.width() / m_source.width(), room.height() / m_source.height());
    const QSize size = (m_source.size() * m_scale).toSize().expandedTo(QSize(8, 8));
    const qreal ratio = devicePixelRatioF();
    m_picture = QPixmap((QSizeF(size) * ratio).toSize());
    m_picture.setDevicePixelRatio(ratio);
    m_picture.fill(canvasBackground());

    // A simplified drawing: at this scale, text and arrows would be noise, and drawing the
    // items themselves would cost as much as painting the whole canvas.
    QPainter painter(&m_picture);
    painter.scale(m_scale, m_scale);
    painter.translate(-m_source.topLeft());
    painter.fillRect(scene->boardRect(), boardBackground());
    const QList<StageColumnItem *> stages = scene->stageItems();
    for (qsizetype i = 0; i < stages.size(); ++i) {
        QRectF column = stages.at(i)->sceneBoundingRect();
        column.setTop(scene->boardRect().top() + HeaderHeight);
        column.setBottom(scene->boardRect().bottom());
        if (i % 2 == 1)
            painter.fillRect(column, QColor(0xE8, 0xEC, 0xF2));
    }
    painter.fillRect(QRectF(scene->boardRect().topLeft(), QSizeF(scene->boardRect().width(), HeaderHeight)),
                     QColor(0xDD, 0xE4, 0xEE));
    painter.fillRect(QRectF(scene->boardRect().topLeft(), QSizeF(LabelColumnWidth, scene->boardRect().height())),
                     labelPanelBackground());
    QPen line(QColor(0xB4, 0xBE, 0xCC), 0); // cosmetic: one pixel at any scale
    painter.setPen(line);
    for (const LaneItem *lane : scene->laneItems())
        painter.drawLine(lane->laneRect().topLeft(), lane->laneRect().topRight());
    for (const EmotionLaneItem *lane : scene->emotionLaneItems()) {
        const QRectF rect = lane->laneRect();
        painter.setPen(line);
        painter.drawLine(rect.topLeft(), rect.topRight());
        QPolygonF curve;
        for (const EmotionLaneItem::Point &point : lane->points())
            curve.append(QPointF(point.x, lane->yForEmotion(point.emotion)));
        painter.setPen(QPen(personColor(lane->personaName()), 0));
        painter.drawPolyline(curve);
    }
    painter.setPen(Qt::NoPen);
    for (const StepItem *step : scene->stepItems()) {
        const QColor accent = kindAccent(step->card().kind);
        painter.setBrush(accent.lighter(125));
        painter.drawRect(step->sceneCardRect());
    }
    painter.end();
    place();
    update();
}

void OverviewMap::place()
{
    resize(sizeHint());
    const QRect viewport = m_view->viewport()->rect();
    const QPoint corner(viewport.right() + 1 - Margin - width(), viewport.bottom() + 1 - Margin - height());
    if (pos() != corner)
        move(corner);
    raise();
}

QRectF OverviewMap::pictureRect() const
{
    if (m_picture.isNull())
        return {};
    const QSizeF size = QSizeF(m_picture.size()) / m_picture.devicePixelRatio();
    return QRectF(QPointF(Frame, Frame), size);
}

QPointF OverviewMap::sceneAt(const QPointF &mapPos) const
{
    const QRectF picture = pictureRect();
    if (picture.isEmpty() || m_scale <= 0)
        return {};
    return m_source.topLeft() + (mapPos - picture.topLeft()) / m_scale;
}

QPointF OverviewMap::mapFromScene(const QPointF &scenePos) const
{
    return pictureRect().topLeft() + (scenePos - m_source.topLeft()) * m_scale;
}

QRectF OverviewMap::visibleArea() const
{
    const QRectF visible = m_view->mapToScene(m_view->viewport()->rect()).boundingRect();
    return QRectF(mapFromScene(visible.topLeft()), mapFromScene(visible.bottomRight())) & pictureRect();
}

void OverviewMap::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    // A floating card over the canvas, like the canvas' own cards.
    painter.fillRect(rect(), canvasBackground());
    painter.setPen(QPen(QColor(0x94, 0xA3, 0xB8), 1));
    painter.setBrush(Qt::white);
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 5, 5);
    if (m_picture.isNull())
        return;
    const QRectF picture = pictureRect();
    painter.drawPixmap(picture.topLeft(), m_picture);

    // The visible part: the rest dimmed, the part itself outlined.
    const QRectF visible = visibleArea();
    QPainterPath outside;
    outside.addRect(picture);
    QPainterPath inside;
    inside.addRect(visible);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(15, 23, 42, 40));
    painter.drawPath(outside.subtracted(inside));
    painter.setPen(QPen(selection(), 1.5));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(visible.adjusted(0.75, 0.75, -0.75, -0.75));
}

void OverviewMap::centreViewAt(const QPointF &mapPos)
{
    if (m_picture.isNull())
        return;
    const QRectF picture = pictureRect();
    const QPointF clamped(std::clamp(mapPos.x(), picture.left(), picture.right()),
                          std::clamp(mapPos.y(), picture.top(), picture.bottom()));
    m_view->centerOn(sceneAt(clamped));
    update();
}

void OverviewMap::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_dragging = true;
    centreViewAt(event->position());
    event->accept();
}

void OverviewMap::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging) {
        QWidget::mouseMoveEvent(event);
        return;
    }
    centreViewAt(event->position());
    event->accept();
}

void OverviewMap::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_dragging) {
        m_dragging = false;
        event->accept();
        return;
    }
    QWidget::mouseReleaseEvent(event);
}

} // namespace jl
