// The inspector's reference combos and persona list (views/panels/InspectorPanel): "New …" at
// the end of the channel, owner, department and source-system combos adds the entry and sets
// the reference as ONE undo step, cancelling changes nothing; a journey's personas are a
// checkable list that assigns and unassigns (undoable).

#include "TestSupport.h"
#include "panels/EntityPresentation.h"
#include "panels/InspectorPanel.h"
#include "panels/PanelDialogs.h"
#include "storage/RowStore.h"

#include <QComboBox>
#include <QListWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>
#include <QUndoStack>

#include <memory>
#include <optional>

using namespace jl;

namespace {

// Answers the name prompt with scripted text (std::nullopt: Cancel) and records the prompts.
class ScriptedDialogs : public PanelDialogs
{
public:
    std::optional<QString> answer;
    QStringList titles;

    std::optional<QString> getText(QWidget *, const QString &title, const QString &, const QString &) override
    {
        titles << title;
        return answer;
    }
};

} // namespace

class TestInspectorCombos : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void newEntryIsLastItem();
    void newEntryAddsAndSetsInOneStep_data();
    void newEntryAddsAndSetsInOneStep();
    void cancelChangesNothing_data();
    void cancelChangesNothing();
    void otherElementsOfferNewOwner_data();
    void otherElementsOfferNewOwner();
    void personaCheckboxesAssignAndUnassign();
    void wheelWithoutFocusChangesNothing();

private:
    QComboBox *combo(const QString &column) const;
    qint64 stepValue(const QString &column) const;
    int countOf(EntityType type) const { return m_ws->reader().count(type); }
    void pickNewEntry(QComboBox *combo);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<InspectorPanel> m_inspector;
    std::shared_ptr<ScriptedDialogs> m_dialogs;
    JourneyId m_journey;
    Step m_step;
};

void TestInspectorCombos::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_ws = test::createWorkspace(*m_dir);
    QVERIFY(m_ws);
    m_journey = test::buildSmallModel(*m_ws);
    m_step = m_ws->reader().steps(m_journey).first();
    m_dialogs = std::make_shared<ScriptedDialogs>();
    m_inspector = std::make_unique<InspectorPanel>();
    m_inspector->setDialogs(m_dialogs);
    m_inspector->resize(400, 900);
    m_inspector->setWorkspace(m_ws.get());
    m_inspector->setElement({EntityType::Step, m_step.id.value()});
}

void TestInspectorCombos::cleanup()
{
    m_inspector.reset();
    m_ws.reset();
    m_dir.reset();
}

QComboBox *TestInspectorCombos::combo(const QString &column) const
{
    return qobject_cast<QComboBox *>(m_inspector->editor(column));
}

qint64 TestInspectorCombos::stepValue(const QString &column) const
{
    const auto step = m_ws->reader().step(m_step.id);
    if (column == QLatin1String("channel_id"))
        return step->channel.value();
    if (column == QLatin1String("owner_id"))
        return step->owner.value();
    if (column == QLatin1String("department_id"))
        return step->department.value();
    return step->sourceSystem.value();
}

void TestInspectorCombos::pickNewEntry(QComboBox *box)
{
    const int last = box->count() - 1;
    box->setCurrentIndex(last);
    emit box->activated(last);
}

void TestInspectorCombos::newEntryIsLastItem()
{
    const struct
    {
        const char *column;
        const char *text;
        int entries;
    } combos[] = {
        {"channel_id", "New channel…", int(m_ws->reader().channels().size())},
        {"owner_id", "New owner…", int(m_ws->reader().owners().size())},
        {"department_id", "New department…", int(m_ws->reader().departments().size())},
        {"source_system_id", "New source system…", int(m_ws->reader().sourceSystems().size())},
    };
    for (const auto &expected : combos) {
        QComboBox *box = combo(QString::fromLatin1(expected.column));
        QVERIFY2(box, expected.column);
        QCOMPARE(box->count(), expected.entries + 2); // (none), the entries, New …
        QCOMPARE(box->itemText(0), QStringLiteral("(none)"));
        QCOMPARE(box->itemText(box->count() - 1), QString::fromUtf8(expected.text));
    }
    // Stages are the journey's own: no "New …" there.
    QComboBox *stage = combo(QStringLiteral("stage_id"));
    QVERIFY(stage);
    QCOMPARE(stage->count(), m_ws->reader().stages(m_journey).size() + 1);
}

void TestInspectorCombos::newEntryAddsAndSetsInOneStep_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<EntityType>("type");
    QTest::newRow("channel") << QStringLiteral("channel_id") << EntityType::Channel;
    QTest::newRow("owner") << QStringLiteral("owner_id") << EntityType::Owner;
    QTest::newRow("department") << QStringLiteral("department_id") << EntityType::Department;
    QTest::newRow("source system") << QStringLiteral("source_system_id") << EntityType::SourceSystem;
}

void TestInspectorCombos::newEntryAddsAndSetsInOneStep()
{
    QFETCH(QString, column);
    QFETCH(EntityType, type);
    QComboBox *box = combo(column);
    QVERIFY(box);
    const qint64 before = stepValue(column);
    const int entries = countOf(type);
    const int steps = m_ws->undoStack()->count();

    m_dialogs->answer = QStringLiteral("  Ines   Example ");
    pickNewEntry(box);
    QCOMPARE(m_dialogs->titles.size(), 1);
    QCOMPARE(countOf(type), entries + 1);
    const qint64 created = stepValue(column);
    QVERIFY(created > 0);
    QVERIFY(created != before);
    QCOMPARE(presentation::elementName(m_ws->reader(), {type, created}), QStringLiteral("Ines Example"));
    QCOMPARE(m_ws->undoStack()->count(), steps + 1); // one undo step for both
    QCOMPARE(box->currentData().toLongLong(), created);
    QCOMPARE(box->currentText(), QStringLiteral("Ines Example"));
    QCOMPARE(box->itemText(box->count() - 1).endsWith(QStringLiteral("…")), true); // still last

    // One undo removes the entry and restores the reference; redo brings both back.
    m_ws->undoStack()->undo();
    QCOMPARE(countOf(type), entries);
    QCOMPARE(stepValue(column), before);
    QTRY_COMPARE(box->currentData().toLongLong(), before);
    m_ws->undoStack()->redo();
    QCOMPARE(countOf(type), entries + 1);
    QCOMPARE(stepValue(column), created);
    QTRY_COMPARE(box->currentData().toLongLong(), created);
}

void TestInspectorCombos::cancelChangesNothing_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<EntityType>("type");
    QTest::addColumn<bool>("blank"); // answered with blanks instead of Cancel
    QTest::newRow("owner cancelled") << QStringLiteral("owner_id") << EntityType::Owner << false;
    QTest::newRow("owner blank") << QStringLiteral("owner_id") << EntityType::Owner << true;
    QTest::newRow("channel cancelled") << QStringLiteral("channel_id") << EntityType::Channel << false;
}

void TestInspectorCombos::cancelChangesNothing()
{
    QFETCH(QString, column);
    QFETCH(EntityType, type);
    QFETCH(bool, blank);
    QComboBox *box = combo(column);
    const qint64 before = stepValue(column);
    QVERIFY(before > 0);
    const int entries = countOf(type);
    const int steps = m_ws->undoStack()->count();

    m_dialogs->answer = blank ? std::optional<QString>(QStringLiteral("   ")) : std::nullopt;
    pickNewEntry(box);
    QCOMPARE(m_dialogs->titles.size(), 1);
    QCOMPARE(countOf(type), entries);
    QCOMPARE(stepValue(column), before);
    QCOMPARE(m_ws->undoStack()->count(), steps);
    QCOMPARE(box->currentData().toLongLong(), before); // back on the old value at once
}

void TestInspectorCombos::otherElementsOfferNewOwner_data()
{
    QTest::addColumn<EntityType>("type");
    QTest::newRow("journey") << EntityType::Journey;
    QTest::newRow("glossary term") << EntityType::GlossaryTerm;
}

void TestInspectorCombos::otherElementsOfferNewOwner()
{
    QFETCH(EntityType, type);
    const qint64 id = type == EntityType::Journey ? m_journey.value() : m_ws->reader().glossary().first().id.value();
    m_inspector->setElement({type, id});
    QComboBox *box = combo(QStringLiteral("owner_id"));
    QVERIFY(box);
    QCOMPARE(box->itemText(box->count() - 1), QStringLiteral("New owner…"));
    const int owners = countOf(EntityType::Owner);
    m_dialogs->answer = QStringLiteral("Glossary keeper");
    pickNewEntry(box);
    QCOMPARE(countOf(EntityType::Owner), owners + 1);
    const auto row = rows::read(m_ws->database(), type, id);
    QVERIFY(row);
    const qint64 owner = row->value(QStringLiteral("owner_id")).toLongLong();
    QCOMPARE(m_ws->reader().owner(OwnerId(owner))->name, QStringLiteral("Glossary keeper"));
    m_ws->undoStack()->undo();
    QCOMPARE(countOf(EntityType::Owner), owners);
}

void TestInspectorCombos::personaCheckboxesAssignAndUnassign()
{
    Persona second;
    second.name = QStringLiteral("Bargain hunter");
    const PersonaId secondId = m_ws->addPersona(second);
    QVERIFY(secondId);
    const PersonaId firstId = m_ws->reader().journey(m_journey)->personas.first();
    m_inspector->setElement({EntityType::Journey, m_journey.value()});
    auto *list = qobject_cast<QListWidget *>(m_inspector->editor(QStringLiteral("personas")));
    QVERIFY(list);
    QCOMPARE(list->count(), 2);
    const auto itemOf = [list](PersonaId persona) -> QListWidgetItem * {
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->data(Qt::UserRole).toLongLong() == persona.value())
                return list->item(i);
        }
        return nullptr;
    };
    QListWidgetItem *firstItem = itemOf(firstId);
    QListWidgetItem *secondItem = itemOf(secondId);
    QVERIFY(firstItem && secondItem);
    QCOMPARE(secondItem->text(), QStringLiteral("Bargain hunter"));
    QCOMPARE(firstItem->checkState(), Qt::Checked);
    QCOMPARE(secondItem->checkState(), Qt::Unchecked);
    const auto assigned = [this] { return m_ws->reader().journey(m_journey)->personas; };
    const int steps = m_ws->undoStack()->count();

    secondItem->setCheckState(Qt::Checked);
    QVERIFY(assigned().contains(secondId));
    QCOMPARE(m_ws->undoStack()->count(), steps + 1);
    m_ws->undoStack()->undo();
    QVERIFY(!assigned().contains(secondId));
    QTRY_COMPARE(itemOf(secondId)->checkState(), Qt::Unchecked);

    itemOf(firstId)->setCheckState(Qt::Unchecked);
    QVERIFY(!assigned().contains(firstId));
    m_ws->undoStack()->undo();
    QVERIFY(assigned().contains(firstId));
    QTRY_COMPARE(itemOf(firstId)->checkState(), Qt::Checked);

    // A persona renamed elsewhere is renamed in the list.
    QVERIFY(m_ws->setProperty({EntityType::Persona, secondId.value()}, QStringLiteral("name"),
                              QStringLiteral("Deal seeker")));
    QTRY_COMPARE(itemOf(secondId)->text(), QStringLiteral("Deal seeker"));
}

void TestInspectorCombos::wheelWithoutFocusChangesNothing()
{
    QComboBox *box = combo(QStringLiteral("owner_id"));
    QVERIFY(box);
    const int index = box->currentIndex();
    const int undo = m_ws->undoStack()->index();
    const qint64 owner = stepValue(QStringLiteral("owner_id"));
    // Scrolling down over the combo (the last item is "New owner…") without giving it focus.
    for (int i = 0; i < 10; ++i) {
        QWheelEvent wheel(QPointF(5, 5), box->mapToGlobal(QPointF(5, 5)), QPoint(), QPoint(0, -120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(box, &wheel);
    }
    QCOMPARE(box->currentIndex(), index);
    QCOMPARE(m_ws->undoStack()->index(), undo);
    QCOMPARE(stepValue(QStringLiteral("owner_id")), owner);
    QVERIFY(m_dialogs->titles.isEmpty()); // no name prompt for "New owner…"
}

QTEST_MAIN(TestInspectorCombos)
#include "tst_inspectorcombos.moc"
