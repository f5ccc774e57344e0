// Developer tool, not a test: renders the main window on a workspace into a PNG, to look at
// what a user sees (run under xvfb-run for real fonts).
//   journeylens_screenshot OUT.png [WORKSPACE.jlens] [step|persona|glossary|trigger|sub|welcome]
// Without a workspace it creates the demo in a temporary folder.

#include "Application.h"
#include "MainWindow.h"
#include "demo/DemoWorkspace.h"
#include "document/Workspace.h"
#include "panels/WorkspaceArea.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QTest>

using namespace jl;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    application::setApplicationInfo();
    QCoreApplication::setOrganizationName(QStringLiteral("JourneyLensScreenshot"));
    application::installTranslators(app, application::languageArgument(app.arguments()));
    QStringList arguments = app.arguments();
    for (qsizetype i = arguments.size() - 1; i > 0; --i) {
        if (arguments.at(i).startsWith(QLatin1String("--lang"))) {
            const bool separateValue = arguments.at(i) == QLatin1String("--lang");
            arguments.removeAt(i);
            if (separateValue && i < arguments.size())
                arguments.removeAt(i);
        }
    }
    if (arguments.size() < 2) {
        qWarning("usage: journeylens_screenshot OUT.png [WORKSPACE.jlens] [step|persona|glossary|trigger|sub|welcome]");
        return 2;
    }
    const QString target = arguments.at(1);
    QString workspace = arguments.value(2);
    const QString show = arguments.value(3);
    QTemporaryDir dir;
    if (workspace.isEmpty() || workspace == QLatin1String("demo")) {
        workspace = dir.filePath(QStringLiteral("Retail demo.jlens"));
        QString error;
        if (!demo::createDemoWorkspace(workspace, &error)) {
            qWarning("%s", qPrintable(error));
            return 1;
        }
    }

    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window) || !window.openWorkspace(workspace))
        return 1;
    const ModelReader reader = window.workspace()->reader();
    const JourneyId shown = window.workspaceArea()->journey();
    if (show == QLatin1String("persona")) {
        window.showElement({EntityType::Persona, reader.personas().first().id.value()});
    } else if (show == QLatin1String("glossary")) {
        window.showElement({EntityType::GlossaryTerm, reader.glossary().first().id.value()});
    } else if (show == QLatin1String("step")) {
        const QList<Step> steps = reader.steps(shown);
        window.showElement({EntityType::Step, steps.at(steps.size() / 3).id.value()});
    } else if (show == QLatin1String("trigger")) {
        const QList<Trigger> triggers = reader.triggers(shown);
        window.showElement({EntityType::Trigger, triggers.at(triggers.size() / 2).id.value()});
    } else if (show == QLatin1String("sub")) {
        for (const Journey &journey : reader.journeys()) {
            if (journey.level == JourneyLevel::Task) {
                window.showJourney(journey.id);
                break;
            }
        }
    } else if (show == QLatin1String("welcome")) {
        window.closeWorkspace();
    }
    QTest::qWait(300);
    return window.grab().save(target) ? 0 : 1;
}
