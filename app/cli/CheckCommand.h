#pragma once

// `journeylens check FILE.jlens [--json]`: runs the model checks (analysis/ModelChecks) on a
// workspace, read without changing it, and lists the findings grouped by journey.

#include "CliCommand.h"

#include <QCoreApplication>

namespace jl::cli {

class CheckCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(jl::cli::CheckCommand)

public:
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace jl::cli
