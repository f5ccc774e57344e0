#include "Application.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace jl::application {

void setApplicationInfo()
{
    QCoreApplication::setOrganizationName(QStringLiteral("JourneyLens"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("journeylens.example.org"));
    QCoreApplication::setApplicationName(QStringLiteral("JourneyLens"));
    QCoreApplication::setApplicationVersion(QStringLiteral(JOURNEYLENS_VERSION));
}

QStringList availableLanguages()
{
    QStringList languages;
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("journeylens_*.qm")});
    for (const QString &file : files)
        languages << file.mid(12, file.size() - 15); // journeylens_<lang>.qm
    return languages;
}

QString installTranslators(QCoreApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto *own = new QTranslator(&app);
    if (!own->load(locale, QStringLiteral("journeylens"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        // English is the source language; its catalogue only holds the plural forms.
        if (own->load(QStringLiteral(":/i18n/journeylens_en.qm")))
            QCoreApplication::installTranslator(own);
        else
            delete own;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(own);
    // Qt's own strings (standard buttons, dialogs), where the system has them.
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    QLocale::setDefault(locale);
    return locale.name().section(QLatin1Char('_'), 0, 0);
}

QString languageArgument(const QStringList &arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (argument.startsWith(QLatin1String("--lang=")))
            return argument.mid(7);
    }
    return {};
}

} // namespace jl::application
