#pragma once

// The workspace's glossary as an editable table (term, definition, synonyms, synonym uses,
// owner), sorted by term and optionally filtered. A projection of the Workspace: edits
// (setData) go through Workspace::setProperty, and the table follows change events to terms,
// owners and step names. Updates are fine-grained (rows removed, inserted, moved, changed), so
// the view keeps its current row and selection across an edit or an undo.
//
// "Synonym uses" counts the step names that use one of the term's synonyms instead of the
// term (jl::findSynonymUses); its tooltip lists them.

#include "domain/Entities.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QTimer>

namespace jl {

class Workspace;
struct ChangeEvent;

class GlossaryTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TermColumn, DefinitionColumn, SynonymsColumn, SynonymUsesColumn, OwnerColumn, ColumnCount };
    enum Role {
        EntityRole = Qt::UserRole + 1, // EntityRef of the term
        SynonymUseCountRole, // int: step names using a synonym of the term
    };

    explicit GlossaryTableModel(QObject *parent = nullptr);

    void setWorkspace(Workspace *workspace);
    Workspace *workspace() const;
    // Shows only terms whose term, definition or synonyms contain text (case-insensitive).
    void setFilterText(const QString &text);
    QString filterText() const { return m_filter; }
    // Reloads from the workspace now (normally done after change events on the next
    // event-loop turn).
    void refresh();

    QModelIndex indexOf(GlossaryTermId term) const;
    GlossaryTermId termAt(int row) const;
    // Owners for the owner column's editor: id and name, sorted as the workspace lists them.
    QList<Owner> owners() const { return m_owners; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Use
    {
        QString step;
        QString journey;
        QString synonym;
    };

    void onChanged(const ChangeEvent &event);
    void apply(const QList<GlossaryTerm> &terms);
    bool matchesFilter(const GlossaryTerm &term) const;

    QPointer<Workspace> m_workspace;
    QList<GlossaryTerm> m_terms;
    QList<Owner> m_owners;
    QHash<qint64, QString> m_ownerNames;
    QHash<qint64, QList<Use>> m_uses; // by term id
    QString m_filter;
    QTimer m_refreshTimer;
};

} // namespace jl
