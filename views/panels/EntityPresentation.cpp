#include "EntityPresentation.h"

#include "storage/ModelReader.h"
#include "storage/SqlSupport.h"

#include <QCoreApplication>
#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <functional>

namespace jl::presentation {

namespace {

// Free functions translate in this context (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(jl::EntityPresentation)
};

using Painter = std::function<void(QPainter &, const QRectF &)>;

// Renders one icon at the sizes the item views and menus ask for.
QIcon drawIcon(const Painter &paint)
{
    QIcon icon;
    for (int size : {16, 20, 24, 32, 48}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        paint(painter, QRectF(0, 0, size, size));
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

// A rounded badge with a letter: the level of a journey, a glossary term ...
QIcon badgeIcon(const QColor &color, const QString &letter, bool round)
{
    return drawIcon([color, letter, round](QPainter &p, const QRectF &r) {
        const QRectF box = r.adjusted(r.width() * 0.06, r.height() * 0.06, -r.width() * 0.06, -r.height() * 0.06);
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        if (round)
            p.drawEllipse(box);
        else
            p.drawRoundedRect(box, r.width() * 0.22, r.height() * 0.22);
        QFont font = p.font();
        font.setBold(true);
        font.setPixelSize(qMax(7, int(r.height() * 0.58)));
        p.setFont(font);
        p.setPen(Qt::white);
        p.drawText(box, Qt::AlignCenter, letter);
    });
}

QIcon personIcon(const QColor &color)
{
    return drawIcon([color](QPainter &p, const QRectF &r) {
        const qreal w = r.width();
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawEllipse(QRectF(w * 0.32, w * 0.08, w * 0.36, w * 0.36));
        QPainterPath body;
        body.moveTo(w * 0.12, w * 0.95);
        body.cubicTo(w * 0.12, w * 0.55, w * 0.88, w * 0.55, w * 0.88, w * 0.95);
        body.closeSubpath();
        p.drawPath(body);
    });
}

QIcon folderIcon(const QColor &color)
{
    return drawIcon([color](QPainter &p, const QRectF &r) {
        const qreal w = r.width();
        QPainterPath path;
        path.moveTo(w * 0.06, w * 0.22);
        path.lineTo(w * 0.40, w * 0.22);
        path.lineTo(w * 0.48, w * 0.32);
        path.lineTo(w * 0.94, w * 0.32);
        path.lineTo(w * 0.94, w * 0.84);
        path.lineTo(w * 0.06, w * 0.84);
        path.closeSubpath();
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawPath(path);
        p.setBrush(color.lighter(125));
        p.drawRect(QRectF(w * 0.06, w * 0.40, w * 0.88, w * 0.44));
    });
}

QIcon channelIcon(const QColor &color)
{
    // Two arcs around a dot: a signal reaching the customer.
    return drawIcon([color](QPainter &p, const QRectF &r) {
        const qreal w = r.width();
        p.setBrush(color);
        p.setPen(Qt::NoPen);
        p.drawEllipse(QPointF(w * 0.25, w * 0.75), w * 0.12, w * 0.12);
        QPen pen(color, qMax(1.5, w * 0.11));
        pen.setCapStyle(Qt::RoundCap);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        p.drawArc(QRectF(-w * 0.2, w * 0.3, w * 0.9, w * 0.9), 0 * 16, 90 * 16);
        p.drawArc(QRectF(-w * 0.55, -w * 0.05, w * 1.6, w * 1.6), 0 * 16, 90 * 16);
    });
}

QIcon buildingIcon(const QColor &color)
{
    return drawIcon([color](QPainter &p, const QRectF &r) {
        const qreal w = r.width();
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawRoundedRect(QRectF(w * 0.18, w * 0.12, w * 0.64, w * 0.80), w * 0.06, w * 0.06);
        p.setBrush(Qt::white);
        for (int row = 0; row < 3; ++row) {
            for (int column = 0; column < 2; ++column)
                p.drawRect(QRectF(w * (0.30 + column * 0.24), w * (0.22 + row * 0.20), w * 0.16, w * 0.11));
        }
    });
}

QIcon databaseIcon(const QColor &color)
{
    return drawIcon([color](QPainter &p, const QRectF &r) {
        const qreal w = r.width();
        const qreal left = w * 0.16;
        const qreal width = w * 0.68;
        const qreal cap = w * 0.24;
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawRect(QRectF(left, w * 0.22, width, w * 0.58));
        p.drawEllipse(QRectF(left, w * 0.80 - cap / 2, width, cap));
        QPen separator(Qt::white, qMax(1.0, w * 0.06));
        p.setPen(separator);
        p.setBrush(Qt::NoBrush);
        p.drawArc(QRectF(left, w * 0.42 - cap / 2, width, cap), 180 * 16, 180 * 16);
        p.drawArc(QRectF(left, w * 0.61 - cap / 2, width, cap), 180 * 16, 180 * 16);
        p.setPen(Qt::NoPen);
        p.setBrush(color.lighter(140));
        p.drawEllipse(QRectF(left, w * 0.22 - cap / 2, width, cap));
    });
}

QIcon dotIcon(const QColor &color)
{
    return drawIcon([color](QPainter &p, const QRectF &r) {
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawEllipse(r.center(), r.width() * 0.28, r.width() * 0.28);
    });
}

} // namespace

QString typeName(EntityType type)
{
    switch (type) {
    case EntityType::Channel: return Text::tr("Channel");
    case EntityType::Department: return Text::tr("Department");
    case EntityType::SourceSystem: return Text::tr("Source system");
    case EntityType::Owner: return Text::tr("Owner");
    case EntityType::Persona: return Text::tr("Persona");
    case EntityType::PersonaChannel: return Text::tr("Preferred channel");
    case EntityType::Journey: return Text::tr("Journey");
    case EntityType::JourneyPersona: return Text::tr("Journey persona");
    case EntityType::Stage: return Text::tr("Stage");
    case EntityType::Step: return Text::tr("Step");
    case EntityType::KpiTarget: return Text::tr("KPI target");
    case EntityType::Trigger: return Text::tr("Trigger");
    case EntityType::GlossaryTerm: return Text::tr("Glossary term");
    case EntityType::PersonaEmotion: return Text::tr("Persona emotion");
    case EntityType::WorkshopNote: return Text::tr("Workshop note");
    }
    return {};
}

QString elementName(const ModelReader &reader, EntityRef element)
{
    try {
        switch (element.type) {
        case EntityType::Channel:
            if (auto v = reader.channel(ChannelId(element.id)))
                return v->name;
            break;
        case EntityType::Department:
            if (auto v = reader.department(DepartmentId(element.id)))
                return v->name;
            break;
        case EntityType::SourceSystem:
            if (auto v = reader.sourceSystem(SourceSystemId(element.id)))
                return v->name;
            break;
        case EntityType::Owner:
            if (auto v = reader.owner(OwnerId(element.id)))
                return v->name;
            break;
        case EntityType::Persona:
            if (auto v = reader.persona(PersonaId(element.id)))
                return v->name;
            break;
        case EntityType::Journey:
            if (auto v = reader.journey(JourneyId(element.id)))
                return v->name;
            break;
        case EntityType::Stage:
            if (auto v = reader.stage(StageId(element.id)))
                return v->name;
            break;
        case EntityType::Step:
            if (auto v = reader.step(StepId(element.id)))
                return v->name;
            break;
        case EntityType::Trigger:
            if (auto v = reader.trigger(TriggerId(element.id))) {
                if (!v->label.isEmpty())
                    return v->label;
                const auto from = reader.step(v->from);
                const auto to = reader.step(v->to);
                return Text::tr("%1 → %2").arg(from ? from->name : QString(), to ? to->name : QString());
            }
            break;
        case EntityType::GlossaryTerm:
            if (auto v = reader.glossaryTerm(GlossaryTermId(element.id)))
                return v->term;
            break;
        case EntityType::WorkshopNote:
            if (auto v = reader.workshopNote(WorkshopNoteId(element.id)))
                return v->text;
            break;
        case EntityType::PersonaChannel:
        case EntityType::JourneyPersona:
        case EntityType::PersonaEmotion:
        case EntityType::KpiTarget: break;
        }
    } catch (const SqlError &) {
    }
    return {};
}

QColor levelColor(JourneyLevel level)
{
    switch (level) {
    case JourneyLevel::Lifecycle: return QColor(0x2f, 0x4b, 0x8f);
    case JourneyLevel::Journey: return QColor(0x1f, 0x8a, 0x8a);
    case JourneyLevel::Task: return QColor(0xc2, 0x7c, 0x0e);
    }
    return Qt::gray;
}

QColor statusColor(JourneyStatus status)
{
    switch (status) {
    case JourneyStatus::Draft: return QColor(0x8a, 0x8f, 0x98);
    case JourneyStatus::InReview: return QColor(0xd0, 0x8a, 0x00);
    case JourneyStatus::Approved: return QColor(0x2e, 0x8b, 0x57);
    case JourneyStatus::Archived: return QColor(0x5a, 0x5f, 0x66);
    }
    return Qt::gray;
}

QColor stepKindColor(StepKind kind)
{
    switch (kind) {
    case StepKind::Touchpoint: return QColor(0x3b, 0x7d, 0xd8);
    case StepKind::CustomerAction: return QColor(0x2e, 0x9e, 0x6b);
    case StepKind::Backstage: return QColor(0x7a, 0x80, 0x8a);
    case StepKind::Decision: return QColor(0xd9, 0x8c, 0x1f);
    case StepKind::Outcome: return QColor(0x8e, 0x4e, 0xc6);
    }
    return Qt::gray;
}

QColor emotionColor(int emotion)
{
    switch (qBound(MinEmotion, emotion, MaxEmotion)) {
    case -2: return QColor(0xc6, 0x28, 0x28);
    case -1: return QColor(0xef, 0x6c, 0x00);
    case 1: return QColor(0x7c, 0xb3, 0x42);
    case 2: return QColor(0x2e, 0x7d, 0x32);
    default: return QColor(0x90, 0x90, 0x90);
    }
}

QPixmap portrait(const QByteArray &photo, const QString &name, int size, qreal devicePixelRatio)
{
    const int pixels = qRound(size * devicePixelRatio);
    QPixmap result(pixels, pixels);
    result.fill(Qt::transparent);
    QPainter painter(&result);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    const QRectF circle(0, 0, pixels, pixels);
    QPixmap source;
    if (!photo.isEmpty() && source.loadFromData(photo)) {
        QPainterPath clip;
        clip.addEllipse(circle);
        painter.setClipPath(clip);
        const QPixmap scaled = source.scaled(pixels, pixels, Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation);
        painter.drawPixmap((pixels - scaled.width()) / 2, (pixels - scaled.height()) / 2, scaled);
    } else {
        // Stable colour per name, so a persona keeps "its" colour.
        static const QColor colors[] = {QColor(0x8e, 0x4e, 0xc6), QColor(0x3b, 0x7d, 0xd8), QColor(0x1f, 0x8a, 0x8a),
                                        QColor(0xc2, 0x7c, 0x0e), QColor(0xc0, 0x39, 0x2b), QColor(0x2e, 0x8b, 0x57)};
        painter.setPen(Qt::NoPen);
        painter.setBrush(colors[qHash(name) % std::size(colors)]);
        painter.drawEllipse(circle);
        QString initials;
        const QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &word : words) {
            if (initials.size() < 2 && word.at(0).isLetterOrNumber())
                initials += word.at(0).toUpper();
        }
        QFont font = painter.font();
        font.setBold(true);
        font.setPixelSize(qMax(6, pixels * 2 / 5));
        painter.setFont(font);
        painter.setPen(Qt::white);
        painter.drawText(circle, Qt::AlignCenter, initials);
    }
    painter.end();
    result.setDevicePixelRatio(devicePixelRatio);
    return result;
}

QIcon levelIcon(JourneyLevel level)
{
    static const QIcon lifecycle = badgeIcon(levelColor(JourneyLevel::Lifecycle), Text::tr("L", "Lifecycle badge"), false);
    static const QIcon journey = badgeIcon(levelColor(JourneyLevel::Journey), Text::tr("J", "Journey badge"), false);
    static const QIcon task = badgeIcon(levelColor(JourneyLevel::Task), Text::tr("T", "Task badge"), false);
    switch (level) {
    case JourneyLevel::Lifecycle: return lifecycle;
    case JourneyLevel::Journey: return journey;
    case JourneyLevel::Task: return task;
    }
    return {};
}

QIcon entityIcon(EntityType type)
{
    switch (type) {
    case EntityType::Journey: return levelIcon(JourneyLevel::Journey);
    case EntityType::Persona:
    case EntityType::JourneyPersona: {
        static const QIcon icon = personIcon(QColor(0x8e, 0x4e, 0xc6));
        return icon;
    }
    case EntityType::Owner: {
        static const QIcon icon = personIcon(QColor(0x4a, 0x6f, 0xa5));
        return icon;
    }
    case EntityType::GlossaryTerm: {
        static const QIcon icon = badgeIcon(QColor(0x6d, 0x4c, 0x41), Text::tr("A", "Glossary badge"), false);
        return icon;
    }
    case EntityType::Channel:
    case EntityType::PersonaChannel: {
        static const QIcon icon = channelIcon(QColor(0x3b, 0x7d, 0xd8));
        return icon;
    }
    case EntityType::Department: {
        static const QIcon icon = buildingIcon(QColor(0x5d, 0x6d, 0x7e));
        return icon;
    }
    case EntityType::SourceSystem: {
        static const QIcon icon = databaseIcon(QColor(0x00, 0x89, 0x7b));
        return icon;
    }
    case EntityType::Stage: {
        static const QIcon icon = badgeIcon(QColor(0x54, 0x6e, 0x7a), Text::tr("S", "Stage badge"), false);
        return icon;
    }
    case EntityType::Step: {
        static const QIcon icon = dotIcon(stepKindColor(StepKind::Touchpoint));
        return icon;
    }
    case EntityType::Trigger: {
        static const QIcon icon = drawIcon([](QPainter &p, const QRectF &r) {
            const qreal w = r.width();
            QPen pen(QColor(0x60, 0x66, 0x70), qMax(1.5, w * 0.1));
            pen.setCapStyle(Qt::RoundCap);
            p.setPen(pen);
            p.drawLine(QPointF(w * 0.12, w * 0.5), QPointF(w * 0.82, w * 0.5));
            p.drawLine(QPointF(w * 0.60, w * 0.28), QPointF(w * 0.84, w * 0.5));
            p.drawLine(QPointF(w * 0.60, w * 0.72), QPointF(w * 0.84, w * 0.5));
        });
        return icon;
    }
    case EntityType::KpiTarget: {
        static const QIcon icon = badgeIcon(QColor(0x2e, 0x8b, 0x57), Text::tr("K", "KPI badge"), true);
        return icon;
    }
    case EntityType::PersonaEmotion: {
        static const QIcon icon = personIcon(QColor(0x8e, 0x4e, 0xc6));
        return icon;
    }
    case EntityType::WorkshopNote: {
        static const QIcon icon = badgeIcon(QColor(0xf2, 0xc1, 0x1d), Text::tr("N", "Workshop note badge"), true);
        return icon;
    }
    }
    return {};
}

QIcon colorDot(const QColor &color)
{
    return dotIcon(color);
}

QIcon actionIcon(const QString &themeName)
{
    static QHash<QString, QIcon> drawn;
    auto it = drawn.find(themeName);
    if (it == drawn.end()) {
        const QString name = themeName;
        const QIcon icon = drawIcon([name](QPainter &p, const QRectF &r) {
            const qreal w = r.width();
            const auto at = [w](qreal x, qreal y) { return QPointF(x * w, y * w); };
            QPen pen(QColor(0x45, 0x4a, 0x52), qMax(1.3, w * 0.085));
            pen.setCapStyle(Qt::RoundCap);
            pen.setJoinStyle(Qt::RoundJoin);
            p.setPen(pen);
            p.setBrush(Qt::NoBrush);
            const auto magnifier = [&] {
                p.drawEllipse(QRectF(at(0.10, 0.10), at(0.66, 0.66)));
                p.drawLine(at(0.62, 0.62), at(0.90, 0.90));
            };
            if (name == QLatin1String("document-new")) {
                QPainterPath page;
                page.moveTo(at(0.22, 0.08));
                page.lineTo(at(0.58, 0.08));
                page.lineTo(at(0.80, 0.30));
                page.lineTo(at(0.80, 0.92));
                page.lineTo(at(0.22, 0.92));
                page.closeSubpath();
                p.drawPath(page);
                p.drawLine(at(0.58, 0.08), at(0.58, 0.30));
                p.drawLine(at(0.58, 0.30), at(0.80, 0.30));
                p.drawLine(at(0.51, 0.50), at(0.51, 0.78));
                p.drawLine(at(0.37, 0.64), at(0.65, 0.64));
            } else if (name == QLatin1String("document-open")) {
                QPainterPath folder;
                folder.moveTo(at(0.08, 0.82));
                folder.lineTo(at(0.08, 0.18));
                folder.lineTo(at(0.38, 0.18));
                folder.lineTo(at(0.46, 0.28));
                folder.lineTo(at(0.84, 0.28));
                folder.lineTo(at(0.84, 0.42));
                p.drawPath(folder);
                QPainterPath front;
                front.moveTo(at(0.08, 0.82));
                front.lineTo(at(0.24, 0.42));
                front.lineTo(at(0.96, 0.42));
                front.lineTo(at(0.80, 0.82));
                front.closeSubpath();
                p.drawPath(front);
            } else if (name == QLatin1String("document-save") || name == QLatin1String("document-save-as")) {
                QPainterPath disk;
                disk.moveTo(at(0.12, 0.12));
                disk.lineTo(at(0.72, 0.12));
                disk.lineTo(at(0.88, 0.28));
                disk.lineTo(at(0.88, 0.88));
                disk.lineTo(at(0.12, 0.88));
                disk.closeSubpath();
                p.drawPath(disk);
                p.drawRect(QRectF(at(0.30, 0.12), at(0.64, 0.34)));
                p.drawRect(QRectF(at(0.28, 0.56), at(0.72, 0.88)));
                if (name == QLatin1String("document-save-as")) {
                    p.setPen(QPen(QColor(0x2f, 0x5f, 0xb0), pen.widthF() * 1.1, Qt::SolidLine, Qt::RoundCap));
                    p.drawLine(at(0.60, 0.98), at(0.98, 0.60));
                }
            } else if (name == QLatin1String("edit-undo") || name == QLatin1String("edit-redo")) {
                if (name == QLatin1String("edit-redo")) {
                    p.translate(w, 0);
                    p.scale(-1, 1);
                }
                QPainterPath arrow;
                arrow.moveTo(at(0.20, 0.40));
                arrow.lineTo(at(0.62, 0.40));
                arrow.cubicTo(at(0.92, 0.40), at(0.92, 0.84), at(0.62, 0.84));
                arrow.lineTo(at(0.40, 0.84));
                p.drawPath(arrow);
                p.drawLine(at(0.20, 0.40), at(0.38, 0.22));
                p.drawLine(at(0.20, 0.40), at(0.38, 0.58));
            } else if (name == QLatin1String("zoom-in")) {
                magnifier();
                p.drawLine(at(0.38, 0.26), at(0.38, 0.50));
                p.drawLine(at(0.26, 0.38), at(0.50, 0.38));
            } else if (name == QLatin1String("zoom-out")) {
                magnifier();
                p.drawLine(at(0.26, 0.38), at(0.50, 0.38));
            } else if (name == QLatin1String("zoom-original")) {
                magnifier();
                QFont font = p.font();
                font.setPixelSize(qMax(6, int(w * 0.30)));
                font.setBold(true);
                p.setFont(font);
                p.setPen(QColor(0x45, 0x4a, 0x52));
                p.drawText(QRectF(at(0.10, 0.10), at(0.66, 0.66)), Qt::AlignCenter, QStringLiteral("1"));
            } else if (name == QLatin1String("zoom-fit-best")) {
                const qreal a = 0.12;
                const qreal b = 0.88;
                const qreal c = 0.30;
                p.drawPolyline(QList<QPointF>{at(a, c), at(a, a), at(c, a)});
                p.drawPolyline(QList<QPointF>{at(1 - c, a), at(b, a), at(b, c)});
                p.drawPolyline(QList<QPointF>{at(b, 1 - c), at(b, b), at(1 - c, b)});
                p.drawPolyline(QList<QPointF>{at(c, b), at(a, b), at(a, 1 - c)});
                p.drawRect(QRectF(at(0.36, 0.36), at(0.64, 0.64)));
            } else if (name == QLatin1String("window-close") || name == QLatin1String("application-exit")) {
                p.drawLine(at(0.24, 0.24), at(0.76, 0.76));
                p.drawLine(at(0.76, 0.24), at(0.24, 0.76));
            } else if (name == QLatin1String("view-fullscreen")) {
                p.drawPolyline(QList<QPointF>{at(0.12, 0.36), at(0.12, 0.12), at(0.36, 0.12)});
                p.drawPolyline(QList<QPointF>{at(0.64, 0.12), at(0.88, 0.12), at(0.88, 0.36)});
                p.drawPolyline(QList<QPointF>{at(0.88, 0.64), at(0.88, 0.88), at(0.64, 0.88)});
                p.drawPolyline(QList<QPointF>{at(0.36, 0.88), at(0.12, 0.88), at(0.12, 0.64)});
            } else if (name == QLatin1String("media-playback-start")) {
                p.drawEllipse(QRectF(at(0.08, 0.08), at(0.92, 0.92)));
                p.setBrush(pen.color());
                p.drawPolygon(QList<QPointF>{at(0.40, 0.30), at(0.70, 0.50), at(0.40, 0.70)});
            } else if (name == QLatin1String("x-office-presentation")) {
                // A board on an easel with two sticky notes: workshop mode.
                p.drawRect(QRectF(at(0.08, 0.10), at(0.92, 0.66)));
                p.drawLine(at(0.50, 0.66), at(0.50, 0.80));
                p.drawLine(at(0.50, 0.80), at(0.28, 0.94));
                p.drawLine(at(0.50, 0.80), at(0.72, 0.94));
                p.setPen(Qt::NoPen);
                p.setBrush(QColor(0xf2, 0xc1, 0x1d));
                p.drawRect(QRectF(at(0.20, 0.22), at(0.44, 0.46)));
                p.setBrush(QColor(0xf2, 0x8b, 0xa8));
                p.drawRect(QRectF(at(0.54, 0.30), at(0.78, 0.54)));
            } else if (name == QLatin1String("list-add")) {
                p.drawLine(at(0.50, 0.18), at(0.50, 0.82));
                p.drawLine(at(0.18, 0.50), at(0.82, 0.50));
            } else if (name == QLatin1String("help-about")) {
                p.drawEllipse(QRectF(at(0.10, 0.10), at(0.90, 0.90)));
                p.drawLine(at(0.50, 0.46), at(0.50, 0.72));
                p.drawPoint(at(0.50, 0.30));
            }
        });
        it = drawn.insert(themeName, icon);
    }
    return QIcon::fromTheme(themeName, *it);
}

QIcon categoryIcon(EntityType type)
{
    switch (type) {
    case EntityType::Journey: {
        static const QIcon icon = folderIcon(QColor(0x2f, 0x4b, 0x8f));
        return icon;
    }
    case EntityType::Persona: {
        static const QIcon icon = folderIcon(QColor(0x8e, 0x4e, 0xc6));
        return icon;
    }
    case EntityType::GlossaryTerm: {
        static const QIcon icon = folderIcon(QColor(0x6d, 0x4c, 0x41));
        return icon;
    }
    default: {
        static const QIcon icon = folderIcon(QColor(0x5d, 0x6d, 0x7e));
        return icon;
    }
    }
}

} // namespace jl::presentation
