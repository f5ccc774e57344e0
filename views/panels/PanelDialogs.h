#pragma once

// The seam between the panels and modal dialogs they open themselves (a name for a new
// channel, a photo to load). The default implementation shows Qt's dialogs; tests install a
// subclass with scripted answers, so panel tests never block on a modal dialog. (The main
// window has its own seam, UserDialogs, in the app layer.)

#include <QString>

#include <optional>

class QWidget;

namespace jl {

class PanelDialogs
{
public:
    PanelDialogs() = default;
    virtual ~PanelDialogs();
    PanelDialogs(const PanelDialogs &) = delete;
    PanelDialogs &operator=(const PanelDialogs &) = delete;

    // A line of text, or std::nullopt when the user cancelled.
    virtual std::optional<QString> getText(QWidget *parent, const QString &title, const QString &label,
                                           const QString &text = {});
    // An existing file to open, or an empty string when the user cancelled.
    virtual QString getOpenFileName(QWidget *parent, const QString &caption, const QString &directory,
                                    const QString &filter);
};

} // namespace jl
