#pragma once

// Built-in line icons for channels (Channel::icon keys such as "web" or "store") and the few
// symbols the canvas draws. The SVGs live in resources/icons; they are drawn as vectors so they
// stay sharp at any zoom, and recoloured on the fly so one file serves every palette.

#include <QColor>
#include <QIcon>
#include <QString>
#include <QStringList>

class QPainter;
class QRectF;

namespace jl {

class ChannelIcons
{
public:
    // The keys with an icon of their own; any other key gets the generic channel icon.
    static QStringList knownKeys();
    // The resource key for a channel's icon key, after aliases ("chat" → "chatbot" ...).
    static QString normalizedKey(const QString &key);
    // ":/icons/channel-<key>.svg", or the generic icon's path for an unknown key.
    static QString resourcePath(const QString &key);
    static QIcon icon(const QString &key);

    // Draws the icon for a channel key into rect, stroked in color.
    static void paint(QPainter *painter, const QRectF &rect, const QString &key, const QColor &color);
    // Draws any icon from resources/icons by file name (without ".svg").
    static void paintSymbol(QPainter *painter, const QRectF &rect, const QString &name, const QColor &color);
};

} // namespace jl
