#include "GlossaryTableModel.h"

#include "document/Workspace.h"
#include "storage/SqlSupport.h"

#include <QColor>
#include <QFont>

#include <algorithm>

namespace jl {

GlossaryTableModel::GlossaryTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(0);
    connect(&m_refreshTimer, &QTimer::timeout, this, &GlossaryTableModel::refresh);
}

void GlossaryTableModel::setWorkspace(Workspace *workspace)
{
    if (m_workspace == workspace)
        return;
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    if (m_workspace)
        connect(m_workspace, &Workspace::changed, this, &GlossaryTableModel::onChanged);
    refresh();
}

void GlossaryTableModel::onChanged(const ChangeEvent &event)
{
    if (event.kind == ChangeEvent::Kind::Reset || event.entity.type == EntityType::GlossaryTerm
        || event.entity.type == EntityType::Owner)
        m_refreshTimer.start();
}

void GlossaryTableModel::refresh()
{
    m_refreshTimer.stop();
    beginResetModel();
    m_terms.clear();
    m_ownerNames.clear();
    if (m_workspace) {
        try {
            const ModelReader reader = m_workspace->reader();
            m_terms = reader.glossary();
            for (const Owner &owner : reader.owners())
                m_ownerNames.insert(owner.id.value(), owner.name);
        } catch (const SqlError &e) {
            qWarning("GlossaryTableModel: %s", e.what());
            m_terms.clear();
        }
        std::stable_sort(m_terms.begin(), m_terms.end(), [](const GlossaryTerm &a, const GlossaryTerm &b) {
            return QString::localeAwareCompare(a.term, b.term) < 0;
        });
    }
    endResetModel();
}

QModelIndex GlossaryTableModel::indexOf(GlossaryTermId term) const
{
    for (int row = 0; row < m_terms.size(); ++row) {
        if (m_terms.at(row).id == term)
            return index(row, TermColumn);
    }
    return {};
}

int GlossaryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_terms.size());
}

int GlossaryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GlossaryTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GlossaryTerm &term = m_terms.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TermColumn: return term.term;
        case DefinitionColumn: return term.definition;
        case SynonymsColumn: return term.synonyms.join(QStringLiteral(", "));
        case OwnerColumn: return m_ownerNames.value(term.owner.value());
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == DefinitionColumn && !term.definition.isEmpty())
            return term.definition;
        return {};
    case Qt::FontRole:
        if (index.column() == TermColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == SynonymsColumn || index.column() == OwnerColumn)
            return QColor(0x55, 0x5a, 0x62);
        return {};
    case EntityRole: return QVariant::fromValue(EntityRef{EntityType::GlossaryTerm, term.id.value()});
    default: return {};
    }
}

QVariant GlossaryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TermColumn: return tr("Term");
    case DefinitionColumn: return tr("Definition");
    case SynonymsColumn: return tr("Synonyms");
    case OwnerColumn: return tr("Owner");
    }
    return {};
}

} // namespace jl
