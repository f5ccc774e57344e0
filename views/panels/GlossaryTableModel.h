#pragma once

// The workspace's glossary as a read-only table (term, definition, synonyms, owner), sorted by
// term. A projection of the Workspace: rebuilt after change events to terms or owners.

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
    enum Column { TermColumn, DefinitionColumn, SynonymsColumn, OwnerColumn, ColumnCount };
    enum Role { EntityRole = Qt::UserRole + 1 };

    explicit GlossaryTableModel(QObject *parent = nullptr);

    void setWorkspace(Workspace *workspace);
    void refresh();

    QModelIndex indexOf(GlossaryTermId term) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void onChanged(const ChangeEvent &event);

    QPointer<Workspace> m_workspace;
    QList<GlossaryTerm> m_terms;
    QHash<qint64, QString> m_ownerNames;
    QTimer m_refreshTimer;
};

} // namespace jl
