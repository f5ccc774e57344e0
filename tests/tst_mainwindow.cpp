// The main window with its panels, driven like a user would: open workspaces, pick elements
// in the navigator and on the canvas, edit in the inspector, undo from the Edit menu. Dialogs
// are scripted through the UserDialogs seam. Each test runs on the bundled demo and on the
// small test model, so it checks rules, not one fixture's numbers.

#include "MainWindow.h"
#include "RecentFiles.h"
#include "TestSupport.h"
#include "UserDialogs.h"
#include "canvas/JourneyScene.h"
#include "canvas/JourneyView.h"
#include "canvas/LaneItem.h"
#include "canvas/StageColumnItem.h"
#include "canvas/StepItem.h"
#include "demo/DemoWorkspace.h"
#include "panels/GlossaryTableModel.h"
#include "panels/InspectorPanel.h"
#include "panels/NavigatorModel.h"
#include "panels/NavigatorPanel.h"
#include "panels/PersonaEditor.h"
#include "panels/WorkspaceArea.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSlider>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>
#include <QUrl>

using namespace jl;

namespace {

// Answers file dialogs from a script and records every message box.
class ScriptedDialogs : public UserDialogs
{
public:
    struct Message
    {
        QString kind;
        QString title;
        QString text;
    };

    QStringList openAnswers;
    QStringList saveAnswers;
    QStringList textAnswers;
    QList<Message> messages;
    bool questionAnswer = true;

    QString getOpenFileName(QWidget *, const QString &, const QString &, const QString &) override
    {
        return openAnswers.isEmpty() ? QString() : openAnswers.takeFirst();
    }
    QString getSaveFileName(QWidget *, const QString &, const QString &, const QString &) override
    {
        return saveAnswers.isEmpty() ? QString() : saveAnswers.takeFirst();
    }
    QString getText(QWidget *, const QString &, const QString &, const QString &) override
    {
        return textAnswers.isEmpty() ? QString() : textAnswers.takeFirst();
    }
    void information(QWidget *, const QString &title, const QString &text) override
    {
        messages.append({QStringLiteral("information"), title, text});
    }
    void warning(QWidget *, const QString &title, const QString &text) override
    {
        messages.append({QStringLiteral("warning"), title, text});
    }
    void critical(QWidget *, const QString &title, const QString &text) override
    {
        messages.append({QStringLiteral("critical"), title, text});
    }
    bool question(QWidget *, const QString &title, const QString &text) override
    {
        messages.append({QStringLiteral("question"), title, text});
        return questionAnswer;
    }
    void about(QWidget *, const QString &title, const QString &text) override
    {
        messages.append({QStringLiteral("about"), title, text});
    }
};

// All nodes below parent, depth first.
QList<QModelIndex> descendants(const QAbstractItemModel *model, const QModelIndex &parent)
{
    QList<QModelIndex> result;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        result << index;
        result << descendants(model, index);
    }
    return result;
}

EntityRef entityOf(const QModelIndex &index)
{
    return index.data(NavigatorModel::EntityRole).value<EntityRef>();
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void autoLayoutIsOneUndoStep();
    void newJourneyStagesAndDelete();
    void buildJourneyFromScratch();
    void exportJourneyImages();
    void initTestCase();
    void init();
    void cleanup();

    void navigatorListsWorkspace_data() { fixtures(); }
    void navigatorListsWorkspace();
    void navigatorFollowsEdits_data() { fixtures(); }
    void navigatorFollowsEdits();
    void openShowsLifecycleJourney_data() { fixtures(); }
    void openShowsLifecycleJourney();
    void breadcrumbShowsJourneyPath_data() { fixtures(); }
    void breadcrumbShowsJourneyPath();
    void stepSelectionFillsInspector_data() { fixtures(); }
    void stepSelectionFillsInspector();
    void inspectorEditAndUndo_data() { fixtures(); }
    void inspectorEditAndUndo();
    void inspectorKeepsFieldBeingEdited();
    void inspectorChoicesEditModel_data() { fixtures(); }
    void inspectorChoicesEditModel();
    void personaAndGlossaryPages_data() { fixtures(); }
    void personaAndGlossaryPages();
    void windowTitleFollowsModification_data() { fixtures(); }
    void windowTitleFollowsModification();
    void openingInvalidFileKeepsWorkspace();
    void recentFiles();
    void newSaveAsAndClose();
    void commandFailureIsShown();
    void openDemo();
    void dropOpensWorkspace();


private:
    void fixtures();
    // Creates the fixture's workspace file in m_dir and returns its path (closed again, so the
    // window can open it).
    QString createFixture(const QString &kind, const QString &fileName = {});
    MainWindow *openFixture(const QString &kind);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    ScriptedDialogs *m_dialogs = nullptr;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("JourneyLensTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QSettings().clear();
}

void TestMainWindow::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_window = std::make_unique<MainWindow>();
    auto dialogs = std::make_unique<ScriptedDialogs>();
    m_dialogs = dialogs.get();
    m_window->setDialogs(std::move(dialogs));
    m_window->resize(1400, 900);
}

void TestMainWindow::cleanup()
{
    m_dialogs = nullptr;
    m_window.reset();
    m_dir.reset();
}

void TestMainWindow::fixtures()
{
    QTest::addColumn<QString>("fixture");
    QTest::newRow("demo") << QStringLiteral("demo");
    QTest::newRow("small") << QStringLiteral("small");
}

QString TestMainWindow::createFixture(const QString &kind, const QString &fileName)
{
    const QString path = m_dir->filePath(fileName.isEmpty() ? kind + QStringLiteral(".jlens") : fileName);
    if (kind == QLatin1String("demo")) {
        QString error;
        if (!demo::createDemoWorkspace(path, &error))
            qWarning("createDemoWorkspace: %s", qPrintable(error));
        return path;
    }
    WorkspaceError error;
    auto workspace = Workspace::create(path, QStringLiteral("Small model"), &error);
    if (!workspace) {
        qWarning("create: %s", qPrintable(error.message));
        return path;
    }
    if (kind == QLatin1String("empty"))
        return path;
    const JourneyId journey = test::buildSmallModel(*workspace);
    // A lifecycle above the journey and a task below it, so nesting is exercised.
    Journey lifecycle;
    lifecycle.name = QStringLiteral("Customer lifecycle");
    lifecycle.level = JourneyLevel::Lifecycle;
    const JourneyId lifecycleId = workspace->addJourney(lifecycle);
    Step purchase;
    purchase.journey = lifecycleId;
    purchase.name = QStringLiteral("Purchase");
    const StepId purchaseStep = workspace->addStep(purchase);
    workspace->setProperty({EntityType::Journey, journey.value()}, QStringLiteral("detail_step_id"),
                           purchaseStep.value());
    StepId pay;
    for (const Step &step : workspace->reader().steps(journey)) {
        if (step.name == QLatin1String("Pay"))
            pay = step.id;
    }
    Journey task;
    task.name = QStringLiteral("Checkout");
    task.level = JourneyLevel::Task;
    task.detailsStep = pay;
    workspace->addJourney(task);
    workspace->addGlossaryTerm(
        {{}, QStringLiteral("Basket"), QStringLiteral("Products chosen, not yet paid"), {QStringLiteral("Cart")}, {}});
    workspace->addGlossaryTerm({{}, QStringLiteral("Order"), QStringLiteral("A paid basket"), {}, {}});
    return path;
}

MainWindow *TestMainWindow::openFixture(const QString &kind)
{
    const QString path = createFixture(kind);
    if (!m_window->openWorkspace(path)) {
        qWarning("openWorkspace failed: %s",
                 m_dialogs->messages.isEmpty() ? "" : qPrintable(m_dialogs->messages.last().text));
        return nullptr;
    }
    return m_window.get();
}

void TestMainWindow::navigatorListsWorkspace()
{
    QFETCH(QString, fixture);
    NavigatorModel *model = m_window->navigator()->model();
    QAbstractItemModelTester navigatorTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester glossaryTester(m_window->workspaceArea()->glossaryModel(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(openFixture(fixture));
    const ModelReader reader = m_window->workspace()->reader();

    QCOMPARE(model->rowCount(), 4);
    const QStringList keys{NavigatorModel::journeysKey(), NavigatorModel::personasKey(), NavigatorModel::glossaryKey(),
                           NavigatorModel::referenceDataKey()};
    for (int row = 0; row < 4; ++row)
        QCOMPARE(model->index(row, 0).data(NavigatorModel::KeyRole).toString(), keys.at(row));

    // Every journey once, under its parent journey where it details a step.
    const QModelIndex journeysNode = model->indexOfKey(NavigatorModel::journeysKey());
    const QList<QModelIndex> journeyNodes = descendants(model, journeysNode);
    const QList<Journey> journeys = reader.journeys();
    QVERIFY(!journeys.isEmpty());
    QCOMPARE(journeyNodes.size(), journeys.size());
    int nested = 0;
    for (const Journey &journey : journeys) {
        const QModelIndex index = model->indexOf({EntityType::Journey, journey.id.value()});
        QVERIFY2(index.isValid(), qPrintable(journey.name));
        QCOMPARE(index.data().toString(), journey.name);
        const JourneyId parent = reader.parentJourney(journey.id);
        if (parent) {
            QCOMPARE(entityOf(index.parent()), (EntityRef{EntityType::Journey, parent.value()}));
            ++nested;
        } else {
            QCOMPARE(index.parent(), journeysNode);
        }
    }
    QVERIFY(nested > 0);
    // Lifecycle journeys come first at the top.
    const auto firstTop = reader.journey(JourneyId(entityOf(model->index(0, 0, journeysNode)).id));
    QVERIFY(firstTop);
    QCOMPARE(firstTop->level, JourneyLevel::Lifecycle);

    const QModelIndex personasNode = model->indexOfKey(NavigatorModel::personasKey());
    QCOMPARE(model->rowCount(personasNode), reader.personas().size());
    for (const Persona &persona : reader.personas())
        QVERIFY(model->indexOf({EntityType::Persona, persona.id.value()}).isValid());
    const QModelIndex glossaryNode = model->indexOfKey(NavigatorModel::glossaryKey());
    QCOMPARE(model->rowCount(glossaryNode), reader.glossary().size());
    QCOMPARE(m_window->workspaceArea()->glossaryModel()->rowCount(), reader.glossary().size());

    const QModelIndex referenceNode = model->indexOfKey(NavigatorModel::referenceDataKey());
    QCOMPARE(model->rowCount(referenceNode), 4);
    QCOMPARE(model->rowCount(model->index(0, 0, referenceNode)), reader.channels().size());
    QCOMPARE(model->rowCount(model->index(1, 0, referenceNode)), reader.departments().size());
    QCOMPARE(model->rowCount(model->index(2, 0, referenceNode)), reader.owners().size());
    QCOMPARE(model->rowCount(model->index(3, 0, referenceNode)), reader.sourceSystems().size());

    // The filter keeps matches and their parents.
    const Journey &someJourney = journeys.last();
    m_window->navigator()->setFilterText(someJourney.name);
    QSortFilterProxyModel *proxy = qobject_cast<QSortFilterProxyModel *>(m_window->navigator()->treeView()->model());
    QVERIFY(proxy);
    QVERIFY(proxy->mapFromSource(model->indexOf({EntityType::Journey, someJourney.id.value()})).isValid());
    QVERIFY(proxy->rowCount() >= 1 && proxy->rowCount() < 4);
    m_window->navigator()->setFilterText({});
    QCOMPARE(proxy->rowCount(), 4);
}

void TestMainWindow::navigatorFollowsEdits()
{
    QFETCH(QString, fixture);
    QVERIFY(openFixture(fixture));
    NavigatorModel *model = m_window->navigator()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Workspace *workspace = m_window->workspace();
    const int before = int(workspace->reader().journeys().size());

    // Keep a journey selected and expanded across the resets the edits cause.
    const JourneyId shown = m_window->workspaceArea()->journey();
    QVERIFY(shown);
    QCOMPARE(m_window->navigator()->currentElement(), (EntityRef{EntityType::Journey, shown.value()}));

    Journey journey;
    journey.name = QStringLiteral("Returns");
    const JourneyId added = workspace->addJourney(journey);
    QVERIFY(added);
    QTRY_VERIFY(model->indexOf({EntityType::Journey, added.value()}).isValid());
    QCOMPARE(descendants(model, model->indexOfKey(NavigatorModel::journeysKey())).size(), before + 1);
    QCOMPARE(m_window->navigator()->currentElement(), (EntityRef{EntityType::Journey, shown.value()}));

    QVERIFY(workspace->setProperty({EntityType::Journey, added.value()}, QStringLiteral("name"),
                                   QStringLiteral("Returns and refunds")));
    QTRY_COMPARE(model->indexOf({EntityType::Journey, added.value()}).data().toString(),
                 QStringLiteral("Returns and refunds"));

    workspace->undoStack()->undo();
    workspace->undoStack()->undo();
    QTRY_VERIFY(!model->indexOf({EntityType::Journey, added.value()}).isValid());
    QCOMPARE(m_window->navigator()->currentElement(), (EntityRef{EntityType::Journey, shown.value()}));
}

void TestMainWindow::openShowsLifecycleJourney()
{
    QFETCH(QString, fixture);
    QVERIFY(openFixture(fixture));
    const ModelReader reader = m_window->workspace()->reader();
    JourneyId expected;
    for (const Journey &journey : reader.journeys()) {
        if (journey.level == JourneyLevel::Lifecycle) {
            expected = journey.id;
            break;
        }
    }
    QVERIFY(expected);
    WorkspaceArea *area = m_window->workspaceArea();
    QCOMPARE(area->page(), WorkspaceArea::Page::Journey);
    QCOMPARE(area->journey(), expected);
    QCOMPARE(m_window->journeyView()->journey(), expected);
    const EntityRef journeyRef{EntityType::Journey, expected.value()};
    QCOMPARE(m_window->inspector()->element(), journeyRef);
    QCOMPARE(m_window->navigator()->currentElement(), journeyRef);
    QCOMPARE(m_window->inspector()->typeText(), QStringLiteral("Journey"));
    QCOMPARE(m_window->inspector()->nameText(), reader.journey(expected)->name);
}

void TestMainWindow::breadcrumbShowsJourneyPath()
{
    QFETCH(QString, fixture);
    QVERIFY(openFixture(fixture));
    const ModelReader reader = m_window->workspace()->reader();
    // The deepest journey: its breadcrumb names every journey up to the top.
    JourneyId deepest;
    QStringList expectedPath;
    for (const Journey &journey : reader.journeys()) {
        QStringList path{journey.name};
        for (JourneyId parent = reader.parentJourney(journey.id); parent; parent = reader.parentJourney(parent))
            path.prepend(reader.journey(parent)->name);
        if (path.size() > expectedPath.size()) {
            expectedPath = path;
            deepest = journey.id;
        }
    }
    QVERIFY(expectedPath.size() >= 2);
    m_window->showJourney(deepest);
    QCOMPARE(m_window->workspaceArea()->breadcrumbText(), expectedPath.join(QStringLiteral(" › ")));
    QCOMPARE(m_window->navigator()->currentElement(), (EntityRef{EntityType::Journey, deepest.value()}));

    // Picking the top of the path in the breadcrumb goes there.
    const JourneyId top = [&] {
        JourneyId id = deepest;
        while (reader.parentJourney(id))
            id = reader.parentJourney(id);
        return id;
    }();
    emit m_window->workspaceArea()->journeyActivated(top);
    QCOMPARE(m_window->workspaceArea()->journey(), top);
    QCOMPARE(m_window->workspaceArea()->breadcrumbText(), expectedPath.first());
}

void TestMainWindow::stepSelectionFillsInspector()
{
    QFETCH(QString, fixture);
    QVERIFY(openFixture(fixture));
    const ModelReader reader = m_window->workspace()->reader();
    const JourneyId journey = m_window->workspaceArea()->journey();
    const QList<Step> steps = reader.steps(journey);
    QVERIFY(!steps.isEmpty());
    const Step step = steps.last();
    const EntityRef stepRef{EntityType::Step, step.id.value()};

    // A selection on the canvas reaches the inspector.
    emit m_window->journeyView()->elementSelected(stepRef);
    InspectorPanel *inspector = m_window->inspector();
    QCOMPARE(inspector->element(), stepRef);
    QCOMPARE(inspector->typeText(), QStringLiteral("Step"));
    QCOMPARE(inspector->nameText(), step.name);
    auto *name = qobject_cast<QLineEdit *>(inspector->editor(QStringLiteral("name")));
    QVERIFY(name);
    QCOMPARE(name->text(), step.name);
    auto *kind = qobject_cast<QComboBox *>(inspector->editor(QStringLiteral("kind")));
    QVERIFY(kind);
    QCOMPARE(kind->currentData().toInt(), static_cast<int>(step.kind));
    auto *channel = qobject_cast<QComboBox *>(inspector->editor(QStringLiteral("channel_id")));
    QVERIFY(channel);
    QCOMPARE(channel->currentData().toLongLong(), step.channel.value());
    auto *emotion = qobject_cast<QSlider *>(inspector->editor(QStringLiteral("emotion")));
    QVERIFY(emotion);
    QCOMPARE(emotion->value(), step.emotion);
    auto *description = qobject_cast<QPlainTextEdit *>(inspector->editor(QStringLiteral("description")));
    QVERIFY(description);
    QCOMPARE(description->toPlainText(), step.description);

    // Selecting on the canvas itself (the view's own selection) does the same.
    const Step other = steps.first();
    m_window->journeyView()->selectElement({EntityType::Step, other.id.value()});
    QTRY_COMPARE(inspector->element(), (EntityRef{EntityType::Step, other.id.value()}));
    QCOMPARE(inspector->nameText(), other.name);

    // Nothing selected on the canvas: the inspector shows the journey.
    emit m_window->journeyView()->elementSelected({});
    QCOMPARE(inspector->element(), (EntityRef{EntityType::Journey, journey.value()}));

    // A trigger.
    const QList<Trigger> triggers = reader.triggers(journey);
    if (!triggers.isEmpty()) {
        emit m_window->journeyView()->elementSelected({EntityType::Trigger, triggers.first().id.value()});
        QCOMPARE(inspector->typeText(), QStringLiteral("Trigger"));
        QVERIFY(inspector->editor(QStringLiteral("expected_delay_s")));
    }
}

void TestMainWindow::inspectorEditAndUndo()
{
    QFETCH(QString, fixture);
    QVERIFY(openFixture(fixture));
    Workspace *workspace = m_window->workspace();
    const JourneyId journey = m_window->workspaceArea()->journey();
    const Step step = workspace->reader().steps(journey).first();
    const EntityRef stepRef{EntityType::Step, step.id.value()};
    m_window->showElement(stepRef);
    InspectorPanel *inspector = m_window->inspector();
    QCOMPARE(inspector->element(), stepRef);

    auto *name = qobject_cast<QLineEdit *>(inspector->editor(QStringLiteral("name")));
    QVERIFY(name);
    const QString renamed = step.name + QStringLiteral(" (renamed)");
    name->selectAll();
    QTest::keyClicks(name, renamed);
    // Typing alone does not edit the model; finishing the edit does.
    QCOMPARE(workspace->reader().step(step.id)->name, step.name);
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(workspace->reader().step(step.id)->name, renamed);
    QTRY_COMPARE(inspector->nameText(), renamed);
    QVERIFY(m_window->isWindowModified());

    auto *undo = m_window->findChild<QAction *>(QStringLiteral("actionUndo"));
    QVERIFY(undo);
    QVERIFY(undo->isEnabled());
    undo->trigger();
    QCOMPARE(workspace->reader().step(step.id)->name, step.name);
    QTRY_COMPARE(name->text(), step.name);
    QCOMPARE(inspector->nameText(), step.name);
    QVERIFY(!m_window->isWindowModified());

    auto *redo = m_window->findChild<QAction *>(QStringLiteral("actionRedo"));
    QVERIFY(redo);
    redo->trigger();
    QCOMPARE(workspace->reader().step(step.id)->name, renamed);
    QTRY_COMPARE(name->text(), renamed);

    // A multi-line field commits when it loses focus, as one undo step.
    auto *description = qobject_cast<QPlainTextEdit *>(inspector->editor(QStringLiteral("description")));
    QVERIFY(description);
    const int steps = workspace->undoStack()->count();
    description->setFocus();
    description->selectAll();
    QTest::keyClicks(description, QStringLiteral("Line one"));
    QCOMPARE(workspace->reader().step(step.id)->description, step.description);
    inspector->commitPendingEdits();
    QCOMPARE(workspace->reader().step(step.id)->description, QStringLiteral("Line one"));
    QCOMPARE(workspace->undoStack()->count(), steps + 1);
}

void TestMainWindow::inspectorKeepsFieldBeingEdited()
{
    QVERIFY(openFixture(QStringLiteral("small")));
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    Workspace *workspace = m_window->workspace();
    const Step step = workspace->reader().steps(m_window->workspaceArea()->journey()).first();
    const EntityRef stepRef{EntityType::Step, step.id.value()};
    m_window->showElement(stepRef);
    auto *name = qobject_cast<QLineEdit *>(m_window->inspector()->editor(QStringLiteral("name")));
    QVERIFY(name);
    name->setFocus();
    QTRY_VERIFY(name->hasFocus());
    name->end(false);
    QTest::keyClicks(name, QStringLiteral(" now"));
    name->setCursorPosition(2);

    // Another property of the same element changes meanwhile (the canvas, another panel).
    QVERIFY(workspace->setProperty(stepRef, QStringLiteral("description"), QStringLiteral("Changed elsewhere")));
    auto *description = qobject_cast<QPlainTextEdit *>(m_window->inspector()->editor(QStringLiteral("description")));
    QTRY_COMPARE(description->toPlainText(), QStringLiteral("Changed elsewhere"));
    QCOMPARE(name->text(), step.name + QStringLiteral(" now"));
    QCOMPARE(name->cursorPosition(), 2);
    QVERIFY(name->hasFocus());

    // Finishing the edit commits it.
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(workspace->reader().step(step.id)->name, step.name + QStringLiteral(" now"));
    QCOMPARE(name->cursorPosition(), 2);
}

void TestMainWindow::inspectorChoicesEditModel()
{
    QFETCH(QString, fixture);
    QVERIFY(openFixture(fixture));
    Workspace *workspace = m_window->workspace();
    const JourneyId journey = m_window->workspaceArea()->journey();
    const Step step = workspace->reader().steps(journey).first();
    m_window->showElement({EntityType::Step, step.id.value()});
    InspectorPanel *inspector = m_window->inspector();

    auto *emotion = qobject_cast<QSlider *>(inspector->editor(QStringLiteral("emotion")));
    QVERIFY(emotion);
    const int newEmotion = step.emotion == MaxEmotion ? MinEmotion : MaxEmotion;
    emotion->setValue(newEmotion);
    QCOMPARE(workspace->reader().step(step.id)->emotion, newEmotion);

    auto *kind = qobject_cast<QComboBox *>(inspector->editor(QStringLiteral("kind")));
    QVERIFY(kind);
    const int decision = kind->findData(static_cast<int>(StepKind::Decision));
    QVERIFY(decision >= 0);
    kind->setCurrentIndex(decision);
    emit kind->activated(decision);
    QCOMPARE(workspace->reader().step(step.id)->kind, StepKind::Decision);

    // "(none)" clears a reference.
    auto *channel = qobject_cast<QComboBox *>(inspector->editor(QStringLiteral("channel_id")));
    QVERIFY(channel);
    QCOMPARE(channel->itemText(0), QStringLiteral("(none)"));
    QCOMPARE(channel->count(), workspace->reader().channels().size() + 2); // (none), channels, New channel…
    channel->setCurrentIndex(0);
    emit channel->activated(0);
    QVERIFY(!workspace->reader().step(step.id)->channel);

    // Undo brings the reference back, and the combo follows.
    workspace->undoStack()->undo();
    QCOMPARE(workspace->reader().step(step.id)->channel, step.channel);
    QTRY_COMPARE(channel->currentData().toLongLong(), step.channel.value());
}

void TestMainWindow::personaAndGlossaryPages()
{
    QFETCH(QString, fixture);
    QVERIFY(openFixture(fixture));
    const ModelReader reader = m_window->workspace()->reader();
    NavigatorModel *model = m_window->navigator()->model();
    QTreeView *tree = m_window->navigator()->treeView();
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(tree->model());
    QVERIFY(proxy);

    const Persona persona = reader.personas().first();
    const EntityRef personaRef{EntityType::Persona, persona.id.value()};
    tree->setCurrentIndex(proxy->mapFromSource(model->indexOf(personaRef)));
    QCOMPARE(m_window->workspaceArea()->page(), WorkspaceArea::Page::Persona);
    QCOMPARE(m_window->workspaceArea()->personaEditor()->persona(), persona.id);
    QCOMPARE(m_window->workspaceArea()->personaEditor()->nameText(), persona.name);
    QCOMPARE(m_window->inspector()->element(), personaRef);
    auto *quote = qobject_cast<QPlainTextEdit *>(m_window->inspector()->editor(QStringLiteral("quote")));
    QVERIFY(quote);
    QCOMPARE(quote->toPlainText(), persona.quote);

    // Renaming in the inspector updates the card and the navigator.
    auto *name = qobject_cast<QLineEdit *>(m_window->inspector()->editor(QStringLiteral("name")));
    QVERIFY(name);
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Renamed persona"));
    QTest::keyClick(name, Qt::Key_Return);
    QTRY_COMPARE(m_window->workspaceArea()->personaEditor()->nameText(), QStringLiteral("Renamed persona"));
    QTRY_COMPARE(model->indexOf(personaRef).data().toString(), QStringLiteral("Renamed persona"));
    QCOMPARE(m_window->navigator()->currentElement(), personaRef);

    // The glossary top node shows the table; a term shows its row and fills the inspector.
    tree->setCurrentIndex(proxy->mapFromSource(model->indexOfKey(NavigatorModel::glossaryKey())));
    QCOMPARE(m_window->workspaceArea()->page(), WorkspaceArea::Page::Glossary);
    QVERIFY(m_window->inspector()->isEmptyStateShown());
    GlossaryTableModel *glossary = m_window->workspaceArea()->glossaryModel();
    QAbstractItemModelTester tester(glossary, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(glossary->rowCount(), reader.glossary().size());
    const GlossaryTerm term = reader.glossary().first();
    const EntityRef termRef{EntityType::GlossaryTerm, term.id.value()};
    tree->setCurrentIndex(proxy->mapFromSource(model->indexOf(termRef)));
    QCOMPARE(m_window->inspector()->element(), termRef);
    QCOMPARE(m_window->workspaceArea()->glossaryView()->currentIndex().row(), glossary->indexOf(term.id).row());

    // Picking a row in the table selects the term everywhere.
    const GlossaryTerm other = reader.glossary().last();
    m_window->workspaceArea()->glossaryView()->setCurrentIndex(glossary->indexOf(other.id));
    QCOMPARE(m_window->inspector()->element(), (EntityRef{EntityType::GlossaryTerm, other.id.value()}));
    QCOMPARE(m_window->navigator()->currentElement(), (EntityRef{EntityType::GlossaryTerm, other.id.value()}));
}

void TestMainWindow::windowTitleFollowsModification()
{
    QFETCH(QString, fixture);
    QVERIFY(openFixture(fixture));
    Workspace *workspace = m_window->workspace();
    const QString fileName = QFileInfo(workspace->filePath()).fileName();
    QCOMPARE(m_window->windowTitle(),
             workspace->title() + QStringLiteral(" — ") + fileName + QStringLiteral("[*] — JourneyLens"));
    QVERIFY(!m_window->isWindowModified());

    const JourneyId journey = m_window->workspaceArea()->journey();
    QVERIFY(workspace->setProperty({EntityType::Journey, journey.value()}, QStringLiteral("description"),
                                   QStringLiteral("Changed")));
    QVERIFY(m_window->isWindowModified());
    auto *save = m_window->findChild<QAction *>(QStringLiteral("actionSave"));
    QVERIFY(save);
    save->trigger();
    QVERIFY(!m_window->isWindowModified());
    QVERIFY(m_dialogs->messages.isEmpty());
}

void TestMainWindow::openingInvalidFileKeepsWorkspace()
{
    QVERIFY(openFixture(QStringLiteral("small")));
    Workspace *before = m_window->workspace();
    const QString path = before->filePath();

    const QString notes = m_dir->filePath(QStringLiteral("notes.txt"));
    QFile file(notes);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("This is not a workspace.\n");
    file.close();

    m_dialogs->openAnswers << notes;
    m_window->findChild<QAction *>(QStringLiteral("actionOpen"))->trigger();
    QCOMPARE(m_dialogs->messages.size(), 1);
    QCOMPARE(m_dialogs->messages.first().kind, QStringLiteral("critical"));
    QVERIFY2(m_dialogs->messages.first().text.contains(QStringLiteral("notes.txt")),
             qPrintable(m_dialogs->messages.first().text));
    QCOMPARE(m_window->workspace(), before);
    QCOMPARE(m_window->workspace()->filePath(), path);
    QCOMPARE(m_window->navigator()->model()->rowCount(), 4);

    // A missing file fails the same way.
    QVERIFY(!m_window->openWorkspace(m_dir->filePath(QStringLiteral("missing.jlens"))));
    QCOMPARE(m_dialogs->messages.size(), 2);
    QCOMPARE(m_window->workspace(), before);
    QVERIFY(!m_window->recentFiles()->files().contains(notes));
}

void TestMainWindow::recentFiles()
{
    const QString first = createFixture(QStringLiteral("small"), QStringLiteral("first.jlens"));
    const QString second = createFixture(QStringLiteral("small"), QStringLiteral("second.jlens"));
    QVERIFY(m_window->openWorkspace(first));
    QVERIFY(m_window->openWorkspace(second));
    RecentFiles *recent = m_window->recentFiles();
    QCOMPARE(recent->files(), (QStringList{QFileInfo(second).absoluteFilePath(), QFileInfo(first).absoluteFilePath()}));

    auto *menu = m_window->findChild<QMenu *>(QStringLiteral("menuRecent"));
    QVERIFY(menu);
    QStringList listed;
    for (QAction *action : menu->actions()) {
        if (action->data().isValid())
            listed << action->data().toString();
    }
    QCOMPARE(listed, recent->files());

    // Reopening from the menu moves the file to the front.
    for (QAction *action : menu->actions()) {
        if (action->data().toString() == QFileInfo(first).absoluteFilePath()) {
            action->trigger();
            break;
        }
    }
    QCOMPARE(QFileInfo(m_window->workspace()->filePath()).fileName(), QStringLiteral("first.jlens"));
    QCOMPARE(recent->files().first(), QFileInfo(first).absoluteFilePath());

    // At most ten, and files that are gone drop out.
    for (int i = 0; i < 12; ++i)
        recent->add(createFixture(QStringLiteral("empty"), QStringLiteral("extra%1.jlens").arg(i)));
    QCOMPARE(recent->files().size(), RecentFiles::MaxCount);
    QVERIFY(QFile::remove(m_dir->filePath(QStringLiteral("extra11.jlens"))));
    QCOMPARE(recent->files().size(), RecentFiles::MaxCount - 1);

    m_window->findChild<QAction *>(QStringLiteral("actionClearRecent"))->trigger();
    QVERIFY(recent->files().isEmpty());
    QVERIFY(!menu->isEnabled());
}

void TestMainWindow::newSaveAsAndClose()
{
    QVERIFY(openFixture(QStringLiteral("small")));
    const QString current = m_window->workspace()->filePath();

    // New refuses to replace the open workspace.
    m_dialogs->saveAnswers << current;
    m_window->findChild<QAction *>(QStringLiteral("actionNew"))->trigger();
    QCOMPARE(m_dialogs->messages.size(), 1);
    QCOMPARE(m_dialogs->messages.first().kind, QStringLiteral("warning"));
    QCOMPARE(m_window->workspace()->filePath(), current);

    // New over an existing (confirmed) file replaces it; the title is the file's base name.
    const QString existing = createFixture(QStringLiteral("small"), QStringLiteral("Store visits.jlens"));
    m_dialogs->saveAnswers << existing;
    m_window->findChild<QAction *>(QStringLiteral("actionNew"))->trigger();
    QCOMPARE(m_dialogs->messages.size(), 1);
    QCOMPARE(m_window->workspace()->filePath(), QFileInfo(existing).absoluteFilePath());
    QCOMPARE(m_window->workspace()->title(), QStringLiteral("Store visits"));
    QVERIFY(m_window->workspace()->reader().journeys().isEmpty());
    QCOMPARE(m_window->workspaceArea()->page(), WorkspaceArea::Page::Blank);
    QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("Store visits — Store visits.jlens")));

    // Save As continues in the copy.
    m_window->workspace()->addPersona({{}, QStringLiteral("Walk-in shopper"), {}, {}, {}, {}, {}, {}, {}, {}});
    const QString copy = m_dir->filePath(QStringLiteral("copy"));
    m_dialogs->saveAnswers << copy;
    m_window->findChild<QAction *>(QStringLiteral("actionSaveAs"))->trigger();
    QCOMPARE(m_window->workspace()->filePath(), QFileInfo(copy + QStringLiteral(".jlens")).absoluteFilePath());
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("copy.jlens")));
    QVERIFY(!m_window->isWindowModified());
    QCOMPARE(m_window->recentFiles()->files().first(), m_window->workspace()->filePath());
    QCOMPARE(m_window->workspace()->reader().personas().size(), 1);

    // Close needs no confirmation: everything is in the file already.
    m_window->findChild<QAction *>(QStringLiteral("actionClose"))->trigger();
    QVERIFY(!m_window->workspace());
    QCOMPARE(m_window->windowTitle(), QStringLiteral("JourneyLens"));
    QCOMPARE(m_window->workspaceArea()->page(), WorkspaceArea::Page::Welcome);
    QCOMPARE(m_window->navigator()->model()->rowCount(), 0);
    QVERIFY(m_window->inspector()->isEmptyStateShown());
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("saved in the workspace file")));
    QCOMPARE(m_dialogs->messages.size(), 1);
    QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("actionSave"))->isEnabled());
}

void TestMainWindow::commandFailureIsShown()
{
    QVERIFY(openFixture(QStringLiteral("small")));
    const JourneyId journey = m_window->workspaceArea()->journey();
    QVERIFY(!m_window->workspace()->setProperty({EntityType::Journey, journey.value()},
                                                QStringLiteral("no_such_column"), 1));
    QCOMPARE(m_dialogs->messages.size(), 1);
    QCOMPARE(m_dialogs->messages.first().kind, QStringLiteral("warning"));
}

void TestMainWindow::openDemo()
{
    const QString demoPath = QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
                                 .filePath(QStringLiteral("Retail demo.jlens"));
    QFile::remove(demoPath);
    m_window->findChild<QAction *>(QStringLiteral("actionOpenDemo"))->trigger();
    QVERIFY(m_window->workspace());
    QCOMPARE(m_window->workspace()->filePath(), QFileInfo(demoPath).absoluteFilePath());
    QCOMPARE(m_window->workspace()->title(), QStringLiteral("Retail: lead to cash"));
    QCOMPARE(m_window->workspaceArea()->page(), WorkspaceArea::Page::Journey);
    QVERIFY(m_dialogs->messages.isEmpty());
    // The second time the same file opens again.
    m_window->closeWorkspace();
    m_window->findChild<QAction *>(QStringLiteral("actionOpenDemo"))->trigger();
    QCOMPARE(m_window->workspace()->filePath(), QFileInfo(demoPath).absoluteFilePath());
    m_window->closeWorkspace();
    QVERIFY(QFile::remove(demoPath));
}

void TestMainWindow::dropOpensWorkspace()
{
    const QString path = createFixture(QStringLiteral("small"));
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window.get(), &drop);
    QTRY_VERIFY(m_window->workspace());
    QCOMPARE(m_window->workspace()->filePath(), QFileInfo(path).absoluteFilePath());

    // Other files are not taken.
    QMimeData text;
    text.setUrls({QUrl::fromLocalFile(m_dir->filePath(QStringLiteral("notes.txt")))});
    QDragEnterEvent other(QPoint(10, 10), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    other.setAccepted(false);
    QCoreApplication::sendEvent(m_window.get(), &other);
    QVERIFY(!other.isAccepted());
}

void TestMainWindow::autoLayoutIsOneUndoStep()
{
    QVERIFY(openFixture(QStringLiteral("demo")));
    Workspace *ws = m_window->workspace();
    const JourneyId journey = m_window->journeyView()->journey();
    QVERIFY(journey);
    for (const Step &step : ws->reader().steps(journey))
        QVERIFY(!step.hasPosition);
    const int index = ws->undoStack()->index();
    auto *action = m_window->findChild<QAction *>(QStringLiteral("actionAutoLayout"));
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    action->trigger();
    QCOMPARE(ws->undoStack()->index(), index + 1);
    const QList<Step> placed = ws->reader().steps(journey);
    for (const Step &step : placed)
        QVERIFY(step.hasPosition);
    // Cards of the laid-out journey do not overlap.
    for (qsizetype i = 0; i < placed.size(); ++i) {
        for (qsizetype j = i + 1; j < placed.size(); ++j)
            QVERIFY(QPointF(placed.at(i).x, placed.at(i).y) != QPointF(placed.at(j).x, placed.at(j).y));
    }
    // A second run finds nothing to move and adds no undo step.
    action->trigger();
    QCOMPARE(ws->undoStack()->index(), index + 1);
    ws->undoStack()->undo();
    for (const Step &step : ws->reader().steps(journey))
        QVERIFY(!step.hasPosition);
}

void TestMainWindow::newJourneyStagesAndDelete()
{
    auto *newJourney = m_window->findChild<QAction *>(QStringLiteral("actionNewJourney"));
    auto *addStage = m_window->findChild<QAction *>(QStringLiteral("actionAddStage"));
    auto *deleteJourney = m_window->findChild<QAction *>(QStringLiteral("actionDeleteJourney"));
    QVERIFY(newJourney && addStage && deleteJourney);
    QVERIFY(!newJourney->isEnabled());
    QVERIFY(openFixture(QStringLiteral("small")));
    Workspace *ws = m_window->workspace();
    const int journeys = ws->reader().journeys().size();
    const int index = ws->undoStack()->index();

    // Cancelling the name dialog creates nothing.
    newJourney->trigger();
    QCOMPARE(ws->reader().journeys().size(), journeys);
    QCOMPARE(ws->undoStack()->index(), index);

    m_dialogs->textAnswers = {QStringLiteral("Returns")};
    newJourney->trigger();
    QCOMPARE(ws->reader().journeys().size(), journeys + 1);
    QCOMPARE(ws->undoStack()->index(), index + 1); // journey and stages: one undo step
    const JourneyId created = m_window->journeyView()->journey();
    QCOMPARE(ws->reader().journey(created)->name, QStringLiteral("Returns"));
    QCOMPARE(ws->reader().stages(created).size(), 3);
    QVERIFY(addStage->isEnabled() && deleteJourney->isEnabled());

    addStage->trigger();
    QCOMPARE(ws->reader().stages(created).size(), 4);
    QCOMPARE(ws->reader().stages(created).last().position, 3);
    QTRY_VERIFY(m_window->journeyView()->journeyScene()->stageItems().size() >= 4);

    deleteJourney->trigger();
    QVERIFY(!ws->reader().journey(created));
    ws->undoStack()->undo();
    QCOMPARE(ws->reader().stages(created).size(), 4);
    ws->undoStack()->undo(); // the added stage
    ws->undoStack()->undo(); // the journey
    QCOMPARE(ws->reader().journeys().size(), journeys);
    QCOMPARE(ws->undoStack()->index(), index);
}

void TestMainWindow::buildJourneyFromScratch()
{
    // A new user's first minutes: a new workspace, a journey, two steps in two stages added and
    // named with mouse and keyboard, a trigger drawn between them, and undo back to the start.
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_dialogs->saveAnswers = {m_dir->filePath(QStringLiteral("Click and collect.jlens"))};
    m_window->findChild<QAction *>(QStringLiteral("actionNew"))->trigger();
    QVERIFY(m_window->workspace());
    Workspace *ws = m_window->workspace();
    m_dialogs->textAnswers = {QStringLiteral("Click & collect")};
    m_window->findChild<QAction *>(QStringLiteral("actionNewJourney"))->trigger();
    JourneyView *view = m_window->journeyView();
    const JourneyId journey = view->journey();
    QVERIFY(journey);
    JourneyScene *scene = view->journeyScene();
    QTRY_VERIFY(!scene->isRebuildPending() && scene->stageItems().size() >= 3);
    const int start = ws->undoStack()->index();

    QWidget *viewport = view->viewport();
    const auto viewPoint = [view](const QPointF &scenePoint) { return view->mapFromScene(scenePoint); };
    // The customer-actions lane (the first) of a stage column.
    const auto cellOf = [&](int stage) {
        const QRectF column = scene->stageItems().at(stage)->sceneBoundingRect();
        const QRectF lane = scene->laneItems().first()->laneRect();
        return QPointF(column.center().x(), lane.center().y());
    };
    const auto addStep = [&](int stage, const QString &name) {
        view->centerOn(cellOf(stage));
        QTest::mouseDClick(viewport, Qt::LeftButton, {}, viewPoint(cellOf(stage)));
        QVERIFY(view->renameEditor());
        view->renameEditor()->selectAll();
        QTest::keyClicks(view->renameEditor(), name);
        QTest::keyClick(view->renameEditor(), Qt::Key_Return);
        QTRY_VERIFY(!scene->isRebuildPending());
    };
    addStep(0, QStringLiteral("Reserves online"));
    addStep(1, QStringLiteral("Picks up in store"));
    const QList<Step> steps = ws->reader().steps(journey);
    QCOMPARE(steps.size(), 2);
    QCOMPARE(steps.at(0).name, QStringLiteral("Reserves online"));
    QCOMPARE(steps.at(1).name, QStringLiteral("Picks up in store"));
    QCOMPARE(steps.at(0).stage, ws->reader().stages(journey).at(0).id);
    QCOMPARE(steps.at(1).stage, ws->reader().stages(journey).at(1).id);
    QCOMPARE(steps.at(0).kind, StepKind::CustomerAction);

    // Connect: Alt+drag from the first card onto the second.
    view->fitInView(scene->itemsBoundingRect(), Qt::KeepAspectRatio);
    QTRY_VERIFY(!scene->isRebuildPending());
    const QPoint from = viewPoint(scene->stepItem(steps.at(0).id)->sceneCardRect().center());
    const QPoint to = viewPoint(scene->stepItem(steps.at(1).id)->sceneCardRect().center());
    QTest::mousePress(viewport, Qt::LeftButton, Qt::AltModifier, from);
    QCOMPARE(view->connectionSource(), steps.at(0).id);
    for (int i = 1; i <= 6; ++i) {
        const QPointF at = QPointF(from) + QPointF(to - from) * (i / 6.0);
        QMouseEvent move(QEvent::MouseMove, at, viewport->mapToGlobal(at), Qt::NoButton, Qt::LeftButton,
                         Qt::AltModifier);
        QApplication::sendEvent(viewport, &move);
    }
    QTest::mouseRelease(viewport, Qt::LeftButton, Qt::AltModifier, to);
    const QList<Trigger> triggers = ws->reader().triggers(journey);
    QCOMPARE(triggers.size(), 1);
    QCOMPARE(triggers.first().from, steps.at(0).id);
    QCOMPARE(triggers.first().to, steps.at(1).id);

    // Every action undoes: back to the empty journey with its three stages.
    QCOMPARE(ws->undoStack()->index(), start + 5); // 2 × (add, rename) + connect
    while (ws->undoStack()->index() > start)
        m_window->findChild<QAction *>(QStringLiteral("actionUndo"))->trigger();
    QVERIFY(ws->reader().steps(journey).isEmpty());
    QVERIFY(ws->reader().triggers(journey).isEmpty());
    QCOMPARE(ws->reader().stages(journey).size(), 3);
}

void TestMainWindow::exportJourneyImages()
{
    auto *png = m_window->findChild<QAction *>(QStringLiteral("actionExportPng"));
    auto *svg = m_window->findChild<QAction *>(QStringLiteral("actionExportSvg"));
    QVERIFY(png && svg);
    QVERIFY(!png->isEnabled());
    QVERIFY(openFixture(QStringLiteral("demo")));
    QVERIFY(png->isEnabled() && svg->isEnabled());

    // The suffix is added when the name has none; success shows in the status bar.
    m_dialogs->saveAnswers = {m_dir->filePath(QStringLiteral("journey")), m_dir->filePath(QStringLiteral("journey.svg"))};
    png->trigger();
    QVERIFY(!QImage(m_dir->filePath(QStringLiteral("journey.png"))).isNull());
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("journey.png")));
    svg->trigger();
    QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral("journey.svg"))));
    QVERIFY(m_dialogs->messages.isEmpty());

    // A folder that does not exist: an error, and no file.
    m_dialogs->saveAnswers = {m_dir->filePath(QStringLiteral("missing/journey.png"))};
    png->trigger();
    QCOMPARE(m_dialogs->messages.size(), 1);
    QCOMPARE(m_dialogs->messages.constFirst().kind, QStringLiteral("critical"));
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("missing/journey.png"))));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
