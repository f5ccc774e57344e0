#include "ChecksModel.h"

#include "EntityPresentation.h"

#include <QApplication>
#include <QStyle>

namespace jl {

ChecksModel::ChecksModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ChecksModel::setFindings(const QList<Finding> &findings, const QHash<JourneyId, QString> &journeyNames)
{
    beginResetModel();
    m_findings = findings;
    m_journeyNames = journeyNames;
    endResetModel();
}

int ChecksModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int ChecksModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChecksModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Finding &finding = m_findings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CheckColumn: return modelCheckTitle(finding.check);
        case JourneyColumn: return finding.journey ? m_journeyNames.value(finding.journey) : tr("Workspace");
        case ElementColumn: return finding.elementName;
        case MessageColumn: return finding.message;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ElementColumn)
            return presentation::typeName(finding.element.type);
        return finding.message;
    case Qt::DecorationRole:
        if (index.column() == CheckColumn)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        if (index.column() == ElementColumn)
            return presentation::entityIcon(finding.element.type);
        return {};
    case EntityRole: return QVariant::fromValue(finding.element);
    case JourneyRole: return finding.journey.value();
    case CheckRole: return finding.check;
    default: return {};
    }
}

QVariant ChecksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CheckColumn: return tr("Check");
    case JourneyColumn: return tr("Journey");
    case ElementColumn: return tr("Element");
    case MessageColumn: return tr("Message");
    }
    return {};
}

} // namespace jl
