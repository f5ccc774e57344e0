#include "NoteItem.h"

#include "canvas/CanvasStyle.h"

#include <QCursor>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>

namespace jl {

namespace {

constexpr QSizeF CompactSize(112, 84);
constexpr QSizeF LargeSize(236, 128);
constexpr qreal Shadow = 5;
constexpr qreal Halo = 5;
constexpr int MaxDots = 8; // more votes are shown as a number only

QFont noteFont(int pixelSize, QFont::Weight weight)
{
    QFont font = QGuiApplication::font();
    font.setPixelSize(pixelSize);
    font.setWeight(weight);
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

// The text broken into at most maxLines lines of width, the last one elided.
QStringList wrap(const QString &text, const QFont &font, qreal width, int maxLines)
{
    QStringList lines;
    const QFontMetricsF metrics(font);
    QTextLayout layout(text, font);
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        if (lines.size() == maxLines - 1) {
            lines.append(metrics.elidedText(text.mid(line.textStart()).simplified(), Qt::ElideRight, width));
            break;
        }
        lines.append(text.mid(line.textStart(), line.textLength()).trimmed());
    }
    layout.endLayout();
    return lines;
}

} // namespace

NoteItem::NoteItem(const WorkshopNote &note, QGraphicsItem *parent)
    : QGraphicsItem(parent),
      m_note(note)
{
    setZValue(10); // above cards and arrows
    setCursor(Qt::PointingHandCursor);
    setAcceptHoverEvents(true);
    updateToolTip();
}

void NoteItem::setNote(const WorkshopNote &note)
{
    if (note == m_note)
        return;
    m_note = note;
    updateToolTip();
    update();
}

void NoteItem::setLarge(bool large)
{
    if (large == m_large)
        return;
    prepareGeometryChange();
    m_large = large;
    update();
}

QSizeF NoteItem::sizeFor(bool large)
{
    return large ? LargeSize : CompactSize;
}

void NoteItem::setCurrent(bool current)
{
    if (current == m_current)
        return;
    m_current = current;
    update();
}

QColor NoteItem::paperColor(NoteKind kind)
{
    return kind == NoteKind::Pain ? QColor(0xFF, 0xA8, 0xBA) : QColor(0xFF, 0xE3, 0x5C);
}

QColor NoteItem::inkColor(NoteKind kind)
{
    return kind == NoteKind::Pain ? QColor(0x5C, 0x0A, 0x22) : QColor(0x3D, 0x31, 0x00);
}

QRectF NoteItem::paperRect() const
{
    return QRectF(QPointF(0, 0), sizeFor(m_large));
}

QRectF NoteItem::voteRect() const
{
    if (m_note.kind != NoteKind::Idea)
        return {};
    const QRectF paper = paperRect();
    const qreal height = m_large ? 34 : 22;
    return QRectF(paper.left(), paper.bottom() - height, paper.width(), height);
}

QRectF NoteItem::sceneVoteRect() const
{
    const QRectF rect = voteRect();
    return rect.isEmpty() ? QRectF() : mapRectToScene(rect);
}

QRectF NoteItem::boundingRect() const
{
    return paperRect().adjusted(-Halo - 1, -Halo - 1, Halo + Shadow + 1, Halo + Shadow + 1);
}

void NoteItem::updateToolTip()
{
    QString tip =
        QStringLiteral("<b>%1</b><br>%2").arg(displayName(m_note.kind).toHtmlEscaped(), m_note.text.toHtmlEscaped());
    if (m_note.kind == NoteKind::Idea)
        tip += QStringLiteral("<br>") + tr("%n vote(s)", nullptr, m_note.votes);
    setToolTip(tip);
}

void NoteItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF paper = paperRect();
    const QColor colour = paperColor(m_note.kind);
    const QColor ink = inkColor(m_note.kind);
    const qreal scale = m_large ? 1.6 : 1.0;

    if (m_current) {
        painter->setPen(QPen(canvas::selection(), 3.5));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(paper.adjusted(-Halo + 1, -Halo + 1, Halo - 1, Halo - 1), 6, 6);
    }
    // A sticky note lifts at its lower edge: a soft shadow below, the paper on top.
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(15, 23, 42, 40));
    painter->drawRoundedRect(paper.translated(2, Shadow - 1), 3, 3);
    painter->setBrush(QColor(15, 23, 42, 30));
    painter->drawRoundedRect(paper.translated(1, 2), 3, 3);
    painter->setBrush(colour);
    painter->drawRoundedRect(paper, 3, 3);
    // The adhesive strip is a shade darker.
    const qreal stripHeight = 18 * scale;
    painter->setBrush(colour.darker(108));
    QPainterPath strip;
    strip.addRoundedRect(QRectF(paper.left(), paper.top(), paper.width(), stripHeight), 3, 3);
    strip.addRect(QRectF(paper.left(), paper.top() + stripHeight / 2, paper.width(), stripHeight / 2));
    painter->drawPath(strip.simplified());

    const qreal padding = 7 * scale;
    // Kind: a small mark and the name in capitals, so the notes read without colour too.
    QFont kindFont = noteFont(m_large ? 14 : 9, QFont::Bold);
    kindFont.setLetterSpacing(QFont::AbsoluteSpacing, m_large ? 1.2 : 0.8);
    painter->setFont(kindFont);
    painter->setPen(ink);
    const QRectF kindRect(paper.left() + padding, paper.top(), paper.width() - 2 * padding, stripHeight);
    const qreal mark = 7 * scale;
    const QRectF markRect(kindRect.left(), kindRect.center().y() - mark / 2, mark, mark);
    painter->setBrush(ink);
    painter->setPen(Qt::NoPen);
    if (m_note.kind == NoteKind::Pain) {
        painter->drawPolygon(
            QPolygonF({QPointF(markRect.center().x(), markRect.top()), markRect.bottomRight(), markRect.bottomLeft()}));
    } else {
        painter->drawEllipse(markRect);
    }
    painter->setPen(ink);
    painter->drawText(kindRect.adjusted(mark + 5 * scale, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                      displayName(m_note.kind).toUpper());

    // The text.
    const QFont textFont = noteFont(m_large ? 19 : 12, QFont::DemiBold);
    const QFontMetricsF metrics(textFont);
    const QRectF votes = voteRect();
    const qreal textTop = paper.top() + stripHeight + 4 * scale;
    const qreal textBottom = (votes.isEmpty() ? paper.bottom() : votes.top()) - 2 * scale;
    const int maxLines = std::max(1, int((textBottom - textTop) / metrics.lineSpacing()));
    const QStringList lines = wrap(m_note.text, textFont, paper.width() - 2 * padding, maxLines);
    painter->setFont(textFont);
    qreal y = textTop;
    for (const QString &line : lines) {
        painter->drawText(QRectF(paper.left() + padding, y, paper.width() - 2 * padding, metrics.lineSpacing()),
                          Qt::AlignLeft | Qt::AlignVCenter, line);
        y += metrics.lineSpacing();
    }

    // Dot votes: one sticker per vote, and the number.
    if (!votes.isEmpty()) {
        const qreal dot = 9 * scale;
        const qreal gap = 3 * scale;
        const QFont countFont = noteFont(m_large ? 20 : 12, QFont::Bold);
        const QString count = QString::number(m_note.votes);
        const qreal countWidth = QFontMetricsF(countFont).horizontalAdvance(count);
        const QRectF countRect(votes.right() - padding - countWidth, votes.top(), countWidth, votes.height());
        const int room = std::max(0, int((countRect.left() - gap - votes.left() - padding) / (dot + gap)));
        const int shown = std::min({m_note.votes, MaxDots, room});
        qreal x = votes.left() + padding;
        const qreal cy = votes.center().y() - scale;
        for (int i = 0; i < shown; ++i) {
            painter->setPen(QPen(Qt::white, 1.2 * scale));
            painter->setBrush(QColor(0x1D, 0x4E, 0xD8));
            painter->drawEllipse(QRectF(x, cy - dot / 2, dot, dot));
            x += dot + gap;
        }
        if (m_note.votes == 0) {
            // An empty sticker says where to click.
            painter->setPen(QPen(QColor(ink.red(), ink.green(), ink.blue(), 110), 1.2 * scale, Qt::DotLine));
            painter->setBrush(Qt::NoBrush);
            painter->drawEllipse(QRectF(x, cy - dot / 2, dot, dot));
        }
        painter->setFont(countFont);
        painter->setPen(m_note.votes > 0 ? QColor(0x1D, 0x4E, 0xD8) : QColor(ink.red(), ink.green(), ink.blue(), 130));
        painter->drawText(countRect.translated(0, -scale), Qt::AlignRight | Qt::AlignVCenter, count);
    }
    painter->restore();
}

} // namespace jl
