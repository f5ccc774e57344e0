#include "StageColumnItem.h"

#include "CanvasStyle.h"

#include <QFontMetricsF>
#include <QPainter>

namespace jl {

namespace {

using namespace canvas;

constexpr qreal ChevronTop = 16;
constexpr qreal ChevronHeight = 40;
constexpr qreal ChevronPoint = 12; // how far the tip sticks out
constexpr qreal ChevronGap = 4;

} // namespace

StageColumnItem::StageColumnItem(StageId stage, const QRectF &rect, QGraphicsItem *parent)
    : QGraphicsItem(parent),
      m_stage(stage),
      m_rect(0, 0, rect.width(), rect.height())
{
    setPos(rect.topLeft());
    setZValue(-20);
}

void StageColumnItem::setHeader(const QString &name, int stepCount, int index, bool last)
{
    m_name = name;
    m_stepCount = stepCount;
    m_index = index;
    m_last = last;
    QString tip = QStringLiteral("<b>%1</b><br>%2").arg(name.toHtmlEscaped(), tr("%n step(s)", nullptr, stepCount));
    if (!m_stage.isValid())
        tip += QStringLiteral("<br>") + tr("Steps that belong to no stage of this journey");
    setToolTip(tip);
    update();
}

QPainterPath StageColumnItem::shape() const
{
    // Only the header is "there" for the mouse: the column's body is background.
    QPainterPath path;
    path.addRect(QRectF(0, 0, m_rect.width(), HeaderHeight));
    return path;
}

QRectF StageColumnItem::headerRect() const
{
    return mapRectToScene(QRectF(0, 0, m_rect.width(), HeaderHeight));
}

QRectF StageColumnItem::boundingRect() const
{
    // The chevron's tip reaches into the next column.
    return m_rect.adjusted(0, 0, ChevronPoint, 0);
}

void StageColumnItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    Q_UNUSED(option)
    Q_UNUSED(widget)
    painter->setRenderHint(QPainter::Antialiasing);

    // The header row stays plain: the chevron's tip reaches into the next column's header.
    if (m_index % 2 == 1)
        painter->fillRect(m_rect.adjusted(0, HeaderHeight, 0, 0), alternateColumn());
    painter->setPen(QPen(gridLine(), 1));
    painter->drawLine(QPointF(m_rect.right(), HeaderHeight), m_rect.bottomRight());

    // The header as a chevron: stages read as a sequence from left to right. Each tip nests in
    // the next stage's notch; the first has a flat back, the last keeps its tip on the board.
    const qreal left = ChevronGap;
    const qreal right = m_rect.width() - ChevronGap + (m_last ? 0 : ChevronPoint);
    const qreal top = ChevronTop;
    const qreal bottom = ChevronTop + ChevronHeight;
    const qreal middle = (top + bottom) / 2;
    QPolygonF chevron;
    chevron << QPointF(left, top) << QPointF(right - ChevronPoint, top) << QPointF(right, middle)
            << QPointF(right - ChevronPoint, bottom) << QPointF(left, bottom);
    if (m_index > 0)
        chevron << QPointF(left + ChevronPoint, middle);
    const bool unstaged = !m_stage.isValid();
    QColor fill = m_index % 2 == 1 ? QColor(0xDD, 0xE4, 0xEE) : QColor(0xE6, 0xEB, 0xF2);
    if (unstaged)
        fill = QColor(0xF3, 0xF4, 0xF6);
    painter->setPen(unstaged ? QPen(gridLine(), 1, Qt::DashLine) : QPen(Qt::NoPen));
    painter->setBrush(fill);
    painter->drawPolygon(chevron);

    const qreal textLeft = left + (m_index > 0 ? ChevronPoint : 0) + 12;
    const qreal textRight = right - ChevronPoint - 8;
    // The step count as a small pill: a number reads faster than a word from the back row.
    QFont countFont = badgeFont();
    const QString count = QString::number(m_stepCount);
    const QFontMetricsF countMetrics(countFont);
    const qreal countWidth = std::max(22.0, countMetrics.horizontalAdvance(count) + 12);
    const QRectF pill(textRight - countWidth, middle - 10, countWidth, 20);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(255, 255, 255, 200));
    painter->drawRoundedRect(pill, 10, 10);
    painter->setFont(countFont);
    painter->setPen(secondaryText());
    painter->drawText(pill, Qt::AlignCenter, count);

    QFont nameFont = headerFont();
    nameFont.setItalic(unstaged);
    const QFontMetricsF nameMetrics(nameFont);
    const qreal nameWidth = std::max(0.0, textRight - countWidth - 10 - textLeft);
    painter->setFont(nameFont);
    painter->setPen(unstaged ? secondaryText() : primaryText());
    painter->drawText(QRectF(textLeft, top, nameWidth, ChevronHeight), Qt::AlignLeft | Qt::AlignVCenter,
                      nameMetrics.elidedText(m_name, Qt::ElideRight, nameWidth));
}

} // namespace jl
