#include "CommandParser.h"

#include <QCoreApplication>

namespace jl::cli {

bool parseArguments(QCommandLineParser &parser, const QString &command, const QStringList &arguments,
                    QTextStream &out, QTextStream &err, int *exitCode)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("jl::cli::CommandLine", "Show this help."));
    parser.addOption(help);
    if (!parser.parse(QStringList{QStringLiteral("journeylens ") + command} + arguments)) {
        err << parser.errorText() << QLatin1Char('\n');
        err << QCoreApplication::translate("jl::cli::CommandLine", "Run “journeylens %1 --help” for its options.\n")
                   .arg(command);
        *exitCode = UsageError;
        return false;
    }
    if (parser.isSet(help)) {
        out << parser.helpText();
        *exitCode = Success;
        return false;
    }
    return true;
}

bool parseWorkspaceArguments(const QString &command, const QString &description, const QString &jsonHelp,
                             const QStringList &arguments, QTextStream &out, QTextStream &err, QString *workspace,
                             bool *json, int *exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description);
    const QCommandLineOption jsonOption(QStringLiteral("json"), jsonHelp);
    parser.addOption(jsonOption);
    parser.addPositionalArgument(QStringLiteral("workspace"),
                                 QCoreApplication::translate("jl::cli::CommandLine", "The .jlens workspace file."));
    if (!parseArguments(parser, command, arguments, out, err, exitCode))
        return false;
    if (parser.positionalArguments().size() != 1) {
        err << QCoreApplication::translate("jl::cli::CommandLine",
                                           "journeylens %1: give exactly one workspace file, e.g. “journeylens %1 "
                                           "demo.jlens --json”.\n")
                   .arg(command);
        *exitCode = UsageError;
        return false;
    }
    *workspace = parser.positionalArguments().constFirst();
    *json = parser.isSet(jsonOption);
    return true;
}

} // namespace jl::cli
