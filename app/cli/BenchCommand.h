#pragma once

// `journeylens bench canvas [--steps N] [--json]`: times the journey canvas on a generated
// journey of N steps (8 stages, 3 lanes) and 2N triggers: opening it (workspace, scene, first
// paint of a 1600×1000 view), the auto-layout, and frames while panning at 100 % (95th
// percentile; a frame is a scroll step and a synchronous repaint of the whole viewport).
// The journey is built in a temporary workspace, seeded, so runs compare; building it is not
// timed.

#include "CliCommand.h"

#include <QCoreApplication>

namespace jl::cli {

class BenchCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(jl::cli::BenchCommand)

public:
    QString name() const override { return QStringLiteral("bench"); }
    QString summary() const override;
    bool needsGui() const override { return true; }
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace jl::cli
