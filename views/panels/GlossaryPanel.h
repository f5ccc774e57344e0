#pragma once

// The glossary page of the central area: the GlossaryTableModel in an editable table (double-
// click or F2 edits a cell; the owner column offers the workspace's owners), a filter field,
// and actions to add and delete terms. All edits go through the Workspace, so each is one
// undo step.

#include "domain/EntityType.h"
#include "domain/Ids.h"

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QTableView;

namespace jl {

class GlossaryTableModel;
class Workspace;

class GlossaryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit GlossaryPanel(QWidget *parent = nullptr);
    ~GlossaryPanel() override;

    void setWorkspace(Workspace *workspace);

    GlossaryTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    QAction *addTermAction() const { return m_addAction; }
    QAction *deleteTermAction() const { return m_deleteAction; }
    // The term of the current row (invalid when none).
    GlossaryTermId currentTerm() const;

public slots:
    // Makes term's row current (clearing a filter that hides it), without emitting signals.
    void selectTerm(jl::GlossaryTermId term);
    // Adds a term ("New term"), makes it current and starts editing its name.
    GlossaryTermId addTerm();
    // Deletes the current term (undoable).
    void deleteCurrentTerm();

signals:
    // The user made another term current (invalid: none).
    void termSelected(jl::EntityRef element);

private:
    void updateTitle();
    void updateActions();

    GlossaryTableModel *m_model;
    QLabel *m_title;
    QLineEdit *m_filter;
    QTableView *m_view;
    QAction *m_addAction;
    QAction *m_deleteAction;
    bool m_selecting = false;
    GlossaryTermId m_editAfterAdd;
};

} // namespace jl
