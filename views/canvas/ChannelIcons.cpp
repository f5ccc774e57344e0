#include "ChannelIcons.h"

#include <QFile>
#include <QHash>
#include <QPainter>
#include <QSvgRenderer>

#include <memory>

namespace jl {

namespace {

// The colour every icon file is drawn in; paintSymbol() replaces it with the wanted one.
constexpr QLatin1StringView SourceColor("#334155");

QString symbolPath(const QString &name)
{
    return QStringLiteral(":/icons/") + name + QStringLiteral(".svg");
}

QSvgRenderer *renderer(const QString &name, const QColor &color)
{
    // Renderers are kept per (icon, colour): parsing an SVG on every paint would cost more than
    // the painting. The set of both is small.
    static QHash<QString, std::shared_ptr<QSvgRenderer>> cache;
    const QString cacheKey = name + QLatin1Char('|') + color.name(QColor::HexArgb);
    if (const auto it = cache.constFind(cacheKey); it != cache.constEnd())
        return it->get();

    QByteArray svg;
    QFile file(symbolPath(name));
    if (file.open(QIODevice::ReadOnly))
        svg = file.readAll();
    svg.replace(QByteArray(SourceColor.data(), SourceColor.size()), color.name(QColor::HexRgb).toLatin1());
    auto created = std::make_shared<QSvgRenderer>(svg);
    cache.insert(cacheKey, created);
    return created.get();
}

} // namespace

QStringList ChannelIcons::knownKeys()
{
    return {
        QStringLiteral("web"),         QStringLiteral("newsletter"), QStringLiteral("store"),
        QStringLiteral("phone"),       QStringLiteral("chatbot"),    QStringLiteral("email"),
        QStringLiteral("marketplace"), QStringLiteral("social"),     QStringLiteral("app"),
        QStringLiteral("voice"),
    };
}

QString ChannelIcons::normalizedKey(const QString &key)
{
    // Reference data is typed by people and imported from other tools: accept the usual names.
    static const QHash<QString, QString> aliases = {
        {QStringLiteral("chat"), QStringLiteral("chatbot")},
        {QStringLiteral("bot"), QStringLiteral("chatbot")},
        {QStringLiteral("mail"), QStringLiteral("email")},
        {QStringLiteral("e-mail"), QStringLiteral("email")},
        {QStringLiteral("shop"), QStringLiteral("store")},
        {QStringLiteral("pos"), QStringLiteral("store")},
        {QStringLiteral("webshop"), QStringLiteral("web")},
        {QStringLiteral("website"), QStringLiteral("web")},
        {QStringLiteral("online"), QStringLiteral("web")},
        {QStringLiteral("mobile"), QStringLiteral("app")},
        {QStringLiteral("voice-assistant"), QStringLiteral("voice")},
        {QStringLiteral("assistant"), QStringLiteral("voice")},
        {QStringLiteral("social-media"), QStringLiteral("social")},
        {QStringLiteral("socialmedia"), QStringLiteral("social")},
        {QStringLiteral("call"), QStringLiteral("phone")},
        {QStringLiteral("callcenter"), QStringLiteral("phone")},
        {QStringLiteral("hotline"), QStringLiteral("phone")},
    };
    const QString lower = key.trimmed().toLower();
    const QString resolved = aliases.value(lower, lower);
    return knownKeys().contains(resolved) ? resolved : QStringLiteral("generic");
}

QString ChannelIcons::resourcePath(const QString &key)
{
    return symbolPath(QStringLiteral("channel-") + normalizedKey(key));
}

QIcon ChannelIcons::icon(const QString &key)
{
    return QIcon(resourcePath(key));
}

void ChannelIcons::paint(QPainter *painter, const QRectF &rect, const QString &key, const QColor &color)
{
    paintSymbol(painter, rect, QStringLiteral("channel-") + normalizedKey(key), color);
}

void ChannelIcons::paintSymbol(QPainter *painter, const QRectF &rect, const QString &name, const QColor &color)
{
    QSvgRenderer *svg = renderer(name, color);
    if (svg->isValid())
        svg->render(painter, rect);
}

} // namespace jl
