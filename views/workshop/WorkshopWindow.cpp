#include "WorkshopWindow.h"

#include "NoteItem.h"
#include "StickyNoteLayer.h"
#include "TopIdeasPanel.h"
#include "WorkshopCanvas.h"
#include "WorkshopHelpOverlay.h"
#include "WorkshopTimer.h"
#include "canvas/JourneyScene.h"
#include "canvas/StepItem.h"
#include "document/Workspace.h"
#include "storage/SqlSupport.h"

#include <QAction>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScreen>
#include <QStyle>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <array>
#include <cstdlib>

namespace jl {

namespace {

constexpr int TimerPresets[] = {5, 10, 15, 20, 30}; // minutes, cycled with T
constexpr int EditorWidth = 460;

// Dark stage, bright type: reads on a washed-out projector and in a dim room.
const char *const StyleSheet = R"(
jl--WorkshopWindow { background: #0B1120; }
#workshopHeader { background: #111827; border-bottom: 1px solid #1F2937; }
#journeyTitle { color: #F8FAFC; font-size: 28px; font-weight: 700; }
#workshopSummary { color: #94A3B8; font-size: 16px; }
#workshopHeader QToolButton {
    color: #E2E8F0; background: #1E293B; border: 1px solid #334155; border-radius: 10px;
    font-size: 17px; font-weight: 600; padding: 8px 14px; min-height: 28px;
}
#workshopHeader QToolButton:hover { background: #334155; }
#workshopHeader QToolButton:pressed, #workshopHeader QToolButton:checked { background: #2563EB; border-color: #3B82F6; color: white; }
#workshopHeader QToolButton#painButton { background: #FFA8BA; color: #5C0A22; border-color: #FFA8BA; }
#workshopHeader QToolButton#painButton:hover { background: #FFC2CF; }
#workshopHeader QToolButton#ideaButton { background: #FFE35C; color: #3D3100; border-color: #FFE35C; }
#workshopHeader QToolButton#ideaButton:hover { background: #FFEC8A; }
#workshopHeader QToolButton#presetButton { padding: 8px 8px; font-size: 15px; min-width: 24px; }
#workshopHeader QToolButton#exitButton { background: transparent; border-color: #475569; }
#timerBox { background: #1E293B; border: 2px solid #334155; border-radius: 12px; }
#timerBox[timerState="running"] { border-color: #22C55E; }
#timerBox[timerState="warning"] { background: #451A03; border-color: #F59E0B; }
#timerBox[timerState="alarm"] { background: #7F1D1D; border-color: #EF4444; }
#timerBox[timerState="flash"] { background: #DC2626; border-color: #FCA5A5; }
#timerLabel { color: #F8FAFC; font-size: 34px; font-weight: 700; font-family: "DejaVu Sans Mono", monospace; padding: 0 14px; }
#timerBox[timerState="warning"] #timerLabel { color: #FBBF24; }
#timerBox[timerState="alarm"] #timerLabel, #timerBox[timerState="flash"] #timerLabel { color: #FFFFFF; }
#timerBox[timerState="paused"] #timerLabel, #timerBox[timerState="idle"] #timerLabel { color: #CBD5E1; }
#topIdeasPanel { background: #111827; border-left: 1px solid #1F2937; }
#panelTitle { color: #F8FAFC; font-size: 26px; font-weight: 700; }
#panelSubtitle { color: #94A3B8; font-size: 16px; }
#ideasScroll, #ideasContent { background: transparent; }
#emptyHint { color: #94A3B8; font-size: 17px; }
#ideaRow { background: #1E293B; border: 2px solid #1E293B; border-radius: 10px; }
#ideaRow:hover { border-color: #334155; }
#ideaRow[current="true"] { border-color: #3B82F6; }
#ideaRank { color: #64748B; font-size: 20px; font-weight: 700; min-width: 24px; }
#ideaText { color: #F1F5F9; font-size: 18px; font-weight: 600; }
#ideaVotes, #ideaNoVotes { font-size: 20px; font-weight: 700; min-width: 40px; min-height: 40px; max-height: 40px; border-radius: 20px; }
#ideaVotes { background: #1D4ED8; color: white; }
#ideaNoVotes { background: #334155; color: #94A3B8; }
QScrollBar:vertical { background: transparent; width: 8px; }
QScrollBar::handle:vertical { background: #334155; border-radius: 4px; min-height: 30px; }
QScrollBar::add-line, QScrollBar::sub-line { height: 0; }
QLineEdit#noteEditor { font-size: 24px; font-weight: 600; padding: 10px 12px; border: 3px solid #2563EB; border-radius: 6px; }
QToolTip { font-size: 15px; }
)";

QString timeText(qint64 milliseconds)
{
    // Rounded up: "0:01" until the very end, and a fresh 10-minute timer reads 10:00.
    const qint64 seconds = (milliseconds + 999) / 1000;
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

WorkshopWindow::WorkshopWindow(Workspace *workspace, JourneyId journey, QWidget *parent)
    : QWidget(parent, Qt::Window),
      m_workspace(workspace),
      m_journey(journey)
{
    setObjectName(QStringLiteral("workshopWindow"));
    setAttribute(Qt::WA_QuitOnClose, false); // the main window comes back when this one closes
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(QString::fromLatin1(StyleSheet));

    m_timer = new WorkshopTimer(this);
    m_canvas = new WorkshopCanvas(this);
    m_canvas->setWorkspace(workspace);
    m_canvas->showJourney(journey);
    m_notes = new StickyNoteLayer(m_canvas->journeyScene(), this);
    m_notes->setZoom(m_canvas->zoomFactor());
    m_topIdeas = new TopIdeasPanel(this);
    m_topIdeas->setFixedWidth(440);
    m_topIdeas->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(createHeader());
    auto *body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(0);
    body->addWidget(m_canvas, 1);
    body->addWidget(m_topIdeas);
    layout->addLayout(body, 1);

    m_help = new WorkshopHelpOverlay(this);
    createActions();

    connect(m_canvas->journeyScene(), &JourneyScene::selectionSettled, this, &WorkshopWindow::updateFocus);
    connect(m_canvas, &WorkshopCanvas::stepClicked, this, &WorkshopWindow::selectStep);
    connect(m_canvas, &WorkshopCanvas::stepDoubleClicked, this, [this](StepId step) {
        selectStep(step);
        beginNote(NoteKind::Idea);
    });
    connect(m_canvas, &WorkshopCanvas::emptyClicked, this, [this] { selectStep({}); });
    connect(m_canvas, &WorkshopCanvas::noteClicked, this, &WorkshopWindow::onNoteClicked);
    connect(m_canvas, &WorkshopCanvas::noteDoubleClicked, this, [this](WorkshopNoteId note) {
        selectNote(note);
        editCurrentNote();
    });
    connect(m_canvas, &WorkshopCanvas::zoomChanged, this, [this](double zoom) {
        m_notes->setZoom(zoom);
        if (m_editing)
            placeEditor();
    });
    connect(m_notes, &StickyNoteLayer::notesChanged, this, &WorkshopWindow::onNotesChanged);
    connect(m_notes, &StickyNoteLayer::currentNoteChanged, m_topIdeas, &TopIdeasPanel::setCurrentNote);
    connect(m_topIdeas, &TopIdeasPanel::noteActivated, this, &WorkshopWindow::selectNote);
    connect(m_timer, &WorkshopTimer::changed, this, &WorkshopWindow::updateTimerDisplay);
    connect(workspace, &QObject::destroyed, this, [this] {
        // The workspace closed under us: nothing left to present.
        m_workspace = nullptr;
        close();
    });

    connect(workspace, &Workspace::changed, this, [this](const ChangeEvent &event) {
        if (event.kind == ChangeEvent::Kind::Reset
            || (event.entity.type == EntityType::Journey && event.entity.id == m_journey.value()))
            updateTitle();
    });
    updateTitle();
    onNotesChanged();
    updateTimerDisplay();
    m_canvas->setFocus(Qt::OtherFocusReason);
}

WorkshopWindow::~WorkshopWindow()
{
    if (m_editor) {
        m_editing = false;
        m_editor->removeEventFilter(this);
        delete m_editor.data();
    }
    // The notes leave the scene while the scene is still there.
    delete m_notes;
    m_notes = nullptr;
}

QWidget *WorkshopWindow::createHeader()
{
    auto *header = new QFrame(this);
    header->setObjectName(QStringLiteral("workshopHeader"));
    auto *layout = new QHBoxLayout(header);
    layout->setContentsMargins(28, 12, 20, 12);
    layout->setSpacing(10);

    auto *titles = new QVBoxLayout;
    titles->setSpacing(0);
    m_titleLabel = new QLabel(header);
    m_titleLabel->setObjectName(QStringLiteral("journeyTitle"));
    m_summaryLabel = new QLabel(header);
    m_summaryLabel->setObjectName(QStringLiteral("workshopSummary"));
    // The name and summary give way first when the screen is narrow: the buttons stay whole.
    for (QLabel *label : {m_titleLabel, m_summaryLabel}) {
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        label->setMinimumWidth(160);
        titles->addWidget(label);
    }
    layout->addLayout(titles, 1);
    return header;
}

QAction *WorkshopWindow::addShortcutAction(const QString &objectName, const QString &text,
                                           const QList<QKeySequence> &keys)
{
    auto *action = new QAction(text, this);
    action->setObjectName(objectName);
    action->setShortcuts(keys);
    action->setShortcutContext(Qt::WindowShortcut);
    addAction(action);
    return action;
}

void WorkshopWindow::createActions()
{
    auto *header = findChild<QFrame *>(QStringLiteral("workshopHeader"));
    auto *layout = static_cast<QHBoxLayout *>(header->layout());
    // The bar shows an action's icon text: short labels here, the full text in the tooltips.
    const auto button = [header](QAction *action, const QString &objectName, const QString &text) {
        if (!text.isEmpty())
            action->setIconText(text);
        auto *b = new QToolButton(header);
        b->setDefaultAction(action);
        b->setObjectName(objectName);
        b->setFocusPolicy(Qt::NoFocus); // the keys stay with the canvas
        b->setCursor(Qt::PointingHandCursor);
        return b;
    };

    QAction *pain = addShortcutAction(QStringLiteral("actionAddPain"), tr("Add a pain"), {QKeySequence(Qt::Key_P)});
    connect(pain, &QAction::triggered, this, [this] { beginNote(NoteKind::Pain); });
    QAction *idea = addShortcutAction(QStringLiteral("actionAddIdea"), tr("Add an idea"), {QKeySequence(Qt::Key_I)});
    connect(idea, &QAction::triggered, this, [this] { beginNote(NoteKind::Idea); });
    QAction *voteUp = addShortcutAction(
        QStringLiteral("actionVoteUp"), tr("Vote for the idea"),
        {QKeySequence(Qt::Key_Plus), QKeySequence(Qt::Key_Equal), QKeySequence(Qt::KeypadModifier | Qt::Key_Plus)});
    connect(voteUp, &QAction::triggered, this, [this] { vote(+1); });
    QAction *voteDown =
        addShortcutAction(QStringLiteral("actionVoteDown"), tr("Take a vote back"),
                          {QKeySequence(Qt::Key_Minus), QKeySequence(Qt::KeypadModifier | Qt::Key_Minus)});
    connect(voteDown, &QAction::triggered, this, [this] { vote(-1); });
    QAction *edit = addShortcutAction(QStringLiteral("actionEditNote"), tr("Edit the note"),
                                      {QKeySequence(Qt::Key_F2), QKeySequence(Qt::Key_Return)});
    connect(edit, &QAction::triggered, this, &WorkshopWindow::editCurrentNote);
    // Dot voting by number: "three dots for this one" is 3, still one undo step per vote.
    for (int count = 1; count <= 9; ++count) {
        QAction *votes = addShortcutAction(QStringLiteral("actionVote%1").arg(count),
                                           tr("Add %n vote(s)", nullptr, count), {QKeySequence(Qt::Key_0 + count)});
        connect(votes, &QAction::triggered, this, [this, count] { vote(count); });
    }
    QAction *remove = addShortcutAction(QStringLiteral("actionDeleteNote"), tr("Delete the note"),
                                        {QKeySequence(Qt::Key_Delete), QKeySequence(Qt::Key_Backspace)});
    connect(remove, &QAction::triggered, this, &WorkshopWindow::deleteCurrentNote);
    QAction *toggleKind = addShortcutAction(QStringLiteral("actionToggleNoteKind"), tr("Turn a pain into an idea or back"),
                                            {QKeySequence(Qt::Key_K)});
    connect(toggleKind, &QAction::triggered, this, &WorkshopWindow::toggleCurrentNoteKind);
    QAction *next = addShortcutAction(QStringLiteral("actionNextStep"), tr("Next step"),
                                      {QKeySequence(Qt::Key_Right), QKeySequence(Qt::Key_Tab)});
    connect(next, &QAction::triggered, this, &WorkshopWindow::nextStep);
    QAction *previous =
        addShortcutAction(QStringLiteral("actionPreviousStep"), tr("Previous step"),
                          {QKeySequence(Qt::Key_Left), QKeySequence(Qt::Key_Backtab),
                           QKeySequence(Qt::SHIFT | Qt::Key_Backtab), QKeySequence(Qt::SHIFT | Qt::Key_Tab)});
    connect(previous, &QAction::triggered, this, &WorkshopWindow::previousStep);
    QAction *nextNoteAction =
        addShortcutAction(QStringLiteral("actionNextNote"), tr("Next note of the step"), {QKeySequence(Qt::Key_Down)});
    connect(nextNoteAction, &QAction::triggered, this, &WorkshopWindow::nextNote);
    QAction *previousNoteAction = addShortcutAction(QStringLiteral("actionPreviousNote"),
                                                    tr("Previous note of the step"), {QKeySequence(Qt::Key_Up)});
    connect(previousNoteAction, &QAction::triggered, this, &WorkshopWindow::previousNote);

    m_timerToggleAction = addShortcutAction(QStringLiteral("actionTimerToggle"), tr("Start or pause the timer"),
                                            {QKeySequence(Qt::Key_Space)});
    connect(m_timerToggleAction, &QAction::triggered, m_timer, &WorkshopTimer::toggle);
    QAction *timerReset =
        addShortcutAction(QStringLiteral("actionTimerReset"), tr("Reset the timer"), {QKeySequence(Qt::Key_R)});
    connect(timerReset, &QAction::triggered, m_timer, &WorkshopTimer::reset);
    QAction *timerSet = addShortcutAction(QStringLiteral("actionTimerSet"),
                                          tr("Set the timer: 5, 10, 15, 20, 30 minutes"), {QKeySequence(Qt::Key_T)});
    connect(timerSet, &QAction::triggered, this, [this] {
        const int current = int(m_timer->duration() / 60000);
        const auto *preset = std::upper_bound(std::begin(TimerPresets), std::end(TimerPresets), current);
        setTimerMinutes(preset == std::end(TimerPresets) ? TimerPresets[0] : *preset);
    });

    m_topIdeasAction = addShortcutAction(QStringLiteral("actionTopIdeas"), tr("Show or hide the top ideas"),
                                         {QKeySequence(Qt::Key_V)});
    m_topIdeasAction->setCheckable(true);
    connect(m_topIdeasAction, &QAction::toggled, this, &WorkshopWindow::setTopIdeasVisible);
    QAction *helpAction = addShortcutAction(
        QStringLiteral("actionHelp"), tr("Keyboard help"),
        {QKeySequence(Qt::Key_F1), QKeySequence(Qt::Key_Question), QKeySequence(Qt::SHIFT | Qt::Key_Question)});
    connect(helpAction, &QAction::triggered, this, &WorkshopWindow::showHelp);
    QAction *leave = addShortcutAction(QStringLiteral("actionLeaveWorkshop"), tr("Leave workshop mode"),
                                       {QKeySequence(Qt::Key_Escape)});
    connect(leave, &QAction::triggered, this, &QWidget::close);

    QUndoStack *stack = m_workspace->undoStack();
    QAction *undo = stack->createUndoAction(this, tr("Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcuts(QKeySequence::Undo);
    addAction(undo);
    QAction *redo = stack->createRedoAction(this, tr("Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    addAction(redo);

    QAction *zoomIn =
        addShortcutAction(QStringLiteral("actionZoomIn"), tr("Zoom in"),
                          {QKeySequence(Qt::CTRL | Qt::Key_Plus), QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    connect(zoomIn, &QAction::triggered, m_canvas, &JourneyView::zoomIn);
    QAction *zoomOut =
        addShortcutAction(QStringLiteral("actionZoomOut"), tr("Zoom out"), {QKeySequence(Qt::CTRL | Qt::Key_Minus)});
    connect(zoomOut, &QAction::triggered, m_canvas, &JourneyView::zoomOut);
    QAction *fit = addShortcutAction(QStringLiteral("actionFit"), tr("Fit the journey"),
                                     {QKeySequence(Qt::CTRL | Qt::Key_0), QKeySequence(Qt::Key_F)});
    connect(fit, &QAction::triggered, this, &WorkshopWindow::fitJourney);

    // The header's buttons: the same actions, with short labels.
    layout->addWidget(button(pain, QStringLiteral("painButton"), tr("+ Pain")));
    layout->addWidget(button(idea, QStringLiteral("ideaButton"), tr("+ Idea")));
    layout->addWidget(button(m_topIdeasAction, QStringLiteral("topIdeasButton"), tr("Top ideas")));
    layout->addSpacing(18);

    m_timerBox = new QFrame(header);
    m_timerBox->setObjectName(QStringLiteral("timerBox"));
    auto *timerLayout = new QHBoxLayout(m_timerBox);
    timerLayout->setContentsMargins(6, 4, 6, 4);
    timerLayout->setSpacing(6);
    m_timerLabel = new QLabel(m_timerBox);
    m_timerLabel->setObjectName(QStringLiteral("timerLabel"));
    m_timerLabel->setAccessibleName(tr("Timer"));
    timerLayout->addWidget(m_timerLabel);
    m_startButton = button(m_timerToggleAction, QStringLiteral("startButton"), QStringLiteral("▶"));
    timerLayout->addWidget(m_startButton);
    for (const int minutes : {5, 10, 15}) {
        auto *preset = new QAction(tr("%1 min").arg(minutes), this);
        preset->setToolTip(tr("Set the timer to %n minute(s)", nullptr, minutes));
        connect(preset, &QAction::triggered, this, [this, minutes] { setTimerMinutes(minutes); });
        timerLayout->addWidget(button(preset, QStringLiteral("presetButton"), QString::number(minutes)));
    }
    timerLayout->addWidget(button(timerReset, QStringLiteral("resetButton"), QStringLiteral("↺")));
    layout->addWidget(m_timerBox);
    layout->addSpacing(18);
    layout->addWidget(button(undo, QStringLiteral("undoButton"), QStringLiteral("↶")));
    layout->addWidget(button(redo, QStringLiteral("redoButton"), QStringLiteral("↷")));
    layout->addWidget(button(helpAction, QStringLiteral("helpButton"), QStringLiteral("?")));
    layout->addWidget(button(leave, QStringLiteral("exitButton"), tr("Leave")));
    m_help->setEntries({
        {tr("← → or Tab"), tr("Walk the steps (or click a step)")},
        {tr("P / I"), tr("New pain / idea on the selected step (Enter saves, Esc cancels)")},
        {tr("↑ ↓"), tr("Walk the notes of the step")},
        {tr("+ / −, 1…9"), tr("Vote for the idea / take a vote back / add 1…9 votes")},
        {tr("F2 or Enter / Delete"), tr("Edit / delete the note (or double-click it)")},
        {tr("K"), tr("Turn a pain into an idea or back")},
        {tr("Ctrl+Z / Ctrl+Shift+Z"), tr("Undo / redo")},
        {tr("V"), tr("Show or hide the top ideas")},
        {tr("Space / R / T"), tr("Start or pause / reset / set the timer")},
        {tr("Ctrl+wheel, F"), tr("Zoom / fit the journey")},
        {tr("? or F1"), tr("This help")},
        {tr("Esc"), tr("Leave workshop mode")},
    });
}

Workspace *WorkshopWindow::workspace() const
{
    return m_workspace;
}

QLineEdit *WorkshopWindow::noteEditor() const
{
    return m_editing ? m_editor.data() : nullptr;
}

StepId WorkshopWindow::selectedStep() const
{
    const EntityRef selected = m_canvas->journeyScene()->selectedElement();
    return selected.type == EntityType::Step ? StepId(selected.id) : StepId();
}

WorkshopNoteId WorkshopWindow::currentNote() const
{
    return m_notes->currentNote();
}

void WorkshopWindow::presentOver(QWidget *owner)
{
    m_owner = owner;
    if (owner) {
        m_ownerWasVisible = owner->isVisible();
        m_ownerGeometry = owner->geometry();
        m_ownerState = owner->windowState();
        if (QScreen *screen = owner->screen())
            setGeometry(screen->geometry());
    }
    showFullScreen();
    raise();
    activateWindow();
    if (owner)
        owner->hide();
}

void WorkshopWindow::restoreOwner()
{
    QWidget *owner = m_owner;
    m_owner = nullptr;
    if (!owner || !m_ownerWasVisible)
        return;
    // Hidden, a window keeps its geometry and state; shown again it may have been moved by the
    // window manager, so a normal window gets its old place back.
    if (m_ownerState & Qt::WindowFullScreen) {
        owner->showFullScreen();
    } else if (m_ownerState & Qt::WindowMaximized) {
        owner->showMaximized();
    } else {
        owner->showNormal();
        if (owner->geometry() != m_ownerGeometry)
            owner->setGeometry(m_ownerGeometry);
    }
    owner->raise();
    owner->activateWindow();
}

void WorkshopWindow::closeEvent(QCloseEvent *event)
{
    cancelEditor();
    m_timer->reset();
    restoreOwner();
    event->accept();
    emit closed();
}

void WorkshopWindow::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_fitted) {
        m_fitted = true;
        fitJourney();
    }
}

void WorkshopWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_help->isVisible())
        m_help->setGeometry(rect());
    if (m_editing)
        placeEditor();
}

void WorkshopWindow::fitJourney()
{
    m_canvas->fitJourney();
}

void WorkshopWindow::setTopIdeasVisible(bool visible)
{
    m_topIdeas->setVisible(visible);
    if (m_topIdeasAction->isChecked() != visible)
        m_topIdeasAction->setChecked(visible);
}

void WorkshopWindow::showHelp()
{
    cancelEditor();
    m_help->open();
}

void WorkshopWindow::setTimerMinutes(int minutes)
{
    m_timer->setDuration(qint64(minutes) * 60 * 1000);
}

void WorkshopWindow::updateTimerDisplay()
{
    m_timerLabel->setText(timeText(m_timer->remaining()));
    QString state;
    if (m_timer->isAlarm())
        state = m_timer->flashPhase() ? QStringLiteral("flash") : QStringLiteral("alarm");
    else if (m_timer->isWarning())
        state = QStringLiteral("warning");
    else if (m_timer->isRunning())
        state = QStringLiteral("running");
    else if (m_timer->state() == WorkshopTimer::State::Paused)
        state = QStringLiteral("paused");
    else
        state = QStringLiteral("idle");
    if (m_timerBox->property("timerState").toString() != state) {
        m_timerBox->setProperty("timerState", state);
        for (QWidget *widget : {static_cast<QWidget *>(m_timerBox), static_cast<QWidget *>(m_timerLabel)}) {
            widget->style()->unpolish(widget);
            widget->style()->polish(widget);
        }
    }
    const bool running = m_timer->isRunning();
    m_timerToggleAction->setIconText(running ? QStringLiteral("❚❚") : QStringLiteral("▶"));
    m_timerToggleAction->setToolTip(running ? tr("Pause the timer (Space)") : tr("Start the timer (Space)"));
}

// ---- Selection ------------------------------------------------------------------------------

void WorkshopWindow::updateFocus()
{
    StepId step = selectedStep();
    if (!step.isValid()) {
        if (const std::optional<WorkshopNote> note = m_notes->note(m_notes->currentNote()))
            step = note->step;
    }
    m_notes->setFocusStep(step);
}

void WorkshopWindow::selectStep(StepId step)
{
    m_notes->setCurrentNote({});
    JourneyScene *scene = m_canvas->journeyScene();
    scene->selectElement(step.isValid() ? EntityRef{EntityType::Step, step.value()} : EntityRef());
    if (const StepItem *item = scene->stepItem(step))
        m_canvas->ensureVisible(item->sceneCardRect().adjusted(-20, -20, 280, 40), 10, 10);
    updateFocus();
}

void WorkshopWindow::selectNote(WorkshopNoteId id)
{
    const std::optional<WorkshopNote> note = m_notes->note(id);
    if (!note)
        return;
    m_canvas->journeyScene()->selectElement({EntityType::Step, note->step.value()});
    m_notes->setCurrentNote(id);
    updateFocus();
    ensureNoteVisible(id);
}

void WorkshopWindow::ensureNoteVisible(WorkshopNoteId id)
{
    if (const NoteItem *item = m_notes->item(id))
        m_canvas->ensureVisible(item->sceneBoundingRect(), 20, 20);
}

QList<StepId> WorkshopWindow::stepsInReadingOrder() const
{
    // Column by column, top to bottom: how a journey map is read.
    QList<const StepItem *> items;
    for (const StepItem *item : m_canvas->journeyScene()->stepItems())
        items.append(item);
    std::sort(items.begin(), items.end(), [](const StepItem *a, const StepItem *b) {
        const QRectF ra = a->sceneCardRect();
        const QRectF rb = b->sceneCardRect();
        if (!qFuzzyCompare(ra.left(), rb.left()))
            return ra.left() < rb.left();
        if (!qFuzzyCompare(ra.top(), rb.top()))
            return ra.top() < rb.top();
        return a->stepId() < b->stepId();
    });
    QList<StepId> steps;
    for (const StepItem *item : std::as_const(items))
        steps.append(item->stepId());
    return steps;
}

void WorkshopWindow::nextStep()
{
    const QList<StepId> steps = stepsInReadingOrder();
    if (steps.isEmpty())
        return;
    const qsizetype at = steps.indexOf(m_notes->focusStep());
    selectStep(at < 0 ? steps.first() : steps.at((at + 1) % steps.size()));
}

void WorkshopWindow::previousStep()
{
    const QList<StepId> steps = stepsInReadingOrder();
    if (steps.isEmpty())
        return;
    const qsizetype at = steps.indexOf(m_notes->focusStep());
    selectStep(at <= 0 ? steps.last() : steps.at(at - 1));
}

void WorkshopWindow::nextNote()
{
    const QList<WorkshopNote> notes = m_notes->notesOf(m_notes->focusStep());
    if (notes.isEmpty())
        return;
    qsizetype at = -1;
    for (qsizetype i = 0; i < notes.size(); ++i) {
        if (notes.at(i).id == m_notes->currentNote())
            at = i;
    }
    selectNote(notes.at(std::min(at + 1, notes.size() - 1)).id);
}

void WorkshopWindow::previousNote()
{
    const QList<WorkshopNote> notes = m_notes->notesOf(m_notes->focusStep());
    if (notes.isEmpty())
        return;
    qsizetype at = notes.size();
    for (qsizetype i = 0; i < notes.size(); ++i) {
        if (notes.at(i).id == m_notes->currentNote())
            at = i;
    }
    if (at == 0)
        selectStep(notes.first().step); // above the first note: the step itself
    else
        selectNote(notes.at(at - 1).id);
}

void WorkshopWindow::onNoteClicked(WorkshopNoteId note, bool onVotes, Qt::MouseButton button)
{
    selectNote(note);
    if (onVotes)
        vote(button == Qt::RightButton ? -1 : +1);
}

// ---- Notes ----------------------------------------------------------------------------------

void WorkshopWindow::updateTitle()
{
    if (!m_workspace)
        return;
    try {
        if (const std::optional<Journey> shown = m_workspace->reader().journey(m_journey))
            m_titleLabel->setText(shown->name);
    } catch (const SqlError &e) {
        qWarning("WorkshopWindow: %s", e.what());
    }
    setWindowTitle(tr("Workshop: %1").arg(m_titleLabel->text()));
}

void WorkshopWindow::onNotesChanged()
{
    if (!m_workspace)
        return;
    QHash<StepId, QString> names;
    try {
        const QList<Step> steps = m_workspace->reader().steps(m_journey);
        for (const Step &step : steps)
            names.insert(step.id, step.name);
    } catch (const SqlError &e) {
        qWarning("WorkshopWindow: cannot read the steps: %s", e.what());
    }
    m_topIdeas->setNotes(m_notes->notes(), names);
    m_topIdeas->setCurrentNote(m_notes->currentNote());
    updateSummary();
    updateFocus();
}

void WorkshopWindow::updateSummary()
{
    int pains = 0;
    int ideas = 0;
    int votes = 0;
    for (const WorkshopNote &note : m_notes->notes()) {
        if (note.kind == NoteKind::Pain) {
            ++pains;
        } else {
            ++ideas;
            votes += note.votes;
        }
    }
    m_summaryLabel->setText(tr("%n pain(s)", nullptr, pains) + QStringLiteral("  ·  ")
                            + tr("%n idea(s)", nullptr, ideas) + QStringLiteral("  ·  ")
                            + tr("%n vote(s)", nullptr, votes));
}

void WorkshopWindow::beginNote(NoteKind kind)
{
    if (!m_workspace)
        return;
    StepId step = selectedStep();
    if (!step.isValid())
        step = m_notes->focusStep();
    if (!step.isValid()) {
        // Nothing selected: start with the first step, so P and I always do something.
        const QList<StepId> steps = stepsInReadingOrder();
        if (steps.isEmpty())
            return;
        step = steps.first();
        selectStep(step);
    }
    m_editNote = {};
    openEditor(step, kind, QString());
}

void WorkshopWindow::editCurrentNote()
{
    const std::optional<WorkshopNote> note = m_notes->note(m_notes->currentNote());
    if (!note)
        return;
    m_editNote = note->id;
    openEditor(note->step, note->kind, note->text);
}

void WorkshopWindow::openEditor(StepId step, NoteKind kind, const QString &text)
{
    if (!m_editor) {
        m_editor = new QLineEdit(m_canvas->viewport());
        m_editor->setObjectName(QStringLiteral("noteEditor"));
        m_editor->setMaxLength(500);
        m_editor->installEventFilter(this);
        connect(m_editor, &QLineEdit::returnPressed, this, &WorkshopWindow::commitEditor);
    }
    m_editStep = step;
    m_editKind = kind;
    m_editing = true;
    QString stepName;
    if (const StepItem *item = m_canvas->journeyScene()->stepItem(step))
        stepName = item->card().title;
    m_editor->setAccessibleName(kind == NoteKind::Pain ? tr("Pain note") : tr("Idea note"));
    m_editor->setPlaceholderText(kind == NoteKind::Pain ? tr("Pain at “%1”…").arg(stepName)
                                                        : tr("Idea for “%1”…").arg(stepName));
    const QColor paper = NoteItem::paperColor(kind);
    const QColor ink = NoteItem::inkColor(kind);
    m_editor->setStyleSheet(
        QStringLiteral("QLineEdit#noteEditor { background: %1; color: %2; }").arg(paper.name(), ink.name()));
    m_editor->setText(text);
    m_editor->selectAll();
    placeEditor();
    m_editor->show();
    m_editor->raise();
    m_editor->setFocus(Qt::OtherFocusReason);
}

void WorkshopWindow::placeEditor()
{
    if (!m_editor)
        return;
    const StepItem *item = m_canvas->journeyScene()->stepItem(m_editStep);
    if (!item) {
        cancelEditor();
        return;
    }
    QRectF target = item->sceneCardRect();
    if (const NoteItem *note = m_notes->item(m_editNote))
        target = note->sceneBoundingRect();
    const QRect card = m_canvas->mapFromScene(target).boundingRect();
    const QSize size(std::min(EditorWidth, m_canvas->viewport()->width() - 20), m_editor->sizeHint().height());
    // Beside the card (or over the note being edited), kept inside the viewport.
    QPoint topLeft = m_editNote.isValid() ? card.topLeft() : QPoint(card.right() + 12, card.top());
    const QRect area = m_canvas->viewport()->rect().adjusted(10, 10, -10, -10);
    if (topLeft.x() + size.width() > area.right())
        topLeft.setX(std::max(area.left(), card.left() - size.width() - 12));
    topLeft.setX(std::clamp(topLeft.x(), area.left(), std::max(area.left(), area.right() - size.width())));
    topLeft.setY(std::clamp(topLeft.y(), area.top(), std::max(area.top(), area.bottom() - size.height())));
    m_editor->setGeometry(QRect(topLeft, size));
}

void WorkshopWindow::commitEditor()
{
    if (!m_editing || !m_editor)
        return;
    m_editing = false;
    const QString text = m_editor->text().simplified();
    m_editor->hide();
    m_canvas->setFocus(Qt::OtherFocusReason);
    if (text.isEmpty() || !m_workspace)
        return;
    if (m_editNote.isValid()) {
        const std::optional<WorkshopNote> note = m_notes->note(m_editNote);
        if (note && note->text != text)
            m_workspace->setProperty({EntityType::WorkshopNote, m_editNote.value()}, QStringLiteral("text"), text);
        return;
    }
    WorkshopNote note;
    note.step = m_editStep;
    note.kind = m_editKind;
    note.text = text;
    const WorkshopNoteId added = m_workspace->addWorkshopNote(note);
    if (!added.isValid())
        return; // the workspace reported why
    m_notes->reload();
    selectNote(added);
}

void WorkshopWindow::cancelEditor()
{
    if (!m_editing)
        return;
    m_editing = false;
    if (m_editor) {
        const bool hadFocus = m_editor->hasFocus();
        m_editor->hide();
        if (hadFocus)
            m_canvas->setFocus(Qt::OtherFocusReason);
    }
}

bool WorkshopWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor && m_editing) {
        switch (event->type()) {
        case QEvent::ShortcutOverride:
            // While typing, keys are text: P, I, Space, Delete ... must not fire workshop actions.
            event->accept();
            return true;
        case QEvent::KeyPress:
            if (static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
                cancelEditor();
                return true;
            }
            break;
        case QEvent::FocusOut:
            // A click elsewhere keeps what was typed, like renaming a file.
            if (static_cast<QFocusEvent *>(event)->reason() != Qt::PopupFocusReason)
                QMetaObject::invokeMethod(this, &WorkshopWindow::commitEditor, Qt::QueuedConnection);
            break;
        default: break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void WorkshopWindow::deleteCurrentNote()
{
    const WorkshopNoteId id = m_notes->currentNote();
    if (!id.isValid() || !m_workspace)
        return;
    const std::optional<WorkshopNote> note = m_notes->note(id);
    m_workspace->remove({EntityType::WorkshopNote, id.value()});
    m_notes->reload();
    if (note)
        selectStep(note->step);
}

void WorkshopWindow::toggleCurrentNoteKind()
{
    const std::optional<WorkshopNote> note = m_notes->note(m_notes->currentNote());
    if (!note || !m_workspace)
        return;
    const bool toIdea = note->kind == NoteKind::Pain;
    const EntityRef ref{EntityType::WorkshopNote, note->id.value()};
    QList<PropertyChange> changes{{ref, QStringLiteral("kind"), int(toIdea ? NoteKind::Idea : NoteKind::Pain)}};
    if (!toIdea && note->votes > 0)
        changes.append({ref, QStringLiteral("votes"), 0}); // pains take no votes; undo gives them back
    m_workspace->setProperties(changes, toIdea ? tr("Turn pain into idea") : tr("Turn idea into pain"));
    m_notes->reload();
}

void WorkshopWindow::vote(int delta)
{
    const std::optional<WorkshopNote> note = m_notes->note(m_notes->currentNote());
    if (!note || note->kind != NoteKind::Idea || !m_workspace)
        return; // dot votes are for ideas
    for (int i = 0; i < std::abs(delta); ++i) {
        if (!m_workspace->voteOnNote(note->id, delta > 0 ? +1 : -1))
            break;
    }
    m_notes->reload();
}

} // namespace jl
