#include "StepItem.h"

#include "CanvasStyle.h"
#include "ChannelIcons.h"
#include "JourneyScene.h"

#include <QCursor>
#include <QFontMetricsF>
#include <QGraphicsSceneHoverEvent>
#include <QPainter>
#include <QRegularExpression>
#include <QStyleOptionGraphicsItem>
#include <QTextLayout>

#include <algorithm>
#include <utility>

namespace jl {

namespace {

using namespace canvas;

constexpr qreal Padding = 12;
constexpr qreal IconSize = 20;
constexpr qreal InitialsSize = 24;
constexpr qreal EmotionSize = 18;
constexpr qreal TitleTop = 38;
constexpr qreal TitleLineHeight = 17; // two lines end above a sub-journey badge
constexpr qreal BadgeHeight = 20;
constexpr qreal HaloWidth = 4;
constexpr qreal ConnectorRadius = 7;
constexpr qreal FindingBadgeHeight = 18;
constexpr int FindingsInToolTip = 12; // a long list is cut: the Checks panel has them all

QRectF cardRect()
{
    return QRectF(0, 0, CardWidth, CardHeight);
}

QPainterPath cardPath()
{
    QPainterPath path;
    path.addRoundedRect(cardRect(), CardRadius, CardRadius);
    return path;
}

void paintEmotion(QPainter *painter, const QRectF &rect, int emotion)
{
    // A face rather than a bare dot: the mood reads without a legend, also for colour-blind people.
    painter->setPen(Qt::NoPen);
    painter->setBrush(emotionColor(emotion));
    painter->drawEllipse(rect);

    const QColor ink(0x1E, 0x29, 0x3B, 210);
    const qreal s = rect.width() / 18.0;
    const QPointF o = rect.topLeft();
    painter->setBrush(ink);
    painter->drawEllipse(o + QPointF(6.2 * s, 7.2 * s), 1.25 * s, 1.25 * s);
    painter->drawEllipse(o + QPointF(11.8 * s, 7.2 * s), 1.25 * s, 1.25 * s);

    QPainterPath mouth;
    const qreal mouthY = 12.0 * s - std::max(0, emotion) * 0.4 * s + std::max(0, -emotion) * 0.6 * s;
    mouth.moveTo(o + QPointF(5.6 * s, mouthY));
    mouth.quadTo(o + QPointF(9 * s, mouthY + emotion * 1.7 * s), o + QPointF(12.4 * s, mouthY));
    QPen pen(ink, 1.4 * s);
    pen.setCapStyle(Qt::RoundCap);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(mouth);
}

} // namespace

StepItem::StepItem(StepId step, QGraphicsItem *parent)
    : QGraphicsItem(parent),
      m_step(step)
{
    setFlags(ItemIsSelectable | ItemIsMovable);
    // Positions are reported so that triggers follow a dragged card.
    setFlag(ItemSendsScenePositionChanges);
    setAcceptHoverEvents(true);
    setCursor(Qt::SizeAllCursor);
    setZValue(2);
}

void StepItem::setCard(const Card &card)
{
    prepareGeometryChange(); // the badge may come or go
    m_card = card;
    layoutTitle();
    layoutSynonymMarks();
    updateToolTip();
    update();
}

void StepItem::setFindings(const QStringList &messages)
{
    if (messages == m_findings)
        return;
    prepareGeometryChange(); // the badge may come, go or change its width
    m_findings = messages;
    m_overFindingBadge = m_overFindingBadge && !m_findings.isEmpty();
    updateToolTip();
    update();
}

void StepItem::setSynonymHints(const QList<SynonymHint> &hints)
{
    if (hints == m_synonymHints)
        return;
    m_synonymHints = hints;
    layoutSynonymMarks();
    updateToolTip();
    update();
}

QRectF StepItem::sceneFindingBadgeRect() const
{
    return m_findings.isEmpty() ? QRectF() : mapRectToScene(findingBadgeRect());
}

QRectF StepItem::findingBadgeRect() const
{
    // A notification badge on the top-right corner: clear of the sub-journey tab at the bottom
    // and of the connector handle on the right edge.
    if (m_findings.isEmpty())
        return {};
    const QString text = m_findings.size() > 99 ? QStringLiteral("99+") : QString::number(m_findings.size());
    static const qreal digitWidth = QFontMetricsF(badgeFont()).horizontalAdvance(QLatin1Char('0'));
    const qreal width = std::max(FindingBadgeHeight, digitWidth * text.size() + 10);
    return QRectF(CardWidth + 5 - width, -FindingBadgeHeight / 2 + 1, width, FindingBadgeHeight);
}

QString StepItem::findingsToolTip() const
{
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>").arg(tr("%n check finding(s)", nullptr, int(m_findings.size())));
    for (qsizetype i = 0; i < m_findings.size() && i < FindingsInToolTip; ++i)
        lines << QStringLiteral("• %1").arg(m_findings.at(i).toHtmlEscaped());
    if (m_findings.size() > FindingsInToolTip)
        lines << tr("… and %n more in the Checks panel", nullptr, int(m_findings.size() - FindingsInToolTip));
    return lines.join(QStringLiteral("<br>"));
}

QRectF StepItem::sceneCardRect() const
{
    return mapRectToScene(cardRect());
}

QRectF StepItem::sceneBadgeRect() const
{
    return m_card.subJourneys.isEmpty() ? QRectF() : mapRectToScene(badgeRect());
}

QRectF StepItem::sceneConnectorRect() const
{
    return mapRectToScene(connectorRect());
}

QRectF StepItem::sceneTitleRect() const
{
    return mapRectToScene(QRectF(Padding, TitleTop - 4, CardWidth - 2 * Padding, TitleLineHeight + 8));
}

QRectF StepItem::connectorRect()
{
    return QRectF(CardWidth - ConnectorRadius, CardHeight / 2 - ConnectorRadius, 2 * ConnectorRadius,
                  2 * ConnectorRadius);
}

QString StepItem::initials(const QString &name)
{
    const QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString result;
    if (!words.isEmpty())
        result += words.first().at(0).toUpper();
    if (words.size() > 1)
        result += words.last().at(0).toUpper();
    return result;
}

QRectF StepItem::boundingRect() const
{
    // Halo of the selection, the drop shadow below and the badges hanging over the edges.
    const qreal below = m_card.subJourneys.isEmpty() ? HaloWidth + 2 : BadgeHeight / 2 + 2;
    const QRectF rect = cardRect().adjusted(-HaloWidth - 1, -HaloWidth - 1, ConnectorRadius + 2, below + 1);
    return m_findings.isEmpty() ? rect : rect | findingBadgeRect().adjusted(-1, -1, 1, 1);
}

QPainterPath StepItem::shape() const
{
    QPainterPath path = cardPath();
    // The handle is part of the card for the mouse even when hidden: hovering shows it.
    path.addEllipse(connectorRect());
    if (!m_card.subJourneys.isEmpty())
        path.addRoundedRect(badgeRect(), BadgeHeight / 2, BadgeHeight / 2);
    if (!m_findings.isEmpty()) // hovered for its tooltip
        path.addRoundedRect(findingBadgeRect(), FindingBadgeHeight / 2, FindingBadgeHeight / 2);
    return path;
}

QRectF StepItem::badgeRect() const
{
    const QFontMetricsF metrics(badgeFont());
    const QString text = m_card.subJourneys.size() == 1
        ? tr("Sub-journey")
        : tr("%n sub-journey(s)", nullptr, int(m_card.subJourneys.size()));
    const qreal width = 8 + 12 + 5 + metrics.horizontalAdvance(text) + 10;
    return QRectF(CardWidth - Padding - width, CardHeight - BadgeHeight / 2, width, BadgeHeight);
}

void StepItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    Q_UNUSED(widget)
    const bool selected = option->state & QStyle::State_Selected;
    const StepKind kind = m_card.kind;
    const QColor accent = kindAccent(kind);
    const QPainterPath body = cardPath();
    painter->setRenderHint(QPainter::Antialiasing);

    // A soft two-layer shadow: cheaper and crisper than a blur effect, and it scales with zoom.
    painter->setPen(Qt::NoPen);
    if (selected) {
        painter->setBrush(QColor(selection().red(), selection().green(), selection().blue(), 45));
        painter->drawRoundedRect(cardRect().adjusted(-HaloWidth, -HaloWidth, HaloWidth, HaloWidth),
                                 CardRadius + HaloWidth, CardRadius + HaloWidth);
    } else {
        const int strength = m_hovered ? 2 : 1;
        painter->setBrush(QColor(15, 23, 42, 10 * strength));
        painter->drawPath(body.translated(0, 3 * strength));
        painter->setBrush(QColor(15, 23, 42, 16 * strength));
        painter->drawPath(body.translated(0, 1));
    }

    // Body and the kind's accent stripe.
    painter->setBrush(cardBackground(kind));
    painter->drawPath(body);
    painter->save();
    painter->setClipPath(body);
    painter->fillRect(QRectF(0, 0, 5, CardHeight), accent);
    painter->restore();

    QPen border(m_hovered ? QColor(0x94, 0xA3, 0xB8) : cardBorder(), 1);
    if (kind == StepKind::Outcome)
        border = QPen(accent, 2.5); // an outcome ends a path: it gets the strongest outline
    if (selected)
        border = QPen(selection(), 2);
    painter->setPen(border);
    painter->setBrush(Qt::NoBrush);
    const qreal inset = border.widthF() / 2;
    painter->drawRoundedRect(cardRect().adjusted(inset, inset, -inset, -inset), CardRadius - inset, CardRadius - inset);

    // Top row: channel icon and caption at the left, emotion and owner at the right.
    const qreal rowCenter = Padding + InitialsSize / 2 - 1;
    qreal left = Padding + 3;
    const QColor iconColor = kind == StepKind::Backstage ? secondaryText() : accent.darker(115);
    const QRectF iconRect(left, rowCenter - IconSize / 2, IconSize, IconSize);
    if (!m_card.channelName.isEmpty()) {
        ChannelIcons::paint(painter, iconRect, m_card.channelIcon, iconColor);
        left += IconSize + 6;
    } else if (kind == StepKind::Backstage) {
        ChannelIcons::paintSymbol(painter, iconRect, QStringLiteral("step-backstage"), iconColor);
        left += IconSize + 6;
    }

    qreal right = CardWidth - Padding;
    if (!m_card.ownerName.isEmpty()) {
        const QRectF circle(right - InitialsSize, rowCenter - InitialsSize / 2, InitialsSize, InitialsSize);
        painter->setPen(Qt::NoPen);
        painter->setBrush(personColor(m_card.ownerName));
        painter->drawEllipse(circle);
        painter->setFont(badgeFont());
        painter->setPen(Qt::white);
        painter->drawText(circle, Qt::AlignCenter, initials(m_card.ownerName));
        right -= InitialsSize + 5;
    }
    paintEmotion(painter, QRectF(right - EmotionSize, rowCenter - EmotionSize / 2, EmotionSize, EmotionSize),
                 m_card.emotion);
    right -= EmotionSize + 6;

    // Decisions and outcomes say so (their lane also holds customer actions); other cards
    // name their channel, which the icon alone does not tell a newcomer.
    QString caption = m_card.channelName;
    if (kind == StepKind::Decision || kind == StepKind::Outcome || caption.isEmpty())
        caption = displayName(kind);
    if (kind == StepKind::Decision) {
        // The flowchart diamond, small, in front of the caption.
        const qreal d = 5;
        const QPointF c(left + d, rowCenter);
        const QPointF diamond[] = {c + QPointF(0, -d), c + QPointF(d, 0), c + QPointF(0, d), c + QPointF(-d, 0)};
        painter->setPen(Qt::NoPen);
        painter->setBrush(accent);
        painter->drawPolygon(diamond, 4);
        left += 2 * d + 5;
    }
    const QFont smallFont = captionFont();
    painter->setFont(smallFont);
    painter->setPen(kind == StepKind::Decision || kind == StepKind::Outcome ? accent.darker(120) : secondaryText());
    const QFontMetricsF captionMetrics(smallFont);
    const QRectF captionRect(left, rowCenter - captionMetrics.height() / 2, std::max(0.0, right - left),
                             captionMetrics.height());
    painter->drawText(captionRect, Qt::AlignLeft | Qt::AlignVCenter,
                      captionMetrics.elidedText(caption, Qt::ElideRight, captionRect.width()));

    // Title, up to two lines.
    painter->setFont(titleFont());
    painter->setPen(primaryText());
    for (int i = 0; i < m_titleLines.size(); ++i) {
        const QRectF line(Padding + 3, TitleTop + i * TitleLineHeight, CardWidth - 2 * Padding - 3, TitleLineHeight);
        painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter, m_titleLines.at(i));
    }
    if (!m_synonymMarks.isEmpty()) {
        painter->setPen(QPen(synonymColor(), 1.3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(m_synonymMarks);
    }

    // Sub-journey badge, hanging over the bottom edge like a tab: there is more behind this card.
    if (!m_card.subJourneys.isEmpty()) {
        const QRectF badge = badgeRect();
        const QColor badgeColor = kindAccent(StepKind::CustomerAction);
        painter->setPen(QPen(badgeColor, 1));
        painter->setBrush(QColor(0xEE, 0xF0, 0xFD));
        painter->drawRoundedRect(badge, BadgeHeight / 2, BadgeHeight / 2);
        ChannelIcons::paintSymbol(painter, QRectF(badge.left() + 8, badge.center().y() - 6, 12, 12),
                                  QStringLiteral("subjourney"), badgeColor);
        painter->setFont(badgeFont());
        painter->setPen(badgeColor.darker(115));
        painter->drawText(badge.adjusted(8 + 12 + 5, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                          m_card.subJourneys.size() == 1
                              ? tr("Sub-journey")
                              : tr("%n sub-journey(s)", nullptr, int(m_card.subJourneys.size())));
    }

    // Model-check findings: a count on the corner; the tooltip names them.
    if (!m_findings.isEmpty()) {
        const QRectF badge = findingBadgeRect();
        painter->setPen(QPen(Qt::white, 1.5)); // stands out on the card, its border and arrows
        painter->setBrush(findingColor());
        painter->drawRoundedRect(badge, FindingBadgeHeight / 2, FindingBadgeHeight / 2);
        QFont font = badgeFont();
        font.setWeight(QFont::Bold);
        painter->setFont(font);
        painter->setPen(Qt::white);
        painter->drawText(badge, Qt::AlignCenter,
                          m_findings.size() > 99 ? QStringLiteral("99+") : QString::number(m_findings.size()));
    }

    // Connector handle: drag from here to another card to add a trigger.
    if (m_hovered || selected) {
        const QRectF handle = connectorRect().adjusted(1, 1, -1, -1);
        painter->setPen(QPen(Qt::white, 1.5));
        painter->setBrush(selection());
        painter->drawEllipse(handle);
        painter->setPen(QPen(Qt::white, 1.6, Qt::SolidLine, Qt::RoundCap));
        const QPointF c = handle.center();
        painter->drawLine(c + QPointF(-2.5, 0), c + QPointF(2.5, 0));
        painter->drawLine(c + QPointF(0, -2.5), c + QPointF(0, 2.5));
    }
}

void StepItem::layoutTitle()
{
    m_titleLines.clear();
    const QString title = m_card.title.simplified();
    const QFont font = titleFont();
    const QFontMetricsF metrics(font);
    const qreal width = CardWidth - 2 * Padding - 3;

    QTextLayout layout(title, font);
    layout.beginLayout();
    int consumed = 0;
    for (;;) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        if (m_titleLines.size() == 1) {
            // The last allowed line takes the rest of the title, elided.
            m_titleLines.append(metrics.elidedText(title.mid(consumed), Qt::ElideRight, width));
            break;
        }
        m_titleLines.append(title.mid(line.textStart(), line.textLength()).trimmed());
        consumed = line.textStart() + line.textLength();
    }
    layout.endLayout();
    // A single word wider than the card is cut by the layout, not elided: elide it here.
    for (QString &line : m_titleLines)
        line = metrics.elidedText(line, Qt::ElideRight, width);
}

void StepItem::layoutSynonymMarks()
{
    // A wavy line under each use of a synonym, like a spelling mark: the title stays readable
    // and the tooltip says which term the glossary prefers.
    m_synonymMarks = QPainterPath();
    if (m_synonymHints.isEmpty())
        return;
    const QFontMetricsF metrics(titleFont());
    const auto addWave = [this](qreal x0, qreal x1, qreal y) {
        constexpr qreal HalfWave = 2.5;
        m_synonymMarks.moveTo(x0, y);
        bool up = true;
        for (qreal x = x0; x < x1; up = !up) {
            const qreal next = std::min(x + HalfWave, x1);
            m_synonymMarks.quadTo((x + next) / 2, y + (up ? -1.8 : 1.8), next, y);
            x = next;
        }
    };
    const qreal left = Padding + 3;
    for (int i = 0; i < m_titleLines.size(); ++i) {
        const QString &line = m_titleLines.at(i);
        const qreal top = TitleTop + i * TitleLineHeight;
        const qreal underline = top + (TitleLineHeight - metrics.height()) / 2 + metrics.ascent() + 2.5;
        for (const SynonymHint &hint : std::as_const(m_synonymHints)) {
            // Matched as findSynonymUses() matches it: whole words, any run of spaces between.
            QStringList words = hint.synonym.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
            for (QString &w : words)
                w = QRegularExpression::escape(w);
            const QRegularExpression word(QStringLiteral("(?<![\\p{L}\\p{N}])") + words.join(QStringLiteral("\\s+"))
                                              + QStringLiteral("(?![\\p{L}\\p{N}])"),
                                          QRegularExpression::CaseInsensitiveOption
                                              | QRegularExpression::UseUnicodePropertiesOption);
            if (words.isEmpty())
                continue;
            for (auto it = word.globalMatch(line); it.hasNext();) {
                const QRegularExpressionMatch match = it.next();
                const qreal x0 = left + metrics.horizontalAdvance(line.left(match.capturedStart()));
                addWave(x0, x0 + metrics.horizontalAdvance(match.captured()), underline);
            }
        }
    }
    if (m_synonymMarks.isEmpty() && !m_titleLines.isEmpty()) {
        // The synonym was elided away: mark the title as a whole.
        const qreal underline =
            TitleTop + (TitleLineHeight - metrics.height()) / 2 + metrics.ascent() + 2.5;
        addWave(left, left + metrics.horizontalAdvance(m_titleLines.first()), underline);
    }
}

QString StepItem::toolTipText() const
{
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>").arg(m_card.title.toHtmlEscaped());
    lines << displayName(m_card.kind);
    if (!m_card.channelName.isEmpty())
        lines << tr("Channel: %1").arg(m_card.channelName.toHtmlEscaped());
    if (!m_card.ownerName.isEmpty())
        lines << tr("Owner: %1").arg(m_card.ownerName.toHtmlEscaped());
    lines << tr("Expected emotion: %1").arg(emotionName(m_card.emotion));
    for (const QString &journey : m_card.subJourneys)
        lines << tr("Detailed in: %1").arg(journey.toHtmlEscaped());
    if (!m_card.description.isEmpty())
        lines << QStringLiteral("<i>%1</i>").arg(m_card.description.toHtmlEscaped());
    for (const SynonymHint &hint : m_synonymHints)
        lines << tr("Uses “%1”; the glossary term is “%2”")
                     .arg(hint.synonym.toHtmlEscaped(), hint.preferredTerm.toHtmlEscaped());
    if (!m_findings.isEmpty())
        lines << tr("%n check finding(s): point at the badge", nullptr, int(m_findings.size()));
    return lines.join(QStringLiteral("<br>"));
}

void StepItem::updateToolTip()
{
    setToolTip(m_overFindingBadge ? findingsToolTip() : toolTipText());
}

QVariant StepItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemScenePositionHasChanged) {
        if (auto *journeyScene = qobject_cast<JourneyScene *>(scene()))
            journeyScene->stepMoved(m_step);
    }
    return QGraphicsItem::itemChange(change, value);
}

void StepItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = true;
    update();
    QGraphicsItem::hoverEnterEvent(event);
}

void StepItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    // Over the handle the pointer says "connect", elsewhere "move".
    setCursor(connectorRect().adjusted(-2, -2, 2, 2).contains(event->pos()) ? Qt::CrossCursor : Qt::SizeAllCursor);
    // The scene shows an item's one tooltip: over the findings badge, it lists the findings.
    const bool overBadge = !m_findings.isEmpty() && findingBadgeRect().adjusted(-1, -1, 1, 1).contains(event->pos());
    if (overBadge != m_overFindingBadge) {
        m_overFindingBadge = overBadge;
        updateToolTip();
    }
    QGraphicsItem::hoverMoveEvent(event);
}

void StepItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = false;
    if (std::exchange(m_overFindingBadge, false))
        updateToolTip();
    update();
    QGraphicsItem::hoverLeaveEvent(event);
}

} // namespace jl
