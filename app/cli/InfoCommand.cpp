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
    QString path;
    bool json = false;
    int code = Success;
    if (!parseWorkspaceArguments(name(), summary(), tr("Print one JSON object."), arguments, out, err, &path, &json,
                                 &code))
        return code;
    WorkspaceSummary summary;
    const QString error = readWorkspace(path,
                                        [&summary](QSqlDatabase db) { summary = WorkspaceSummary::read(db); });
    if (!error.isEmpty()) {
        err << error << QLatin1Char('\n');
        return Failure;
    }
    if (json)
        out << QString::fromUtf8(QJsonDocument(summary.toJson()).toJson(QJsonDocument::Indented));
    else
        out << summary.toText() << QLatin1Char('\n');
    return Success;
}

} // namespace jl::cli
