#include "InfoCommand.h"

#include "CommandParser.h"
#include "ReadOnlyWorkspace.h"

#include "document/Workspace.h"
#include "report/WorkspaceSummary.h"
#include "storage/SqlSupport.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace jl::cli {

QString InfoCommand::summary() const
{
    return tr("Print what a workspace holds (add --json for machine-readable output).");
}

int InfoCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption json(QStringLiteral("json"), tr("Print one JSON object."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("workspace"), tr("The .jlens workspace file."));
    int code = Success;
    if (!parseArguments(parser, name(), arguments, out, err, &code))
        return code;
    if (parser.positionalArguments().size() != 1) {
        err << tr("journeylens info: give exactly one workspace file, e.g. “journeylens info demo.jlens --json”.\n");
        return UsageError;
    }
    WorkspaceSummary summary;
    const QString error = readWorkspace(parser.positionalArguments().constFirst(),
                                        [&summary](QSqlDatabase db) { summary = WorkspaceSummary::read(db); });
    if (!error.isEmpty()) {
        err << error << QLatin1Char('\n');
        return Failure;
    }
    if (parser.isSet(json))
        out << QString::fromUtf8(QJsonDocument(summary.toJson()).toJson(QJsonDocument::Indented));
    else
        out << summary.toText() << QLatin1Char('\n');
    return Success;
}

} // namespace jl::cli
