#pragma once

// `journeylens demo OUT.jlens [--force]`: writes the bundled demo workspace.

#include "CliCommand.h"

#include <QCoreApplication>

namespace jl::cli {

class DemoCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(jl::cli::DemoCommand)

public:
    QString name() const override { return QStringLiteral("demo"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace jl::cli
