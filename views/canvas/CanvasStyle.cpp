#include "CanvasStyle.h"

#include <QGuiApplication>

namespace jl::canvas {

namespace {

// A projector washes out light tints, so neutrals are slate-based with clear steps between
// board, panels and cards, and text stays dark.
QFont font(int pixelSize, QFont::Weight weight)
{
    QFont f = QGuiApplication::font();
    f.setPixelSize(pixelSize);
    f.setWeight(weight);
    f.setHintingPreference(QFont::PreferNoHinting); // keeps text metrics stable across zoom levels
    return f;
}

} // namespace

QColor canvasBackground()
{
    return QColor(0xE9, 0xED, 0xF2);
}
QColor boardBackground()
{
    return QColor(0xFF, 0xFF, 0xFF);
}
QColor alternateColumn()
{
    return QColor(0xF5, 0xF7, 0xFA);
}
QColor gridLine()
{
    return QColor(0xD5, 0xDB, 0xE3);
}
QColor headerBackground()
{
    return QColor(0xFF, 0xFF, 0xFF);
}
QColor labelPanelBackground()
{
    return QColor(0xF1, 0xF4, 0xF8);
}
QColor primaryText()
{
    return QColor(0x1E, 0x29, 0x3B);
}
QColor secondaryText()
{
    return QColor(0x5B, 0x67, 0x7A);
}
QColor selection()
{
    return QColor(0x25, 0x63, 0xEB);
}
QColor cardBorder()
{
    return QColor(0xC9, 0xD1, 0xDC);
}

QColor cardBackground(StepKind kind)
{
    // Backstage work is invisible to the customer: a greyer card says so at a glance.
    return kind == StepKind::Backstage ? QColor(0xEE, 0xF1, 0xF5) : QColor(0xFF, 0xFF, 0xFF);
}

QColor kindAccent(StepKind kind)
{
    switch (kind) {
    case StepKind::Touchpoint: return QColor(0x0E, 0x8F, 0x8C);
    case StepKind::CustomerAction: return QColor(0x4F, 0x5B, 0xD5);
    case StepKind::Backstage: return QColor(0x7A, 0x86, 0x99);
    case StepKind::Decision: return QColor(0xD9, 0x7B, 0x06);
    case StepKind::Outcome: return QColor(0x15, 0x93, 0x4A);
    }
    return QColor(0x7A, 0x86, 0x99);
}

QColor emotionColor(int emotion)
{
    switch (qBound(MinEmotion, emotion, MaxEmotion)) {
    case -2: return QColor(0xDC, 0x3A, 0x3A);
    case -1: return QColor(0xF0, 0x8A, 0x3C);
    case 0: return QColor(0xE8, 0xB9, 0x2E);
    case 1: return QColor(0x84, 0xB8, 0x3C);
    case 2: return QColor(0x22, 0x9A, 0x55);
    }
    return QColor(0xE8, 0xB9, 0x2E);
}

QColor triggerColor(TriggerKind kind)
{
    return kind == TriggerKind::Unspecified ? QColor(0xA3, 0xAD, 0xBB) : QColor(0x4A, 0x58, 0x6E);
}

QColor personColor(const QString &name)
{
    static const QColor colors[] = {
        QColor(0x3B, 0x6E, 0xA8), QColor(0x8A, 0x4F, 0xA8), QColor(0x2F, 0x85, 0x6E), QColor(0xB0, 0x5A, 0x3C),
        QColor(0x5A, 0x6B, 0x9E), QColor(0x9C, 0x4A, 0x6A), QColor(0x4C, 0x7F, 0x3A), QColor(0x6B, 0x5B, 0x45),
    };
    // qHash is seeded per process; a stable colour needs a stable hash.
    uint hash = 0;
    for (QChar c : name)
        hash = hash * 31 + c.unicode();
    return colors[hash % std::size(colors)];
}

QColor findingColor()
{
    return QColor(0xC2, 0x41, 0x0C); // amber-red: to be looked at, not an error dialog
}

QColor synonymColor()
{
    return QColor(0x7C, 0x3A, 0xED); // violet: unlike every kind accent and emotion
}

QFont titleFont()
{
    return font(14, QFont::DemiBold);
}
QFont captionFont()
{
    return font(11, QFont::Normal);
}
QFont headerFont()
{
    return font(16, QFont::Bold);
}
QFont laneFont()
{
    return font(14, QFont::Bold);
}
QFont badgeFont()
{
    return font(11, QFont::DemiBold);
}

} // namespace jl::canvas
