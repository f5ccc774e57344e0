// Workshop mode, driven from the keyboard and the mouse as a facilitator would: sticky notes
// (pain, idea) captured on a selected step, dot votes, edits and deletes, each one undo step
// on the workspace's stack; the top-ideas ranking; the countdown timer on a test clock; the
// help overlay; and Esc, which gives the main window back as it was. Notes are stored in the
// workspace: they outlive the workshop window and a reopened file.

#include "MainWindow.h"
#include "TestSupport.h"
#include "canvas/JourneyScene.h"
#include "canvas/StepItem.h"
#include "workshop/NoteItem.h"
#include "workshop/StickyNoteLayer.h"
#include "workshop/TopIdeasPanel.h"
#include "workshop/WorkshopCanvas.h"
#include "workshop/WorkshopHelpOverlay.h"
#include "workshop/WorkshopTimer.h"
#include "workshop/WorkshopWindow.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolBar>
#include <QUndoStack>

using namespace jl;

class TestWorkshopMode : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void opensFullScreenOverOwner();
    void ideaFromKeyboard();
    void painFromKeyboardWithArrowKeys();
    void escapeCancelsTheEditor();
    void notesFollowTheirSteps();
    void votesWithKeysAndClicks();
    void editNote();
    void deleteNoteAndUndo();
    void toggleKindAndUndo();
    void topIdeasFollowVotes();
    void timerCountsDownToAlarm();
    void helpOverlay();
    void notesOutliveWorkshopAndFile();
    void escapeLeavesAndRestoresOwner();
    void mainWindowAction();
    void closingTheWorkspaceClosesWorkshop();

private:
    void open();
    StepId stepNamed(const QString &name) const;
    QList<WorkshopNote> storedNotes() const { return m_workspace->reader().workshopNotes(m_journey); }
    WorkshopNoteId addNote(const QString &stepName, NoteKind kind, const QString &text, int votes = 0);
    QWidget *canvas() const { return m_window->canvas(); }
    void settle();
    void key(int key, Qt::KeyboardModifiers modifiers = {}) { QTest::keyClick(canvas(), Qt::Key(key), modifiers); }
    void clickCard(StepId step);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<QWidget> m_owner;
    std::unique_ptr<WorkshopWindow> m_window;
    JourneyId m_journey;
    QRect m_ownerGeometry;
};

void TestWorkshopMode::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("JourneyLensTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_workshopmode"));
    QSettings().clear();
}

void TestWorkshopMode::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_workspace = test::createWorkspace(*m_dir);
    QVERIFY(m_workspace);
    m_journey = test::buildSmallModel(*m_workspace);
    QVERIFY(m_journey.isValid());
    // The main window stand-in that workshop mode hides and gives back.
    m_owner = std::make_unique<QWidget>();
    m_owner->setGeometry(60, 80, 900, 600);
    m_owner->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_owner.get()));
    m_ownerGeometry = m_owner->geometry();
    open();
}

void TestWorkshopMode::open()
{
    m_window = std::make_unique<WorkshopWindow>(m_workspace.get(), m_journey);
    m_window->presentOver(m_owner.get());
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    canvas()->setFocus();
    settle();
    // Clicks of one test must not pair with the last one into a double-click.
    QTest::qWait(QApplication::doubleClickInterval() / 4);
}

void TestWorkshopMode::cleanup()
{
    m_window.reset();
    m_owner.reset();
    m_workspace.reset();
    m_dir.reset();
}

StepId TestWorkshopMode::stepNamed(const QString &name) const
{
    return test::stepNamed(*m_workspace, m_journey, name);
}

WorkshopNoteId TestWorkshopMode::addNote(const QString &stepName, NoteKind kind, const QString &text, int votes)
{
    WorkshopNote note;
    note.step = stepNamed(stepName);
    note.kind = kind;
    note.text = text;
    const WorkshopNoteId id = m_workspace->addWorkshopNote(note);
    for (int i = 0; i < votes; ++i)
        m_workspace->voteOnNote(id, +1);
    return id;
}

void TestWorkshopMode::settle()
{
    QTRY_VERIFY(!m_window->canvas()->journeyScene()->isRebuildPending() && !m_window->notes()->isReloadPending());
}

void TestWorkshopMode::clickCard(StepId step)
{
    const StepItem *item = m_window->canvas()->journeyScene()->stepItem(step);
    QVERIFY(item);
    // The left part of the card: the notes pile at its right edge.
    const QPointF at(item->sceneCardRect().left() + 20, item->sceneCardRect().center().y());
    QTest::mouseClick(m_window->canvas()->viewport(), Qt::LeftButton, {}, m_window->canvas()->mapFromScene(at));
}

void TestWorkshopMode::opensFullScreenOverOwner()
{
    QVERIFY(m_window->isFullScreen());
    QVERIFY(!m_owner->isVisible());
    QCOMPARE(m_window->canvas()->journey(), m_journey);
    QCOMPARE(m_window->canvas()->journeyScene()->stepItems().size(), 5);
    // Zoomed to fit: the whole journey is in view.
    const QRectF visible =
        m_window->canvas()->mapToScene(m_window->canvas()->viewport()->rect()).boundingRect().adjusted(-1, -1, 1, 1);
    QVERIFY(visible.contains(m_window->canvas()->journeyScene()->layout().boardRect()));
    QVERIFY(!m_window->topIdeas()->isVisible());
    QCOMPARE(m_window->timerLabel()->text(), QStringLiteral("10:00"));
}

void TestWorkshopMode::ideaFromKeyboard()
{
    const StepId pay = stepNamed(QStringLiteral("Pay"));
    clickCard(pay);
    QCOMPARE(m_window->selectedStep(), pay);
    const int undoBefore = m_workspace->undoStack()->index();

    key(Qt::Key_I);
    QLineEdit *editor = m_window->noteEditor();
    QVERIFY(editor);
    QVERIFY(editor->isVisible());
    QTRY_VERIFY(editor->hasFocus());
    // P, I, Space and + are text here, not workshop keys.
    QTest::keyClicks(editor, QStringLiteral("Pay in instalments + PayPal"));
    QTest::keyClick(editor, Qt::Key_Return);

    const QList<WorkshopNote> notes = storedNotes();
    QCOMPARE(notes.size(), 1);
    QCOMPARE(notes.first().text, QStringLiteral("Pay in instalments + PayPal"));
    QCOMPARE(notes.first().kind, NoteKind::Idea);
    QCOMPARE(notes.first().step, pay);
    QCOMPARE(notes.first().votes, 0);
    QCOMPARE(m_workspace->undoStack()->index(), undoBefore + 1);
    QVERIFY(!m_window->noteEditor());
    // The new note is on the canvas and current, so + votes on it at once.
    QCOMPARE(m_window->currentNote(), notes.first().id);
    QVERIFY(m_window->notes()->item(notes.first().id));
}

void TestWorkshopMode::painFromKeyboardWithArrowKeys()
{
    // Nothing selected: → walks to the first step in reading order, then on.
    QVERIFY(!m_window->selectedStep().isValid());
    key(Qt::Key_Right);
    const StepId first = m_window->selectedStep();
    QCOMPARE(first, stepNamed(QStringLiteral("Visit shop")));
    key(Qt::Key_Tab);
    const StepId second = m_window->selectedStep();
    QVERIFY(second.isValid());
    QVERIFY(second != first);
    key(Qt::Key_Left);
    QCOMPARE(m_window->selectedStep(), first);

    key(Qt::Key_P);
    QVERIFY(m_window->noteEditor());
    QTest::keyClicks(m_window->noteEditor(), QStringLiteral("Site is slow on mobile"));
    QTest::keyClick(m_window->noteEditor(), Qt::Key_Enter);
    const QList<WorkshopNote> notes = storedNotes();
    QCOMPARE(notes.size(), 1);
    QCOMPARE(notes.first().kind, NoteKind::Pain);
    QCOMPARE(notes.first().step, first);
    QCOMPARE(notes.first().text, QStringLiteral("Site is slow on mobile"));
    settle();
    const NoteItem *item = m_window->notes()->item(notes.first().id);
    QVERIFY(item);
    QCOMPARE(item->note().kind, NoteKind::Pain);
}

void TestWorkshopMode::escapeCancelsTheEditor()
{
    clickCard(stepNamed(QStringLiteral("Add to cart")));
    key(Qt::Key_I);
    QVERIFY(m_window->noteEditor());
    QTest::keyClicks(m_window->noteEditor(), QStringLiteral("Never mind"));
    QTest::keyClick(m_window->noteEditor(), Qt::Key_Escape);
    QVERIFY(!m_window->noteEditor());
    QVERIFY(storedNotes().isEmpty());
    // Esc closed the editor only, not workshop mode.
    QVERIFY(m_window->isVisible());
    // An empty note is not stored either.
    key(Qt::Key_P);
    QTest::keyClick(m_window->noteEditor(), Qt::Key_Return);
    QVERIFY(storedNotes().isEmpty());
    QVERIFY(!m_window->noteEditor());
}

void TestWorkshopMode::notesFollowTheirSteps()
{
    const WorkshopNoteId pain = addNote(QStringLiteral("Ship order"), NoteKind::Pain, QStringLiteral("No tracking"));
    const WorkshopNoteId idea = addNote(QStringLiteral("Ship order"), NoteKind::Idea, QStringLiteral("SMS updates"));
    settle();
    JourneyScene *scene = m_window->canvas()->journeyScene();
    const StepItem *card = scene->stepItem(stepNamed(QStringLiteral("Ship order")));
    QVERIFY(card);
    for (const WorkshopNoteId id : {pain, idea}) {
        const NoteItem *item = m_window->notes()->item(id);
        QVERIFY(item);
        QCOMPARE(item->scene(), scene);
        // Beside the card, to its right.
        QVERIFY(item->sceneBoundingRect().left() > card->sceneCardRect().center().x());
        QVERIFY(item->sceneBoundingRect().intersects(card->sceneCardRect().adjusted(0, 0, 40, 30)));
        QVERIFY(!item->isLarge());
    }
    // A focused step shows its notes large.
    clickCard(stepNamed(QStringLiteral("Ship order")));
    QVERIFY(m_window->notes()->item(pain)->isLarge());

    // The step moves (a rebuild of the scene replaces every card): the notes survive and follow.
    const QPointF before = m_window->notes()->item(pain)->pos();
    QVERIFY(m_workspace->setProperties({{{EntityType::Step, card->stepId().value()}, QStringLiteral("pos_x"), 1200},
                                        {{EntityType::Step, card->stepId().value()}, QStringLiteral("pos_y"), 500}},
                                       QStringLiteral("Move")));
    settle();
    const StepItem *moved = scene->stepItem(stepNamed(QStringLiteral("Ship order")));
    const NoteItem *item = m_window->notes()->item(pain);
    QVERIFY(item);
    QCOMPARE(item->scene(), scene);
    QVERIFY(item->pos() != before);
    QVERIFY(item->pos().x() > moved->sceneCardRect().right());
    QVERIFY(std::abs(item->pos().y() - moved->sceneCardRect().top()) < 60);
}

void TestWorkshopMode::toggleKindAndUndo()
{
    const WorkshopNoteId idea = addNote(QStringLiteral("Pay"), NoteKind::Idea, QStringLiteral("Apple Pay"), 4);
    settle();
    m_window->selectNote(idea);
    QUndoStack *undo = m_workspace->undoStack();
    const int start = undo->index();
    // An idea turned into a pain loses its votes (pains take none), in one undo step.
    key(Qt::Key_K);
    QCOMPARE(m_workspace->reader().workshopNote(idea)->kind, NoteKind::Pain);
    QCOMPARE(m_workspace->reader().workshopNote(idea)->votes, 0);
    QCOMPARE(undo->index(), start + 1);
    key(Qt::Key_Plus); // no votes on a pain
    QCOMPARE(m_workspace->reader().workshopNote(idea)->votes, 0);
    key(Qt::Key_K);
    QCOMPARE(m_workspace->reader().workshopNote(idea)->kind, NoteKind::Idea);
    key(Qt::Key_Z, Qt::ControlModifier);
    key(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(undo->index(), start);
    QCOMPARE(m_workspace->reader().workshopNote(idea)->kind, NoteKind::Idea);
    QCOMPARE(m_workspace->reader().workshopNote(idea)->votes, 4);
}

void TestWorkshopMode::votesWithKeysAndClicks()
{
    const WorkshopNoteId idea = addNote(QStringLiteral("Pay"), NoteKind::Idea, QStringLiteral("Apple Pay"));
    const WorkshopNoteId pain = addNote(QStringLiteral("Pay"), NoteKind::Pain, QStringLiteral("Card declined"));
    settle();
    m_window->selectNote(idea);
    QCOMPARE(m_window->currentNote(), idea);
    QUndoStack *undo = m_workspace->undoStack();
    const int start = undo->index();

    key(Qt::Key_Plus);
    key(Qt::Key_Plus);
    key(Qt::Key_Equal);
    QCOMPARE(m_workspace->reader().workshopNote(idea)->votes, 3);
    QCOMPARE(undo->index(), start + 3); // each vote its own undo step

    key(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_workspace->reader().workshopNote(idea)->votes, 2);
    key(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_workspace->reader().workshopNote(idea)->votes, 3);
    key(Qt::Key_Minus);
    QCOMPARE(m_workspace->reader().workshopNote(idea)->votes, 2);
    settle();

    // A click on the idea's dots adds a vote, a right click takes one back.
    const NoteItem *item = m_window->notes()->item(idea);
    QVERIFY(item);
    const QPoint dots = m_window->canvas()->mapFromScene(item->sceneVoteRect().center());
    QTest::mouseClick(m_window->canvas()->viewport(), Qt::LeftButton, {}, dots);
    QCOMPARE(m_workspace->reader().workshopNote(idea)->votes, 3);
    QTest::qWait(QApplication::doubleClickInterval() + 20);
    QTest::mouseClick(m_window->canvas()->viewport(), Qt::RightButton, {}, dots);
    QCOMPARE(m_workspace->reader().workshopNote(idea)->votes, 2);
    settle();
    QCOMPARE(m_window->notes()->item(idea)->note().votes, 2);

    // Pains get no votes.
    m_window->selectNote(pain);
    const int beforePain = undo->index();
    key(Qt::Key_Plus);
    QCOMPARE(m_workspace->reader().workshopNote(pain)->votes, 0);
    QCOMPARE(undo->index(), beforePain);
    // Never below zero.
    m_window->selectNote(idea);
    key(Qt::Key_Minus);
    key(Qt::Key_Minus);
    key(Qt::Key_Minus);
    QCOMPARE(m_workspace->reader().workshopNote(idea)->votes, 0);

    // A number key adds that many votes, each one an undo step.
    const int beforeNumber = undo->index();
    key(Qt::Key_3);
    QCOMPARE(m_workspace->reader().workshopNote(idea)->votes, 3);
    QCOMPARE(undo->index(), beforeNumber + 3);
    undo->undo();
    QCOMPARE(m_workspace->reader().workshopNote(idea)->votes, 2);
}

void TestWorkshopMode::editNote()
{
    const WorkshopNoteId idea = addNote(QStringLiteral("Pay"), NoteKind::Idea, QStringLiteral("Apple Pay"));
    settle();
    m_window->selectNote(idea);
    key(Qt::Key_F2);
    QLineEdit *editor = m_window->noteEditor();
    QVERIFY(editor);
    QCOMPARE(editor->text(), QStringLiteral("Apple Pay"));
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Wallet payments"));
    QTest::keyClick(editor, Qt::Key_Return);
    QCOMPARE(m_workspace->reader().workshopNote(idea)->text, QStringLiteral("Wallet payments"));
    settle();
    QCOMPARE(m_window->notes()->item(idea)->note().text, QStringLiteral("Wallet payments"));
    key(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_workspace->reader().workshopNote(idea)->text, QStringLiteral("Apple Pay"));

    // A double-click on the note opens the editor too.
    settle();
    const NoteItem *item = m_window->notes()->item(idea);
    const QPoint text = m_window->canvas()->mapFromScene(item->mapToScene(QPointF(20, 30)));
    QTest::mouseDClick(m_window->canvas()->viewport(), Qt::LeftButton, {}, text);
    QVERIFY(m_window->noteEditor());
    QCOMPARE(m_window->noteEditor()->text(), QStringLiteral("Apple Pay"));
    QTest::keyClick(m_window->noteEditor(), Qt::Key_Escape);
    QCOMPARE(m_workspace->reader().workshopNote(idea)->text, QStringLiteral("Apple Pay"));
}

void TestWorkshopMode::deleteNoteAndUndo()
{
    const WorkshopNoteId idea = addNote(QStringLiteral("Pay"), NoteKind::Idea, QStringLiteral("Apple Pay"), 2);
    addNote(QStringLiteral("Pay"), NoteKind::Pain, QStringLiteral("Card declined"));
    settle();
    m_window->selectNote(idea);
    key(Qt::Key_Delete);
    QVERIFY(!m_workspace->reader().workshopNote(idea));
    QCOMPARE(storedNotes().size(), 1);
    settle();
    QVERIFY(!m_window->notes()->item(idea));
    QVERIFY(!m_window->currentNote().isValid());
    // The step stays selected, nothing else was deleted.
    QCOMPARE(m_window->selectedStep(), stepNamed(QStringLiteral("Pay")));
    QCOMPARE(m_workspace->reader().steps(m_journey).size(), 5);

    key(Qt::Key_Z, Qt::ControlModifier);
    const std::optional<WorkshopNote> back = m_workspace->reader().workshopNote(idea);
    QVERIFY(back);
    QCOMPARE(back->text, QStringLiteral("Apple Pay"));
    QCOMPARE(back->votes, 2);
    settle();
    QVERIFY(m_window->notes()->item(idea));
}

void TestWorkshopMode::topIdeasFollowVotes()
{
    const WorkshopNoteId a = addNote(QStringLiteral("Visit shop"), NoteKind::Idea, QStringLiteral("Chat help"), 1);
    const WorkshopNoteId b = addNote(QStringLiteral("Pay"), NoteKind::Idea, QStringLiteral("PayPal"), 4);
    const WorkshopNoteId c = addNote(QStringLiteral("Ship order"), NoteKind::Idea, QStringLiteral("Same day"), 2);
    addNote(QStringLiteral("Pay"), NoteKind::Pain, QStringLiteral("Fees"));
    settle();
    key(Qt::Key_V);
    QVERIFY(m_window->topIdeas()->isVisible());
    QCOMPARE(m_window->topIdeas()->order(), (QList<WorkshopNoteId>{b, c, a}));
    QCOMPARE(m_window->topIdeas()->totalVotes(), 7);

    // Three votes for the last one put it on top.
    m_window->selectNote(a);
    key(Qt::Key_Plus);
    key(Qt::Key_Plus);
    key(Qt::Key_Plus);
    key(Qt::Key_Plus);
    settle();
    QCOMPARE(m_window->topIdeas()->order(), (QList<WorkshopNoteId>{a, b, c}));
    QCOMPARE(m_window->topIdeas()->totalVotes(), 11);
    key(Qt::Key_Z, Qt::ControlModifier);
    key(Qt::Key_Z, Qt::ControlModifier);
    settle();
    QCOMPARE(m_window->topIdeas()->order(), (QList<WorkshopNoteId>{b, a, c}));
    key(Qt::Key_Z, Qt::ControlModifier);
    key(Qt::Key_Z, Qt::ControlModifier);
    settle();
    QCOMPARE(m_window->topIdeas()->order(), (QList<WorkshopNoteId>{b, c, a}));
    QCOMPARE(m_window->topIdeas()->totalVotes(), 7);

    key(Qt::Key_V);
    QVERIFY(!m_window->topIdeas()->isVisible());
}

void TestWorkshopMode::timerCountsDownToAlarm()
{
    qint64 now = 1000;
    WorkshopTimer *timer = m_window->timer();
    timer->setClock([&now] { return now; });
    key(Qt::Key_T); // 10 -> 15 minutes
    QCOMPARE(timer->duration(), 15 * 60 * 1000);
    m_window->setTimerMinutes(2);
    QCOMPARE(m_window->timerLabel()->text(), QStringLiteral("2:00"));
    QCOMPARE(timer->state(), WorkshopTimer::State::Idle);

    key(Qt::Key_Space);
    QCOMPARE(timer->state(), WorkshopTimer::State::Running);
    now += 30 * 1000;
    timer->tick();
    QCOMPARE(m_window->timerLabel()->text(), QStringLiteral("1:30"));
    QVERIFY(!timer->isWarning());

    key(Qt::Key_Space); // pause: time stands still
    now += 100 * 1000;
    timer->tick();
    QCOMPARE(m_window->timerLabel()->text(), QStringLiteral("1:30"));
    key(Qt::Key_Space);

    now += 31 * 1000; // the last minute
    timer->tick();
    QVERIFY(timer->isWarning());
    QCOMPARE(m_window->timerLabel()->text(), QStringLiteral("0:59"));
    QCOMPARE(m_window->findChild<QWidget *>(QStringLiteral("timerBox"))->property("timerState").toString(),
             QStringLiteral("warning"));

    QSignalSpy alarm(timer, &WorkshopTimer::alarm);
    now += 59 * 1000;
    timer->tick();
    QVERIFY(timer->isAlarm());
    QCOMPARE(alarm.size(), 1);
    QCOMPARE(m_window->timerLabel()->text(), QStringLiteral("0:00"));
    const QString state = m_window->findChild<QWidget *>(QStringLiteral("timerBox"))->property("timerState").toString();
    QVERIFY(state == QLatin1String("alarm") || state == QLatin1String("flash"));
    // It flashes: the state alternates as time goes on.
    now += 500;
    timer->tick();
    QVERIFY(m_window->findChild<QWidget *>(QStringLiteral("timerBox"))->property("timerState").toString() != state);

    // After a few seconds it stops flashing and stays red.
    now += WorkshopTimer::FlashTime;
    timer->tick();
    QCOMPARE(m_window->findChild<QWidget *>(QStringLiteral("timerBox"))->property("timerState").toString(),
             QStringLiteral("alarm"));
    now += 500;
    timer->tick();
    QCOMPARE(m_window->findChild<QWidget *>(QStringLiteral("timerBox"))->property("timerState").toString(),
             QStringLiteral("alarm"));

    key(Qt::Key_R);
    QCOMPARE(timer->state(), WorkshopTimer::State::Idle);
    QCOMPARE(m_window->timerLabel()->text(), QStringLiteral("2:00"));
    QCOMPARE(m_window->findChild<QWidget *>(QStringLiteral("timerBox"))->property("timerState").toString(),
             QStringLiteral("idle"));
}

void TestWorkshopMode::helpOverlay()
{
    key(Qt::Key_F1);
    QVERIFY(m_window->help()->isVisible());
    QVERIFY(m_window->help()->entries().size() >= 8);
    // Any key closes it and does nothing else.
    QTest::keyClick(m_window->help(), Qt::Key_P);
    QVERIFY(!m_window->help()->isVisible());
    QVERIFY(!m_window->noteEditor());
    QVERIFY(m_window->isVisible());
}

void TestWorkshopMode::notesOutliveWorkshopAndFile()
{
    clickCard(stepNamed(QStringLiteral("Pay")));
    key(Qt::Key_I);
    QTest::keyClicks(m_window->noteEditor(), QStringLiteral("One-click checkout"));
    QTest::keyClick(m_window->noteEditor(), Qt::Key_Return);
    key(Qt::Key_Plus);
    key(Qt::Key_Escape);
    QVERIFY(!m_window->isVisible());
    m_window.reset();

    // Undo works after leaving workshop mode: the vote, then the note.
    QUndoStack *undo = m_workspace->undoStack();
    QCOMPARE(storedNotes().size(), 1);
    QCOMPARE(storedNotes().first().votes, 1);
    undo->undo();
    QCOMPARE(storedNotes().first().votes, 0);
    undo->redo();

    // Reopened, workshop mode shows the note again.
    open();
    QCOMPARE(m_window->notes()->notes().size(), 1);
    m_window.reset();

    // And so does the file, closed and opened again.
    const QString path = m_workspace->filePath();
    m_workspace.reset();
    WorkspaceError error;
    m_workspace = Workspace::open(path, &error);
    QVERIFY(m_workspace);
    const QList<WorkshopNote> notes = storedNotes();
    QCOMPARE(notes.size(), 1);
    QCOMPARE(notes.first().text, QStringLiteral("One-click checkout"));
    QCOMPARE(notes.first().votes, 1);
    QCOMPARE(notes.first().kind, NoteKind::Idea);
}

void TestWorkshopMode::escapeLeavesAndRestoresOwner()
{
    QSignalSpy closed(m_window.get(), &WorkshopWindow::closed);
    key(Qt::Key_Escape);
    QCOMPARE(closed.size(), 1);
    QVERIFY(!m_window->isVisible());
    QVERIFY(m_owner->isVisible());
    QCOMPARE(m_owner->geometry(), m_ownerGeometry);
}

void TestWorkshopMode::mainWindowAction()
{
    m_window.reset();
    const QString path = m_workspace->filePath();
    m_workspace.reset(); // the main window opens the file itself
    MainWindow main;
    main.resize(1000, 700);
    main.show();
    QVERIFY(QTest::qWaitForWindowExposed(&main));
    QVERIFY(main.openWorkspace(path));
    main.showJourney(m_journey);
    const QRect geometry = main.geometry();

    auto *action = main.findChild<QAction *>(QStringLiteral("actionWorkshopMode"));
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    const QList<QObject *> places = action->associatedObjects();
    QVERIFY(std::any_of(places.cbegin(), places.cend(), [](QObject *o) { return qobject_cast<QMenu *>(o); }));
    QVERIFY(std::any_of(places.cbegin(), places.cend(), [](QObject *o) { return qobject_cast<QToolBar *>(o); }));

    action->trigger();
    QPointer<WorkshopWindow> workshop;
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *found = qobject_cast<WorkshopWindow *>(widget))
            workshop = found;
    }
    QVERIFY(workshop);
    QCOMPARE(workshop->journey(), m_journey);
    QCOMPARE(workshop->workspace(), main.workspace());
    QVERIFY(!main.isVisible());
    QVERIFY(QTest::qWaitForWindowExposed(workshop.data()));
    workshop->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(workshop.data()));

    // A note made here is in the main window's workspace and on its undo stack.
    workshop->selectStep(workshop->canvas()->journeyScene()->stepItems().first()->stepId());
    QTest::keyClick(workshop->canvas(), Qt::Key_P);
    QTest::keyClicks(workshop->noteEditor(), QStringLiteral("Too many clicks"));
    QTest::keyClick(workshop->noteEditor(), Qt::Key_Return);
    QCOMPARE(main.workspace()->reader().workshopNotes(m_journey).size(), 1);

    QTest::keyClick(workshop->canvas(), Qt::Key_Escape);
    QTRY_VERIFY(!workshop); // deleted once closed
    QVERIFY(main.isVisible());
    QCOMPARE(main.geometry(), geometry);
    main.workspace()->undoStack()->undo();
    QVERIFY(main.workspace()->reader().workshopNotes(m_journey).isEmpty());
}

void TestWorkshopMode::closingTheWorkspaceClosesWorkshop()
{
    addNote(QStringLiteral("Pay"), NoteKind::Idea, QStringLiteral("Apple Pay"), 1);
    settle();
    m_window->selectStep(stepNamed(QStringLiteral("Pay")));
    m_workspace.reset();
    QVERIFY(!m_window->isVisible());
    QVERIFY(!m_window->workspace());
    QVERIFY(m_owner->isVisible());
    // Keys and a late reload find nothing to act on, and nothing breaks.
    m_window->notes()->reload();
    QVERIFY(m_window->notes()->notes().isEmpty());
    m_window->beginNote(NoteKind::Pain);
    QVERIFY(!m_window->noteEditor());
}

QTEST_MAIN(TestWorkshopMode)
#include "tst_workshopmode.moc"
