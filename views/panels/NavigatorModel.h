#pragma once

// The navigator's tree: everything of a workspace one can open or inspect, grouped under four
// top nodes (Journeys, Personas, Glossary, Reference data). Journeys nest along their detail
// links: a journey that details a step of another journey appears under that journey.
//
// The model is a projection of the Workspace: it keeps a snapshot of the tree and rebuilds it
// (one model reset, coalesced by a zero-timer) after change events that can affect it. Views
// keep their expansion and selection across resets through KeyRole.

#include "domain/EntityType.h"

#include <QAbstractItemModel>
#include <QColor>
#include <QIcon>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <vector>

namespace jl {

class Workspace;
struct ChangeEvent;

class NavigatorModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role {
        EntityRole = Qt::UserRole + 1, // EntityRef of an element (invalid for top and group nodes)
        KeyRole, // QString that identifies a node across resets
        DetailRole, // QString shown after the name: level/status, a count
        DetailColorRole, // QColor for the detail (status colour)
    };

    explicit NavigatorModel(QObject *parent = nullptr);
    ~NavigatorModel() override;

    void setWorkspace(Workspace *workspace);
    Workspace *workspace() const;

    // Rebuilds the tree now (normally done after change events on the next event-loop turn).
    void refresh();

    QModelIndex indexOf(EntityRef element) const;
    QModelIndex indexOfKey(const QString &key) const;

    // Keys of the top nodes.
    static QString journeysKey();
    static QString personasKey();
    static QString glossaryKey();
    static QString referenceDataKey();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Node
    {
        Node *parent = nullptr;
        int row = 0;
        std::vector<std::unique_ptr<Node>> children;
        QString key;
        QString text;
        QString detail;
        QColor detailColor;
        QString toolTip;
        QIcon icon;
        EntityRef entity;
        bool heading = false;

        Node *add(std::unique_ptr<Node> child);
    };

    void onChanged(const ChangeEvent &event);
    void rebuild();
    void fill(Node &root);
    void index(Node *node);
    QModelIndex indexFor(const Node *node) const;
    Node *nodeFor(const QModelIndex &index) const;

    QPointer<Workspace> m_workspace;
    std::unique_ptr<Node> m_root;
    QHash<QString, Node *> m_byKey;
    QTimer m_refreshTimer;
};

} // namespace jl
