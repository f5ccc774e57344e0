#include "CanvasExport.h"

#include "JourneyScene.h"
#include "document/Workspace.h"
#include "storage/SqlSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <cmath>

namespace jl {

// The translation context of the messages below.
class CanvasExport
{
    Q_DECLARE_TR_FUNCTIONS(jl::CanvasExport)
};

namespace canvasexport {

namespace {

constexpr qreal Margin = 16; // scene units around the content
constexpr qreal MaxPixels = 16384; // per side: QImage and most viewers give up beyond

// Opens a QSaveFile (a temporary file beside path, renamed over it by commit()).
QString openTarget(QSaveFile &file)
{
    if (!file.open(QIODevice::WriteOnly))
        return CanvasExport::tr("Cannot write “%1”: %2")
            .arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
    return {};
}

QString commitTarget(QSaveFile &file)
{
    if (!file.commit())
        return CanvasExport::tr("Cannot write “%1”: %2")
            .arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
    return {};
}

QString exportPng(JourneyScene &scene, const QRectF &source, const QString &path, double scale)
{
    const QSize size(int(std::ceil(source.width() * scale)), int(std::ceil(source.height() * scale)));
    if (size.width() > MaxPixels || size.height() > MaxPixels)
        return CanvasExport::tr("The image would be %1 × %2 pixels, too large; choose a smaller scale.")
            .arg(size.width())
            .arg(size.height());
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return CanvasExport::tr("Not enough memory for an image of %1 × %2 pixels.")
            .arg(size.width())
            .arg(size.height());
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
        scene.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), source, Qt::KeepAspectRatio);
    }
    QSaveFile file(path);
    if (QString error = openTarget(file); !error.isEmpty())
        return error;
    if (!image.save(&file, "PNG")) {
        file.cancelWriting();
        return CanvasExport::tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    }
    return commitTarget(file);
}

QString exportSvg(JourneyScene &scene, const QRectF &source, const QString &path, const QString &title)
{
    QSaveFile file(path);
    if (QString error = openTarget(file); !error.isEmpty())
        return error;
    QSvgGenerator generator;
    generator.setOutputDevice(&file);
    generator.setTitle(title);
    generator.setDescription(CanvasExport::tr("Journey “%1”, exported from JourneyLens").arg(title));
    const QSize size = source.size().toSize();
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setResolution(96);
    {
        QPainter painter;
        if (!painter.begin(&generator)) {
            file.cancelWriting();
            return CanvasExport::tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        }
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        scene.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), source, Qt::KeepAspectRatio);
    }
    if (file.error() != QFileDevice::NoError) {
        file.cancelWriting();
        return CanvasExport::tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    }
    return commitTarget(file);
}

} // namespace

bool formatForPath(const QString &path, Format *format)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        *format = Format::Png;
    else if (suffix == QLatin1String("svg"))
        *format = Format::Svg;
    else
        return false;
    return true;
}

QString exportJourney(Workspace &workspace, JourneyId journey, const QString &path, Format format,
                      const Options &options)
{
    QString title;
    try {
        const std::optional<Journey> found = workspace.reader().journey(journey);
        if (!found)
            return CanvasExport::tr("The journey to export does not exist.");
        title = found->name;
    } catch (const SqlError &e) {
        return e.message();
    }
    if (!(options.scale > 0) || options.scale > 16)
        return CanvasExport::tr("The scale must be greater than 0 and at most 16.");

    // A scene of its own: no selection, no hover, no editor state.
    JourneyScene scene;
    scene.setWorkspace(&workspace);
    scene.setJourney(journey);
    if (!scene.hasJourney())
        return CanvasExport::tr("The journey to export cannot be drawn.");
    const QRectF source = scene.contentRect().adjusted(-Margin, -Margin, Margin, Margin);
    if (source.isEmpty())
        return CanvasExport::tr("The journey to export cannot be drawn.");

    return format == Format::Png ? exportPng(scene, source, path, options.scale)
                                 : exportSvg(scene, source, path, title);
}

} // namespace canvasexport
} // namespace jl
