#pragma once

// The findings of the model checks (analysis/ModelChecks) as a read-only table: check, journey,
// element and message. It only shows what it is given; ChecksPanel decides when to re-run the
// checks.

#include "analysis/ModelChecks.h"

#include <QAbstractTableModel>
#include <QHash>

namespace jl {

class ChecksModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { CheckColumn, JourneyColumn, ElementColumn, MessageColumn, ColumnCount };
    enum Role {
        EntityRole = Qt::UserRole + 1, // jl::EntityRef of the element to select
        JourneyRole, // the journey's id (qint64), 0 for workspace-wide findings
        CheckRole, // the stable check id
    };

    explicit ChecksModel(QObject *parent = nullptr);

    void setFindings(const QList<Finding> &findings, const QHash<JourneyId, QString> &journeyNames);
    const QList<Finding> &findings() const { return m_findings; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Finding> m_findings;
    QHash<JourneyId, QString> m_journeyNames;
};

} // namespace jl
