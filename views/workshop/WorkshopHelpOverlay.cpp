#include "WorkshopHelpOverlay.h"

#include <QFontMetricsF>
#include <QKeyEvent>
#include <QPainter>

#include <algorithm>

namespace jl {

WorkshopHelpOverlay::WorkshopHelpOverlay(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("workshopHelp"));
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Workshop keys"));
    hide();
}

void WorkshopHelpOverlay::open()
{
    setGeometry(parentWidget()->rect());
    show();
    raise();
    setFocus(Qt::OtherFocusReason);
}

bool WorkshopHelpOverlay::event(QEvent *event)
{
    // While the help is open every key closes it, none triggers a workshop shortcut.
    if (event->type() == QEvent::ShortcutOverride) {
        event->accept();
        return true;
    }
    return QWidget::event(event);
}

void WorkshopHelpOverlay::keyPressEvent(QKeyEvent *event)
{
    event->accept();
    hide();
}

void WorkshopHelpOverlay::mousePressEvent(QMouseEvent *event)
{
    Q_UNUSED(event);
    hide();
}

void WorkshopHelpOverlay::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), QColor(2, 6, 23, 200));

    QFont keyFont = font();
    keyFont.setPixelSize(20);
    keyFont.setBold(true);
    QFont textFont = font();
    textFont.setPixelSize(20);
    QFont titleFont = font();
    titleFont.setPixelSize(30);
    titleFont.setBold(true);
    const QFontMetricsF keyMetrics(keyFont);
    qreal keyWidth = 0;
    for (const Entry &entry : std::as_const(m_entries))
        keyWidth = std::max(keyWidth, keyMetrics.horizontalAdvance(entry.keys));
    keyWidth += 24;
    const QFontMetricsF textMetrics(textFont);
    qreal textWidth = 0;
    for (const Entry &entry : std::as_const(m_entries))
        textWidth = std::max(textWidth, textMetrics.horizontalAdvance(entry.description));
    const qreal rowHeight = 38;
    const qreal cardWidth = std::min<qreal>(keyWidth + 8 + textWidth + 90, this->width() - 80);
    const qreal cardHeight = 110 + m_entries.size() * rowHeight + 50;
    const QRectF card((this->width() - cardWidth) / 2, std::max<qreal>(30, (height() - cardHeight) / 2), cardWidth,
                      cardHeight);
    painter.setPen(QPen(QColor(0x33, 0x41, 0x55), 1));
    painter.setBrush(QColor(0x0F, 0x17, 0x2A));
    painter.drawRoundedRect(card, 16, 16);

    painter.setFont(titleFont);
    painter.setPen(QColor(0xF8, 0xFA, 0xFC));
    painter.drawText(QRectF(card.left() + 40, card.top() + 28, card.width() - 80, 44), Qt::AlignLeft | Qt::AlignVCenter,
                     tr("Workshop keys"));
    qreal y = card.top() + 96;
    for (const Entry &entry : std::as_const(m_entries)) {
        const QRectF keyRect(card.left() + 40, y, keyWidth, rowHeight);
        painter.setFont(keyFont);
        painter.setPen(QColor(0xFD, 0xE0, 0x47));
        painter.drawText(keyRect, Qt::AlignLeft | Qt::AlignVCenter, entry.keys);
        painter.setFont(textFont);
        painter.setPen(QColor(0xE2, 0xE8, 0xF0));
        const qreal room = card.right() - 40 - keyRect.right() - 8;
        painter.drawText(QRectF(keyRect.right() + 8, y, room, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                         textMetrics.elidedText(entry.description, Qt::ElideRight, room));
        y += rowHeight;
    }
    QFont hintFont = font();
    hintFont.setPixelSize(16);
    painter.setFont(hintFont);
    painter.setPen(QColor(0x94, 0xA3, 0xB8));
    painter.drawText(QRectF(card.left() + 40, card.bottom() - 50, card.width() - 80, 36),
                     Qt::AlignLeft | Qt::AlignVCenter, tr("Press any key to close this help."));
}

} // namespace jl
