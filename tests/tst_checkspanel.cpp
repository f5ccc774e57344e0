// The Checks panel (views/panels/ChecksPanel, ChecksModel): a well-behaved item model, re-runs
// the checks after edits (debounced), filters by journey, and activating a row asks for the
// element to be selected.

#include "TestSupport.h"
#include "panels/ChecksModel.h"
#include "panels/ChecksPanel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace jl;

class TestChecksPanel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void modelIsWellBehaved();
    void recomputesAfterEditsDebounced();
    void filtersByJourney();
    void doubleClickActivatesElement();
    void enterActivatesElement();

private:
    StepId stepNamed(const QString &name) const;
    int rowOf(EntityRef element) const; // row in the view

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<ChecksPanel> m_panel;
    JourneyId m_journey;
};

void TestChecksPanel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_ws = test::createWorkspace(*m_dir);
    QVERIFY(m_ws);
    m_journey = test::buildSmallModel(*m_ws);
    // Only the two flaws below: the glossary agrees with the step names.
    QVERIFY(test::useCartAsGlossaryTerm(*m_ws));
    // Two flaws: "Pay" has no owner, and an unused persona.
    QVERIFY(m_ws->setProperty({EntityType::Step, stepNamed(QStringLiteral("Pay")).value()}, QStringLiteral("owner_id"),
                              QVariant()));
    Persona persona;
    persona.name = QStringLiteral("Bargain hunter");
    QVERIFY(m_ws->addPersona(persona));
    m_panel = std::make_unique<ChecksPanel>();
    m_panel->resize(900, 300);
    m_panel->setWorkspace(m_ws.get());
}

void TestChecksPanel::cleanup()
{
    m_panel.reset();
    m_ws.reset();
    m_dir.reset();
}

StepId TestChecksPanel::stepNamed(const QString &name) const
{
    return test::stepNamed(*m_ws, m_journey, name);
}

int TestChecksPanel::rowOf(EntityRef element) const
{
    const QAbstractItemModel *model = m_panel->view()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(ChecksModel::EntityRole).value<EntityRef>() == element)
            return row;
    }
    return -1;
}

void TestChecksPanel::modelIsWellBehaved()
{
    QAbstractItemModelTester tester(m_panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(m_panel->view()->model(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    ChecksModel *model = m_panel->model();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->columnCount(), int(ChecksModel::ColumnCount));
    QCOMPARE(model->index(0, ChecksModel::CheckColumn).data().toString(), QStringLiteral("Touchpoint without owner"));
    QCOMPARE(model->index(0, ChecksModel::JourneyColumn).data().toString(), QStringLiteral("Buy online"));
    QCOMPARE(model->index(0, ChecksModel::ElementColumn).data().toString(), QStringLiteral("Pay"));
    QVERIFY(model->index(0, ChecksModel::MessageColumn).data().toString().contains(QStringLiteral("“Pay”")));
    QVERIFY(!model->index(0, ChecksModel::CheckColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(model->index(1, ChecksModel::CheckColumn).data(ChecksModel::CheckRole).toString(),
             QStringLiteral("unused_persona"));
    // Re-running the checks resets the model under the testers' eyes.
    m_panel->refresh();
    QCOMPARE(model->rowCount(), 2);
}

void TestChecksPanel::recomputesAfterEditsDebounced()
{
    QSignalSpy findings(m_panel.get(), &ChecksPanel::findingsChanged);
    const StepId visit = stepNamed(QStringLiteral("Visit shop"));
    QVERIFY(m_ws->setProperty({EntityType::Step, visit.value()}, QStringLiteral("owner_id"), QVariant()));
    QVERIFY(m_ws->setProperty({EntityType::Step, visit.value()}, QStringLiteral("channel_id"), QVariant()));
    // Not yet: the checks wait for the edits to settle, then run once.
    QCOMPARE(m_panel->findingCount(), 2);
    QTRY_COMPARE(m_panel->findingCount(), 4);
    QCOMPARE(findings.count(), 1);
    QCOMPARE(findings.constFirst().constFirst().toInt(), 4);
}

void TestChecksPanel::filtersByJourney()
{
    QCheckBox *only = m_panel->findChild<QCheckBox *>(QStringLiteral("checksJourneyOnly"));
    QVERIFY(only);
    QAbstractItemModel *shown = m_panel->view()->model();
    QCOMPARE(shown->rowCount(), 2);
    m_panel->setCurrentJourney(m_journey);
    only->setChecked(true);
    QCOMPARE(shown->rowCount(), 1); // the persona finding belongs to no journey
    QCOMPARE(shown->index(0, 0).data(ChecksModel::JourneyRole).toLongLong(), m_journey.value());
    m_panel->setCurrentJourney({});
    QCOMPARE(shown->rowCount(), 0);
    only->setChecked(false);
    QCOMPARE(shown->rowCount(), 2);
}

void TestChecksPanel::doubleClickActivatesElement()
{
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    QSignalSpy activated(m_panel.get(), &ChecksPanel::elementActivated);
    const EntityRef pay{EntityType::Step, stepNamed(QStringLiteral("Pay")).value()};
    const int row = rowOf(pay);
    QVERIFY(row >= 0);
    QTableView *view = m_panel->view();
    const QRect rect = view->visualRect(view->model()->index(row, ChecksModel::MessageColumn));
    QVERIFY(rect.isValid());
    // QTest::mouseDClick sends the double-click event alone; a real one follows a click.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(activated.count(), 0);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.constFirst().constFirst().value<EntityRef>(), pay);
}

void TestChecksPanel::enterActivatesElement()
{
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    QSignalSpy activated(m_panel.get(), &ChecksPanel::elementActivated);
    QTableView *view = m_panel->view();
    const int row = rowOf({EntityType::Persona, m_ws->reader().personas().constLast().id.value()});
    QVERIFY(row >= 0);
    view->setFocus();
    view->setCurrentIndex(view->model()->index(row, 0));
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.constFirst().constFirst().value<EntityRef>().type, EntityType::Persona);
}

QTEST_MAIN(TestChecksPanel)
#include "tst_checkspanel.moc"
