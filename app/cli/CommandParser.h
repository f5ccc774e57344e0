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

} // namespace jl::cli
