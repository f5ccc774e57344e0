#include "LaneItem.h"

#include "CanvasStyle.h"

#include <QPainter>

namespace jl {

namespace {

using namespace canvas;

constexpr qreal AccentWidth = 5;
constexpr qreal TextLeft = 20;
constexpr qreal TextRightMargin = 14;

QPen separatorPen(BlueprintLane lane)
{
    // The line of visibility is the one a blueprint is read by: the strongest of the three.
    switch (lane) {
    case BlueprintLane::CustomerActions: break;
    case BlueprintLane::Frontstage: return QPen(QColor(0xB4, 0xBE, 0xCC), 1.5);
    case BlueprintLane::Backstage: {
        QPen pen(QColor(0x8C, 0x98, 0xAA), 1.8);
        pen.setDashPattern({6, 4});
        return pen;
    }
    case BlueprintLane::Support: {
        QPen pen(QColor(0xA8, 0xB2, 0xC0), 1.6, Qt::SolidLine, Qt::RoundCap);
        pen.setDashPattern({0.01, 3});
        return pen;
    }
    }
    return QPen(gridLine(), 1);
}

} // namespace

LaneItem::LaneItem(BlueprintLane lane, const QRectF &rect, QGraphicsItem *parent)
    : QGraphicsItem(parent),
      m_lane(lane),
      m_rect(0, 0, rect.width(), rect.height())
{
    setPos(rect.topLeft());
    setZValue(-10);
    setToolTip(laneDescription(lane));
}

QRectF LaneItem::boundingRect() const
{
    return m_rect.adjusted(-1, -2, 1, 1);
}

QPainterPath LaneItem::shape() const
{
    // Only the label is "there" for the mouse (its tooltip); the lane's body is background.
    QPainterPath path;
    path.addRect(QRectF(0, 0, LabelColumnWidth, m_rect.height()));
    return path;
}

void LaneItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    Q_UNUSED(option)
    Q_UNUSED(widget)
    painter->setRenderHint(QPainter::Antialiasing);

    const QRectF panel(0, 0, LabelColumnWidth, m_rect.height());
    painter->fillRect(panel, labelPanelBackground());
    painter->fillRect(QRectF(0, 0, AccentWidth, m_rect.height()), laneAccent(m_lane));
    painter->setPen(QPen(gridLine(), 1));
    painter->drawLine(panel.topRight(), panel.bottomRight());

    qreal y = 16;
    const qreal textWidth = LabelColumnWidth - TextLeft - TextRightMargin;
    const QString line = lineAboveLane(m_lane);
    if (!line.isEmpty()) {
        painter->setPen(separatorPen(m_lane));
        painter->drawLine(QPointF(0, 0), QPointF(m_rect.width(), 0));

        QFont lineFont = captionFont();
        lineFont.setPixelSize(10);
        lineFont.setCapitalization(QFont::AllUppercase);
        lineFont.setLetterSpacing(QFont::AbsoluteSpacing, 0.6);
        painter->setFont(lineFont);
        painter->setPen(QColor(0x8A, 0x95, 0xA6));
        // Wrapped, not elided: translations of these terms run long.
        const QRectF lineBounds =
            painter->boundingRect(QRectF(TextLeft, 6, textWidth, 100), Qt::AlignLeft | Qt::TextWordWrap, line);
        painter->drawText(lineBounds, Qt::AlignLeft | Qt::TextWordWrap, line);
        y = lineBounds.bottom() + 6;
    }

    const int flags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;
    painter->setFont(laneFont());
    painter->setPen(primaryText());
    const QRectF titleBounds = painter->boundingRect(QRectF(TextLeft, y, textWidth, 1000), flags, laneTitle(m_lane));
    painter->drawText(titleBounds, flags, laneTitle(m_lane));
    y = titleBounds.bottom() + 3;

    painter->setFont(captionFont());
    painter->setPen(secondaryText());
    const QRectF descriptionRect(TextLeft, y, textWidth, std::max(0.0, m_rect.height() - y - 6));
    painter->save();
    painter->setClipRect(descriptionRect); // a short lane shows as much of it as fits
    painter->drawText(descriptionRect, flags, laneDescription(m_lane));
    painter->restore();
}

} // namespace jl
