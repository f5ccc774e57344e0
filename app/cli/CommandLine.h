#pragma once

// The dispatcher of headless sub-commands: `journeylens --help`, `--version` and
// `journeylens COMMAND ...`. New commands (import, analyze, report ...) register in
// CommandLine's constructor.

#include "CliCommand.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

namespace jl::cli {

class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(jl::cli::CommandLine)

public:
    CommandLine();
    ~CommandLine();

    void add(std::unique_ptr<CliCommand> command);

    // True when arguments (argv including the program name) ask for a headless command, help
    // or the version, rather than the GUI.
    bool handles(const QStringList &arguments) const;
    // True when the command that arguments ask for needs a QApplication (CliCommand::needsGui).
    bool needsGui(const QStringList &arguments) const;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
    QString helpText() const;

private:
    CliCommand *find(const QString &name) const;
    std::vector<std::unique_ptr<CliCommand>> m_commands;
};

} // namespace jl::cli
