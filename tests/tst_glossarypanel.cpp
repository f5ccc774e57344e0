// The glossary page (views/panels/GlossaryPanel, GlossaryTableModel): a well-behaved item
// model whose cells edit the term, synonyms and owner through the Workspace (undoable), terms
// added and deleted, a filter, and the synonym-use count that follows step renames.

#include "TestSupport.h"
#include "panels/GlossaryPanel.h"
#include "panels/GlossaryTableModel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace jl;

class TestGlossaryPanel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsTerms();
    void editTermAndUndo();
    void editSynonymsAndUndo();
    void editOwnerWithComboAndUndo();
    void addAndDeleteTerm();
    void filter();
    void synonymUsesFollowStepNames();
    void currentRowSurvivesRename();

private:
    GlossaryTerm term() const { return *m_ws->reader().glossaryTerm(m_term); }
    QModelIndex cell(int column) const;
    StepId stepNamed(const QString &name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<GlossaryPanel> m_panel;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    GlossaryTableModel *m_model = nullptr;
    JourneyId m_journey;
    GlossaryTermId m_term;
};

void TestGlossaryPanel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_ws = test::createWorkspace(*m_dir);
    QVERIFY(m_ws);
    m_journey = test::buildSmallModel(*m_ws); // glossary: "Basket", synonym "Cart"; step "Add to cart"
    m_term = m_ws->reader().glossary().first().id;
    m_panel = std::make_unique<GlossaryPanel>();
    m_panel->resize(1100, 500);
    m_panel->setWorkspace(m_ws.get());
    m_model = m_panel->model();
    m_tester =
        std::make_unique<QAbstractItemModelTester>(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestGlossaryPanel::cleanup()
{
    m_tester.reset();
    m_panel.reset();
    m_ws.reset();
    m_dir.reset();
}

QModelIndex TestGlossaryPanel::cell(int column) const
{
    return m_model->indexOf(m_term).siblingAtColumn(column);
}

StepId TestGlossaryPanel::stepNamed(const QString &name) const
{
    return test::stepNamed(*m_ws, m_journey, name);
}

void TestGlossaryPanel::showsTerms()
{
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->columnCount(), int(GlossaryTableModel::ColumnCount));
    QCOMPARE(cell(GlossaryTableModel::TermColumn).data().toString(), QStringLiteral("Basket"));
    QCOMPARE(cell(GlossaryTableModel::SynonymsColumn).data().toString(), QStringLiteral("Cart"));
    QCOMPARE(cell(GlossaryTableModel::OwnerColumn).data().toString(), QStringLiteral("Dana Weber"));
    QVERIFY(cell(GlossaryTableModel::TermColumn).flags() & Qt::ItemIsEditable);
    QVERIFY(!(cell(GlossaryTableModel::SynonymUsesColumn).flags() & Qt::ItemIsEditable));
}

void TestGlossaryPanel::editTermAndUndo()
{
    const int steps = m_ws->undoStack()->count();
    QVERIFY(m_model->setData(cell(GlossaryTableModel::TermColumn), QStringLiteral("Shopping basket")));
    QCOMPARE(term().term, QStringLiteral("Shopping basket"));
    QCOMPARE(m_ws->undoStack()->count(), steps + 1);
    QTRY_COMPARE(cell(GlossaryTableModel::TermColumn).data().toString(), QStringLiteral("Shopping basket"));
    // An empty term is refused.
    QVERIFY(!m_model->setData(cell(GlossaryTableModel::TermColumn), QStringLiteral("  ")));
    QCOMPARE(term().term, QStringLiteral("Shopping basket"));

    m_ws->undoStack()->undo();
    QCOMPARE(term().term, QStringLiteral("Basket"));
    QTRY_COMPARE(cell(GlossaryTableModel::TermColumn).data().toString(), QStringLiteral("Basket"));

    // The definition edits the same way.
    QVERIFY(m_model->setData(cell(GlossaryTableModel::DefinitionColumn), QStringLiteral("What the customer holds")));
    QCOMPARE(term().definition, QStringLiteral("What the customer holds"));
}

void TestGlossaryPanel::editSynonymsAndUndo()
{
    // Comma-separated in the cell; blanks and repeats dropped.
    QCOMPARE(cell(GlossaryTableModel::SynonymsColumn).data(Qt::EditRole).toString(), QStringLiteral("Cart"));
    QVERIFY(m_model->setData(cell(GlossaryTableModel::SynonymsColumn), QStringLiteral("Cart,  trolley , , cart")));
    QCOMPARE(term().synonyms, (QStringList{QStringLiteral("Cart"), QStringLiteral("trolley")}));
    QTRY_COMPARE(cell(GlossaryTableModel::SynonymsColumn).data().toString(), QStringLiteral("Cart, trolley"));
    m_ws->undoStack()->undo();
    QCOMPARE(term().synonyms, QStringList{QStringLiteral("Cart")});
    QTRY_COMPARE(cell(GlossaryTableModel::SynonymsColumn).data().toString(), QStringLiteral("Cart"));

    QVERIFY(m_model->setData(cell(GlossaryTableModel::SynonymsColumn), QString()));
    QVERIFY(term().synonyms.isEmpty());
}

void TestGlossaryPanel::editOwnerWithComboAndUndo()
{
    const OwnerId other = m_ws->addOwner({{}, QStringLiteral("Sam Lee"), {}, {}});
    QVERIFY(other);
    const OwnerId before = term().owner;
    m_model->refresh();
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));

    // The owner cell edits with a combo of the owners; picking one commits it.
    QTableView *view = m_panel->view();
    const QModelIndex index = cell(GlossaryTableModel::OwnerColumn);
    view->setCurrentIndex(index);
    view->edit(index);
    auto *combo = view->findChild<QComboBox *>(QStringLiteral("glossaryOwnerEditor"));
    QVERIFY(combo);
    QCOMPARE(combo->currentData().toLongLong(), before.value());
    QCOMPARE(combo->count(), 3); // (none), Dana Weber, Sam Lee
    const int row = combo->findData(other.value());
    QVERIFY(row > 0);
    combo->setCurrentIndex(row);
    emit combo->activated(row);
    QCOMPARE(term().owner, other);
    QTRY_COMPARE(cell(GlossaryTableModel::OwnerColumn).data().toString(), QStringLiteral("Sam Lee"));

    m_ws->undoStack()->undo();
    QCOMPARE(term().owner, before);
    QTRY_COMPARE(cell(GlossaryTableModel::OwnerColumn).data().toString(), QStringLiteral("Dana Weber"));

    // "(none)" clears the owner.
    QVERIFY(m_model->setData(index, qint64(0)));
    QVERIFY(!term().owner);
}

void TestGlossaryPanel::addAndDeleteTerm()
{
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    const int steps = m_ws->undoStack()->count();
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);

    // The action (button, Insert) adds a term and opens its name for editing.
    m_panel->addTermAction()->trigger();
    QCOMPARE(m_ws->reader().glossary().size(), 2);
    QCOMPARE(m_ws->undoStack()->count(), steps + 1);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(inserted.size(), 1);
    const GlossaryTermId added = m_panel->currentTerm();
    QVERIFY(added && added != m_term);
    QCOMPARE(m_ws->reader().glossaryTerm(added)->term, QStringLiteral("New term"));
    auto *editor = qobject_cast<QLineEdit *>(m_panel->view()->indexWidget(m_panel->view()->currentIndex()));
    QVERIFY(editor); // editing the new term's name
    QCOMPARE(editor->text(), QStringLiteral("New term"));

    // A second one gets a name of its own.
    const GlossaryTermId second = m_panel->addTerm();
    QCOMPARE(m_ws->reader().glossaryTerm(second)->term, QStringLiteral("New term 2"));
    m_ws->undoStack()->undo();
    QTRY_COMPARE(m_model->rowCount(), 2);

    // Delete the current term; undo brings it back.
    m_panel->view()->setCurrentIndex(m_model->indexOf(m_term));
    QCOMPARE(m_panel->currentTerm(), m_term);
    QVERIFY(m_panel->deleteTermAction()->isEnabled());
    m_panel->deleteTermAction()->trigger();
    QVERIFY(!m_ws->reader().glossaryTerm(m_term));
    QTRY_COMPARE(m_model->rowCount(), 1);
    QVERIFY(!m_model->indexOf(m_term).isValid());
    m_ws->undoStack()->undo();
    QVERIFY(m_ws->reader().glossaryTerm(m_term));
    QTRY_VERIFY(m_model->indexOf(m_term).isValid());
    QCOMPARE(m_model->rowCount(), 2);
}

void TestGlossaryPanel::filter()
{
    m_ws->addGlossaryTerm(
        {{}, QStringLiteral("Order"), QStringLiteral("A confirmed purchase"), {QStringLiteral("Purchase")}, {}});
    m_model->refresh();
    QCOMPARE(m_model->rowCount(), 2);
    QLineEdit *filter = m_panel->filterEdit();
    filter->setText(QStringLiteral("paid")); // in Basket's definition
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->termAt(0), m_term);
    filter->setText(QStringLiteral("PURCH")); // Order's synonym and definition, any case
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->index(0, GlossaryTableModel::TermColumn).data().toString(), QStringLiteral("Order"));
    filter->setText(QStringLiteral("nothing like this"));
    QCOMPARE(m_model->rowCount(), 0);
    filter->clear();
    QCOMPARE(m_model->rowCount(), 2);

    // Selecting a term the filter hides clears the filter.
    filter->setText(QStringLiteral("Order"));
    m_panel->selectTerm(m_term);
    QVERIFY(filter->text().isEmpty());
    QCOMPARE(m_panel->currentTerm(), m_term);
}

void TestGlossaryPanel::synonymUsesFollowStepNames()
{
    const QModelIndex uses = cell(GlossaryTableModel::SynonymUsesColumn);
    QCOMPARE(uses.data(GlossaryTableModel::SynonymUseCountRole).toInt(), 1);
    QCOMPARE(uses.data().toString(), QStringLiteral("1"));
    QVERIFY2(uses.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Add to cart")),
             qPrintable(uses.data(Qt::ToolTipRole).toString()));

    // Renaming the step to the preferred term removes the use; undo brings it back.
    const StepId step = stepNamed(QStringLiteral("Add to cart"));
    QVERIFY(step);
    QVERIFY(
        m_ws->setProperty({EntityType::Step, step.value()}, QStringLiteral("name"), QStringLiteral("Add to basket")));
    QTRY_COMPARE(cell(GlossaryTableModel::SynonymUsesColumn).data(GlossaryTableModel::SynonymUseCountRole).toInt(), 0);
    m_ws->undoStack()->undo();
    QTRY_COMPARE(cell(GlossaryTableModel::SynonymUsesColumn).data(GlossaryTableModel::SynonymUseCountRole).toInt(), 1);

    // A new synonym counts the steps using it too.
    QVERIFY(m_model->setData(cell(GlossaryTableModel::SynonymsColumn), QStringLiteral("Cart, pay")));
    QTRY_COMPARE(cell(GlossaryTableModel::SynonymUsesColumn).data(GlossaryTableModel::SynonymUseCountRole).toInt(), 2);
    const QString tip = cell(GlossaryTableModel::SynonymUsesColumn).data(Qt::ToolTipRole).toString();
    QVERIFY(tip.contains(QStringLiteral("Pay")));
    QVERIFY(tip.contains(QStringLiteral("Buy online")));
    // A new step with a synonym in its name.
    Step added;
    added.journey = m_journey;
    added.name = QStringLiteral("Review cart");
    QVERIFY(m_ws->addStep(added));
    QTRY_COMPARE(cell(GlossaryTableModel::SynonymUsesColumn).data(GlossaryTableModel::SynonymUseCountRole).toInt(), 3);
}

void TestGlossaryPanel::currentRowSurvivesRename()
{
    const GlossaryTermId order = m_ws->addGlossaryTerm({{}, QStringLiteral("Order"), {}, {}, {}});
    m_model->refresh();
    QCOMPARE(m_model->termAt(0), m_term); // Basket, Order
    m_panel->view()->setCurrentIndex(m_model->indexOf(m_term));
    // Renaming moves the row below "Order"; the view's current row moves with it.
    QVERIFY(m_model->setData(cell(GlossaryTableModel::TermColumn), QStringLiteral("Shopping basket")));
    QTRY_COMPARE(m_model->termAt(1), m_term);
    QCOMPARE(m_model->termAt(0), order);
    QCOMPARE(m_panel->currentTerm(), m_term);
    m_ws->undoStack()->undo();
    QTRY_COMPARE(m_model->termAt(0), m_term);
    QCOMPARE(m_panel->currentTerm(), m_term);
}

QTEST_MAIN(TestGlossaryPanel)
#include "tst_glossarypanel.moc"
