#pragma once

// One headless sub-command of the journeylens binary (`journeylens NAME ARGS...`). Commands
// run without a display on a QCoreApplication; they print results to out (JSON where asked)
// and problems to err, and return the process exit code.

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace jl::cli {

enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

class CliCommand
{
public:
    virtual ~CliCommand() = default;

    virtual QString name() const = 0;
    virtual QString summary() const = 0; // one line for `journeylens --help`
    // arguments: what follows the command name.
    virtual int run(const QStringList &arguments, QTextStream &out, QTextStream &err) = 0;
};

} // namespace jl::cli
