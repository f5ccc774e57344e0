#include "ExportImageCommand.h"

#include "CommandParser.h"
#include "ReadOnlyWorkspace.h"

#include "canvas/CanvasExport.h"
#include "document/Workspace.h"
#include "storage/SqlSupport.h"

#include <QDir>
#include <QTemporaryDir>

namespace jl::cli {

namespace {

// The journey to draw: the one named (case-insensitive), else the first Lifecycle journey,
// else the first journey.
const Journey *chooseJourney(const QList<Journey> &journeys, const QString &name)
{
    if (!name.isEmpty()) {
        for (const Journey &journey : journeys) {
            if (journey.name.compare(name, Qt::CaseInsensitive) == 0)
                return &journey;
        }
        return nullptr;
    }
    for (const Journey &journey : journeys) {
        if (journey.level == JourneyLevel::Lifecycle)
            return &journey;
    }
    return journeys.isEmpty() ? nullptr : &journeys.first();
}

} // namespace

QString ExportImageCommand::summary() const
{
    return tr("Export a journey's canvas as a PNG or SVG image.");
}

int ExportImageCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption journeyOption(QStringLiteral("journey"),
                                           tr("The journey to draw (default: the lifecycle journey, else the first)."),
                                           tr("NAME"));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          tr("The image file to write: .png or .svg."), tr("FILE"));
    const QCommandLineOption scaleOption(QStringLiteral("scale"), tr("PNG only: pixels per canvas unit (default 2)."),
                                         tr("N"), QStringLiteral("2"));
    parser.addOptions({journeyOption, outputOption, scaleOption});
    parser.addPositionalArgument(QStringLiteral("workspace"), tr("The .jlens workspace file."));
    int code = Success;
    if (!parseArguments(parser, name(), arguments, out, err, &code))
        return code;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(outputOption)) {
        err << tr("journeylens export-image: give one workspace file and an output file, e.g. "
                  "“journeylens export-image demo.jlens -o journey.png”.\n");
        return UsageError;
    }
    const QString output = parser.value(outputOption);
    canvasexport::Format format;
    if (!canvasexport::formatForPath(output, &format)) {
        err << tr("journeylens export-image: the output file must end in .png or .svg.\n");
        return UsageError;
    }
    bool scaleOk = false;
    canvasexport::Options options;
    options.scale = parser.value(scaleOption).toDouble(&scaleOk);
    if (!scaleOk || !(options.scale > 0) || options.scale > 16) {
        err << tr("journeylens export-image: --scale must be a number greater than 0 and at most 16.\n");
        return UsageError;
    }

    const QString path = parser.positionalArguments().constFirst();
    QTemporaryDir temporary;
    if (!temporary.isValid()) {
        err << tr("Cannot create a temporary folder: %1\n").arg(temporary.errorString());
        return Failure;
    }
    const QString copy = temporary.filePath(QStringLiteral("copy.jlens"));
    // Render from a compact copy: the original is never written, and a lock held by the GUI
    // does not matter.
    const QString readError = readWorkspace(
        path, [&copy](QSqlDatabase db) { sql::run(db, QStringLiteral("VACUUM INTO ?"), {copy}); });
    if (!readError.isEmpty()) {
        err << readError << QLatin1Char('\n');
        return Failure;
    }
    WorkspaceError openError;
    const std::unique_ptr<Workspace> workspace = Workspace::open(copy, &openError);
    if (!workspace) {
        err << tr("Cannot read “%1”: %2\n").arg(QDir::toNativeSeparators(path), openError.message);
        return Failure;
    }

    QList<Journey> journeys;
    try {
        journeys = workspace->reader().journeys();
    } catch (const SqlError &e) {
        err << tr("Cannot read “%1”: %2\n").arg(QDir::toNativeSeparators(path), e.message());
        return Failure;
    }
    const QString wanted = parser.value(journeyOption);
    const Journey *journey = chooseJourney(journeys, wanted);
    if (!journey) {
        if (journeys.isEmpty()) {
            err << tr("“%1” holds no journey to draw.\n").arg(QDir::toNativeSeparators(path));
        } else {
            QStringList names;
            for (const Journey &each : std::as_const(journeys))
                names << QStringLiteral("  ") + each.name;
            err << tr("“%1” has no journey named “%2”. Its journeys:\n%3\n")
                       .arg(QDir::toNativeSeparators(path), wanted, names.join(QLatin1Char('\n')));
        }
        return Failure;
    }

    const QString error = canvasexport::exportJourney(*workspace, journey->id, output, format, options);
    if (!error.isEmpty()) {
        err << error << QLatin1Char('\n');
        return Failure;
    }
    out << tr("Wrote “%1” (journey “%2”).\n").arg(QDir::toNativeSeparators(output), journey->name);
    return Success;
}

} // namespace jl::cli
