// The persona editor (views/panels/PersonaEditor): every field edits the model through the
// Workspace as one undo step, undo brings the old value back into the editor, a photo is
// scaled down and stored, a file that is no image changes nothing and says why, and a field
// the user is typing in survives a reload.

#include "TestSupport.h"
#include "panels/NavigatorModel.h"
#include "panels/NavigatorPanel.h"
#include "panels/PanelDialogs.h"
#include "panels/PersonaEditor.h"
#include "panels/WorkspaceArea.h"

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QFocusEvent>
#include <QImage>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace jl;

namespace {

// Answers the file dialog with a prepared path and records that it was asked.
class ScriptedDialogs : public PanelDialogs
{
public:
    QString file;
    int asked = 0;

    QString getOpenFileName(QWidget *, const QString &, const QString &, const QString &) override
    {
        ++asked;
        return file;
    }
};

void finishEditing(QWidget *editor)
{
    QFocusEvent focusOut(QEvent::FocusOut, Qt::TabFocusReason);
    QApplication::sendEvent(editor, &focusOut);
}

} // namespace

class TestPersonaEditor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsPersona();
    void editNameAndUndo();
    void editQuoteAndUndo();
    void editListsAndUndo_data();
    void editListsAndUndo();
    void photoFromFileAndUndo();
    void choosePhotoUsesDialog();
    void badImageChangesNothing_data();
    void badImageChangesNothing();
    void preferredChannelsAndUndo();
    void attributesAddEditRemoveAndUndo();
    void followsExternalEdits();
    void keepsTextBeingTyped();
    void deletedPersonaShowsEmptyState();
    void navigatorAddsPersona();
    void newPersonaOpensForNaming();

private:
    Persona persona() const { return *m_ws->reader().persona(m_persona); }
    int undoCount() const { return m_ws->undoStack()->count(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<PersonaEditor> m_editor;
    std::shared_ptr<ScriptedDialogs> m_dialogs;
    PersonaId m_persona;
};

void TestPersonaEditor::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_ws = test::createWorkspace(*m_dir);
    QVERIFY(m_ws);
    test::buildSmallModel(*m_ws);
    m_persona = m_ws->reader().personas().first().id;
    m_dialogs = std::make_shared<ScriptedDialogs>();
    m_editor = std::make_unique<PersonaEditor>();
    m_editor->setDialogs(m_dialogs);
    m_editor->resize(1000, 900);
    m_editor->setWorkspace(m_ws.get());
    m_editor->setPersona(m_persona);
}

void TestPersonaEditor::cleanup()
{
    m_editor.reset();
    m_ws.reset();
    m_dir.reset();
}

void TestPersonaEditor::showsPersona()
{
    const Persona p = persona();
    QCOMPARE(m_editor->persona(), m_persona);
    QCOMPARE(m_editor->nameText(), p.name);
    QCOMPARE(m_editor->listEdit(QStringLiteral("goals"))->toPlainText(), p.goals.join(QLatin1Char('\n')));
    QCOMPARE(m_editor->journeyNames(), QStringList{QStringLiteral("Buy online")});
    const QList<Channel> channels = m_ws->reader().channels();
    QCOMPARE(channels.size(), 2);
    for (const Channel &channel : channels) {
        QCheckBox *box = m_editor->channelCheckBox(channel.id);
        QVERIFY(box);
        QCOMPARE(box->text(), channel.name);
        QCOMPARE(box->isChecked(), p.preferredChannels.contains(channel.id));
    }
    QVERIFY(!m_editor->removePhotoButton()->isEnabled()); // no photo yet
}

void TestPersonaEditor::editNameAndUndo()
{
    const QString old = persona().name;
    const int steps = undoCount();
    QLineEdit *name = m_editor->nameEdit();
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Weekend shopper"));
    QCOMPARE(persona().name, old); // not per keystroke
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(persona().name, QStringLiteral("Weekend shopper"));
    QCOMPARE(undoCount(), steps + 1);

    m_ws->undoStack()->undo();
    QCOMPARE(persona().name, old);
    QTRY_COMPARE(m_editor->nameText(), old);
    m_ws->undoStack()->redo();
    QTRY_COMPARE(m_editor->nameText(), QStringLiteral("Weekend shopper"));

    // An empty name is not stored; the field shows the name again.
    name->clear();
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(persona().name, QStringLiteral("Weekend shopper"));
    QTRY_COMPARE(m_editor->nameText(), QStringLiteral("Weekend shopper"));
}

void TestPersonaEditor::editQuoteAndUndo()
{
    const int steps = undoCount();
    QPlainTextEdit *quote = m_editor->quoteEdit();
    quote->setPlainText(QStringLiteral("I want it delivered before the kids are home."));
    finishEditing(quote);
    QCOMPARE(persona().quote, QStringLiteral("I want it delivered before the kids are home."));
    QCOMPARE(undoCount(), steps + 1);
    // Leaving the field again without a change adds no undo step.
    finishEditing(quote);
    QCOMPARE(undoCount(), steps + 1);

    m_ws->undoStack()->undo();
    QVERIFY(persona().quote.isEmpty());
    QTRY_COMPARE(quote->toPlainText(), QString());
}

void TestPersonaEditor::editListsAndUndo_data()
{
    QTest::addColumn<QString>("column");
    QTest::newRow("goals") << QStringLiteral("goals");
    QTest::newRow("pains") << QStringLiteral("pains");
    QTest::newRow("needs") << QStringLiteral("needs");
}

void TestPersonaEditor::editListsAndUndo()
{
    QFETCH(QString, column);
    const auto listOf = [column](const Persona &p) {
        return column == QLatin1String("goals") ? p.goals : column == QLatin1String("pains") ? p.pains : p.needs;
    };
    const QStringList old = listOf(persona());
    const int steps = undoCount();
    QPlainTextEdit *edit = m_editor->listEdit(column);
    QVERIFY(edit);
    // One entry per line; blank lines and surrounding spaces do not count.
    edit->setPlainText(QStringLiteral("First entry\n\n   Second entry  \n"));
    finishEditing(edit);
    const QStringList expected{QStringLiteral("First entry"), QStringLiteral("Second entry")};
    QCOMPARE(listOf(persona()), expected);
    QCOMPARE(undoCount(), steps + 1);

    m_ws->undoStack()->undo();
    QCOMPARE(listOf(persona()), old);
    QTRY_COMPARE(edit->toPlainText(), old.join(QLatin1Char('\n')));

    // Emptying the list stores no entries.
    m_ws->undoStack()->redo();
    QTRY_COMPARE(edit->toPlainText(), expected.join(QLatin1Char('\n')));
    edit->clear();
    finishEditing(edit);
    QVERIFY(listOf(persona()).isEmpty());
}

void TestPersonaEditor::photoFromFileAndUndo()
{
    // A large landscape picture: stored at most 512 px, aspect kept.
    QImage image(1200, 800, QImage::Format_RGB32);
    image.fill(QColor(0x3b, 0x7d, 0xd8));
    {
        QPainter painter(&image);
        painter.fillRect(QRect(100, 100, 400, 300), Qt::yellow);
    }
    const QString path = m_dir->filePath(QStringLiteral("portrait.png"));
    QVERIFY(image.save(path));
    const int steps = undoCount();

    QVERIFY(m_editor->setPhotoFromFile(path));
    QVERIFY(m_editor->photoError().isEmpty());
    const QByteArray stored = persona().photo;
    QVERIFY(!stored.isEmpty());
    const QImage decoded = QImage::fromData(stored);
    QVERIFY(!decoded.isNull());
    QCOMPARE(decoded.size(), QSize(512, 341));
    QCOMPARE(undoCount(), steps + 1);
    QTRY_VERIFY(m_editor->removePhotoButton()->isEnabled());

    m_ws->undoStack()->undo();
    QVERIFY(persona().photo.isEmpty());
    QTRY_VERIFY(!m_editor->removePhotoButton()->isEnabled());

    // A small picture with transparency stays PNG at its size; Remove Photo clears it.
    QImage small(64, 48, QImage::Format_ARGB32);
    small.fill(Qt::transparent);
    const QString smallPath = m_dir->filePath(QStringLiteral("drawing.png"));
    QVERIFY(small.save(smallPath));
    QVERIFY(m_editor->setPhotoFromFile(smallPath));
    QVERIFY(persona().photo.startsWith("\x89PNG"));
    QCOMPARE(QImage::fromData(persona().photo).size(), QSize(64, 48));
    QTRY_VERIFY(m_editor->removePhotoButton()->isEnabled());
    m_editor->removePhotoButton()->click();
    QVERIFY(persona().photo.isEmpty());
    m_ws->undoStack()->undo();
    QCOMPARE(QImage::fromData(persona().photo).size(), QSize(64, 48));
}

void TestPersonaEditor::choosePhotoUsesDialog()
{
    QImage image(40, 40, QImage::Format_RGB32);
    image.fill(Qt::darkGreen);
    m_dialogs->file = m_dir->filePath(QStringLiteral("face.jpg"));
    QVERIFY(image.save(m_dialogs->file));
    auto *choose = m_editor->findChild<QPushButton *>(QStringLiteral("personaChoosePhoto"));
    QVERIFY(choose);
    choose->click();
    QCOMPARE(m_dialogs->asked, 1);
    QCOMPARE(QImage::fromData(persona().photo).size(), QSize(40, 40));

    // Cancelling the dialog changes nothing.
    const int steps = undoCount();
    m_dialogs->file.clear();
    choose->click();
    QCOMPARE(m_dialogs->asked, 2);
    QCOMPARE(undoCount(), steps);
    QCOMPARE(QImage::fromData(persona().photo).size(), QSize(40, 40));
}

void TestPersonaEditor::badImageChangesNothing_data()
{
    QTest::addColumn<QByteArray>("content"); // empty: the file does not exist
    QTest::addColumn<QString>("fileName");
    QTest::newRow("text") << QByteArray("this is not a picture\n") << QStringLiteral("notes.png");
    QTest::newRow("truncated png") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 11) << QStringLiteral("broken.png");
    QTest::newRow("missing") << QByteArray() << QStringLiteral("missing.jpg");
}

void TestPersonaEditor::badImageChangesNothing()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, fileName);
    // Start from a stored photo, which a bad file must not touch.
    QImage image(30, 30, QImage::Format_RGB32);
    image.fill(Qt::red);
    const QString good = m_dir->filePath(QStringLiteral("good.png"));
    QVERIFY(image.save(good));
    QVERIFY(m_editor->setPhotoFromFile(good));
    const QByteArray before = persona().photo;
    const int steps = undoCount();

    const QString path = m_dir->filePath(fileName);
    if (!content.isEmpty()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    QVERIFY(!m_editor->setPhotoFromFile(path));
    QVERIFY2(m_editor->photoError().contains(fileName), qPrintable(m_editor->photoError()));
    QCOMPARE(persona().photo, before);
    QCOMPARE(undoCount(), steps);

    // A good file afterwards clears the message.
    QVERIFY(m_editor->setPhotoFromFile(good));
    QVERIFY(m_editor->photoError().isEmpty());
}

void TestPersonaEditor::preferredChannelsAndUndo()
{
    const Persona p = persona();
    ChannelId preferred;
    ChannelId other;
    for (const Channel &channel : m_ws->reader().channels())
        (p.preferredChannels.contains(channel.id) ? preferred : other) = channel.id;
    QVERIFY(preferred && other);
    const int steps = undoCount();

    QCheckBox *otherBox = m_editor->channelCheckBox(other);
    otherBox->click();
    QVERIFY(persona().preferredChannels.contains(other));
    QCOMPARE(undoCount(), steps + 1);
    m_ws->undoStack()->undo();
    QVERIFY(!persona().preferredChannels.contains(other));
    QTRY_VERIFY(!otherBox->isChecked());

    QCheckBox *preferredBox = m_editor->channelCheckBox(preferred);
    QVERIFY(preferredBox->isChecked());
    preferredBox->click();
    QVERIFY(!persona().preferredChannels.contains(preferred));
    m_ws->undoStack()->undo();
    QVERIFY(persona().preferredChannels.contains(preferred));
    QTRY_VERIFY(preferredBox->isChecked());

    // A channel added elsewhere gets its box.
    const ChannelId app = m_ws->addChannel({{}, QStringLiteral("App"), QStringLiteral("app"), {}});
    QTRY_VERIFY(m_editor->channelCheckBox(app));
    QCOMPARE(m_editor->channelCheckBox(app)->text(), QStringLiteral("App"));
}

void TestPersonaEditor::attributesAddEditRemoveAndUndo()
{
    QTableWidget *table = m_editor->attributesTable();
    QCOMPARE(table->rowCount(), 0);
    const int steps = undoCount();

    // A new row is stored once it has a key.
    m_editor->addAttribute();
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(undoCount(), steps);
    table->item(0, 1)->setText(QStringLiteral("2 adults, 2 children"));
    QCOMPARE(undoCount(), steps); // still no key
    table->item(0, 0)->setText(QStringLiteral("household"));
    QCOMPARE(persona().attributes.value(QStringLiteral("household")).toString(),
             QStringLiteral("2 adults, 2 children"));
    QCOMPARE(undoCount(), steps + 1);

    table->item(0, 1)->setText(QStringLiteral("single"));
    QCOMPARE(persona().attributes.value(QStringLiteral("household")).toString(), QStringLiteral("single"));

    m_editor->addAttribute();
    const int row = table->rowCount() - 1;
    table->item(row, 1)->setText(QStringLiteral("35-44"));
    table->item(row, 0)->setText(QStringLiteral("age_band"));
    QCOMPARE(persona().attributes.size(), 2);

    // Undo restores the previous map and the table follows.
    m_ws->undoStack()->undo();
    QCOMPARE(persona().attributes.size(), 1);
    QTRY_COMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("household"));

    // Remove the selected row.
    table->selectRow(0);
    m_editor->removeSelectedAttributes();
    QVERIFY(persona().attributes.isEmpty());
    QCOMPARE(table->rowCount(), 0);
    m_ws->undoStack()->undo();
    QCOMPARE(persona().attributes.size(), 1);
    QTRY_COMPARE(table->rowCount(), 1);

    // Typed values that are not edited keep their type.
    QVERIFY(m_ws->setProperty({EntityType::Persona, m_persona.value()}, QStringLiteral("attributes"),
                              QStringLiteral("{\"children\":2,\"household\":\"single\"}")));
    QTRY_COMPARE(table->rowCount(), 2);
    table->item(1, 1)->setText(QStringLiteral("couple"));
    QCOMPARE(persona().attributes.value(QStringLiteral("household")).toString(), QStringLiteral("couple"));
    QCOMPARE(persona().attributes.value(QStringLiteral("children")).toInt(), 2);
    QVERIFY(persona().attributes.value(QStringLiteral("children")).typeId() != QMetaType::QString);
}

void TestPersonaEditor::followsExternalEdits()
{
    const EntityRef ref{EntityType::Persona, m_persona.value()};
    QVERIFY(m_ws->setProperty(ref, QStringLiteral("name"), QStringLiteral("Renamed elsewhere")));
    QVERIFY(m_ws->setProperty(ref, QStringLiteral("needs"), QStringLiteral("[\"Click and collect\"]")));
    QTRY_COMPARE(m_editor->nameText(), QStringLiteral("Renamed elsewhere"));
    QCOMPARE(m_editor->listEdit(QStringLiteral("needs"))->toPlainText(), QStringLiteral("Click and collect"));

    // Journeys assigned elsewhere appear in the list.
    Journey journey;
    journey.name = QStringLiteral("Return and refund");
    journey.personas = {m_persona};
    QVERIFY(m_ws->addJourney(journey));
    QTRY_COMPARE(m_editor->journeyNames().size(), 2);
    QVERIFY(m_editor->journeyNames().contains(QStringLiteral("Return and refund")));
}

void TestPersonaEditor::keepsTextBeingTyped()
{
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
    m_editor->activateWindow();
    QLineEdit *name = m_editor->nameEdit();
    name->setFocus();
    QTRY_VERIFY(name->hasFocus());
    name->end(false);
    QTest::keyClicks(name, QStringLiteral(" (draft)"));
    const QString typed = name->text();
    const int cursor = name->cursorPosition();

    // Another field changes in the model (an edit elsewhere): the name being typed stays.
    QVERIFY(m_ws->setProperty({EntityType::Persona, m_persona.value()}, QStringLiteral("quote"),
                              QStringLiteral("Quick please")));
    QTRY_COMPARE(m_editor->quoteEdit()->toPlainText(), QStringLiteral("Quick please"));
    QCOMPARE(name->text(), typed);
    QCOMPARE(name->cursorPosition(), cursor);

    // Finishing stores it.
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(persona().name, typed);
}

void TestPersonaEditor::deletedPersonaShowsEmptyState()
{
    QVERIFY(m_ws->remove({EntityType::Persona, m_persona.value()}));
    QTRY_VERIFY(!m_editor->nameEdit()->isEnabled());
    m_ws->undoStack()->undo();
    QTRY_VERIFY(m_editor->nameEdit()->isEnabled());
    QCOMPARE(m_editor->nameText(), persona().name);
}

void TestPersonaEditor::navigatorAddsPersona()
{
    NavigatorPanel navigator;
    navigator.setWorkspace(m_ws.get());
    QSignalSpy selected(&navigator, &NavigatorPanel::elementSelected);
    const int personas = int(m_ws->reader().personas().size());
    const int steps = undoCount();
    QVERIFY(navigator.newPersonaAction()->isEnabled());

    navigator.newPersonaAction()->trigger();
    const QList<Persona> all = m_ws->reader().personas();
    QCOMPARE(all.size(), personas + 1);
    QCOMPARE(undoCount(), steps + 1);
    const Persona added = all.last();
    QCOMPARE(added.name, QStringLiteral("New persona"));
    QCOMPARE(selected.size(), 1);
    const EntityRef ref{EntityType::Persona, added.id.value()};
    QCOMPARE(selected.first().first().value<EntityRef>(), ref);
    // The navigator lists and selects it after its refresh.
    QTRY_COMPARE(navigator.currentElement(), ref);

    // The editor edits it like any other; a second one gets a name of its own.
    m_editor->setPersona(added.id);
    QCOMPARE(m_editor->nameText(), QStringLiteral("New persona"));
    QCOMPARE(m_ws->reader().persona(navigator.addPersona())->name, QStringLiteral("New persona 2"));
    m_ws->undoStack()->undo();
    m_ws->undoStack()->undo();
    QCOMPARE(m_ws->reader().personas().size(), personas);
    navigator.setWorkspace(nullptr);
    QVERIFY(!navigator.newPersonaAction()->isEnabled());
}

void TestPersonaEditor::newPersonaOpensForNaming()
{
    // The main window's wiring: the navigator's selection shows the persona page.
    WorkspaceArea area;
    area.resize(1000, 800);
    area.setWorkspace(m_ws.get());
    NavigatorPanel navigator;
    navigator.setWorkspace(m_ws.get());
    connect(&navigator, &NavigatorPanel::elementSelected, &area, [&area](jl::EntityRef element) {
        if (element.type == EntityType::Persona)
            area.showPersona(PersonaId(element.id));
    });
    area.show();
    QVERIFY(QTest::qWaitForWindowExposed(&area));

    // An existing persona opens as it is; a new one with its name selected for typing over.
    area.showPersona(m_persona);
    QVERIFY(area.personaEditor()->nameEdit()->selectedText().isEmpty());
    const PersonaId added = navigator.addPersona();
    QVERIFY(added);
    QCOMPARE(area.page(), WorkspaceArea::Page::Persona);
    QCOMPARE(area.personaEditor()->persona(), added);
    QCOMPARE(area.personaEditor()->nameEdit()->selectedText(), QStringLiteral("New persona"));
    QTest::keyClicks(area.personaEditor()->nameEdit(), QStringLiteral("Student"));
    QTest::keyClick(area.personaEditor()->nameEdit(), Qt::Key_Return);
    QCOMPARE(m_ws->reader().persona(added)->name, QStringLiteral("Student"));
    area.setWorkspace(nullptr);
}

QTEST_MAIN(TestPersonaEditor)
#include "tst_personaeditor.moc"
