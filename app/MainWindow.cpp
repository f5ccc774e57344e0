#include "MainWindow.h"

#include "RecentFiles.h"
#include "UserDialogs.h"
#include "canvas/CanvasExport.h"
#include "canvas/JourneyScene.h"
#include "canvas/JourneyLayout.h"
#include "canvas/JourneyView.h"
#include "canvas/StageEditing.h"
#include "demo/DemoWorkspace.h"
#include "document/Workspace.h"
#include "panels/ChecksPanel.h"
#include "panels/EntityPresentation.h"
#include "panels/InspectorPanel.h"
#include "panels/NavigatorPanel.h"
#include "panels/WorkspaceArea.h"
#include "report/WorkspaceSummary.h"
#include "storage/SqlSupport.h"
#include "workshop/WorkshopWindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>

namespace jl {

namespace {

const QString WorkspaceSuffix = QStringLiteral("jlens");
constexpr int MessageTimeout = 5000;

QString absolute(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

QString withSuffix(const QString &path)
{
    if (QFileInfo(path).suffix().isEmpty())
        return path + QLatin1Char('.') + WorkspaceSuffix;
    return path;
}

// The first local .jlens file among dropped URLs.
QString droppedWorkspace(const QMimeData *data)
{
    if (!data || !data->hasUrls())
        return {};
    for (const QUrl &url : data->urls()) {
        if (url.isLocalFile()
            && QFileInfo(url.toLocalFile()).suffix().compare(WorkspaceSuffix, Qt::CaseInsensitive) == 0)
            return url.toLocalFile();
    }
    return {};
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent),
      m_dialogs(std::make_unique<UserDialogs>()),
      m_recentFiles(new RecentFiles(this)),
      m_undoGroup(new QUndoGroup(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    setDockNestingEnabled(true);
    resize(1400, 900);

    m_summaryTimer.setSingleShot(true);
    m_summaryTimer.setInterval(0);
    connect(&m_summaryTimer, &QTimer::timeout, this, &MainWindow::updateSummary);

    m_area = new WorkspaceArea(this);
    m_area->setObjectName(QStringLiteral("workspaceArea"));
    setCentralWidget(m_area);

    createActions();
    createDocks();
    createToolBar();
    createMenus();
    createStatusBar();
    m_area->setWelcomeActions({m_newAction, m_openAction, m_openDemoAction});

    connect(m_navigator, &NavigatorPanel::journeyActivated, this,
            [this](jl::JourneyId journey) { m_area->showJourney(journey); });
    connect(m_navigator, &NavigatorPanel::glossaryActivated, m_area, &WorkspaceArea::showGlossary);
    connect(m_navigator, &NavigatorPanel::elementSelected, this, &MainWindow::onNavigatorSelection);
    connect(m_area, &WorkspaceArea::elementSelected, this, &MainWindow::onAreaSelection);
    connect(m_area, &WorkspaceArea::journeyActivated, this, &MainWindow::showJourney);
    connect(m_area, &WorkspaceArea::pageChanged, this, [this] { updateActions(); });
    connect(m_area->journeyView(), &JourneyView::zoomChanged, this, &MainWindow::updateZoom);
    connect(m_checks, &ChecksPanel::elementActivated, this, &MainWindow::showElement);
    connect(m_checks, &ChecksPanel::findingsChanged, this, &MainWindow::updateCheckCount);
    connect(m_area->journeyView()->journeyScene(), &JourneyScene::journeyChanged, this,
            [this] { m_checks->setCurrentJourney(m_area->journeyView()->journey()); });
    connect(m_recentFiles, &RecentFiles::changed, this, &MainWindow::updateRecentMenu);
    connect(m_area, &WorkspaceArea::recentFileActivated, this, &MainWindow::openWorkspace);

    readSettings();
    updateRecentMenu();
    updateTitle();
    updateActions();
    updateSummary();
}

MainWindow::~MainWindow()
{
    // Panels let go of the workspace (committing a field being edited) before it closes, and
    // stop talking to this window before the child widgets go.
    setWorkspace(nullptr);
    disconnect(m_area, nullptr, this, nullptr);
    disconnect(m_navigator, nullptr, this, nullptr);
    disconnect(m_checks, nullptr, this, nullptr);
    disconnect(m_area->journeyView()->journeyScene(), nullptr, this, nullptr);
    disconnect(m_area->journeyView(), nullptr, this, nullptr);
}

Workspace *MainWindow::workspace() const
{
    return m_workspace.get();
}

JourneyView *MainWindow::journeyView() const
{
    return m_area->journeyView();
}

void MainWindow::setDialogs(std::unique_ptr<UserDialogs> dialogs)
{
    m_dialogs = dialogs ? std::move(dialogs) : std::make_unique<UserDialogs>();
}

// --- construction ----------------------------------------------------------------------------

void MainWindow::createActions()
{
    const auto make = [this](const QString &objectName, const QString &text, const QString &icon) {
        auto *action = new QAction(text, this);
        action->setObjectName(objectName);
        if (!icon.isEmpty())
            action->setIcon(presentation::actionIcon(icon));
        return action;
    };

    m_newAction = make(QStringLiteral("actionNew"), tr("&New Workspace…"), QStringLiteral("document-new"));
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setStatusTip(tr("Create a new, empty workspace file"));
    connect(m_newAction, &QAction::triggered, this, &MainWindow::onNew);

    m_openAction = make(QStringLiteral("actionOpen"), tr("&Open Workspace…"), QStringLiteral("document-open"));
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setStatusTip(tr("Open a workspace file"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::onOpen);

    m_openDemoAction =
        make(QStringLiteral("actionOpenDemo"), tr("Open &Demo Workspace"), QStringLiteral("media-playback-start"));
    m_openDemoAction->setStatusTip(tr("Explore “Retail: lead to cash”, a complete example workspace"));
    connect(m_openDemoAction, &QAction::triggered, this, &MainWindow::openDemoWorkspace);

    m_saveAction = make(QStringLiteral("actionSave"), tr("&Save"), QStringLiteral("document-save"));
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setStatusTip(tr("Mark the current state as saved (every edit is already in the workspace file)"));
    connect(m_saveAction, &QAction::triggered, this, &MainWindow::saveWorkspace);

    m_saveAsAction = make(QStringLiteral("actionSaveAs"), tr("Save &As…"), QStringLiteral("document-save-as"));
    m_saveAsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_saveAsAction->setStatusTip(tr("Write a compact copy of the workspace under a new name and continue there"));
    connect(m_saveAsAction, &QAction::triggered, this, &MainWindow::onSaveAs);

    m_closeAction = make(QStringLiteral("actionClose"), tr("&Close Workspace"), QStringLiteral("window-close"));
    m_closeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W));
    m_closeAction->setStatusTip(tr("Close the workspace; all changes are already in its file"));
    connect(m_closeAction, &QAction::triggered, this, &MainWindow::closeWorkspace);

    m_quitAction = make(QStringLiteral("actionQuit"), tr("&Quit"), QStringLiteral("application-exit"));
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = m_undoGroup->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("actionUndo"));
    m_undoAction->setIcon(presentation::actionIcon(QStringLiteral("edit-undo")));
    m_undoAction->setShortcuts(QKeySequence::Undo);
    m_redoAction = m_undoGroup->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("actionRedo"));
    m_redoAction->setIcon(presentation::actionIcon(QStringLiteral("edit-redo")));
    m_redoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    // QUndoGroup joins prefix and command with a space; a colon reads right in every language.
    connect(m_undoGroup, &QUndoGroup::undoTextChanged, this, [this](const QString &text) {
        m_undoAction->setText(text.isEmpty() ? tr("&Undo") : tr("&Undo: %1").arg(text));
    });
    connect(m_undoGroup, &QUndoGroup::redoTextChanged, this, [this](const QString &text) {
        m_redoAction->setText(text.isEmpty() ? tr("&Redo") : tr("&Redo: %1").arg(text));
    });

    m_zoomInAction = make(QStringLiteral("actionZoomIn"), tr("Zoom &In"), QStringLiteral("zoom-in"));
    m_zoomInAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Plus), QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    m_zoomOutAction = make(QStringLiteral("actionZoomOut"), tr("Zoom &Out"), QStringLiteral("zoom-out"));
    m_zoomOutAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Minus));
    m_zoomResetAction = make(QStringLiteral("actionZoomReset"), tr("&Actual Size"), QStringLiteral("zoom-original"));
    m_zoomResetAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_zoomFitAction = make(QStringLiteral("actionZoomFit"), tr("&Fit Journey"), QStringLiteral("zoom-fit-best"));
    m_zoomFitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_9));
    m_zoomFitAction->setStatusTip(tr("Zoom so that the whole journey fits the window"));
    JourneyView *view = m_area->journeyView();
    connect(m_zoomInAction, &QAction::triggered, view, &JourneyView::zoomIn);
    connect(m_zoomOutAction, &QAction::triggered, view, &JourneyView::zoomOut);
    connect(m_zoomResetAction, &QAction::triggered, view, &JourneyView::resetZoom);
    connect(m_zoomFitAction, &QAction::triggered, view, &JourneyView::zoomToFit);

    m_autoLayoutAction = make(QStringLiteral("actionAutoLayout"), tr("Auto-&Layout"), QStringLiteral("distribute-graph"));
    m_autoLayoutAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_autoLayoutAction->setStatusTip(
        tr("Arrange the journey's steps left to right along their triggers, inside their stages and lanes"));
    connect(m_autoLayoutAction, &QAction::triggered, this, &MainWindow::autoLayout);

    m_newJourneyAction = make(QStringLiteral("actionNewJourney"), tr("&New Journey…"), QStringLiteral("list-add"));
    m_newJourneyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J));
    m_newJourneyAction->setStatusTip(tr("Create a journey with three stages and open it on the canvas"));
    connect(m_newJourneyAction, &QAction::triggered, this, &MainWindow::newJourney);
    m_addStageAction = make(QStringLiteral("actionAddStage"), tr("Add &Stage"), {});
    m_addStageAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    m_addStageAction->setStatusTip(
        tr("Add a stage at the end of the journey (right-click a stage header to rename, move or delete it)"));
    connect(m_addStageAction, &QAction::triggered, this, &MainWindow::addStage);
    m_deleteJourneyAction = make(QStringLiteral("actionDeleteJourney"), tr("&Delete Journey"), QStringLiteral("edit-delete"));
    m_deleteJourneyAction->setStatusTip(tr("Delete the shown journey with its stages, steps and triggers (undoable)"));
    connect(m_deleteJourneyAction, &QAction::triggered, this, &MainWindow::deleteJourney);

    m_exportPngAction =
        make(QStringLiteral("actionExportPng"), tr("Journey as &PNG…"), QStringLiteral("image-x-generic"));
    m_exportPngAction->setStatusTip(tr("Export the shown journey as a PNG image"));
    connect(m_exportPngAction, &QAction::triggered, this, &MainWindow::exportJourneyPng);
    m_exportSvgAction =
        make(QStringLiteral("actionExportSvg"), tr("Journey as &SVG…"), QStringLiteral("image-x-generic"));
    m_exportSvgAction->setStatusTip(tr("Export the shown journey as an SVG drawing"));
    connect(m_exportSvgAction, &QAction::triggered, this, &MainWindow::exportJourneySvg);

    m_fullScreenAction =
        make(QStringLiteral("actionFullScreen"), tr("F&ull Screen"), QStringLiteral("view-fullscreen"));
    m_fullScreenAction->setCheckable(true);
    m_fullScreenAction->setShortcut(QKeySequence(Qt::Key_F11));
    connect(m_fullScreenAction, &QAction::toggled, this, &MainWindow::onToggleFullScreen);
    m_workshopAction =
        make(QStringLiteral("actionWorkshopMode"), tr("&Workshop Mode"), QStringLiteral("x-office-presentation"));
    m_workshopAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    m_workshopAction->setStatusTip(tr("Present the journey full screen and collect pains, ideas and votes"));
    connect(m_workshopAction, &QAction::triggered, this, &MainWindow::openWorkshopMode);

    m_aboutAction = make(QStringLiteral("actionAbout"), tr("&About JourneyLens"), QStringLiteral("help-about"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::onAbout);
    m_aboutQtAction = make(QStringLiteral("actionAboutQt"), tr("About &Qt"), {});
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createDocks()
{
    m_navigator = new NavigatorPanel(this);
    m_navigator->setObjectName(QStringLiteral("navigator"));
    m_navigatorDock = new QDockWidget(tr("Navigator"), this);
    m_navigatorDock->setObjectName(QStringLiteral("navigatorDock"));
    m_navigatorDock->setWidget(m_navigator);
    m_navigatorDock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::LeftDockWidgetArea, m_navigatorDock);

    m_inspector = new InspectorPanel(this);
    m_inspector->setObjectName(QStringLiteral("inspector"));
    m_inspectorDock = new QDockWidget(tr("Inspector"), this);
    m_inspectorDock->setObjectName(QStringLiteral("inspectorDock"));
    m_inspectorDock->setWidget(m_inspector);
    m_inspectorDock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::RightDockWidgetArea, m_inspectorDock);

    resizeDocks({m_navigatorDock, m_inspectorDock}, {300, 360}, Qt::Horizontal);

    m_checks = new ChecksPanel(this);
    m_checks->setObjectName(QStringLiteral("checks"));
    m_checksDock = new QDockWidget(tr("Checks"), this);
    m_checksDock->setObjectName(QStringLiteral("checksDock"));
    m_checksDock->setWidget(m_checks);
    addDockWidget(Qt::BottomDockWidgetArea, m_checksDock);
    resizeDocks({m_checksDock}, {180}, Qt::Vertical);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("menuRecent"));
    file->addAction(m_openDemoAction);
    file->addSeparator();
    file->addAction(m_saveAction);
    file->addAction(m_saveAsAction);
    QMenu *exportMenu = file->addMenu(tr("&Export"));
    exportMenu->setObjectName(QStringLiteral("menuExport"));
    exportMenu->addAction(m_exportPngAction);
    exportMenu->addAction(m_exportSvgAction);
    file->addSeparator();
    file->addAction(m_closeAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    // The canvas owns its editing actions (their shortcuts work while it has focus).
    edit->addActions(m_area->journeyView()->editActions());
    edit->addSeparator();
    edit->addActions(m_area->journeyView()->toolActions());
    edit->addSeparator();
    edit->addAction(m_autoLayoutAction);
    edit->addSeparator();
    edit->addAction(m_navigator->newPersonaAction());

    QMenu *journeyMenu = menuBar()->addMenu(tr("&Journey"));
    journeyMenu->setObjectName(QStringLiteral("menuJourney"));
    journeyMenu->addAction(m_newJourneyAction);
    journeyMenu->addAction(m_addStageAction);
    journeyMenu->addSeparator();
    journeyMenu->addAction(m_deleteJourneyAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_zoomInAction);
    view->addAction(m_zoomOutAction);
    view->addAction(m_zoomResetAction);
    view->addAction(m_zoomFitAction);
    view->addActions(m_area->journeyView()->viewActions()); // the overview map
    view->addSeparator();
    QAction *navigatorToggle = m_navigatorDock->toggleViewAction();
    navigatorToggle->setObjectName(QStringLiteral("actionToggleNavigator"));
    navigatorToggle->setShortcut(QKeySequence(Qt::ALT | Qt::Key_1));
    view->addAction(navigatorToggle);
    QAction *inspectorToggle = m_inspectorDock->toggleViewAction();
    inspectorToggle->setObjectName(QStringLiteral("actionToggleInspector"));
    inspectorToggle->setShortcut(QKeySequence(Qt::ALT | Qt::Key_2));
    view->addAction(inspectorToggle);
    QAction *checksToggle = m_checksDock->toggleViewAction();
    checksToggle->setObjectName(QStringLiteral("actionToggleChecks"));
    checksToggle->setShortcut(QKeySequence(Qt::ALT | Qt::Key_3));
    view->addAction(checksToggle);
    view->addAction(m_toolBar->toggleViewAction());
    view->addSeparator();
    view->addAction(m_fullScreenAction);
    view->addAction(m_workshopAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
    help->addAction(m_aboutQtAction);
}

void MainWindow::createToolBar()
{
    QToolBar *toolBar = addToolBar(tr("Main Toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setIconSize(QSize(20, 20));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_newAction);
    toolBar->addAction(m_openAction);
    toolBar->addAction(m_saveAction);
    toolBar->addSeparator();
    toolBar->addAction(m_undoAction);
    toolBar->addAction(m_redoAction);
    toolBar->addSeparator();
    toolBar->addActions(m_area->journeyView()->toolActions());
    toolBar->addAction(m_autoLayoutAction);
    toolBar->addSeparator();
    toolBar->addAction(m_zoomOutAction);
    toolBar->addAction(m_zoomInAction);
    toolBar->addAction(m_zoomFitAction);
    toolBar->addSeparator();
    toolBar->addAction(m_workshopAction);
    m_workshopAction->setIconText(tr("Workshop"));
    // Short labels on the bar; the menus keep the long ones. Zooming shows icons only.
    m_newAction->setIconText(tr("New"));
    m_openAction->setIconText(tr("Open"));
    m_saveAction->setIconText(tr("Save"));
    m_undoAction->setIconText(tr("Undo"));
    m_redoAction->setIconText(tr("Redo"));
    for (QAction *action : {m_zoomOutAction, m_zoomInAction, m_zoomFitAction})
        action->setPriority(QAction::LowPriority);
    toolBar->toggleViewAction()->setObjectName(QStringLiteral("actionToggleToolBar"));
    m_toolBar = toolBar;
}

void MainWindow::createStatusBar()
{
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_summaryLabel->setContentsMargins(6, 0, 6, 0);
    m_zoomLabel = new QLabel(this);
    m_zoomLabel->setObjectName(QStringLiteral("zoomLabel"));
    m_zoomLabel->setContentsMargins(6, 0, 6, 0);
    m_zoomLabel->setToolTip(tr("Zoom of the journey canvas"));
    m_checksLabel = new QLabel(this);
    m_checksLabel->setObjectName(QStringLiteral("checksLabel"));
    m_checksLabel->setContentsMargins(6, 0, 6, 0);
    statusBar()->addPermanentWidget(m_checksLabel);
    statusBar()->addPermanentWidget(m_summaryLabel);
    statusBar()->addPermanentWidget(m_zoomLabel);
    updateZoom(m_area->journeyView()->zoomFactor());
}

void MainWindow::readSettings()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("MainWindow"));
    const QByteArray geometry = settings.value(QStringLiteral("geometry")).toByteArray();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray state = settings.value(QStringLiteral("state")).toByteArray();
    if (!state.isEmpty())
        restoreState(state);
    settings.endGroup();
}

void MainWindow::writeSettings()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("MainWindow"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
    settings.endGroup();
}

// --- the workspace ---------------------------------------------------------------------------

void MainWindow::setWorkspace(std::unique_ptr<Workspace> workspace)
{
    m_navigator->setWorkspace(nullptr);
    m_inspector->setWorkspace(nullptr);
    m_checks->setWorkspace(nullptr);
    m_area->setWorkspace(nullptr);
    if (m_workspace) {
        disconnect(m_workspace.get(), nullptr, this, nullptr);
        m_undoGroup->removeStack(m_workspace->undoStack());
    }
    m_workspace = std::move(workspace);

    if (m_workspace) {
        Workspace *ws = m_workspace.get();
        connect(ws, &Workspace::modifiedChanged, this, &QWidget::setWindowModified);
        connect(ws, &Workspace::filePathChanged, this, [this](const QString &path) {
            m_recentFiles->add(path);
            updateTitle();
        });
        connect(ws, &Workspace::commandFailed, this,
                [this](const QString &message) { m_dialogs->warning(this, tr("Edit Failed"), message); });
        connect(ws, &Workspace::changed, this, [this] { m_summaryTimer.start(); });
        m_undoGroup->addStack(ws->undoStack());
        m_undoGroup->setActiveStack(ws->undoStack());
        m_navigator->setWorkspace(ws);
        m_inspector->setWorkspace(ws);
        m_checks->setWorkspace(ws);
        m_area->setWorkspace(ws);
    }
    setWindowModified(m_workspace && m_workspace->isModified());
    updateTitle();
    updateActions();
    updateSummary();
    updateCheckCount(m_checks->findingCount());
}

bool MainWindow::openWorkspace(const QString &path)
{
    const QString target = absolute(path);
    if (m_workspace && absolute(m_workspace->filePath()) == target) {
        m_recentFiles->add(target);
        return true; // already open here
    }
    WorkspaceError error;
    std::unique_ptr<Workspace> workspace = Workspace::open(target, &error);
    if (!workspace) {
        if (error.kind == WorkspaceError::Kind::NotFound)
            m_recentFiles->remove(target);
        m_dialogs->critical(this, tr("Cannot Open Workspace"), error.message);
        return false;
    }
    setWorkspace(std::move(workspace));
    m_recentFiles->add(target);
    rememberDirectory(target);
    showInitialJourney();
    statusBar()->showMessage(tr("Opened “%1”").arg(QDir::toNativeSeparators(target)), MessageTimeout);
    return true;
}

bool MainWindow::newWorkspace(const QString &path)
{
    const QString target = absolute(withSuffix(path));
    if (m_workspace && absolute(m_workspace->filePath()) == target) {
        m_dialogs->warning(this, tr("Cannot Create Workspace"),
                           tr("“%1” is the workspace open in this window. Choose another name for the new "
                              "workspace.")
                               .arg(QDir::toNativeSeparators(target)));
        return false;
    }
    if (QFileInfo::exists(target)) {
        // The save dialog has confirmed replacing it. A workspace open in another window must
        // not be pulled from under it: opening takes its lock, so try that first.
        WorkspaceError probe;
        if (auto existing = Workspace::open(target, &probe)) {
            existing.reset();
        } else if (probe.kind == WorkspaceError::Kind::Locked) {
            m_dialogs->critical(this, tr("Cannot Create Workspace"), probe.message);
            return false;
        }
        const QStringList files{target, target + QStringLiteral("-wal"), target + QStringLiteral("-shm")};
        for (const QString &file : files) {
            if (QFileInfo::exists(file) && !QFile::remove(file)) {
                m_dialogs->critical(this, tr("Cannot Create Workspace"),
                                    tr("Cannot replace “%1”: the existing file cannot be removed.")
                                        .arg(QDir::toNativeSeparators(file)));
                return false;
            }
        }
    }
    WorkspaceError error;
    std::unique_ptr<Workspace> workspace = Workspace::create(target, QFileInfo(target).completeBaseName(), &error);
    if (!workspace) {
        m_dialogs->critical(this, tr("Cannot Create Workspace"), error.message);
        return false;
    }
    setWorkspace(std::move(workspace));
    m_recentFiles->add(target);
    rememberDirectory(target);
    statusBar()->showMessage(tr("Created “%1”").arg(QDir::toNativeSeparators(target)), MessageTimeout);
    return true;
}

bool MainWindow::saveWorkspace()
{
    if (!m_workspace)
        return false;
    m_inspector->commitPendingEdits();
    WorkspaceError error;
    if (!m_workspace->save(&error)) {
        m_dialogs->critical(this, tr("Cannot Save Workspace"), error.message);
        return false;
    }
    statusBar()->showMessage(tr("Saved “%1”").arg(QDir::toNativeSeparators(m_workspace->filePath())), MessageTimeout);
    return true;
}

bool MainWindow::saveWorkspaceAs(const QString &path)
{
    if (!m_workspace)
        return false;
    m_inspector->commitPendingEdits();
    const QString target = absolute(withSuffix(path));
    WorkspaceError error;
    if (!m_workspace->saveAs(target, &error)) {
        m_dialogs->critical(this, tr("Cannot Save Workspace"), error.message);
        return false;
    }
    m_recentFiles->add(m_workspace->filePath());
    rememberDirectory(target);
    updateTitle();
    statusBar()->showMessage(tr("Saved as “%1”").arg(QDir::toNativeSeparators(target)), MessageTimeout);
    return true;
}

void MainWindow::closeWorkspace()
{
    if (!m_workspace)
        return;
    setWorkspace(nullptr);
    statusBar()->showMessage(tr("Workspace closed. All changes are saved in the workspace file as you make them."),
                             MessageTimeout * 2);
}

bool MainWindow::openDemoWorkspace()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    const QString path = QDir(folder).filePath(QStringLiteral("Retail demo.jlens"));
    if (!QFileInfo::exists(path)) {
        QString error;
        if (!QDir().mkpath(folder) || !demo::createDemoWorkspace(path, &error)) {
            m_dialogs->critical(
                this, tr("Cannot Create Demo Workspace"),
                error.isEmpty() ? tr("Cannot create the folder “%1”.").arg(QDir::toNativeSeparators(folder)) : error);
            return false;
        }
    }
    return openWorkspace(path);
}

void MainWindow::showInitialJourney()
{
    if (!m_workspace)
        return;
    QList<Journey> journeys;
    try {
        journeys = m_workspace->reader().journeys();
    } catch (const SqlError &e) {
        qWarning("MainWindow: %s", e.what());
    }
    if (journeys.isEmpty())
        return;
    JourneyId chosen = journeys.first().id;
    for (const Journey &journey : std::as_const(journeys)) {
        if (journey.level == JourneyLevel::Lifecycle) {
            chosen = journey.id;
            break;
        }
    }
    showJourney(chosen);
}

// --- selection -------------------------------------------------------------------------------

void MainWindow::showJourney(JourneyId journey)
{
    if (!m_workspace || !journey)
        return;
    const EntityRef element{EntityType::Journey, journey.value()};
    m_area->showJourney(journey);
    m_navigator->selectElement(element);
    m_inspector->setElement(element);
}

void MainWindow::showElement(EntityRef element)
{
    if (!m_workspace || !element.isValid())
        return;
    JourneyId journey;
    try {
        const ModelReader reader = m_workspace->reader();
        switch (element.type) {
        case EntityType::Journey: showJourney(JourneyId(element.id)); return;
        case EntityType::Step:
            if (const auto step = reader.step(StepId(element.id)))
                journey = step->journey;
            break;
        case EntityType::Trigger:
            if (const auto trigger = reader.trigger(TriggerId(element.id)))
                journey = trigger->journey;
            break;
        case EntityType::Stage:
            if (const auto stage = reader.stage(StageId(element.id)))
                journey = stage->journey;
            break;
        default: break;
        }
    } catch (const SqlError &e) {
        qWarning("MainWindow: %s", e.what());
        return;
    }
    if (journey) {
        m_area->showJourney(journey);
        m_navigator->selectElement({EntityType::Journey, journey.value()});
        m_area->journeyView()->selectElement(element);
    } else if (element.type == EntityType::Persona) {
        m_area->showPersona(PersonaId(element.id));
        m_navigator->selectElement(element);
    } else if (element.type == EntityType::GlossaryTerm) {
        m_area->selectGlossaryTerm(GlossaryTermId(element.id));
        m_navigator->selectElement(element);
    } else {
        m_navigator->selectElement(element);
    }
    m_inspector->setElement(element);
}

void MainWindow::onNavigatorSelection(EntityRef element)
{
    switch (element.type) {
    case EntityType::Persona:
        if (element.isValid())
            m_area->showPersona(PersonaId(element.id));
        break;
    case EntityType::GlossaryTerm:
        if (element.isValid())
            m_area->selectGlossaryTerm(GlossaryTermId(element.id));
        break;
    default: break; // journeys come through journeyActivated
    }
    m_inspector->setElement(element);
}

void MainWindow::onAreaSelection(EntityRef element)
{
    if (!element.isValid() && m_area->page() == WorkspaceArea::Page::Journey && m_area->journey()) {
        // Nothing selected on the canvas: the inspector shows the journey itself.
        m_inspector->setElement({EntityType::Journey, m_area->journey().value()});
        return;
    }
    m_inspector->setElement(element);
    m_navigator->selectElement(element);
}

// --- presentation ----------------------------------------------------------------------------

void MainWindow::updateTitle()
{
    if (!m_workspace) {
        setWindowTitle(tr("JourneyLens"));
        return;
    }
    // "[*]" is where Qt shows the modification mark.
    setWindowTitle(
        tr("%1 — %2[*] — JourneyLens").arg(m_workspace->title(), QFileInfo(m_workspace->filePath()).fileName()));
}

void MainWindow::updateActions()
{
    const bool open = m_workspace != nullptr;
    m_saveAction->setEnabled(open);
    m_saveAsAction->setEnabled(open);
    m_closeAction->setEnabled(open);
    const bool canvas = open && m_area->page() == WorkspaceArea::Page::Journey;
    for (QAction *action : {m_zoomInAction, m_zoomOutAction, m_zoomResetAction, m_zoomFitAction, m_autoLayoutAction})
        action->setEnabled(canvas);
    for (QAction *action : m_area->journeyView()->toolActions())
        action->setEnabled(canvas);
    m_zoomLabel->setVisible(canvas);
    const bool journeyShown = canvas && m_area->journeyView()->journey().isValid();
    m_exportPngAction->setEnabled(journeyShown);
    m_exportSvgAction->setEnabled(journeyShown);
    m_workshopAction->setEnabled(journeyShown);
    m_newJourneyAction->setEnabled(open);
    m_addStageAction->setEnabled(journeyShown);
    m_deleteJourneyAction->setEnabled(journeyShown);
}

JourneyId MainWindow::newJourney()
{
    if (!m_workspace)
        return {};
    const QString name = m_dialogs->getText(this, tr("New Journey"), tr("Journey name:"), tr("New journey"));
    if (name.isEmpty())
        return {};
    Journey journey;
    journey.name = name;
    journey.level = JourneyLevel::Journey;
    m_workspace->beginEdit(tr("New journey “%1”").arg(name));
    const JourneyId id = m_workspace->addJourney(journey);
    if (id) {
        int position = 0;
        for (const QString &stage : {tr("Before"), tr("During"), tr("After")})
            m_workspace->addStage({{}, id, stage, position++, {}});
    }
    if (!m_workspace->endEdit()) {
        m_dialogs->warning(this, tr("New Journey"), m_workspace->lastError());
        return {};
    }
    showJourney(id);
    statusBar()->showMessage(tr("Double-click the board to add steps; right-click a stage header to edit stages."),
                             8000);
    return id;
}

void MainWindow::addStage()
{
    const JourneyId journey = m_area->journeyView()->journey();
    if (!m_workspace || !journey)
        return;
    try {
        const QString name = stageediting::newStageName(m_workspace->reader(), journey);
        const int count = int(m_workspace->reader().stages(journey).size());
        stageediting::insertStage(*m_workspace, journey, count, name);
    } catch (const SqlError &e) {
        m_dialogs->warning(this, tr("Add Stage"), e.message());
    }
}

void MainWindow::deleteJourney()
{
    const JourneyId journey = m_area->journeyView()->journey();
    if (!m_workspace || !journey)
        return;
    const JourneyId parent = [&] {
        try {
            return m_workspace->reader().parentJourney(journey);
        } catch (const SqlError &) {
            return JourneyId();
        }
    }();
    if (!m_workspace->remove({EntityType::Journey, journey.value()}))
        return;
    if (parent)
        showJourney(parent);
    statusBar()->showMessage(tr("Journey deleted. Undo (Ctrl+Z) brings it back."), 8000);
}

void MainWindow::autoLayout()
{
    const JourneyId journey = m_area->journeyView()->journey();
    if (!m_workspace || !journey)
        return;
    QList<PropertyChange> changes;
    try {
        changes = autoLayoutChanges(*m_workspace, journey);
    } catch (const SqlError &e) {
        m_dialogs->warning(this, tr("Auto-Layout"), e.message());
        return;
    }
    if (changes.isEmpty()) {
        statusBar()->showMessage(tr("The journey is already laid out."), 4000);
        return;
    }
    m_workspace->setProperties(changes, tr("Auto-layout"));
}

void MainWindow::exportJourneyPng()
{
    exportJourneyImage(false);
}

void MainWindow::exportJourneySvg()
{
    exportJourneyImage(true);
}

void MainWindow::exportJourneyImage(bool svg)
{
    const JourneyId journey = m_area->journeyView()->journey();
    if (!m_workspace || !journey)
        return;
    QString name;
    try {
        if (const std::optional<Journey> found = m_workspace->reader().journey(journey))
            name = found->name;
    } catch (const SqlError &) {
    }
    const QString suffix = svg ? QStringLiteral(".svg") : QStringLiteral(".png");
    const QString suggestion = QDir(QFileInfo(m_workspace->filePath()).absolutePath())
                                   .filePath((name.isEmpty() ? tr("journey") : name) + suffix);
    const QString caption = svg ? tr("Export Journey as SVG") : tr("Export Journey as PNG");
    const QString filter = svg ? tr("SVG drawings (*.svg)") : tr("PNG images (*.png)");
    QString path = m_dialogs->getSaveFileName(this, caption, suggestion, filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    const QString error = canvasexport::exportJourney(*m_workspace, journey, path,
                                                      svg ? canvasexport::Format::Svg : canvasexport::Format::Png);
    if (!error.isEmpty()) {
        m_dialogs->critical(this, caption, error);
        return;
    }
    statusBar()->showMessage(tr("Exported “%1”.").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::updateCheckCount(int findings)
{
    if (!m_workspace) {
        m_checksLabel->clear();
        return;
    }
    m_checksLabel->setText(tr("%n check finding(s)", nullptr, findings));
}

void MainWindow::updateSummary()
{
    m_summaryTimer.stop();
    if (!m_workspace) {
        m_summaryLabel->clear();
        m_summaryLabel->setToolTip({});
        return;
    }
    try {
        const WorkspaceSummary summary = WorkspaceSummary::read(m_workspace->database());
        m_summaryLabel->setText(tr("%n journey(s)", nullptr, summary.journeys) + QStringLiteral(" · ")
                                + tr("%n step(s)", nullptr, summary.steps) + QStringLiteral(" · ")
                                + tr("%n persona(s)", nullptr, summary.personas) + QStringLiteral(" · ")
                                + tr("%n glossary term(s)", nullptr, summary.glossaryTerms));
        m_summaryLabel->setToolTip(summary.toText());
    } catch (const SqlError &e) {
        m_summaryLabel->setText(tr("Workspace cannot be read"));
        m_summaryLabel->setToolTip(e.message());
    }
}

void MainWindow::updateZoom(double factor)
{
    m_zoomLabel->setText(tr("Zoom %1 %").arg(qRound(factor * 100)));
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_recentFiles->files();
    int number = 0;
    for (const QString &file : files) {
        ++number;
        const QString label =
            number < 10 ? tr("&%1 %2").arg(number).arg(QFileInfo(file).fileName()) : QFileInfo(file).fileName();
        QAction *action = m_recentMenu->addAction(label);
        action->setData(file);
        action->setToolTip(QDir::toNativeSeparators(file));
        action->setStatusTip(QDir::toNativeSeparators(file));
        connect(action, &QAction::triggered, this, [this, file] { openWorkspace(file); });
    }
    if (!files.isEmpty())
        m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("&Clear List"));
    clear->setObjectName(QStringLiteral("actionClearRecent"));
    clear->setEnabled(!files.isEmpty());
    connect(clear, &QAction::triggered, m_recentFiles, &RecentFiles::clear);
    m_recentMenu->setEnabled(!files.isEmpty());
    m_area->setRecentFiles(files);
}

void MainWindow::rememberDirectory(const QString &path)
{
    QSettings().setValue(QStringLiteral("MainWindow/lastDirectory"), QFileInfo(path).absolutePath());
}

QString MainWindow::dialogDirectory() const
{
    if (m_workspace)
        return QFileInfo(m_workspace->filePath()).absolutePath();
    const QString last = QSettings().value(QStringLiteral("MainWindow/lastDirectory")).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

QString MainWindow::workspaceFilter() const
{
    return tr("JourneyLens workspaces (*.jlens);;All files (*)");
}

// --- commands --------------------------------------------------------------------------------

void MainWindow::onNew()
{
    const QString suggestion = QDir(dialogDirectory()).filePath(tr("Untitled.jlens"));
    const QString path = m_dialogs->getSaveFileName(this, tr("New Workspace"), suggestion, workspaceFilter());
    if (!path.isEmpty())
        newWorkspace(path);
}

void MainWindow::onOpen()
{
    const QString path = m_dialogs->getOpenFileName(this, tr("Open Workspace"), dialogDirectory(), workspaceFilter());
    if (!path.isEmpty())
        openWorkspace(path);
}

void MainWindow::onSaveAs()
{
    if (!m_workspace)
        return;
    const QString path =
        m_dialogs->getSaveFileName(this, tr("Save Workspace As"), m_workspace->filePath(), workspaceFilter());
    if (path.isEmpty())
        return;
    if (absolute(withSuffix(path)) == absolute(m_workspace->filePath())) {
        saveWorkspace();
        return;
    }
    saveWorkspaceAs(path);
}

void MainWindow::onAbout()
{
    const QString text =
        tr("<h3>JourneyLens %1</h3>"
           "<p>Customer-journey modeling and CX analysis: model journeys as a graph, ground them in the data "
           "of your systems, and see where the experience is inconsistent.</p>"
           "<p>JourneyLens is free software, licensed under the GNU General Public License, version 3 or "
           "later (GPL-3.0-or-later). It comes with no warranty.</p>"
           "<p>Built with Qt %2, running on Qt %3.</p>")
            .arg(QStringLiteral(JOURNEYLENS_VERSION), QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()));
    m_dialogs->about(this, tr("About JourneyLens"), text);
}

void MainWindow::openWorkshopMode()
{
    const JourneyId journey = m_area->journeyView()->journey();
    if (!m_workspace || !journey.isValid())
        return;
    auto *workshop = new WorkshopWindow(m_workspace.get(), journey);
    workshop->setAttribute(Qt::WA_DeleteOnClose);
    workshop->presentOver(this);
}

void MainWindow::onToggleFullScreen(bool fullScreen)
{
    if (fullScreen) {
        m_wasMaximized = isMaximized();
        showFullScreen();
    } else if (m_wasMaximized) {
        showMaximized();
    } else {
        showNormal();
    }
}

// --- events ----------------------------------------------------------------------------------

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_inspector->commitPendingEdits();
    writeSettings();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedWorkspace(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = droppedWorkspace(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    // Open after the drop finishes: a modal error box inside the drop would block the source.
    QTimer::singleShot(0, this, [this, path] { openWorkspace(path); });
}

} // namespace jl
