#include "ChecksPanel.h"

#include "ChecksModel.h"

#include "document/Workspace.h"
#include "storage/SqlSupport.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace jl {

ChecksPanel::ChecksPanel(QWidget *parent)
    : QWidget(parent),
      m_model(new ChecksModel(this)),
      m_proxy(new QSortFilterProxyModel(this)),
      m_view(new QTableView(this)),
      m_journeyOnly(new QCheckBox(tr("This journey only"), this)),
      m_status(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(ChecksModel::JourneyRole);
    m_proxy->setFilterKeyColumn(ChecksModel::CheckColumn);

    m_view->setObjectName(QStringLiteral("checksView"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // the checks' own order until the user sorts
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setColumnWidth(ChecksModel::CheckColumn, 220);
    m_view->setColumnWidth(ChecksModel::JourneyColumn, 160);
    m_view->setColumnWidth(ChecksModel::ElementColumn, 200);
    // activated covers Enter and, where the style activates on double-click, the double-click.
    connect(m_view, &QAbstractItemView::activated, this, &ChecksPanel::activate);

    m_journeyOnly->setObjectName(QStringLiteral("checksJourneyOnly"));
    m_journeyOnly->setToolTip(tr("Show only the findings of the journey on the canvas"));
    connect(m_journeyOnly, &QCheckBox::toggled, this, &ChecksPanel::updateFilter);
    m_status->setObjectName(QStringLiteral("checksStatus"));

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(6, 4, 6, 0);
    bar->addWidget(m_journeyOnly);
    bar->addStretch();
    bar->addWidget(m_status);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(bar);
    layout->addWidget(m_view);

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(RefreshDelayMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &ChecksPanel::refresh);
    updateStatus();
}

void ChecksPanel::setWorkspace(Workspace *workspace)
{
    if (m_workspace == workspace)
        return;
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    if (m_workspace)
        connect(m_workspace, &Workspace::changed, this, [this] { m_refreshTimer.start(); });
    m_journey = {};
    refresh();
}

void ChecksPanel::setCurrentJourney(JourneyId journey)
{
    if (m_journey == journey)
        return;
    m_journey = journey;
    updateFilter();
}

void ChecksPanel::setCurrentJourneyOnly(bool only)
{
    m_journeyOnly->setChecked(only);
}

int ChecksPanel::findingCount() const
{
    return m_model->rowCount();
}

void ChecksPanel::refresh()
{
    m_refreshTimer.stop();
    QList<Finding> findings;
    QHash<JourneyId, QString> journeyNames;
    if (m_workspace) {
        try {
            const ModelReader reader = m_workspace->reader();
            findings = runModelChecks(reader);
            for (const Journey &journey : reader.journeys())
                journeyNames.insert(journey.id, journey.name);
        } catch (const SqlError &e) {
            qWarning("ChecksPanel: %s", e.what());
            findings.clear();
        }
    }
    m_model->setFindings(findings, journeyNames);
    updateStatus();
    emit findingsChanged(int(findings.size()));
}

void ChecksPanel::updateFilter()
{
    if (m_journeyOnly->isChecked())
        m_proxy->setFilterRegularExpression(
            // No journey on the canvas: nothing is "this journey's" (-1 matches no finding).
            QRegularExpression(QStringLiteral("^%1$").arg(m_journey ? m_journey.value() : -1)));
    else
        m_proxy->setFilterRegularExpression(QRegularExpression());
    updateStatus();
}

void ChecksPanel::updateStatus()
{
    const int all = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    if (!m_workspace)
        m_status->clear();
    else if (all == 0)
        m_status->setText(tr("No findings: the model passes every check."));
    else if (shown == all)
        m_status->setText(tr("%n finding(s)", nullptr, all));
    else
        m_status->setText(tr("%1 of %n finding(s)", nullptr, all).arg(shown));
}

void ChecksPanel::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const auto element = index.data(ChecksModel::EntityRole).value<EntityRef>();
    if (element.isValid())
        emit elementActivated(element);
}

} // namespace jl
