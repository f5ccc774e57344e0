#include "TriggerItem.h"

#include "CanvasStyle.h"
#include "JourneyScene.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace jl {

namespace {

using namespace canvas;

constexpr qreal TipGap = 2; // keeps the tip off the card's border and shadow
// Labels wrap onto two lines narrow enough to fit between two columns of cards.
constexpr qreal LabelMaxWidth = 100;
constexpr qreal LabelPadding = 7;
constexpr qreal LabelVerticalPadding = 3;
constexpr qreal LabelRadius = 8;

// Where an arrow leaves and enters its cards, and which way it travels there.
struct Route
{
    QPointF start;
    QPointF startDirection;
    QPointF end;
    QPointF endDirection;
};

QPointF outward(TriggerItem::Side side)
{
    switch (side) {
    case TriggerItem::Side::Left: return {-1, 0};
    case TriggerItem::Side::Right: return {1, 0};
    case TriggerItem::Side::Top: return {0, -1};
    case TriggerItem::Side::Bottom: return {0, 1};
    }
    return {1, 0};
}

QPointF anchor(const QRectF &card, TriggerItem::Side side, qreal offset)
{
    switch (side) {
    case TriggerItem::Side::Left: return {card.left(), card.center().y() + offset};
    case TriggerItem::Side::Right: return {card.right(), card.center().y() + offset};
    case TriggerItem::Side::Top: return {card.center().x() + offset, card.top()};
    case TriggerItem::Side::Bottom: return {card.center().x() + offset, card.bottom()};
    }
    return card.center();
}

Route route(const QRectF &from, const QRectF &to, TriggerItem::Routing routing, qreal startOffset, qreal endOffset)
{
    if (from == to) {
        // A loop over the card's top right corner.
        return {QPointF(from.right() - 36, from.top()), QPointF(0, -1), QPointF(from.right(), from.top() + 26),
                QPointF(-1, 0)};
    }
    const TriggerItem::Sides sides = TriggerItem::sidesFor(from, to, routing);
    return {anchor(from, sides.start, startOffset), outward(sides.start), anchor(to, sides.end, endOffset),
            -outward(sides.end)};
}

// How far the curve leaves straight from its cards. Arrows that bow around others need a wide
// bow; long direct ones a long pull so they leave and enter their cards straight.
qreal pullFor(const Route &r, TriggerItem::Routing routing, bool loop)
{
    if (loop)
        return 40;
    const qreal distance = QLineF(r.start, r.end).length();
    if (routing == TriggerItem::Routing::Direct)
        return std::clamp(distance * 0.45, 28.0, 140.0);
    return std::clamp(distance * 0.3, 56.0, 110.0);
}

// The label broken into at most two lines ("\n"-separated), the second one elided.
QString wrapLabel(const QString &label)
{
    const QFont font = captionFont();
    const QFontMetricsF metrics(font);
    QStringList lines;
    QTextLayout layout(label, font);
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(LabelMaxWidth);
        if (lines.size() == 1) {
            lines.append(metrics.elidedText(label.mid(line.textStart()), Qt::ElideRight, LabelMaxWidth));
            break;
        }
        lines.append(metrics.elidedText(label.mid(line.textStart(), line.textLength()).trimmed(), Qt::ElideRight,
                                        LabelMaxWidth));
    }
    layout.endLayout();
    return lines.join(QLatin1Char('\n'));
}

// The part of the cubic p0..p3 between the parameters t0 < t1, as a cubic of its own
// (de Casteljau: split at t1, then split the first part at t0 / t1).
QPainterPath subCubic(const QPointF &p0, const QPointF &p1, const QPointF &p2, const QPointF &p3, qreal t0, qreal t1)
{
    const auto lerp = [](const QPointF &a, const QPointF &b, qreal t) { return a + (b - a) * t; };
    // [0, t1]
    QPointF a = lerp(p0, p1, t1);
    const QPointF bc = lerp(p1, p2, t1);
    QPointF b = lerp(a, bc, t1);
    QPointF d = lerp(b, lerp(bc, lerp(p2, p3, t1), t1), t1);
    QPointF q0 = p0;
    QPointF q1 = a;
    QPointF q2 = b;
    const QPointF q3 = d;
    if (t0 > 0 && t1 > 0) {
        // [t0 / t1, 1] of q0..q3
        const qreal s = t0 / t1;
        a = lerp(q0, q1, s);
        const QPointF m = lerp(q1, q2, s);
        const QPointF c = lerp(q2, q3, s);
        b = lerp(a, m, s);
        const QPointF e = lerp(m, c, s);
        d = lerp(b, e, s);
        q0 = d;
        q1 = e;
        q2 = c;
    }
    QPainterPath path(q0);
    path.cubicTo(q1, q2, q3);
    return path;
}

QPainterPath curve(const QPointF &start, const QPointF &startDirection, const QPointF &end, const QPointF &endDirection,
                   qreal pull)
{
    QPainterPath path(start);
    path.cubicTo(start + startDirection * pull, end - endDirection * pull, end);
    return path;
}

} // namespace

TriggerItem::TriggerItem(TriggerId trigger, StepId from, StepId to, QGraphicsItem *parent)
    : QGraphicsItem(parent),
      m_trigger(trigger),
      m_from(from),
      m_to(to)
{
    setFlag(ItemIsSelectable);
    // The exposed rect: a long arrow is stroked only where it shows.
    setFlag(ItemUsesExtendedStyleOption);
    setAcceptHoverEvents(true);
    setCursor(Qt::PointingHandCursor);
    // Above the cards, so that labels stay readable where they cannot avoid a card. Arrows
    // rarely cross cards: the scene routes them around cards in the way.
    setZValue(3);
}

void TriggerItem::setAppearance(TriggerKind kind, const QString &label, const QString &toolTip)
{
    m_kind = kind;
    m_label = label.simplified();
    setToolTip(toolTip);
    updateGeometry();
}

void TriggerItem::setEndpoints(const QRectF &fromCard, const QRectF &toCard, Routing routing, qreal startOffset,
                               qreal endOffset)
{
    m_fromCard = fromCard;
    m_toCard = toCard;
    m_routing = routing;
    m_startOffset = startOffset;
    m_endOffset = endOffset;
    updateGeometry();
}

TriggerItem::Sides TriggerItem::sidesFor(const QRectF &fromCard, const QRectF &toCard, Routing routing)
{
    switch (routing) {
    case Routing::Direct: break;
    case Routing::AroundRight: return {Side::Right, Side::Right};
    case Routing::AroundLeft: return {Side::Left, Side::Left};
    case Routing::OverTop: return {Side::Top, Side::Top};
    case Routing::UnderBottom: return {Side::Bottom, Side::Bottom};
    }
    // Direct: the facing edges, left to right first (journeys read that way).
    if (toCard.left() > fromCard.right())
        return {Side::Right, Side::Left};
    if (toCard.right() < fromCard.left())
        return {Side::Left, Side::Right};
    if (toCard.top() > fromCard.bottom())
        return {Side::Bottom, Side::Top};
    if (toCard.bottom() < fromCard.top())
        return {Side::Top, Side::Bottom};
    return {Side::Right, Side::Right}; // overlapping cards (stored positions): bow out
}

QPainterPath TriggerItem::routePath(const QRectF &fromCard, const QRectF &toCard, Routing routing)
{
    const Route r = route(fromCard, toCard, routing, 0, 0);
    return curve(r.start, r.startDirection, r.end, r.endDirection, pullFor(r, routing, fromCard == toCard));
}

QPointF TriggerItem::startPoint() const
{
    return m_path.elementCount() > 0 ? m_path.pointAtPercent(0) : QPointF();
}

QPointF TriggerItem::endPoint() const
{
    return m_head.isEmpty() ? QPointF() : m_head.first();
}

QPen TriggerItem::penFor(TriggerKind kind)
{
    QPen pen(triggerColor(kind), 1.8, Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin);
    switch (kind) {
    case TriggerKind::CustomerAction: break;
    case TriggerKind::Time:
        // Round dots: a near-zero dash with a round cap.
        pen.setWidthF(2.2);
        pen.setCapStyle(Qt::RoundCap);
        pen.setDashPattern({0.01, 2.2});
        break;
    case TriggerKind::Message: pen.setDashPattern({4.5, 2.5}); break;
    case TriggerKind::SystemEvent:
        pen.setCapStyle(Qt::RoundCap);
        pen.setDashPattern({5, 2.4, 0.01, 2.4});
        break;
    case TriggerKind::AgentAction: pen.setWidthF(3.4); break;
    case TriggerKind::Unspecified: pen.setWidthF(1.6); break;
    }
    return pen;
}

void TriggerItem::updateGeometry()
{
    prepareGeometryChange();
    m_path = QPainterPath();
    m_curve = QPainterPath();
    m_samples.clear();
    m_head.clear();
    m_labelRect = QRectF();
    m_shownLabel.clear();
    if (m_fromCard.isNull() || m_toCard.isNull()) {
        m_bounds = QRectF();
        return;
    }

    const Route r = route(m_fromCard, m_toCard, m_routing, m_startOffset, m_endOffset);
    const QPointF tip = r.end - r.endDirection * TipGap;
    const qreal pull = pullFor(r, m_routing, m_fromCard == m_toCard);
    m_curve = curve(r.start, r.startDirection, tip, r.endDirection, pull);

    const qreal width = penFor(m_kind).widthF();
    const qreal headLength = 9 + width * 1.5;
    const qreal headWidth = 7 + width * 1.5;
    const QPointF back = tip - r.endDirection * headLength;
    const QPointF normal(-r.endDirection.y(), r.endDirection.x());
    m_head << tip << back + normal * (headWidth / 2) << back - normal * (headWidth / 2);
    // The line stops inside the head, so a thick or dashed line never shows past the tip.
    m_path = curve(r.start, r.startDirection, tip - r.endDirection * (headLength * 0.6), r.endDirection,
                   std::max(0.0, pull - headLength * 0.6));

    if (!m_label.isEmpty())
        m_shownLabel = wrapLabel(m_label);
    m_labelRect = labelRectAt(m_labelPosition);
    updateBounds();
}

void TriggerItem::updateBounds()
{
    const qreal width = penFor(m_kind).widthF();
    m_bounds = (m_path.boundingRect() | m_head.boundingRect()).adjusted(-width - 2, -width - 2, width + 2, width + 2);
    if (!m_labelRect.isNull())
        m_bounds |= m_labelRect.adjusted(-2, -2, 2, 2);
    updateLineClip();
    update();
}

void TriggerItem::setCardsInTheWay(const QList<QRectF> &cards)
{
    if (cards == m_cardsInTheWay)
        return;
    m_cardsInTheWay = cards;
    updateLineClip();
    update();
}

void TriggerItem::updateLineClip()
{
    // Built when first painted: a big journey has thousands of arrows, most never on screen.
    m_lineClipDirty = true;
}

void TriggerItem::buildLineClip()
{
    // A region of rectangles, not a path: subtracting paths is slow to build, and clipping by
    // a complex path is slow on every repaint. The rounded corners are kept by corner discs.
    // Only the cards the line or head come near count: a long arrow's bounds hold many more.
    m_lineClipDirty = false;
    m_lineClip = QRegion();
    m_clipLine = false;
    const QPolygonF line = m_path.toFillPolygon();
    const qreal reach = penFor(m_kind).widthF() + 4;
    const QRectF headBounds = m_head.boundingRect().adjusted(-reach, -reach, reach, reach);
    const auto near = [&](const QRectF &card) {
        if (headBounds.intersects(card))
            return true;
        const QRectF area = card.adjusted(-reach, -reach, reach, reach);
        for (qsizetype i = 1; i < line.size(); ++i) {
            QPointF a = line.at(i - 1);
            QPointF b = line.at(i);
            if (!QRectF(a, b).normalized().adjusted(-0.5, -0.5, 0.5, 0.5).intersects(area))
                continue;
            // Liang-Barsky: does the segment a-b meet the area?
            qreal t0 = 0;
            qreal t1 = 1;
            const QPointF d = b - a;
            const qreal p[] = {-d.x(), d.x(), -d.y(), d.y()};
            const qreal q[] = {a.x() - area.left(), area.right() - a.x(), a.y() - area.top(), area.bottom() - a.y()};
            bool outside = false;
            for (int k = 0; k < 4 && !outside; ++k) {
                if (p[k] == 0) {
                    outside = q[k] < 0;
                } else {
                    const qreal r = q[k] / p[k];
                    if (p[k] < 0)
                        t0 = std::max(t0, r);
                    else
                        t1 = std::min(t1, r);
                    outside = t0 > t1;
                }
            }
            if (!outside)
                return true;
        }
        return false;
    };
    QRegion cards;
    for (const QRectF &card : std::as_const(m_cardsInTheWay)) {
        if (!card.intersects(m_bounds) || !near(card))
            continue;
        const QRect rect = card.toRect();
        const int radius = std::min({int(CardRadius), rect.width() / 2, rect.height() / 2});
        if (radius <= 0) {
            cards += rect;
            continue;
        }
        const int diameter = 2 * radius;
        cards += rect.adjusted(radius, 0, -radius, 0);
        cards += rect.adjusted(0, radius, 0, -radius);
        cards += QRegion(rect.left(), rect.top(), diameter, diameter, QRegion::Ellipse);
        cards += QRegion(rect.right() - diameter + 1, rect.top(), diameter, diameter, QRegion::Ellipse);
        cards += QRegion(rect.left(), rect.bottom() - diameter + 1, diameter, diameter, QRegion::Ellipse);
        cards += QRegion(rect.right() - diameter + 1, rect.bottom() - diameter + 1, diameter, diameter,
                         QRegion::Ellipse);
    }
    if (cards.isEmpty())
        return;
    m_lineClip = QRegion(m_bounds.toAlignedRect()).subtracted(cards);
    m_clipLine = true;
}

QRectF TriggerItem::labelRectAt(qreal position) const
{
    if (m_shownLabel.isEmpty() || m_curve.isEmpty())
        return {};
    const QFontMetricsF metrics(captionFont());
    const QStringList lines = m_shownLabel.split(QLatin1Char('\n'));
    qreal textWidth = 0;
    for (const QString &line : lines)
        textWidth = std::max(textWidth, metrics.horizontalAdvance(line));
    const QSizeF size(textWidth + 2 * LabelPadding, lines.size() * metrics.height() + 2 * LabelVerticalPadding);
    const QPointF centre = m_curve.pointAtPercent(std::clamp(position, 0.0, 1.0));
    return QRectF(centre - QPointF(size.width() / 2, size.height() / 2), size);
}

void TriggerItem::setLabelPosition(qreal position)
{
    if (qFuzzyCompare(position, m_labelPosition))
        return;
    prepareGeometryChange();
    m_labelPosition = position;
    m_labelRect = labelRectAt(position);
    updateBounds();
}

QRectF TriggerItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath TriggerItem::shape() const
{
    // A generous band along the line: a thin curve is hard to hit, above all on a touchpad.
    QPainterPathStroker stroker;
    stroker.setWidth(12);
    stroker.setCapStyle(Qt::RoundCap);
    QPainterPath shape = stroker.createStroke(m_path);
    shape.addPolygon(m_head);
    if (!m_labelRect.isNull())
        shape.addRoundedRect(m_labelRect, LabelRadius, LabelRadius);
    return shape.simplified();
}

void TriggerItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    Q_UNUSED(widget)
    if (m_path.isEmpty())
        return;
    const bool selected = option->state & QStyle::State_Selected;
    painter->setRenderHint(QPainter::Antialiasing);

    QPen pen = penFor(m_kind);
    QColor color = pen.color();
    if (selected) {
        color = selection();
        pen.setWidthF(pen.widthF() + 1);
    } else if (m_hovered) {
        color = primaryText();
    }
    pen.setColor(color);

    painter->save();
    if (m_lineClipDirty)
        buildLineClip();
    if (m_clipLine)
        painter->setClipRegion(m_lineClip, Qt::IntersectClip);
    const QRectF exposed = option->exposedRect;
    if (selected) {
        // A halo under the line, like the selected card's.
        QPen halo(QColor(color.red(), color.green(), color.blue(), 45), pen.widthF() + 7, Qt::SolidLine, Qt::RoundCap);
        strokeVisible(painter, halo, exposed);
    }
    strokeVisible(painter, pen, exposed);

    painter->setPen(QPen(color, 1, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->setBrush(color);
    painter->drawPolygon(m_head);
    painter->restore();

    if (!m_labelRect.isNull()) {
        painter->setPen(QPen(selected ? color : gridLine(), 1));
        painter->setBrush(boardBackground());
        painter->drawRoundedRect(m_labelRect, LabelRadius, LabelRadius);
        painter->setFont(captionFont());
        painter->setPen(selected ? color : primaryText());
        painter->drawText(m_labelRect, Qt::AlignCenter, m_shownLabel);
    }
}

void TriggerItem::buildSamples()
{
    m_samples.clear();
    if (m_path.elementCount() != 4 || m_path.elementAt(1).type != QPainterPath::CurveToElement)
        return;
    const QPointF p0 = m_path.elementAt(0);
    const QPointF p1 = m_path.elementAt(1);
    const QPointF p2 = m_path.elementAt(2);
    const QPointF p3 = m_path.elementAt(3);
    // About one sample per 16 units of the control polygon (an upper bound of the length).
    const qreal reach = QLineF(p0, p1).length() + QLineF(p1, p2).length() + QLineF(p2, p3).length();
    const int count = std::clamp(int(reach / 16), 8, 8192);
    m_samples.reserve(count + 1);
    qreal length = 0;
    QPointF previous = p0;
    for (int i = 0; i <= count; ++i) {
        const qreal t = qreal(i) / count;
        const qreal u = 1 - t;
        const QPointF point = u * u * u * p0 + 3 * u * u * t * p1 + 3 * u * t * t * p2 + t * t * t * p3;
        length += QLineF(previous, point).length();
        m_samples.append({t, point, length});
        previous = point;
    }
}

void TriggerItem::strokeVisible(QPainter *painter, const QPen &pen, const QRectF &exposed)
{
    // Stroking a whole arrow that runs across a big board costs as much as its length, seen
    // or not (rasterising a dotted line of thousands of dots): only the exposed runs of the
    // curve are stroked, each as the matching piece of the cubic, with the dash offset of
    // where it starts so that dots and dashes stay where the whole line would put them.
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    const qreal margin = pen.widthF() + 2;
    // The areas to stroke in: the exposed rect, or the strips a view repaints after a scroll.
    QList<QRectF> areas;
    const auto *journeyScene = qobject_cast<const JourneyScene *>(scene());
    const QRectF grown = exposed.adjusted(-margin, -margin, margin, margin);
    if (journeyScene && !journeyScene->paintedRects().isEmpty()) {
        for (const QRectF &rect : journeyScene->paintedRects()) {
            const QRectF area = mapRectFromScene(rect).adjusted(-margin, -margin, margin, margin) & grown;
            if (!area.isEmpty())
                areas.append(area);
        }
    } else if (!exposed.isEmpty()) {
        areas.append(grown);
    }
    const QRectF controls = m_path.controlPointRect();
    if (areas.isEmpty()) {
        if (!journeyScene || journeyScene->paintedRects().isEmpty())
            painter->drawPath(m_path); // nothing known about what shows: all of it
        return; // else the line lies in none of the painted strips
    }
    if (std::any_of(areas.cbegin(), areas.cend(), [&](const QRectF &a) { return a.contains(controls); })) {
        painter->drawPath(m_path);
        return;
    }
    if (m_samples.isEmpty())
        buildSamples();
    if (m_samples.size() < 2) {
        painter->drawPath(m_path);
        return;
    }
    const QPointF p0 = m_path.elementAt(0);
    const QPointF p1 = m_path.elementAt(1);
    const QPointF p2 = m_path.elementAt(2);
    const QPointF p3 = m_path.elementAt(3);
    const bool dashed = pen.style() != Qt::SolidLine && pen.widthF() > 0;
    qsizetype runStart = -1;
    for (qsizetype i = 0; i + 1 <= m_samples.size(); ++i) {
        bool visible = false;
        if (i + 1 < m_samples.size()) {
            const QRectF segment = QRectF(m_samples.at(i).point, m_samples.at(i + 1).point)
                                       .normalized()
                                       .adjusted(-0.5, -0.5, 0.5, 0.5); // a level segment's rect is empty
            visible = std::any_of(areas.cbegin(), areas.cend(), [&](const QRectF &a) { return a.intersects(segment); });
        }
        if (visible && runStart < 0)
            runStart = i;
        if (visible || runStart < 0)
            continue;
        // The run of segments runStart .. i - 1 ends at sample i.
        const Sample &from = m_samples.at(runStart);
        const Sample &to = m_samples.at(i);
        QPen piece = pen;
        if (dashed)
            piece.setDashOffset(pen.dashOffset() + from.length / pen.widthF());
        painter->setPen(piece);
        painter->drawPath(subCubic(p0, p1, p2, p3, from.t, to.t));
        runStart = -1;
    }
}

QVariant TriggerItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemSelectedHasChanged)
        setZValue(value.toBool() ? 4 : 3); // the selected arrow on top of crossing ones
    return QGraphicsItem::itemChange(change, value);
}

void TriggerItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = true;
    update();
    QGraphicsItem::hoverEnterEvent(event);
}

void TriggerItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = false;
    update();
    QGraphicsItem::hoverLeaveEvent(event);
}

} // namespace jl
