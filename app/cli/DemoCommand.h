#pragma once

// `journeylens demo OUT.jlens [--force]`: writes the bundled demo workspace.

#include "CliCommand.h"

namespace jl::cli {

class DemoCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("demo"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace jl::cli
