#pragma once

// The "Checks" panel: the findings of the model checks in a table, optionally only those of
// the journey on the canvas. It re-runs the checks after edits, debounced so that a burst of
// change events (a layout, an undo of a macro) costs one run. Activating a row (double-click
// or Enter) asks the window to select the element concerned.

#include "domain/EntityType.h"
#include "domain/Ids.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QModelIndex;
class QSortFilterProxyModel;
class QTableView;

namespace jl {

class ChecksModel;
class Workspace;

class ChecksPanel : public QWidget
{
    Q_OBJECT

public:
    // Time after the last change before the checks run again.
    static constexpr int RefreshDelayMs = 300;

    explicit ChecksPanel(QWidget *parent = nullptr);

    void setWorkspace(Workspace *workspace);
    // The journey on the canvas, for "This journey only".
    void setCurrentJourney(jl::JourneyId journey);
    void setCurrentJourneyOnly(bool only);

    // All findings of the last run, whatever the filter shows.
    int findingCount() const;
    ChecksModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

public slots:
    // Runs the checks now (the debounced refresh calls this).
    void refresh();

signals:
    void elementActivated(jl::EntityRef element);
    // After each run, with the number of findings (unfiltered).
    void findingsChanged(int count);

private:
    void updateFilter();
    void updateStatus();
    void activate(const QModelIndex &index);

    QPointer<Workspace> m_workspace;
    JourneyId m_journey;
    ChecksModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QCheckBox *m_journeyOnly;
    QLabel *m_status;
    QTimer m_refreshTimer;
};

} // namespace jl
