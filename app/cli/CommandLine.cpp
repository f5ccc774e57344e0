#include "CommandLine.h"

#include "BenchCommand.h"
#include "CheckCommand.h"
#include "DemoCommand.h"
#include "ExportImageCommand.h"
#include "InfoCommand.h"

#include <QCoreApplication>

namespace jl::cli {

namespace {

// Arguments without the program name and the global --lang option.
QStringList stripGlobalOptions(const QStringList &arguments)
{
    QStringList result;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--lang")) {
            ++i;
            continue;
        }
        if (argument.startsWith(QLatin1String("--lang=")))
            continue;
        result << argument;
    }
    return result;
}

bool isHelp(const QString &argument)
{
    return argument == QLatin1String("--help") || argument == QLatin1String("-h") || argument == QLatin1String("help");
}

bool isVersion(const QString &argument)
{
    return argument == QLatin1String("--version") || argument == QLatin1String("-v");
}
} // namespace

CommandLine::CommandLine()
{
    add(std::make_unique<DemoCommand>());
    add(std::make_unique<InfoCommand>());
    add(std::make_unique<CheckCommand>());
    add(std::make_unique<ExportImageCommand>());
    add(std::make_unique<BenchCommand>());
}

CommandLine::~CommandLine() = default;

void CommandLine::add(std::unique_ptr<CliCommand> command)
{
    m_commands.push_back(std::move(command));
}

CliCommand *CommandLine::find(const QString &name) const
{
    for (const auto &command : m_commands) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

bool CommandLine::handles(const QStringList &arguments) const
{
    const QStringList rest = stripGlobalOptions(arguments);
    if (rest.isEmpty())
        return false;
    const QString &first = rest.first();
    return isHelp(first) || isVersion(first) || find(first) != nullptr;
}

bool CommandLine::needsGui(const QStringList &arguments) const
{
    const QStringList rest = stripGlobalOptions(arguments);
    const CliCommand *command = rest.isEmpty() ? nullptr : find(rest.first());
    return command && command->needsGui();
}

QString CommandLine::helpText() const
{
    QString text = tr("Usage: journeylens [--lang LANG] [WORKSPACE.jlens]\n"
                      "       journeylens [--lang LANG] COMMAND [ARGUMENTS]\n\n"
                      "Without a command, JourneyLens opens its main window (and WORKSPACE, if given).\n\n"
                      "Commands (run without a display):\n");
    for (const auto &command : m_commands)
        text += QStringLiteral("  %1  %2\n").arg(command->name(), -12).arg(command->summary());
    text += tr("\nOptions:\n"
               "  -h, --help      Show this help; COMMAND --help shows a command's options.\n"
               "  -v, --version   Show the version.\n"
               "  --lang LANG     Language of messages and reports (en, de).\n");
    return text;
}

int CommandLine::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QStringList rest = stripGlobalOptions(arguments);
    if (rest.isEmpty() || isHelp(rest.first())) {
        out << helpText();
        out.flush();
        return Success;
    }
    if (isVersion(rest.first())) {
        out << QStringLiteral("JourneyLens %1\n").arg(QStringLiteral(JOURNEYLENS_VERSION));
        out.flush();
        return Success;
    }
    CliCommand *command = find(rest.first());
    if (!command) {
        err << tr("Unknown command “%1”. Run “journeylens --help” for the list of commands.\n").arg(rest.first());
        err.flush();
        return UsageError;
    }
    rest.removeFirst();
    const int code = command->run(rest, out, err);
    out.flush();
    err.flush();
    return code;
}

} // namespace jl::cli
