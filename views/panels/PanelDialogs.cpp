#include "PanelDialogs.h"

#include <QFileDialog>
#include <QInputDialog>

namespace jl {

PanelDialogs::~PanelDialogs() = default;

std::optional<QString> PanelDialogs::getText(QWidget *parent, const QString &title, const QString &label,
                                             const QString &text)
{
    bool ok = false;
    const QString value = QInputDialog::getText(parent, title, label, QLineEdit::Normal, text, &ok);
    if (!ok)
        return std::nullopt;
    return value;
}

QString PanelDialogs::getOpenFileName(QWidget *parent, const QString &caption, const QString &directory,
                                      const QString &filter)
{
    return QFileDialog::getOpenFileName(parent, caption, directory, filter);
}

} // namespace jl
