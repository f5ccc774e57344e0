#pragma once

// The seam between the main window and modal dialogs: file choosers and message boxes. The
// default implementation shows Qt's dialogs; tests install a subclass that returns scripted
// answers and records the messages, so GUI tests never block on a modal dialog.

#include <QString>

class QWidget;

namespace jl {

class UserDialogs
{
public:
    UserDialogs() = default;
    virtual ~UserDialogs();
    UserDialogs(const UserDialogs &) = delete;
    UserDialogs &operator=(const UserDialogs &) = delete;

    // An existing file to open, or an empty string when the user cancelled.
    virtual QString getOpenFileName(QWidget *parent, const QString &caption, const QString &directory,
                                    const QString &filter);
    // A file to write; the dialog has already confirmed overwriting an existing file. Empty
    // when the user cancelled.
    virtual QString getSaveFileName(QWidget *parent, const QString &caption, const QString &directory,
                                    const QString &filter);

    virtual void information(QWidget *parent, const QString &title, const QString &text);
    virtual void warning(QWidget *parent, const QString &title, const QString &text);
    virtual void critical(QWidget *parent, const QString &title, const QString &text);
    // A yes/no question; true for yes.
    virtual bool question(QWidget *parent, const QString &title, const QString &text);
    // A line of text (a name); empty when the user cancelled.
    virtual QString getText(QWidget *parent, const QString &title, const QString &label, const QString &text);
    // The About box (rich text).
    virtual void about(QWidget *parent, const QString &title, const QString &text);
};

} // namespace jl
