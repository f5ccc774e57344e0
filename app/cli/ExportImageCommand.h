#pragma once

// `journeylens export-image WORKSPACE.jlens [--journey NAME] -o OUT.png|OUT.svg [--scale N]`:
// one journey's canvas as an image, without a display. The workspace is only read: the
// command renders from a private copy (VACUUM INTO from a read-only connection), so it also
// works while the workspace is open in the GUI.

#include "CliCommand.h"

#include <QCoreApplication>

namespace jl::cli {

class ExportImageCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(jl::cli::ExportImageCommand)

public:
    QString name() const override { return QStringLiteral("export-image"); }
    QString summary() const override;
    bool needsGui() const override { return true; }
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) override;
};

} // namespace jl::cli
