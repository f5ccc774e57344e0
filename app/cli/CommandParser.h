#pragma once

// Parses a sub-command's arguments with QCommandLineParser and reports errors the same way for
// every command.

#include "CliCommand.h"

#include <QCommandLineParser>

namespace jl::cli {

// Returns false (and writes the error or the help to err/out) when the command should stop;
// *exitCode then holds the code to return.
bool parseArguments(QCommandLineParser &parser, const QString &command, const QStringList &arguments,
                    QTextStream &out, QTextStream &err, int *exitCode);

// The shape of the commands that read one workspace: `journeylens COMMAND WORKSPACE [--json]`.
// Returns false (with *exitCode) when the command should stop; otherwise sets *workspace and
// *json.
bool parseWorkspaceArguments(const QString &command, const QString &description, const QString &jsonHelp,
                             const QStringList &arguments, QTextStream &out, QTextStream &err, QString *workspace,
                             bool *json, int *exitCode);

} // namespace jl::cli
