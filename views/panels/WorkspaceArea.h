#pragma once

// The main window's central area: one page at a time. A journey on the canvas (JourneyView)
// under a breadcrumb of its parent journeys, a persona card, the glossary table, or a
// welcome page when no workspace is open. The persona and glossary pages are editors.

#include "domain/EntityType.h"
#include "domain/Ids.h"

#include <QList>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QAction;
class QLabel;
class QStackedWidget;
class QTableView;
class QVBoxLayout;

namespace jl {

class GlossaryPanel;
class GlossaryTableModel;
class JourneyView;
class PersonaEditor;
class Workspace;
struct ChangeEvent;

class WorkspaceArea : public QWidget
{
    Q_OBJECT

public:
    enum class Page { Welcome, Blank, Journey, Persona, Glossary };

    explicit WorkspaceArea(QWidget *parent = nullptr);
    ~WorkspaceArea() override;

    void setWorkspace(Workspace *workspace);
    // Buttons on the welcome page (New…, Open…), shown in this order.
    void setWelcomeActions(const QList<QAction *> &actions);
    // The recently used workspaces listed on the welcome page, most recent first.
    void setRecentFiles(const QStringList &files);

    Page page() const;
    JourneyId journey() const { return m_journey; }
    JourneyView *journeyView() const { return m_journeyView; }
    PersonaEditor *personaEditor() const { return m_personaEditor; }
    GlossaryPanel *glossaryPanel() const { return m_glossaryPanel; }
    QTableView *glossaryView() const;
    GlossaryTableModel *glossaryModel() const;
    // The breadcrumb as plain text: "Customer lifecycle › Purchase online › Checkout".
    QString breadcrumbText() const;

public slots:
    void showJourney(jl::JourneyId journey);
    void showPersona(jl::PersonaId persona);
    void showGlossary();
    // Selects a term's row in the glossary table (switching to it), without emitting signals.
    void selectGlossaryTerm(jl::GlossaryTermId term);

signals:
    // A parent journey was picked in the breadcrumb, or the canvas opened another journey
    // (a sub-journey, the parent).
    void journeyActivated(jl::JourneyId journey);
    // A step or trigger on the canvas, or a glossary term in the table, was selected
    // (invalid: the selection was cleared).
    void elementSelected(jl::EntityRef element);
    void pageChanged(jl::WorkspaceArea::Page page);
    // A recent workspace was picked on the welcome page.
    void recentFileActivated(const QString &path);

private:
    void setPage(Page page);
    void onChanged(const ChangeEvent &event);
    void updateBreadcrumb();
    QWidget *createWelcomePage();
    QWidget *createBlankPage();
    QWidget *createJourneyPage();

    QPointer<Workspace> m_workspace;
    JourneyId m_journey;
    PersonaId m_addedPersona; // the persona added last, to start naming it when it is shown
    QTimer m_updateTimer;
    bool m_selecting = false;

    QStackedWidget *m_stack;
    QWidget *m_welcomePage = nullptr;
    QVBoxLayout *m_welcomeButtons = nullptr;
    QLabel *m_recentFiles = nullptr;
    QWidget *m_blankPage = nullptr;
    QWidget *m_journeyPage = nullptr;
    QLabel *m_breadcrumb = nullptr;
    QLabel *m_journeyBadge = nullptr;
    JourneyView *m_journeyView = nullptr;
    QWidget *m_personaPage = nullptr;
    PersonaEditor *m_personaEditor = nullptr;
    GlossaryPanel *m_glossaryPanel = nullptr;
    QString m_breadcrumbText;
};

} // namespace jl
