#pragma once

// The navigator dock's content: a filter field over the NavigatorModel's tree. Selecting an
// element tells the rest of the window (elementSelected; journeyActivated for journeys), and
// selectElement() follows a selection made elsewhere (the canvas) without echoing it back.
// The context menu adds personas (on the Personas group or a persona) and deletes them.

#include "domain/EntityType.h"
#include "domain/Ids.h"

#include <QSet>
#include <QWidget>

class QAction;
class QLineEdit;
class QPoint;
class QModelIndex;
class QSortFilterProxyModel;
class QTreeView;

namespace jl {

class NavigatorModel;
class Workspace;

class NavigatorPanel : public QWidget
{
    Q_OBJECT

public:
    explicit NavigatorPanel(QWidget *parent = nullptr);
    ~NavigatorPanel() override;

    void setWorkspace(Workspace *workspace);

    NavigatorModel *model() const { return m_model; }
    QTreeView *treeView() const { return m_tree; }
    QLineEdit *filterEdit() const { return m_filter; }
    QAction *newPersonaAction() const { return m_newPersonaAction; }

    // The element of the current node (invalid when none or a group node is current).
    EntityRef currentElement() const;

public slots:
    // Makes element current (expanding its parents) without emitting signals. Elements the tree
    // does not list (steps, triggers ...) leave the selection alone; one it lists only after
    // its next refresh (a journey just created) becomes current then.
    void selectElement(jl::EntityRef element);
    void setFilterText(const QString &text);
    // Adds a persona ("New persona") as one undo step and selects it (elementSelected).
    jl::PersonaId addPersona();

signals:
    void journeyActivated(jl::JourneyId journey);
    void elementSelected(jl::EntityRef element);
    // The user picked the "Glossary" top node.
    void glossaryActivated();

private:
    void onCurrentChanged(const QModelIndex &current);
    void rememberState();
    void restoreState();
    void expandDefaults();
    void showContextMenu(const QPoint &position);

    NavigatorModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTreeView *m_tree;
    QAction *m_newPersonaAction;
    QSet<QString> m_expandedKeys;
    QString m_currentKey;
    EntityRef m_pendingElement;
    bool m_restoring = false;
    bool m_seenModel = false;
};

} // namespace jl
