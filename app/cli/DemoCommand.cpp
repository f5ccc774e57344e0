#include "DemoCommand.h"

#include "CommandParser.h"

#include "demo/DemoWorkspace.h"
#include "document/Workspace.h"
#include "report/WorkspaceSummary.h"
#include "storage/SqlSupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace jl::cli {

QString DemoCommand::summary() const
{
    return tr("Write the demo workspace “Retail: lead to cash” to a file.");
}

int DemoCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption force({QStringLiteral("f"), QStringLiteral("force")}, tr("Replace the file if it exists."));
    parser.addOption(force);
    parser.addPositionalArgument(QStringLiteral("output"), tr("The .jlens file to create."));
    int code = Success;
    if (!parseArguments(parser, name(), arguments, out, err, &code))
        return code;
    if (parser.positionalArguments().size() != 1) {
        err << tr("journeylens demo: give the file to create, e.g. “journeylens demo demo.jlens”.\n");
        return UsageError;
    }
    const QString path = parser.positionalArguments().constFirst();
    if (QFileInfo::exists(path)) {
        if (!parser.isSet(force)) {
            err << tr("“%1” already exists. Choose another name or add --force to replace it.\n").arg(path);
            return Failure;
        }
        if (!QFile::remove(path)) {
            err << tr("Cannot replace “%1”: the file cannot be removed.\n").arg(path);
            return Failure;
        }
    }
    QString error;
    if (!demo::createDemoWorkspace(path, &error)) {
        err << error << QLatin1Char('\n');
        return Failure;
    }
    out << tr("Created the demo workspace “%1”.\n").arg(QFileInfo(path).absoluteFilePath());
    return Success;
}

} // namespace jl::cli
