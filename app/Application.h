#pragma once

// Application-wide set-up shared by the GUI and the headless commands: names and version (which
// QSettings and the About box use) and the translators for the chosen language.

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace jl::application {

void setApplicationInfo();

// Languages the application ships translations for, besides English ("en").
QStringList availableLanguages();

// Installs the translators for language ("de", "en", ...; empty: the system locale) and returns
// the language in use. Unknown languages fall back to English.
QString installTranslators(QCoreApplication &app, const QString &language);

// The value of "--lang X" or "--lang=X" in arguments, or an empty string.
QString languageArgument(const QStringList &arguments);

} // namespace jl::application
