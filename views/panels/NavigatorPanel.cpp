#include "NavigatorPanel.h"

#include "EntityPresentation.h"
#include "NavigatorModel.h"
#include "document/Workspace.h"
#include "storage/SqlSupport.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QVBoxLayout>

namespace jl {

namespace {

// Draws the node's detail (a journey's status as a coloured pill, a count in grey) at the
// right edge of its row, and leaves the rest of the row to the standard item painting.
class NavigatorDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QString detail = index.data(NavigatorModel::DetailRole).toString();
        if (detail.isEmpty()) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        const QVariant colorValue = index.data(NavigatorModel::DetailColorRole);
        const bool pill = colorValue.isValid();
        QFont font = option.font;
        if (pill)
            font.setPointSizeF(font.pointSizeF() * 0.85);
        const QFontMetrics metrics(font);
        const int padding = pill ? 6 : 4;
        const int width = metrics.horizontalAdvance(detail) + 2 * padding;
        const int margin = 6;

        QStyleOptionViewItem shortened = option;
        shortened.rect.setRight(option.rect.right() - width - margin);
        // The selection background still covers the whole row.
        if (option.state & QStyle::State_Selected)
            painter->fillRect(
                option.rect,
                option.palette.brush(option.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive,
                                     QPalette::Highlight));
        QStyledItemDelegate::paint(painter, shortened, index);

        const QRect box(option.rect.right() - width - margin / 2, option.rect.center().y() - metrics.height() / 2 - 1,
                        width, metrics.height() + 2);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setFont(font);
        if (pill) {
            const QColor color = colorValue.value<QColor>();
            QColor fill = color;
            fill.setAlpha(40);
            painter->setPen(Qt::NoPen);
            painter->setBrush((option.state & QStyle::State_Selected) ? QColor(255, 255, 255, 220) : fill);
            painter->drawRoundedRect(QRectF(box).adjusted(0.5, 0.5, -0.5, -0.5), box.height() / 2.0,
                                     box.height() / 2.0);
            painter->setPen(color.darker(115));
        } else {
            painter->setPen((option.state & QStyle::State_Selected) ? option.palette.color(QPalette::HighlightedText)
                                                                    : option.palette.color(QPalette::PlaceholderText));
        }
        painter->drawText(box, Qt::AlignCenter, detail);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setHeight(qMax(size.height(), option.fontMetrics.height() + 8));
        return size;
    }
};

} // namespace

NavigatorPanel::NavigatorPanel(QWidget *parent)
    : QWidget(parent),
      m_model(new NavigatorModel(this)),
      m_proxy(new QSortFilterProxyModel(this)),
      m_filter(new QLineEdit(this)),
      m_tree(new QTreeView(this)),
      m_newPersonaAction(new QAction(presentation::entityIcon(EntityType::Persona), tr("New Persona"), this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setAutoAcceptChildRows(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterRole(Qt::DisplayRole);

    m_filter->setObjectName(QStringLiteral("navigatorFilter"));
    m_filter->setPlaceholderText(tr("Filter journeys, personas, terms…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setToolTip(tr("Shows only the elements whose name contains this text"));

    m_tree->setObjectName(QStringLiteral("navigatorTree"));
    m_tree->setModel(m_proxy);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAnimated(true);
    m_tree->setIconSize(QSize(18, 18));
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setItemDelegate(new NavigatorDelegate(m_tree));
    m_tree->header()->setStretchLastSection(true);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &NavigatorPanel::showContextMenu);

    m_newPersonaAction->setObjectName(QStringLiteral("actionNewPersona"));
    m_newPersonaAction->setStatusTip(tr("Add a persona to the workspace and open it for editing"));
    m_newPersonaAction->setEnabled(false);
    connect(m_newPersonaAction, &QAction::triggered, this, [this] { addPersona(); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree, 1);

    connect(m_filter, &QLineEdit::textChanged, this, &NavigatorPanel::setFilterText);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &NavigatorPanel::rememberState);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &NavigatorPanel::restoreState);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });
    // A click on the node that is already current (after a selection on the canvas) selects
    // it again.
    connect(m_tree, &QTreeView::clicked, this, [this](const QModelIndex &index) {
        if (index == m_tree->currentIndex())
            onCurrentChanged(index);
    });
}

NavigatorPanel::~NavigatorPanel()
{
    disconnect(m_tree->selectionModel(), nullptr, this, nullptr);
    disconnect(m_model, nullptr, this, nullptr);
    disconnect(m_proxy, nullptr, this, nullptr);
}

void NavigatorPanel::setWorkspace(Workspace *workspace)
{
    m_expandedKeys.clear();
    m_currentKey.clear();
    m_pendingElement = {};
    m_seenModel = false;
    m_model->setWorkspace(workspace);
    m_newPersonaAction->setEnabled(workspace != nullptr);
}

PersonaId NavigatorPanel::addPersona()
{
    Workspace *workspace = m_model->workspace();
    if (!workspace)
        return {};
    // A name not taken yet, so the new persona is easy to find before it is renamed.
    QStringList taken;
    try {
        for (const Persona &persona : workspace->reader().personas())
            taken << persona.name;
    } catch (const SqlError &e) {
        qWarning("NavigatorPanel: %s", e.what());
    }
    Persona persona;
    persona.name = tr("New persona");
    for (int n = 2; taken.contains(persona.name, Qt::CaseInsensitive); ++n)
        persona.name = tr("New persona %1").arg(n);
    const PersonaId id = workspace->addPersona(persona);
    if (!id)
        return {};
    const EntityRef ref{EntityType::Persona, id.value()};
    if (!m_filter->text().isEmpty())
        m_filter->clear();
    selectElement(ref); // listed after the model's next refresh
    emit elementSelected(ref);
    return id;
}

void NavigatorPanel::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_tree->indexAt(position);
    const EntityRef element = index.data(NavigatorModel::EntityRole).value<EntityRef>();
    const bool personas = index.data(NavigatorModel::KeyRole).toString() == NavigatorModel::personasKey()
        || (element.isValid() && element.type == EntityType::Persona);
    if (!personas || !m_model->workspace())
        return;
    QMenu menu(this);
    menu.addAction(m_newPersonaAction);
    if (element.isValid() && element.type == EntityType::Persona) {
        QAction *remove = menu.addAction(presentation::actionIcon(QStringLiteral("edit-delete")), tr("Delete Persona"));
        connect(remove, &QAction::triggered, this, [this, element] {
            if (Workspace *workspace = m_model->workspace())
                workspace->remove(element); // undoable; journeys lose the assignment until undone
        });
    }
    menu.exec(m_tree->viewport()->mapToGlobal(position));
}

EntityRef NavigatorPanel::currentElement() const
{
    return m_tree->currentIndex().data(NavigatorModel::EntityRole).value<EntityRef>();
}

void NavigatorPanel::onCurrentChanged(const QModelIndex &current)
{
    if (m_restoring)
        return;
    m_pendingElement = {}; // the user picked something else
    const EntityRef element = current.data(NavigatorModel::EntityRole).value<EntityRef>();
    if (element.isValid() && element.type == EntityType::Journey)
        emit journeyActivated(JourneyId(element.id));
    else if (current.data(NavigatorModel::KeyRole).toString() == NavigatorModel::glossaryKey())
        emit glossaryActivated();
    emit elementSelected(element);
}

void NavigatorPanel::selectElement(EntityRef element)
{
    if (!element.isValid())
        return;
    const QModelIndex source = m_model->indexOf(element);
    if (!source.isValid()) {
        // Not listed (yet): a journey just created shows up with the model's next refresh.
        m_pendingElement = element;
        return;
    }
    m_pendingElement = {};
    const QModelIndex index = m_proxy->mapFromSource(source);
    if (!index.isValid() || index == m_tree->currentIndex())
        return;
    m_restoring = true;
    for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
        m_tree->expand(parent);
    m_tree->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_tree->scrollTo(index);
    m_restoring = false;
}

void NavigatorPanel::setFilterText(const QString &text)
{
    if (m_filter->text() != text) {
        m_filter->setText(text); // comes back through textChanged
        return;
    }
    const bool wasFiltering = !m_proxy->filterRegularExpression().pattern().isEmpty();
    if (!wasFiltering && !text.isEmpty())
        rememberState();
    m_restoring = true;
    m_proxy->setFilterFixedString(text);
    m_restoring = false;
    if (!text.isEmpty())
        m_tree->expandAll();
    else if (wasFiltering)
        restoreState();
}

void NavigatorPanel::rememberState()
{
    const bool filtering = !m_proxy->filterRegularExpression().pattern().isEmpty();
    // A filter can hide the current node; then the one from before still counts.
    if (m_tree->currentIndex().isValid() || !filtering)
        m_currentKey = m_tree->currentIndex().data(NavigatorModel::KeyRole).toString();
    if (filtering && !m_expandedKeys.isEmpty())
        return; // keep what was expanded before the filter, not the filter's expand-all
    m_expandedKeys.clear();
    const auto walk = [this](auto &self, const QModelIndex &parent) -> void {
        for (int row = 0; row < m_proxy->rowCount(parent); ++row) {
            const QModelIndex index = m_proxy->index(row, 0, parent);
            if (m_tree->isExpanded(index)) {
                m_expandedKeys.insert(index.data(NavigatorModel::KeyRole).toString());
                self(self, index);
            }
        }
    };
    walk(walk, {});
}

void NavigatorPanel::restoreState()
{
    if (m_model->rowCount() == 0)
        return;
    if (!m_seenModel) {
        m_seenModel = true;
        expandDefaults();
        if (m_pendingElement.isValid() && m_model->indexOf(m_pendingElement).isValid())
            selectElement(m_pendingElement);
        return;
    }
    if (!m_proxy->filterRegularExpression().pattern().isEmpty()) {
        m_tree->expandAll();
    } else {
        m_tree->collapseAll();
        for (const QString &key : std::as_const(m_expandedKeys)) {
            const QModelIndex index = m_proxy->mapFromSource(m_model->indexOfKey(key));
            if (index.isValid())
                m_tree->expand(index);
        }
    }
    const QModelIndex current = m_proxy->mapFromSource(m_model->indexOfKey(m_currentKey));
    if (current.isValid()) {
        m_restoring = true;
        m_tree->selectionModel()->setCurrentIndex(current, QItemSelectionModel::ClearAndSelect);
        m_restoring = false;
        m_tree->scrollTo(current);
    }
    if (m_pendingElement.isValid() && m_model->indexOf(m_pendingElement).isValid())
        selectElement(m_pendingElement);
}

void NavigatorPanel::expandDefaults()
{
    // Journeys two levels deep (lifecycle and its journeys), personas; the rest on demand.
    const QModelIndex journeys = m_proxy->mapFromSource(m_model->indexOfKey(NavigatorModel::journeysKey()));
    m_tree->expand(journeys);
    for (int row = 0; row < m_proxy->rowCount(journeys); ++row)
        m_tree->expand(m_proxy->index(row, 0, journeys));
    m_tree->expand(m_proxy->mapFromSource(m_model->indexOfKey(NavigatorModel::personasKey())));
}

} // namespace jl
