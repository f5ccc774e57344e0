#include "GlossaryTableModel.h"

#include "analysis/GlossaryUsage.h"
#include "document/Workspace.h"
#include "domain/PropertyNames.h"
#include "storage/EntityRows.h"
#include "storage/SqlSupport.h"

#include <QColor>
#include <QFont>
#include <QSet>

#include <algorithm>

namespace jl {

namespace {

QStringList synonymsFromText(const QString &text)
{
    QStringList synonyms;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString synonym = part.simplified();
        if (!synonym.isEmpty() && !synonyms.contains(synonym, Qt::CaseInsensitive))
            synonyms << synonym;
    }
    return synonyms;
}

} // namespace

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
    // Another workspace: nothing of the old rows carries over.
    beginResetModel();
    m_terms.clear();
    m_uses.clear();
    endResetModel();
    refresh();
}

Workspace *GlossaryTableModel::workspace() const
{
    return m_workspace;
}

void GlossaryTableModel::setFilterText(const QString &text)
{
    if (text == m_filter)
        return;
    m_filter = text;
    refresh();
}

void GlossaryTableModel::onChanged(const ChangeEvent &event)
{
    switch (event.entity.type) {
    case EntityType::GlossaryTerm:
    case EntityType::Owner: m_refreshTimer.start(); break;
    case EntityType::Step:
        // Step names decide the synonym uses; moves on the canvas do not.
        if (event.kind != ChangeEvent::Kind::Changed || event.property == QLatin1String("name"))
            m_refreshTimer.start();
        break;
    case EntityType::Journey:
        if (event.kind != ChangeEvent::Kind::Changed || event.property == QLatin1String("name"))
            m_refreshTimer.start(); // journey names appear in the uses' tooltips
        break;
    default:
        if (event.kind == ChangeEvent::Kind::Reset)
            m_refreshTimer.start();
        break;
    }
}

bool GlossaryTableModel::matchesFilter(const GlossaryTerm &term) const
{
    const QString filter = m_filter.trimmed();
    if (filter.isEmpty())
        return true;
    if (term.term.contains(filter, Qt::CaseInsensitive) || term.definition.contains(filter, Qt::CaseInsensitive))
        return true;
    for (const QString &synonym : term.synonyms) {
        if (synonym.contains(filter, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

void GlossaryTableModel::refresh()
{
    m_refreshTimer.stop();
    QList<GlossaryTerm> terms;
    QList<Owner> owners;
    QHash<qint64, QList<Use>> uses;
    if (m_workspace) {
        try {
            const ModelReader reader = m_workspace->reader();
            const QList<GlossaryTerm> all = reader.glossary();
            owners = reader.owners();
            QList<Step> steps;
            QHash<qint64, QString> journeyNames;
            for (const Journey &journey : reader.journeys()) {
                journeyNames.insert(journey.id.value(), journey.name);
                steps += reader.steps(journey.id);
            }
            QHash<qint64, const Step *> stepById;
            for (const Step &step : std::as_const(steps))
                stepById.insert(step.id.value(), &step);
            for (const SynonymUse &use : findSynonymUses(all, steps)) {
                const Step *step = stepById.value(use.step.value());
                uses[use.term.value()].append({step ? step->name : QString(),
                                               step ? journeyNames.value(step->journey.value()) : QString(),
                                               use.synonym});
            }
            for (const GlossaryTerm &term : all) {
                if (matchesFilter(term))
                    terms << term;
            }
        } catch (const SqlError &e) {
            qWarning("GlossaryTableModel: %s", e.what());
            terms.clear();
        }
        std::stable_sort(terms.begin(), terms.end(), [](const GlossaryTerm &a, const GlossaryTerm &b) {
            return QString::localeAwareCompare(a.term, b.term) < 0;
        });
    }
    m_owners = owners;
    m_ownerNames.clear();
    for (const Owner &owner : std::as_const(m_owners))
        m_ownerNames.insert(owner.id.value(), owner.name);
    m_uses = uses;
    apply(terms);
}

void GlossaryTableModel::apply(const QList<GlossaryTerm> &terms)
{
    QHash<qint64, int> target; // term id -> row in terms
    for (int row = 0; row < terms.size(); ++row)
        target.insert(terms.at(row).id.value(), row);

    // Rows of terms that went (deleted, filtered out).
    for (int row = int(m_terms.size()) - 1; row >= 0; --row) {
        if (!target.contains(m_terms.at(row).id.value())) {
            beginRemoveRows({}, row, row);
            m_terms.removeAt(row);
            endRemoveRows();
        }
    }
    // New terms, at the end for now.
    QSet<qint64> present;
    for (const GlossaryTerm &term : std::as_const(m_terms))
        present.insert(term.id.value());
    QList<GlossaryTerm> added;
    for (const GlossaryTerm &term : terms) {
        if (!present.contains(term.id.value()))
            added << term;
    }
    if (!added.isEmpty()) {
        const int first = int(m_terms.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_terms += added;
        endInsertRows();
    }
    // Then into sorted order (a rename moves a row), with persistent indexes following.
    bool moved = false;
    for (int row = 0; row < m_terms.size() && !moved; ++row)
        moved = m_terms.at(row).id != terms.at(row).id;
    if (moved) {
        emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const QModelIndexList from = persistentIndexList();
        QModelIndexList to;
        to.reserve(from.size());
        for (const QModelIndex &index : from)
            to << createIndex(target.value(m_terms.at(index.row()).id.value()), index.column());
        m_terms = terms;
        changePersistentIndexList(from, to);
        emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    } else {
        m_terms = terms;
    }
    if (!m_terms.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_terms.size()) - 1, ColumnCount - 1));
}

QModelIndex GlossaryTableModel::indexOf(GlossaryTermId term) const
{
    for (int row = 0; row < m_terms.size(); ++row) {
        if (m_terms.at(row).id == term)
            return index(row, TermColumn);
    }
    return {};
}

GlossaryTermId GlossaryTableModel::termAt(int row) const
{
    return row >= 0 && row < m_terms.size() ? m_terms.at(row).id : GlossaryTermId();
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
    const QList<Use> uses = m_uses.value(term.id.value());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TermColumn: return term.term;
        case DefinitionColumn: return term.definition;
        case SynonymsColumn: return term.synonyms.join(QStringLiteral(", "));
        case SynonymUsesColumn: return uses.isEmpty() ? QStringLiteral("–") : QString::number(uses.size());
        case OwnerColumn: return m_ownerNames.value(term.owner.value());
        }
        return {};
    case Qt::EditRole:
        switch (index.column()) {
        case TermColumn: return term.term;
        case DefinitionColumn: return term.definition;
        case SynonymsColumn: return term.synonyms.join(QStringLiteral(", "));
        case SynonymUsesColumn: return int(uses.size());
        case OwnerColumn: return term.owner.value();
        }
        return {};
    case SynonymUseCountRole: return int(uses.size());
    case Qt::ToolTipRole:
        switch (index.column()) {
        case DefinitionColumn: return term.definition.isEmpty() ? QVariant() : QVariant(term.definition);
        case SynonymsColumn: return tr("Other words for “%1”, separated by commas").arg(term.term);
        case SynonymUsesColumn: {
            if (uses.isEmpty())
                return tr("No step name uses a synonym of “%1”.").arg(term.term);
            QStringList lines{
                tr("%n step name(s) use a synonym instead of “%1”:", nullptr, int(uses.size())).arg(term.term)};
            for (const Use &use : uses)
                lines << tr("• %1 (“%2”) in %3").arg(use.step, use.synonym, use.journey);
            return lines.join(QLatin1Char('\n'));
        }
        default: return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == SynonymUsesColumn)
            return int(Qt::AlignCenter);
        return {};
    case Qt::FontRole:
        if (index.column() == TermColumn || (index.column() == SynonymUsesColumn && !uses.isEmpty())) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == SynonymsColumn || index.column() == OwnerColumn)
            return QColor(0x55, 0x5a, 0x62);
        if (index.column() == SynonymUsesColumn)
            return uses.isEmpty() ? QColor(0x9a, 0xa0, 0xa8) : QColor(0xb2, 0x5b, 0x00);
        return {};
    case EntityRole: return QVariant::fromValue(EntityRef{EntityType::GlossaryTerm, term.id.value()});
    default: return {};
    }
}

bool GlossaryTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !m_workspace
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const GlossaryTerm &term = m_terms.at(index.row());
    const EntityRef ref{EntityType::GlossaryTerm, term.id.value()};
    // One undo step per finished cell edit (Workspace::setProperty would merge two edits of
    // the same cell in a row).
    const auto edit = [this](EntityRef element, const QString &column, const QVariant &newValue) {
        return m_workspace->setProperties({{element, column, newValue}}, tr("Change %1").arg(propertyName(column)));
    };
    bool ok = false;
    switch (index.column()) {
    case TermColumn: {
        const QString text = value.toString().simplified();
        if (text.isEmpty())
            return false; // a term needs a word
        if (text == term.term)
            return true;
        ok = edit(ref, QStringLiteral("term"), text);
        break;
    }
    case DefinitionColumn: {
        const QString text = value.toString().trimmed();
        if (text == term.definition)
            return true;
        ok = edit(ref, QStringLiteral("definition"), text.isEmpty() ? QVariant() : QVariant(text));
        break;
    }
    case SynonymsColumn: {
        const QStringList synonyms = synonymsFromText(value.toString());
        if (synonyms == term.synonyms)
            return true;
        ok = edit(ref, QStringLiteral("synonyms"),
                  synonyms.isEmpty() ? QVariant() : QVariant(entityrows::listToText(synonyms)));
        break;
    }
    case OwnerColumn: {
        const qint64 owner = value.toLongLong();
        if (owner == term.owner.value())
            return true;
        ok = edit(ref, QStringLiteral("owner_id"), entityrows::idValue(owner));
        break;
    }
    default: return false;
    }
    // The change event brings the new value (and maybe a new row order) on the next turn.
    return ok;
}

Qt::ItemFlags GlossaryTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() != SynonymUsesColumn && m_workspace)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant GlossaryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && section == SynonymUsesColumn)
        return tr("Step names that use one of the term's synonyms instead of the term");
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TermColumn: return tr("Term");
    case DefinitionColumn: return tr("Definition");
    case SynonymsColumn: return tr("Synonyms");
    case SynonymUsesColumn: return tr("Synonym uses");
    case OwnerColumn: return tr("Owner");
    }
    return {};
}

} // namespace jl
