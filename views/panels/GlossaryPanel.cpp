#include "GlossaryPanel.h"

#include "EntityPresentation.h"
#include "GlossaryTableModel.h"
#include "document/Workspace.h"
#include "storage/SqlSupport.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace jl {

namespace {

// Editors cover the whole cell: the cells' padding (style sheet) would otherwise leave the
// painted text visible beside the editor.
class CellDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        editor->setGeometry(option.rect);
    }
};

// The owner column edits with a combo of the workspace's owners; a pick commits at once.
class OwnerDelegate : public CellDelegate
{
public:
    OwnerDelegate(GlossaryTableModel *model, QObject *parent)
        : CellDelegate(parent),
          m_model(model)
    {
    }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("glossaryOwnerEditor"));
        combo->addItem(GlossaryPanel::tr("(none)"), qint64(0));
        const QIcon icon = presentation::entityIcon(EntityType::Owner);
        for (const Owner &owner : m_model->owners())
            combo->addItem(icon, owner.name, owner.id.value());
        connect(combo, &QComboBox::activated, this, [this, combo] {
            auto *self = const_cast<OwnerDelegate *>(this);
            emit self->commitData(combo);
            emit self->closeEditor(combo);
        });
        return combo;
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        const int row = combo->findData(index.data(Qt::EditRole).toLongLong());
        combo->setCurrentIndex(qMax(0, row));
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
    }

private:
    GlossaryTableModel *m_model;
};

} // namespace

GlossaryPanel::GlossaryPanel(QWidget *parent)
    : QWidget(parent),
      m_model(new GlossaryTableModel(this)),
      m_title(new QLabel(this)),
      m_filter(new QLineEdit(this)),
      m_view(new QTableView(this)),
      m_addAction(new QAction(tr("Add Term"), this)),
      m_deleteAction(new QAction(tr("Delete Term"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 18);
    layout->setSpacing(10);
    m_title->setTextFormat(Qt::RichText);
    layout->addWidget(m_title);
    auto *hint = new QLabel(tr("One vocabulary across departments: what each term means, its synonyms and who owns "
                               "it. Double-click a cell to edit it."),
                            this);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: #6b7079;"));
    layout->addWidget(hint);

    // Filter on the left, the actions on the right.
    m_filter->setObjectName(QStringLiteral("glossaryFilter"));
    m_filter->setPlaceholderText(tr("Filter terms, definitions, synonyms…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaximumWidth(360);
    connect(m_filter, &QLineEdit::textChanged, m_model, &GlossaryTableModel::setFilterText);

    m_addAction->setObjectName(QStringLiteral("actionAddGlossaryTerm"));
    m_addAction->setIcon(presentation::actionIcon(QStringLiteral("list-add")));
    m_addAction->setShortcuts({QKeySequence(Qt::Key_Insert), QKeySequence(Qt::CTRL | Qt::Key_Return)});
    m_addAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_addAction->setToolTip(tr("Add a glossary term (Insert)"));
    connect(m_addAction, &QAction::triggered, this, [this] { addTerm(); });
    addAction(m_addAction);
    m_deleteAction->setObjectName(QStringLiteral("actionDeleteGlossaryTerm"));
    m_deleteAction->setIcon(presentation::actionIcon(QStringLiteral("list-remove")));
    m_deleteAction->setShortcut(QKeySequence(Qt::Key_Delete));
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_deleteAction->setToolTip(tr("Delete the selected term (Delete); Undo brings it back"));
    connect(m_deleteAction, &QAction::triggered, this, &GlossaryPanel::deleteCurrentTerm);
    addAction(m_deleteAction);
    const auto button = [this](QAction *action) {
        auto *tool = new QToolButton(this);
        tool->setDefaultAction(action);
        tool->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        tool->setAutoRaise(false);
        return tool;
    };
    auto *bar = new QHBoxLayout;
    bar->setSpacing(6);
    bar->addWidget(m_filter, 1);
    bar->addStretch(0);
    bar->addWidget(button(m_addAction));
    bar->addWidget(button(m_deleteAction));
    layout->addLayout(bar);

    m_view->setObjectName(QStringLiteral("glossaryView"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new CellDelegate(m_view));
    m_view->setItemDelegateForColumn(GlossaryTableModel::OwnerColumn, new OwnerDelegate(m_model, m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(true);
    m_view->setShowGrid(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(GlossaryTableModel::DefinitionColumn, QHeaderView::Stretch);
    m_view->setColumnWidth(GlossaryTableModel::TermColumn, 170);
    m_view->setColumnWidth(GlossaryTableModel::SynonymsColumn, 200);
    m_view->setColumnWidth(GlossaryTableModel::SynonymUsesColumn, 110);
    m_view->setColumnWidth(GlossaryTableModel::OwnerColumn, 150);
    // Room around the wrapped definitions; the palette still decides the colours.
    m_view->setStyleSheet(QStringLiteral("QTableView::item { padding: 6px 8px; }"));
    layout->addWidget(m_view, 1);

    connect(
        m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
            updateActions();
            if (!m_selecting)
                emit termSelected(current.isValid() ? current.data(GlossaryTableModel::EntityRole).value<EntityRef>()
                                                    : EntityRef{});
        });
    connect(m_model, &QAbstractItemModel::modelReset, this, &GlossaryPanel::updateTitle);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &GlossaryPanel::updateTitle);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &GlossaryPanel::updateTitle);
    connect(m_model, &QAbstractItemModel::modelReset, this, &GlossaryPanel::updateActions);
    updateTitle();
    updateActions();
}

GlossaryPanel::~GlossaryPanel()
{
    disconnect(m_view->selectionModel(), nullptr, this, nullptr);
    disconnect(m_model, nullptr, this, nullptr);
}

void GlossaryPanel::setWorkspace(Workspace *workspace)
{
    m_filter->clear();
    m_model->setWorkspace(workspace);
    updateActions();
}

GlossaryTermId GlossaryPanel::currentTerm() const
{
    return m_model->termAt(m_view->currentIndex().row());
}

void GlossaryPanel::selectTerm(GlossaryTermId term)
{
    QModelIndex index = m_model->indexOf(term);
    if (!index.isValid() && !m_filter->text().isEmpty()) {
        m_filter->clear(); // the filter hid it
        index = m_model->indexOf(term);
    }
    if (!index.isValid())
        return;
    m_selecting = true;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    m_selecting = false;
}

GlossaryTermId GlossaryPanel::addTerm()
{
    Workspace *workspace = m_model->workspace();
    if (!workspace)
        return {};
    // A name not taken yet, so the new row is easy to find and to tell apart.
    QStringList taken;
    try {
        for (const GlossaryTerm &term : workspace->reader().glossary())
            taken << term.term;
    } catch (const SqlError &e) {
        qWarning("GlossaryPanel: %s", e.what());
    }
    QString name = tr("New term");
    for (int n = 2; taken.contains(name, Qt::CaseInsensitive); ++n)
        name = tr("New term %1").arg(n);
    GlossaryTerm term;
    term.term = name;
    const GlossaryTermId id = workspace->addGlossaryTerm(term);
    if (!id)
        return {};
    if (!m_filter->text().isEmpty())
        m_filter->clear();
    m_model->refresh(); // the row now, to edit it
    const QModelIndex index = m_model->indexOf(id);
    if (index.isValid()) {
        m_view->setFocus();
        m_view->selectionModel()->setCurrentIndex(index,
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_view->scrollTo(index);
        m_view->edit(index);
    }
    return id;
}

void GlossaryPanel::deleteCurrentTerm()
{
    Workspace *workspace = m_model->workspace();
    const GlossaryTermId term = currentTerm();
    if (!workspace || !term)
        return;
    workspace->remove({EntityType::GlossaryTerm, term.value()});
}

void GlossaryPanel::updateTitle()
{
    m_title->setText(
        QStringLiteral("<span style=\"font-size:large; font-weight:600\">%1</span>"
                       "&nbsp;&nbsp;<span style=\"color:#6b7079\">%2</span>")
            .arg(tr("Glossary").toHtmlEscaped(), tr("%n term(s)", nullptr, m_model->rowCount()).toHtmlEscaped()));
}

void GlossaryPanel::updateActions()
{
    const bool open = m_model->workspace() != nullptr;
    m_addAction->setEnabled(open);
    m_deleteAction->setEnabled(open && m_view->currentIndex().isValid());
    m_filter->setEnabled(open);
}

} // namespace jl
