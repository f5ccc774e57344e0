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

} // namespace jl::cli
