#include "NavigatorModel.h"

#include "EntityPresentation.h"
#include "document/Workspace.h"
#include "storage/SqlSupport.h"

#include <QFont>
#include <QPixmap>
#include <QSet>

#include <algorithm>

namespace jl {

namespace {

QString entityKey(EntityRef element)
{
    return QStringLiteral("e/%1/%2").arg(static_cast<int>(element.type)).arg(element.id);
}

// A persona's photo as a round avatar, or the generic persona icon.
QIcon avatarIcon(const Persona &persona)
{
    QPixmap probe;
    if (persona.photo.isEmpty() || !probe.loadFromData(persona.photo))
        return presentation::entityIcon(EntityType::Persona);
    QIcon icon;
    for (int size : {16, 24, 32, 48})
        icon.addPixmap(presentation::portrait(persona.photo, persona.name, size));
    return icon;
}

bool affectsNavigator(const ChangeEvent &event)
{
    switch (event.entity.type) {
    case EntityType::Journey:
    case EntityType::Persona:
    case EntityType::GlossaryTerm:
    case EntityType::Channel:
    case EntityType::Department:
    case EntityType::Owner:
    case EntityType::SourceSystem: return true;
    case EntityType::Step:
        // A step that goes away may take a detail link with it; moving or renaming one does not
        // change the tree.
        return event.kind != ChangeEvent::Kind::Changed || event.property == QLatin1String("journey_id");
    case EntityType::PersonaChannel:
    case EntityType::JourneyPersona:
    case EntityType::Stage:
    case EntityType::KpiTarget:
    case EntityType::PersonaEmotion:
    case EntityType::WorkshopNote:
    case EntityType::Trigger: return false;
    }
    return true;
}

} // namespace

NavigatorModel::Node *NavigatorModel::Node::add(std::unique_ptr<Node> child)
{
    child->parent = this;
    child->row = int(children.size());
    children.push_back(std::move(child));
    return children.back().get();
}

NavigatorModel::NavigatorModel(QObject *parent)
    : QAbstractItemModel(parent),
      m_root(std::make_unique<Node>())
{
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(0);
    connect(&m_refreshTimer, &QTimer::timeout, this, &NavigatorModel::refresh);
}

NavigatorModel::~NavigatorModel() = default;

QString NavigatorModel::journeysKey()
{
    return QStringLiteral("journeys");
}

QString NavigatorModel::personasKey()
{
    return QStringLiteral("personas");
}

QString NavigatorModel::glossaryKey()
{
    return QStringLiteral("glossary");
}

QString NavigatorModel::referenceDataKey()
{
    return QStringLiteral("reference");
}

void NavigatorModel::setWorkspace(Workspace *workspace)
{
    if (m_workspace == workspace)
        return;
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    if (m_workspace) {
        connect(m_workspace, &Workspace::changed, this, &NavigatorModel::onChanged);
        connect(m_workspace, &QObject::destroyed, this, &NavigatorModel::refresh);
    }
    refresh();
}

Workspace *NavigatorModel::workspace() const
{
    return m_workspace;
}

void NavigatorModel::onChanged(const ChangeEvent &event)
{
    if (event.kind == ChangeEvent::Kind::Reset || affectsNavigator(event))
        m_refreshTimer.start();
}

void NavigatorModel::refresh()
{
    m_refreshTimer.stop();
    beginResetModel();
    rebuild();
    endResetModel();
}

void NavigatorModel::rebuild()
{
    m_byKey.clear();
    m_root = std::make_unique<Node>();
    if (!m_workspace)
        return;
    try {
        fill(*m_root);
    } catch (const SqlError &e) {
        // An unreadable workspace shows as an empty tree; the Workspace reports the error.
        qWarning("NavigatorModel: %s", e.what());
        m_root = std::make_unique<Node>();
    }
    index(m_root.get());
}

void NavigatorModel::fill(Node &root)
{
    const ModelReader reader = m_workspace->reader();

    const auto heading = [&root](const QString &key, const QString &text, const QIcon &icon) {
        auto node = std::make_unique<Node>();
        node->key = key;
        node->text = text;
        node->icon = icon;
        node->heading = true;
        return root.add(std::move(node));
    };
    const auto element = [](Node *parent, EntityRef ref, const QString &text, const QIcon &icon) {
        auto node = std::make_unique<Node>();
        node->entity = ref;
        node->key = entityKey(ref);
        node->text = text;
        node->icon = icon;
        return parent->add(std::move(node));
    };
    const auto count = [](Node *node) { node->detail = QString::number(node->children.size()); };

    // Journeys, nested along detail links. A broken chain (a cycle) must not lose journeys:
    // whatever the walk from the top does not reach is listed at the top as well.
    Node *journeysNode = heading(journeysKey(), tr("Journeys"), presentation::categoryIcon(EntityType::Journey));
    QList<Journey> journeys = reader.journeys();
    std::stable_sort(journeys.begin(), journeys.end(),
                     [](const Journey &a, const Journey &b) { return a.level < b.level; });
    QHash<qint64, const Journey *> byId;
    for (const Journey &journey : journeys)
        byId.insert(journey.id.value(), &journey);
    QHash<qint64, QList<const Journey *>> childrenOf;
    QHash<qint64, QString> detailedStepName;
    QList<const Journey *> roots;
    for (const Journey &journey : journeys) {
        JourneyId parent;
        if (journey.detailsStep) {
            parent = reader.parentJourney(journey.id);
            if (const auto step = reader.step(journey.detailsStep))
                detailedStepName.insert(journey.id.value(), step->name);
        }
        if (parent && parent != journey.id && byId.contains(parent.value()))
            childrenOf[parent.value()] << &journey;
        else
            roots << &journey;
    }
    QSet<qint64> placed;
    const auto addJourney = [&](auto &self, Node *parent, const Journey &journey) -> void {
        if (placed.contains(journey.id.value()))
            return;
        placed.insert(journey.id.value());
        Node *node = element(parent, {EntityType::Journey, journey.id.value()}, journey.name,
                             presentation::levelIcon(journey.level));
        node->detail = displayName(journey.status);
        node->detailColor = presentation::statusColor(journey.status);
        QString tip = tr("%1 · %2").arg(displayName(journey.level), displayName(journey.status));
        if (detailedStepName.contains(journey.id.value()) && parent->entity.type == EntityType::Journey
            && parent->entity.isValid())
            tip += QLatin1Char('\n')
                + tr("Details the step “%1” of “%2”").arg(detailedStepName.value(journey.id.value()), parent->text);
        node->toolTip = tip;
        for (const Journey *child : childrenOf.value(journey.id.value()))
            self(self, node, *child);
    };
    for (const Journey *journey : std::as_const(roots))
        addJourney(addJourney, journeysNode, *journey);
    for (const Journey &journey : journeys)
        addJourney(addJourney, journeysNode, journey);
    journeysNode->detail = QString::number(journeys.size());

    Node *personasNode = heading(personasKey(), tr("Personas"), presentation::categoryIcon(EntityType::Persona));
    for (const Persona &persona : reader.personas()) {
        Node *node =
            element(personasNode, {EntityType::Persona, persona.id.value()}, persona.name, avatarIcon(persona));
        node->toolTip = persona.quote.isEmpty() ? persona.name : tr("“%1”").arg(persona.quote);
    }
    count(personasNode);

    Node *glossaryNode = heading(glossaryKey(), tr("Glossary"), presentation::categoryIcon(EntityType::GlossaryTerm));
    QList<GlossaryTerm> terms = reader.glossary();
    std::stable_sort(terms.begin(), terms.end(), [](const GlossaryTerm &a, const GlossaryTerm &b) {
        return QString::localeAwareCompare(a.term, b.term) < 0;
    });
    for (const GlossaryTerm &term : std::as_const(terms)) {
        Node *node = element(glossaryNode, {EntityType::GlossaryTerm, term.id.value()}, term.term,
                             presentation::entityIcon(EntityType::GlossaryTerm));
        node->toolTip = term.definition;
    }
    count(glossaryNode);

    Node *referenceNode =
        heading(referenceDataKey(), tr("Reference data"), presentation::categoryIcon(EntityType::Channel));
    const auto group = [&](const QString &key, const QString &text) {
        auto node = std::make_unique<Node>();
        node->key = referenceDataKey() + QLatin1Char('/') + key;
        node->text = text;
        node->icon = presentation::categoryIcon(EntityType::Channel);
        return referenceNode->add(std::move(node));
    };
    Node *channels = group(QStringLiteral("channels"), tr("Channels"));
    for (const Channel &channel : reader.channels()) {
        Node *node = element(channels, {EntityType::Channel, channel.id.value()}, channel.name,
                             presentation::entityIcon(EntityType::Channel));
        node->toolTip = channel.description;
    }
    count(channels);
    Node *departments = group(QStringLiteral("departments"), tr("Departments"));
    for (const Department &department : reader.departments())
        element(departments, {EntityType::Department, department.id.value()}, department.name,
                presentation::entityIcon(EntityType::Department));
    count(departments);
    Node *owners = group(QStringLiteral("owners"), tr("Owners"));
    for (const Owner &owner : reader.owners()) {
        Node *node = element(owners, {EntityType::Owner, owner.id.value()}, owner.name,
                             presentation::entityIcon(EntityType::Owner));
        node->toolTip = owner.role;
    }
    count(owners);
    Node *sources = group(QStringLiteral("sources"), tr("Source systems"));
    for (const SourceSystem &source : reader.sourceSystems()) {
        Node *node = element(sources, {EntityType::SourceSystem, source.id.value()}, source.name,
                             presentation::entityIcon(EntityType::SourceSystem));
        node->detail = source.kind;
        node->toolTip = source.description;
    }
    count(sources);
}

void NavigatorModel::index(Node *node)
{
    if (!node->key.isEmpty())
        m_byKey.insert(node->key, node);
    for (const auto &child : node->children)
        index(child.get());
}

QModelIndex NavigatorModel::indexOf(EntityRef element) const
{
    return indexOfKey(entityKey(element));
}

QModelIndex NavigatorModel::indexOfKey(const QString &key) const
{
    return indexFor(m_byKey.value(key));
}

QModelIndex NavigatorModel::indexFor(const Node *node) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, 0, const_cast<Node *>(node));
}

NavigatorModel::Node *NavigatorModel::nodeFor(const QModelIndex &index) const
{
    if (!index.isValid())
        return m_root.get();
    return static_cast<Node *>(index.internalPointer());
}

QModelIndex NavigatorModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0 || (parent.isValid() && parent.column() != 0))
        return {};
    const Node *node = nodeFor(parent);
    if (row >= int(node->children.size()))
        return {};
    return createIndex(row, column, node->children[size_t(row)].get());
}

QModelIndex NavigatorModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexFor(nodeFor(child)->parent);
}

int NavigatorModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeFor(parent)->children.size());
}

int NavigatorModel::columnCount(const QModelIndex &parent) const
{
    Q_UNUSED(parent);
    return 1;
}

QVariant NavigatorModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeFor(index);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole: return node->text;
    case Qt::DecorationRole: return node->icon;
    case Qt::ToolTipRole: return node->toolTip.isEmpty() ? QVariant() : QVariant(node->toolTip);
    case Qt::FontRole:
        if (node->heading) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case EntityRole: return node->entity.isValid() ? QVariant::fromValue(node->entity) : QVariant();
    case KeyRole: return node->key;
    case DetailRole: return node->detail.isEmpty() ? QVariant() : QVariant(node->detail);
    case DetailColorRole: return node->detailColor.isValid() ? QVariant(node->detailColor) : QVariant();
    default: return {};
    }
}

Qt::ItemFlags NavigatorModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (nodeFor(index)->children.empty())
        result |= Qt::ItemNeverHasChildren;
    return result;
}

QHash<int, QByteArray> NavigatorModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(EntityRole, "entity");
    names.insert(KeyRole, "key");
    names.insert(DetailRole, "detail");
    names.insert(DetailColorRole, "detailColor");
    return names;
}

} // namespace jl
