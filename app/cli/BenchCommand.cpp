#include "BenchCommand.h"

#include "CommandParser.h"

#include "canvas/JourneyLayout.h"
#include "canvas/JourneyScene.h"
#include "canvas/JourneyView.h"
#include "document/Workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMouseEvent>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSet>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>

namespace jl::cli {

namespace {

constexpr int StageCount = 8;
constexpr int Frames = 60;
constexpr quint32 Seed = 20240611;
constexpr StepKind LaneKinds[] = {StepKind::CustomerAction, StepKind::Touchpoint, StepKind::Backstage};

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// The generated journey: steps spread evenly over the stages, in three lanes; each step leads
// to two steps a little later in the journey, so the graph is journey-like (mostly forward,
// few long edges). Returns false with *error set when an edit failed.
bool buildJourney(Workspace &workspace, int stepCount, QString *error)
{
    QRandomGenerator random(Seed);
    workspace.beginEdit(QStringLiteral("bench"));
    Journey journey;
    journey.name = QStringLiteral("Bench");
    journey.level = JourneyLevel::Journey;
    const JourneyId journeyId = workspace.addJourney(journey);
    QList<StageId> stages;
    for (int i = 0; i < StageCount && journeyId.isValid(); ++i) {
        Stage stage;
        stage.journey = journeyId;
        stage.name = QStringLiteral("Stage %1").arg(i + 1);
        stage.position = i;
        stages.append(workspace.addStage(stage));
    }
    QList<StepId> steps;
    for (int i = 0; i < stepCount && journeyId.isValid(); ++i) {
        Step step;
        step.journey = journeyId;
        step.stage = stages.value(i * StageCount / stepCount);
        step.kind = LaneKinds[random.bounded(3)];
        step.name = QStringLiteral("Step %1").arg(i + 1);
        step.emotion = random.bounded(5) - 2;
        steps.append(workspace.addStep(step));
    }
    QSet<QPair<int, int>> edges;
    for (int i = 0; i + 1 < stepCount; ++i) {
        for (int k = 0; k < 2; ++k) {
            int to = std::min(stepCount - 1, i + 1 + int(random.bounded(12)));
            if (edges.contains({i, to}))
                to = i + 1;
            if (edges.contains({i, to}))
                continue;
            edges.insert({i, to});
        }
    }
    // Top up to exactly 2N edges with back edges (loops in a journey: retries, returns).
    for (int i = stepCount - 1; edges.size() < 2 * stepCount && i > 0; --i) {
        const int to = int(random.bounded(i));
        if (!edges.contains({i, to}))
            edges.insert({i, to});
    }
    QList<QPair<int, int>> ordered(edges.cbegin(), edges.cend());
    std::sort(ordered.begin(), ordered.end());
    for (const auto &[from, to] : std::as_const(ordered)) {
        Trigger trigger;
        trigger.journey = journeyId;
        trigger.from = steps.value(from);
        trigger.to = steps.value(to);
        trigger.kind = TriggerKind(random.bounded(5));
        workspace.addTrigger(trigger);
    }
    if (!workspace.endEdit()) {
        *error = workspace.lastError();
        return false;
    }
    return true;
}

// Counts the paint events of a widget: a frame that painted nothing must not pass for a fast one.
class PaintCounter : public QObject
{
public:
    int paints = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return QObject::eventFilter(watched, event);
    }
};

double percentile(QList<double> values, double fraction)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = qsizetype(std::ceil(fraction * double(values.size()))) - 1;
    return values.at(std::clamp<qsizetype>(index, 0, values.size() - 1));
}

} // namespace

QString BenchCommand::summary() const
{
    return tr("Time the journey canvas on a generated journey (bench canvas).");
}

int BenchCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption stepsOption(QStringLiteral("steps"), tr("Number of steps (default 2000)."), tr("N"),
                                         QStringLiteral("2000"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print one JSON object."));
    parser.addOptions({stepsOption, json});
    parser.addPositionalArgument(QStringLiteral("benchmark"), tr("What to time: canvas."));
    int code = Success;
    if (!parseArguments(parser, name(), arguments, out, err, &code))
        return code;
    if (parser.positionalArguments() != QStringList{QStringLiteral("canvas")}) {
        err << tr("journeylens bench: the only benchmark is “canvas”, e.g. “journeylens bench canvas --steps 2000”.\n");
        return UsageError;
    }
    bool ok = false;
    const int stepCount = parser.value(stepsOption).toInt(&ok);
    if (!ok || stepCount < 2 || stepCount > 100000) {
        err << tr("journeylens bench: --steps must be a whole number from 2 to 100000.\n");
        return UsageError;
    }

    QTemporaryDir temporary;
    if (!temporary.isValid()) {
        err << tr("Cannot create a temporary folder: %1\n").arg(temporary.errorString());
        return Failure;
    }
    const QString path = temporary.filePath(QStringLiteral("bench.jlens"));
    JourneyId journeyId;
    qsizetype triggerCount = 0;
    {
        WorkspaceError error;
        const std::unique_ptr<Workspace> workspace = Workspace::create(path, QStringLiteral("Bench"), &error);
        QString buildError;
        if (!workspace || !buildJourney(*workspace, stepCount, &buildError)) {
            err << tr("Cannot build the benchmark workspace: %1\n").arg(workspace ? buildError : error.message);
            return Failure;
        }
        const QList<Journey> journeys = workspace->reader().journeys();
        journeyId = journeys.isEmpty() ? JourneyId() : journeys.first().id;
        triggerCount = workspace->reader().triggers(journeyId).size();
        workspace->save();
    }

    // Open: the workspace, the scene and the first paint of the view.
    QElapsedTimer timer;
    timer.start();
    WorkspaceError openError;
    const std::unique_ptr<Workspace> workspace = Workspace::open(path, &openError);
    if (!workspace) {
        err << tr("Cannot open the benchmark workspace: %1\n").arg(openError.message);
        return Failure;
    }
    JourneyView view;
    view.resize(1600, 1000);
    view.setWorkspace(workspace.get());
    view.showJourney(journeyId);
    view.show();
    QApplication::processEvents();
    view.viewport()->grab();
    const double openMs = msSince(timer);

    // Auto-layout: what the Auto-Layout action does (the scene rebuilds afterwards, untimed).
    timer.restart();
    const QList<PropertyChange> changes = autoLayoutChanges(*workspace, journeyId);
    if (!changes.isEmpty() && !workspace->setProperties(changes, QStringLiteral("Auto-layout"))) {
        err << tr("The auto-layout failed: %1\n").arg(workspace->lastError());
        return Failure;
    }
    const double layoutMs = msSince(timer);
    QApplication::processEvents();
    view.resetZoom();
    QApplication::processEvents();

    // Panning, as the user pans: a drag with the middle mouse button, back and forth across the
    // board. A frame is one mouse move and then, synchronously, what the window does before the
    // user sees it: Qt moves the viewport's pixels in the backing store and repaints what the
    // scroll exposed (and what overlaps the viewport: the overview map), through the window's
    // pending update request. Each step is also timed with a repaint of the whole viewport, as
    // after a zoom: the worst case of a frame. Neither is an offscreen grab.
    QScrollBar *horizontal = view.horizontalScrollBar();
    QScrollBar *vertical = view.verticalScrollBar();
    horizontal->setValue(horizontal->minimum());
    vertical->setValue(vertical->minimum());
    QApplication::processEvents(); // pending paints (and the overview map) are not a frame's
    PaintCounter counter;
    view.viewport()->installEventFilter(&counter);
    QWidget *window = view.window();
    QList<double> frameTimes;
    QList<double> fullTimes;
    int framesPainted = 0;
    QWidget *viewport = view.viewport();
    QPointF mouse = QRectF(viewport->rect()).center();
    const auto sendMouse = [&](QEvent::Type type, Qt::MouseButton button, Qt::MouseButtons buttons) {
        QMouseEvent event(type, mouse, viewport->mapToGlobal(mouse), button, buttons, Qt::NoModifier);
        QApplication::sendEvent(viewport, &event);
    };
    sendMouse(QEvent::MouseButtonPress, Qt::MiddleButton, Qt::MiddleButton);
    int dx = 48;
    int dy = 24;
    for (int frame = 0; frame < Frames; ++frame) {
        if (horizontal->value() + dx > horizontal->maximum() || horizontal->value() + dx < horizontal->minimum())
            dx = -dx;
        if (vertical->value() + dy > vertical->maximum() || vertical->value() + dy < vertical->minimum())
            dy = -dy;
        const int paints = counter.paints;
        timer.restart();
        mouse -= QPointF(dx, dy); // dragging the board left and up scrolls right and down
        sendMouse(QEvent::MouseMove, Qt::NoButton, Qt::MiddleButton);
        QCoreApplication::sendPostedEvents(window, QEvent::UpdateRequest);
        frameTimes.append(msSince(timer));
        if (counter.paints > paints)
            ++framesPainted;
        timer.restart();
        view.viewport()->repaint();
        fullTimes.append(msSince(timer));
    }
    sendMouse(QEvent::MouseButtonRelease, Qt::MiddleButton, Qt::NoButton);
    view.viewport()->removeEventFilter(&counter);
    const double frameP95 = percentile(frameTimes, 0.95);
    const double fullP95 = percentile(fullTimes, 0.95);

    const auto rounded = [](double ms) { return std::round(ms * 10) / 10; };
    if (parser.isSet(json)) {
        const QJsonObject result{{QStringLiteral("benchmark"), QStringLiteral("canvas")},
                                 {QStringLiteral("steps"), stepCount},
                                 {QStringLiteral("triggers"), double(triggerCount)},
                                 {QStringLiteral("open_ms"), rounded(openMs)},
                                 {QStringLiteral("layout_ms"), rounded(layoutMs)},
                                 {QStringLiteral("frame_ms_p95"), rounded(frameP95)},
                                 {QStringLiteral("full_repaint_ms_p95"), rounded(fullP95)},
                                 {QStringLiteral("frames"), Frames},
                                 {QStringLiteral("frames_painted"), framesPainted}};
        out << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Indented));
    } else {
        out << tr("Canvas benchmark: %n step(s)", nullptr, stepCount) << QLatin1String(", ")
            << tr("%n trigger(s)", nullptr, int(triggerCount)) << QLatin1Char('\n');
        out << tr("Open (workspace, scene, first paint): %1 ms\n").arg(rounded(openMs));
        out << tr("Auto-layout: %1 ms\n").arg(rounded(layoutMs));
        out << tr("Frame while panning (scroll and repaint), 95th percentile of %n frame(s): %1 ms\n", nullptr, Frames)
                   .arg(rounded(frameP95));
        out << tr("Repaint of the whole viewport, 95th percentile: %1 ms\n").arg(rounded(fullP95));
        if (framesPainted < Frames)
            out << tr("Warning: only %1 of %2 frames painted anything.\n").arg(framesPainted).arg(Frames);
    }
    return Success;
}

} // namespace jl::cli
