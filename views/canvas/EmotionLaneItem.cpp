#include "EmotionLaneItem.h"

#include "CanvasStyle.h"
#include "JourneyScene.h"
#include "document/Workspace.h"
#include "domain/Enums.h"

#include <QActionGroup>
#include <QFontMetricsF>
#include <QGraphicsSceneContextMenuEvent>
#include <QGraphicsSceneHoverEvent>
#include <QGraphicsSceneMouseEvent>
#include <QImage>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QPointer>
#include <QStyleOptionGraphicsItem>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace jl {

namespace {

using namespace canvas;

constexpr qreal PlotMargin = 18; // above MaxEmotion and below MinEmotion
constexpr qreal DotRadius = 5;
constexpr qreal HitRadius = 9; // a dot is easy to grab, also at a small zoom
constexpr qreal PhotoSize = 34;
constexpr qreal TextLeft = 20;
constexpr qreal AccentWidth = 5;
constexpr qreal ScaleWidth = 26; // the +2 … −2 scale at the right of the label column

QString signedEmotion(int emotion)
{
    // A real minus sign: "−2" reads as a number, "-2" as a dash on a projector.
    return emotion > 0 ? QStringLiteral("+%1").arg(emotion)
                       : emotion < 0 ? QStringLiteral("−%1").arg(-emotion) : QStringLiteral("0");
}

QPixmap roundPhoto(const QByteArray &encoded)
{
    if (encoded.isEmpty())
        return {};
    const QImage image = QImage::fromData(encoded);
    if (image.isNull())
        return {};
    // Square crop from the middle, drawn in a circle like the persona editor's portrait.
    const int side = std::min(image.width(), image.height());
    const QImage square = image.copy((image.width() - side) / 2, (image.height() - side) / 2, side, side);
    constexpr int Pixels = int(PhotoSize) * 2; // crisp at 200 % and in a 2x export
    QPixmap round(Pixels, Pixels);
    round.fill(Qt::transparent);
    QPainter painter(&round);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform);
    QPainterPath circle;
    circle.addEllipse(QRectF(0, 0, Pixels, Pixels));
    painter.setClipPath(circle);
    painter.drawImage(QRectF(0, 0, Pixels, Pixels),
                      square.scaled(Pixels, Pixels, Qt::IgnoreAspectRatio, Qt::SmoothTransformation));
    return round;
}

} // namespace

EmotionLaneItem::EmotionLaneItem(PersonaId persona, const QString &name, const QByteArray &photo, const QRectF &rect,
                                 QGraphicsItem *parent)
    : QGraphicsItem(parent),
      m_persona(persona),
      m_name(name),
      m_photo(roundPhoto(photo)),
      m_rect(0, 0, rect.width(), rect.height())
{
    setPos(rect.topLeft());
    // Above the board's columns and lanes, below cards and arrows.
    setZValue(1);
    setAcceptHoverEvents(true);
    // Painting only the exposed part of a long curve keeps panning a big journey cheap.
    setFlag(ItemUsesExtendedStyleOption);
    setToolTip(laneToolTip());
}

QRectF EmotionLaneItem::boundingRect() const
{
    return m_rect.adjusted(0, -1, 0, 0);
}

void EmotionLaneItem::setPoints(QList<Point> points)
{
    m_points = std::move(points);
    m_hoveredDot = -1;
    m_dragIndex = -1;
    sortPoints();
    update();
}

void EmotionLaneItem::sortPoints()
{
    std::sort(m_points.begin(), m_points.end(), [](const Point &a, const Point &b) {
        return a.x != b.x ? a.x < b.x : a.step < b.step;
    });
    rebuildCurve();
}

void EmotionLaneItem::rebuildCurve()
{
    m_curve.clear();
    m_curve.reserve(m_points.size());
    const qreal left = pos().x();
    for (const Point &point : std::as_const(m_points))
        m_curve.append(QPointF(point.x - left, yForEmotion(point.emotion) - pos().y()));
}

std::optional<EmotionLaneItem::Point> EmotionLaneItem::point(StepId step) const
{
    for (const Point &point : m_points) {
        if (point.step == step)
            return point;
    }
    return std::nullopt;
}

QPointF EmotionLaneItem::dotPosition(StepId step) const
{
    for (qsizetype i = 0; i < m_points.size(); ++i) {
        if (m_points.at(i).step == step)
            return mapToScene(m_curve.at(i));
    }
    return {};
}

int EmotionLaneItem::dotAt(const QPointF &scenePos) const
{
    const QPointF local = mapFromScene(scenePos);
    if (!m_rect.contains(local) || local.x() < LabelColumnWidth)
        return -1;
    // The points are sorted by x: look only at those within reach.
    const auto first = std::lower_bound(m_curve.cbegin(), m_curve.cend(), local.x() - HitRadius,
                                        [](const QPointF &p, qreal x) { return p.x() < x; });
    int best = -1;
    qreal bestDistance = HitRadius;
    for (auto it = first; it != m_curve.cend() && it->x() <= local.x() + HitRadius; ++it) {
        const qreal distance = QLineF(*it, local).length();
        if (distance <= bestDistance) {
            bestDistance = distance;
            best = int(it - m_curve.cbegin());
        }
    }
    return best;
}

void EmotionLaneItem::moveStep(StepId step, qreal centreX)
{
    for (Point &point : m_points) {
        if (point.step == step) {
            point.x = centreX;
            sortPoints();
            update();
            return;
        }
    }
}

qreal EmotionLaneItem::yForEmotion(int emotion) const
{
    const qreal spacing = (m_rect.height() - 2 * PlotMargin) / (MaxEmotion - MinEmotion);
    return pos().y() + PlotMargin + (MaxEmotion - std::clamp(emotion, MinEmotion, MaxEmotion)) * spacing;
}

int EmotionLaneItem::emotionAtY(qreal sceneY) const
{
    const qreal spacing = (m_rect.height() - 2 * PlotMargin) / (MaxEmotion - MinEmotion);
    const qreal steps = (sceneY - pos().y() - PlotMargin) / spacing;
    return std::clamp(MaxEmotion - int(std::lround(steps)), MinEmotion, MaxEmotion);
}

bool EmotionLaneItem::setEmotion(StepId step, std::optional<int> emotion)
{
    auto *journeyScene = qobject_cast<JourneyScene *>(scene());
    Workspace *workspace = journeyScene ? journeyScene->workspace() : nullptr;
    if (!workspace)
        return false;
    const std::optional<Point> current = point(step);
    if (!current || (emotion && current->isOverride && current->emotion == *emotion)
        || (!emotion && !current->isOverride))
        return false; // nothing would change: no empty undo step
    return workspace->setPersonaEmotion(step, m_persona, emotion);
}

void EmotionLaneItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    Q_UNUSED(widget)
    const QRectF exposed = option->exposedRect.isEmpty() ? m_rect : option->exposedRect;
    painter->setRenderHint(QPainter::Antialiasing);

    // The line that separates the lane from the one above.
    painter->setPen(QPen(gridLine(), 1));
    painter->drawLine(QPointF(0, 0), QPointF(m_rect.width(), 0));

    // Levels: a faint line per value, the neutral one a little stronger.
    const qreal plotLeft = LabelColumnWidth;
    const qreal from = std::max(plotLeft, exposed.left());
    const qreal to = std::min(m_rect.right(), exposed.right());
    for (int emotion = MinEmotion; emotion <= MaxEmotion; ++emotion) {
        const qreal y = yForEmotion(emotion) - pos().y();
        QPen pen(emotion == 0 ? QColor(0xC4, 0xCC, 0xD7) : QColor(0xE2, 0xE7, 0xEE), 1);
        if (emotion != 0)
            pen.setDashPattern({3, 4});
        painter->setPen(pen);
        if (from < to)
            painter->drawLine(QPointF(from, y), QPointF(to, y));
    }

    if (exposed.left() < plotLeft)
        paintLabel(painter);
    if (m_points.isEmpty())
        return;

    // The curve and its dots, only where exposed (a journey of thousands of steps is long).
    const auto firstVisible = std::lower_bound(m_curve.cbegin(), m_curve.cend(), exposed.left() - 2 * DotRadius,
                                               [](const QPointF &p, qreal x) { return p.x() < x; });
    const auto lastVisible = std::lower_bound(firstVisible, m_curve.cend(), exposed.right() + 2 * DotRadius,
                                              [](const QPointF &p, qreal x) { return p.x() < x; });
    const qsizetype begin = std::max<qsizetype>(0, (firstVisible - m_curve.cbegin()) - 1);
    const qsizetype end = std::min<qsizetype>(m_curve.size(), (lastVisible - m_curve.cbegin()) + 1);
    QPolygonF shown = m_curve.mid(begin, end - begin);
    if (m_dragIndex >= begin && m_dragIndex < end)
        shown[m_dragIndex - begin].setY(yForEmotion(m_dragEmotion) - pos().y());
    const QColor colour = personColor(m_name);
    painter->setClipRect(QRectF(plotLeft, 0, m_rect.width() - plotLeft, m_rect.height()));
    // Steps at the same x (alternatives in one column, in different lanes) are one moment of
    // the journey: the curve passes through their mean, and a thin bar spans their values.
    QPolygonF line;
    QList<QLineF> ranges;
    for (qsizetype i = 0; i < shown.size();) {
        qsizetype j = i + 1;
        while (j < shown.size() && qAbs(shown.at(j).x() - shown.at(i).x()) < 1.0)
            ++j;
        qreal sum = 0;
        qreal top = shown.at(i).y();
        qreal bottom = top;
        for (qsizetype k = i; k < j; ++k) {
            sum += shown.at(k).y();
            top = std::min(top, shown.at(k).y());
            bottom = std::max(bottom, shown.at(k).y());
        }
        line << QPointF(shown.at(i).x(), sum / qreal(j - i));
        if (bottom > top)
            ranges << QLineF(shown.at(i).x(), top, shown.at(i).x(), bottom);
        i = j;
    }
    painter->setBrush(Qt::NoBrush);
    QColor rangeColour = colour;
    rangeColour.setAlphaF(0.45);
    painter->setPen(QPen(rangeColour, 1.4, Qt::SolidLine, Qt::RoundCap));
    for (const QLineF &range : std::as_const(ranges))
        painter->drawLine(range);
    painter->setPen(QPen(colour, 2.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->drawPolyline(line);

    for (qsizetype i = begin; i < end; ++i) {
        const Point &point = m_points.at(i);
        const int emotion = i == m_dragIndex ? m_dragEmotion : point.emotion;
        const QPointF centre = shown.at(i - begin);
        const qreal radius = (i == m_hoveredDot || i == m_dragIndex) ? DotRadius + 1.5 : DotRadius;
        if (point.isOverride || i == m_dragIndex) {
            painter->setPen(QPen(Qt::white, 1.5));
            painter->setBrush(emotionColor(emotion));
        } else {
            painter->setPen(QPen(emotionColor(emotion).darker(110), 2));
            painter->setBrush(Qt::white);
        }
        painter->drawEllipse(centre, radius, radius);
    }
}

void EmotionLaneItem::paintLabel(QPainter *painter)
{
    const QRectF panel(0, 0, LabelColumnWidth, m_rect.height());
    painter->fillRect(panel, labelPanelBackground());
    const QColor colour = personColor(m_name);
    painter->fillRect(QRectF(0, 0, AccentWidth, m_rect.height()), colour);
    painter->setPen(QPen(gridLine(), 1));
    painter->drawLine(panel.topRight(), panel.bottomRight());

    // The scale, so a dot's height reads as a value.
    QFont scaleFont = captionFont();
    scaleFont.setPixelSize(10);
    painter->setFont(scaleFont);
    for (int emotion = MinEmotion; emotion <= MaxEmotion; ++emotion) {
        const qreal y = yForEmotion(emotion) - pos().y();
        painter->setPen(Qt::NoPen);
        painter->setBrush(emotionColor(emotion));
        painter->drawEllipse(QPointF(LabelColumnWidth - 8, y), 3, 3);
        painter->setPen(secondaryText());
        painter->drawText(QRectF(LabelColumnWidth - ScaleWidth - 8, y - 7, ScaleWidth - 4, 14),
                          Qt::AlignRight | Qt::AlignVCenter, signedEmotion(emotion));
    }

    qreal textLeft = TextLeft;
    const qreal textRight = LabelColumnWidth - ScaleWidth - 12;
    if (!m_photo.isNull()) {
        const QRectF photo(TextLeft, 14, PhotoSize, PhotoSize);
        painter->drawPixmap(photo, m_photo, QRectF(m_photo.rect()));
        painter->setPen(QPen(colour, 1.5));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(photo);
        textLeft += PhotoSize + 8;
    }
    const qreal width = std::max(20.0, textRight - textLeft);
    const QFont nameFont = laneFont();
    const QFontMetricsF metrics(nameFont);
    painter->setFont(nameFont);
    painter->setPen(primaryText());
    // Up to two lines: persona names are often a phrase ("Busy parent on the go").
    QStringList lines;
    QTextLayout layout(m_name, nameFont);
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        if (lines.size() == 1) {
            lines << metrics.elidedText(m_name.mid(line.textStart()), Qt::ElideRight, width);
            break;
        }
        lines << metrics.elidedText(m_name.mid(line.textStart(), line.textLength()).trimmed(), Qt::ElideRight, width);
    }
    layout.endLayout();
    qreal y = 14;
    for (const QString &line : std::as_const(lines)) {
        painter->drawText(QRectF(textLeft, y, width, metrics.height()), Qt::AlignLeft | Qt::AlignVCenter, line);
        y += metrics.height();
    }
    painter->setFont(captionFont());
    painter->setPen(secondaryText());
    painter->drawText(QRectF(textLeft, y + 2, width, 16), Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetricsF(captionFont()).elidedText(tr("Emotion curve"), Qt::ElideRight, width));
}

QString EmotionLaneItem::laneToolTip() const
{
    return tr("<b>%1</b><br>The emotion this persona is expected to feel at each step.<br>"
              "Filled dots are the persona's own; hollow dots follow the step. Drag a dot to change it.")
        .arg(m_name.toHtmlEscaped());
}

QString EmotionLaneItem::pointToolTip(const Point &point) const
{
    const QString value = QStringLiteral("%1 (%2)").arg(emotionName(point.emotion), signedEmotion(point.emotion));
    return QStringLiteral("<b>%1</b><br>%2<br>%3")
        .arg(point.stepName.toHtmlEscaped(), tr("%1 feels: %2").arg(m_name.toHtmlEscaped(), value),
             point.isOverride ? tr("The persona's own expectation") : tr("The step's expected emotion"));
}

void EmotionLaneItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    const int index = event->button() == Qt::LeftButton ? dotAt(event->scenePos()) : -1;
    if (index < 0) {
        event->ignore(); // empty lane: the view's rubber band
        return;
    }
    m_dragIndex = index;
    m_dragEmotion = m_points.at(index).emotion;
    update();
    event->accept();
}

void EmotionLaneItem::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_dragIndex < 0)
        return;
    const int emotion = emotionAtY(event->scenePos().y());
    if (emotion != m_dragEmotion) {
        m_dragEmotion = emotion;
        update();
    }
}

void EmotionLaneItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_dragIndex < 0)
        return;
    const Point point = m_points.at(m_dragIndex);
    const int emotion = emotionAtY(event->scenePos().y());
    m_dragIndex = -1;
    update();
    // Dropped where it was: no edit. Otherwise one undo step; the scene refreshes the lane.
    if (emotion != point.emotion)
        setEmotion(point.step, emotion);
}

void EmotionLaneItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    const int index = dotAt(event->scenePos());
    if (index != m_hoveredDot) {
        m_hoveredDot = index;
        if (index >= 0) {
            setCursor(Qt::SizeVerCursor);
            setToolTip(pointToolTip(m_points.at(index)));
        } else {
            unsetCursor();
            setToolTip(laneToolTip());
        }
        update();
    }
    QGraphicsItem::hoverMoveEvent(event);
}

void EmotionLaneItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    if (m_hoveredDot >= 0) {
        m_hoveredDot = -1;
        unsetCursor();
        setToolTip(laneToolTip());
        update();
    }
    QGraphicsItem::hoverLeaveEvent(event);
}

void EmotionLaneItem::contextMenuEvent(QGraphicsSceneContextMenuEvent *event)
{
    const int index = dotAt(event->scenePos());
    auto *journeyScene = qobject_cast<JourneyScene *>(scene());
    if (index < 0 || !journeyScene || !journeyScene->workspace()) {
        event->ignore();
        return;
    }
    const Point point = m_points.at(index);
    // The menu outlives this item when a rebuild replaces it: it keeps ids, not the item.
    const QPointer<Workspace> workspace = journeyScene->workspace();
    const PersonaId persona = m_persona;
    auto *menu = new QMenu(event->widget());
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QAction *reset = menu->addAction(tr("Use the Step's Emotion"));
    reset->setEnabled(point.isOverride);
    QObject::connect(reset, &QAction::triggered, menu, [workspace, step = point.step, persona] {
        if (workspace)
            workspace->setPersonaEmotion(step, persona, std::nullopt);
    });
    menu->addSeparator();
    auto *values = new QActionGroup(menu);
    for (int emotion = MaxEmotion; emotion >= MinEmotion; --emotion) {
        QAction *action = menu->addAction(QStringLiteral("%1  %2").arg(signedEmotion(emotion), emotionName(emotion)));
        action->setCheckable(true);
        action->setChecked(point.isOverride && point.emotion == emotion);
        values->addAction(action);
        if (point.isOverride && point.emotion == emotion)
            continue; // already so: no empty undo step
        QObject::connect(action, &QAction::triggered, menu, [workspace, step = point.step, persona, emotion] {
            if (workspace)
                workspace->setPersonaEmotion(step, persona, emotion);
        });
    }
    menu->popup(event->screenPos());
    event->accept();
}

} // namespace jl
