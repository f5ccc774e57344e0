// The journeylens executable: headless commands when asked for one, the main window otherwise.

#include "Application.h"
#include "MainWindow.h"
#include "cli/CommandLine.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFileInfo>
#include <QIcon>
#include <QTextStream>

#include <cstdio>

namespace {

QStringList rawArguments(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

template<typename App>
int runHeadless(int argc, char **argv, jl::cli::CommandLine &commandLine)
{
    App app(argc, argv);
    jl::application::setApplicationInfo();
    jl::application::installTranslators(app, jl::application::languageArgument(app.arguments()));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return commandLine.run(app.arguments(), out, err);
}

int runGui(int argc, char **argv)
{
    QApplication app(argc, argv);
    jl::application::setApplicationInfo();
    QApplication::setDesktopFileName(QStringLiteral("org.journeylens.JourneyLens"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/journeylens.svg")));
    jl::application::installTranslators(app, jl::application::languageArgument(app.arguments()));

    QString file;
    const QStringList arguments = app.arguments();
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--lang")) {
            ++i;
            continue;
        }
        if (!argument.startsWith(QLatin1Char('-')))
            file = argument;
    }

    jl::MainWindow window;
    window.show();
    if (!file.isEmpty())
        window.openWorkspace(QFileInfo(file).absoluteFilePath());
    return app.exec();
}

} // namespace

int main(int argc, char **argv)
{
    jl::cli::CommandLine commandLine;
    const QStringList arguments = rawArguments(argc, argv);
    if (commandLine.handles(arguments)) {
        if (!commandLine.needsGui(arguments))
            return runHeadless<QCoreApplication>(argc, argv, commandLine);
        // Commands that draw (export-image, bench) need a QApplication, but no display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        return runHeadless<QApplication>(argc, argv, commandLine);
    }
    return runGui(argc, argv);
}
