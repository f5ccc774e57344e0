#pragma once

// `journeylens info FILE.jlens [--json]`: what a workspace holds, read without changing it.

#include "CliCommand.h"

#include <QCoreApplication>

namespace jl::cli {

class InfoCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(jl::cli::InfoCommand)

public:
    QString name() const override { return QStringLiteral("info"); }
    QString summary() const override;
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace jl::cli
