#pragma once

// One headless sub-command of the journeylens binary (`journeylens NAME ARGS...`). Commands
// run without a display on a QCoreApplication (or, when they draw, on a QApplication with the
// offscreen platform: needsGui()); they print results to out (JSON where asked)
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
    // True for commands that render widgets or a QGraphicsScene: main() then runs them on a
    // QApplication, on the offscreen platform unless QT_QPA_PLATFORM says otherwise.
    virtual bool needsGui() const { return false; }
    // arguments: what follows the command name.
    virtual int run(const QStringList &arguments, QTextStream &out, QTextStream &err) = 0;
};

} // namespace jl::cli
