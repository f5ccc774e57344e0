#pragma once

// The JourneyLens main window: wiring only. It owns the open Workspace and connects the
// panels (navigator and inspector docks, the central WorkspaceArea) to it and to each other;
// the panels do the work. Dialogs go through the UserDialogs seam so tests can script them.
//
// A workspace file is written as edits are made, so there is never unsaved work to lose: Save
// only checkpoints the file and marks the undo stack clean, and Close needs no prompt.

#include "domain/EntityType.h"
#include "domain/Ids.h"

#include <QMainWindow>
#include <QTimer>

#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QToolBar;
class QUndoGroup;

namespace jl {

class ChecksPanel;
class InspectorPanel;
class JourneyView;
class NavigatorPanel;
class RecentFiles;
class UserDialogs;
class Workspace;
class WorkspaceArea;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens path, replacing the open workspace. On failure the error goes to the user through
    // the dialogs and the current workspace stays open.
    bool openWorkspace(const QString &path);
    // Creates a new, empty workspace at path (which must not exist) and opens it.
    bool newWorkspace(const QString &path);
    bool saveWorkspace();
    bool saveWorkspaceAs(const QString &path);
    void closeWorkspace();
    // Opens the demo workspace ("Retail: lead to cash") from the user's data folder, creating it
    // there the first time.
    bool openDemoWorkspace();

    Workspace *workspace() const;
    void setDialogs(std::unique_ptr<UserDialogs> dialogs);
    UserDialogs *dialogs() const { return m_dialogs.get(); }

    NavigatorPanel *navigator() const { return m_navigator; }
    InspectorPanel *inspector() const { return m_inspector; }
    ChecksPanel *checks() const { return m_checks; }
    WorkspaceArea *workspaceArea() const { return m_area; }
    JourneyView *journeyView() const;
    RecentFiles *recentFiles() const { return m_recentFiles; }
    QUndoGroup *undoGroup() const { return m_undoGroup; }

public slots:
    // Shows a journey on the canvas and selects it everywhere.
    void showJourney(jl::JourneyId journey);
    // Selects an element everywhere: navigator, canvas (showing its journey) and inspector.
    void showElement(jl::EntityRef element);
    // Asks for a name and creates a journey with three stages (one undo step), then shows it.
    jl::JourneyId newJourney();
    // Adds a stage at the end of the shown journey.
    void addStage();
    // Deletes the shown journey with its stages, steps and triggers (undoable).
    void deleteJourney();
    // Arranges the shown journey with the layered layout, as one undo step.
    void autoLayout();
    // Asks for a file and writes the shown journey's canvas to it as PNG or SVG.
    void exportJourneyPng();
    void exportJourneySvg();
    // Presents the shown journey full screen in workshop mode (sticky notes, votes, timer);
    // this window is hidden meanwhile and comes back as it was.
    void openWorkshopMode();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void exportJourneyImage(bool svg);
    void createMenus();
    void createToolBar();
    void createDocks();
    void createStatusBar();
    void readSettings();
    void writeSettings();

    void setWorkspace(std::unique_ptr<Workspace> workspace);
    void showInitialJourney();
    void updateTitle();
    void updateActions();
    void updateSummary();
    void updateRecentMenu();
    void updateZoom(double factor);
    void updateCheckCount(int findings);
    void rememberDirectory(const QString &path);
    QString dialogDirectory() const;
    QString workspaceFilter() const;

    void onNew();
    void onOpen();
    void onSaveAs();
    void onAbout();
    void onToggleFullScreen(bool fullScreen);
    void onNavigatorSelection(jl::EntityRef element);
    void onAreaSelection(jl::EntityRef element);

    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<UserDialogs> m_dialogs;
    RecentFiles *m_recentFiles;
    QUndoGroup *m_undoGroup;

    NavigatorPanel *m_navigator = nullptr;
    InspectorPanel *m_inspector = nullptr;
    WorkspaceArea *m_area = nullptr;
    QDockWidget *m_navigatorDock = nullptr;
    QDockWidget *m_inspectorDock = nullptr;
    ChecksPanel *m_checks = nullptr;
    QDockWidget *m_checksDock = nullptr;
    QLabel *m_checksLabel = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QLabel *m_zoomLabel = nullptr;
    QTimer m_summaryTimer;
    bool m_wasMaximized = false;

    QMenu *m_recentMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_openDemoAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_zoomFitAction = nullptr;
    QAction *m_autoLayoutAction = nullptr;
    QAction *m_newJourneyAction = nullptr;
    QAction *m_addStageAction = nullptr;
    QAction *m_deleteJourneyAction = nullptr;
    QAction *m_exportPngAction = nullptr;
    QAction *m_exportSvgAction = nullptr;
    QAction *m_zoomResetAction = nullptr;
    QAction *m_fullScreenAction = nullptr;
    QAction *m_workshopAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
};

} // namespace jl
