#include "StageEditing.h"

#include "JourneyLayout.h"
#include "document/Workspace.h"
#include "storage/ModelReader.h"
#include "storage/SqlSupport.h"

#include <QAction>
#include <QInputDialog>
#include <QMenu>

namespace jl::stageediting {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(jl::StageEditing)
};

// The board of a journey as the canvas computes it: where each stage's column starts.
struct Board
{
    QList<Stage> stages;
    QList<Step> steps;
    QHash<StageId, double> columnLeft;
};

Board readBoard(const ModelReader &reader, JourneyId journey)
{
    Board board;
    board.stages = reader.stages(journey);
    board.steps = reader.steps(journey);
    QList<StageId> order;
    for (const Stage &stage : std::as_const(board.stages))
        order << stage.id;
    QList<JourneyLayout::StepInput> inputs;
    for (const Step &step : std::as_const(board.steps))
        inputs.append({step.id, step.stage, step.kind, step.hasPosition, QPointF(step.x, step.y)});
    const JourneyLayout layout = JourneyLayout::compute(order, inputs, reader.triggers(journey));
    for (const JourneyLayout::Column &column : layout.columns()) {
        if (column.stage)
            board.columnLeft.insert(column.stage, column.rect.left());
    }
    return board;
}

// Shifts the stored positions of cards whose stage column moved between before and now.
bool followColumns(Workspace &workspace, JourneyId journey, const Board &before, const QSet<StepId> &skip)
{
    const Board after = readBoard(workspace.reader(), journey);
    QList<PropertyChange> changes;
    for (const Step &step : after.steps) {
        if (!step.hasPosition || !step.stage || skip.contains(step.id))
            continue;
        if (!before.columnLeft.contains(step.stage) || !after.columnLeft.contains(step.stage))
            continue;
        const double dx = after.columnLeft.value(step.stage) - before.columnLeft.value(step.stage);
        if (qAbs(dx) > 0.5)
            changes.append({{EntityType::Step, step.id.value()}, QStringLiteral("pos_x"), step.x + dx});
    }
    return changes.isEmpty() || workspace.setProperties(changes, Text::tr("Move cards with their stage"));
}

bool setPosition(Workspace &workspace, const Stage &stage, int position)
{
    if (stage.position == position)
        return true;
    return workspace.setProperty({EntityType::Stage, stage.id.value()}, QStringLiteral("position"), position);
}

} // namespace

QString newStageName(const ModelReader &reader, JourneyId journey)
{
    QStringList taken;
    for (const Stage &stage : reader.stages(journey))
        taken << stage.name;
    for (int n = int(taken.size()) + 1;; ++n) {
        const QString name = Text::tr("Stage %1").arg(n);
        if (!taken.contains(name, Qt::CaseInsensitive))
            return name;
    }
}

StageId insertStage(Workspace &workspace, JourneyId journey, int position, const QString &name)
{
    StageId created;
    workspace.beginEdit(Text::tr("Add stage “%1”").arg(name));
    try {
        const Board before = readBoard(workspace.reader(), journey);
        position = std::clamp(position, 0, int(before.stages.size()));
        // Renumber 0..n-1 with a gap at position, so the order is unambiguous afterwards.
        bool ok = true;
        for (int i = 0; i < before.stages.size() && ok; ++i)
            ok = setPosition(workspace, before.stages.at(i), i < position ? i : i + 1);
        if (ok)
            created = workspace.addStage({{}, journey, name, position, {}});
        if (created)
            followColumns(workspace, journey, before, {});
    } catch (const SqlError &e) {
        workspace.reportFailure(Text::tr("Add stage"), e);
    }
    return workspace.endEdit() ? created : StageId();
}

bool moveStage(Workspace &workspace, StageId stageId, int delta)
{
    try {
        const std::optional<Stage> stage = workspace.reader().stage(stageId);
        if (!stage || delta == 0)
            return false;
        const Board before = readBoard(workspace.reader(), stage->journey);
        QList<Stage> order = before.stages;
        const qsizetype from = std::find_if(order.cbegin(), order.cend(), [&](const Stage &s) { return s.id == stageId; })
                               - order.cbegin();
        const qsizetype to = from + delta;
        if (from >= order.size() || to < 0 || to >= order.size())
            return false;
        order.move(from, to);
        workspace.beginEdit(delta < 0 ? Text::tr("Move stage “%1” left").arg(stage->name)
                                      : Text::tr("Move stage “%1” right").arg(stage->name));
        bool ok = true;
        for (int i = 0; i < order.size() && ok; ++i)
            ok = setPosition(workspace, order.at(i), i);
        if (ok)
            followColumns(workspace, stage->journey, before, {});
        return workspace.endEdit();
    } catch (const SqlError &e) {
        workspace.reportFailure(Text::tr("Move stage"), e);
        return false;
    }
}

bool renameStage(Workspace &workspace, StageId stage, const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        workspace.reportFailure(Text::tr("A stage needs a name."));
        return false;
    }
    return workspace.setProperty({EntityType::Stage, stage.value()}, QStringLiteral("name"), trimmed);
}

bool removeStage(Workspace &workspace, StageId stageId)
{
    try {
        const std::optional<Stage> stage = workspace.reader().stage(stageId);
        if (!stage)
            return false;
        const Board before = readBoard(workspace.reader(), stage->journey);
        QList<Stage> remaining = before.stages;
        const qsizetype index = std::find_if(remaining.cbegin(), remaining.cend(),
                                             [&](const Stage &s) { return s.id == stageId; })
                                - remaining.cbegin();
        if (index >= remaining.size())
            return false;
        remaining.removeAt(index);
        // The steps go to the neighbour on the left (on the right for the first stage).
        const StageId heir = remaining.isEmpty() ? StageId() : remaining.at(std::max<qsizetype>(0, index - 1)).id;

        workspace.beginEdit(Text::tr("Delete stage “%1”").arg(stage->name));
        QList<PropertyChange> moves;
        QSet<StepId> moved;
        for (const Step &step : before.steps) {
            if (step.stage != stageId)
                continue;
            const EntityRef ref{EntityType::Step, step.id.value()};
            moves.append({ref, QStringLiteral("stage_id"), heir ? QVariant(heir.value()) : QVariant()});
            moves.append({ref, QStringLiteral("pos_x"), QVariant()});
            moves.append({ref, QStringLiteral("pos_y"), QVariant()});
            moved.insert(step.id);
        }
        bool ok = moves.isEmpty() || workspace.setProperties(moves, Text::tr("Move steps to the next stage"));
        ok = ok && workspace.remove({EntityType::Stage, stageId.value()});
        for (int i = 0; i < remaining.size() && ok; ++i)
            ok = setPosition(workspace, remaining.at(i), i);
        if (ok)
            followColumns(workspace, stage->journey, before, moved);
        return workspace.endEdit();
    } catch (const SqlError &e) {
        workspace.reportFailure(Text::tr("Delete stage"), e);
        return false;
    }
}

bool askRenameStage(QWidget *dialogParent, Workspace *workspace, StageId stageId)
{
    if (!workspace)
        return false;
    std::optional<Stage> stage;
    try {
        stage = workspace->reader().stage(stageId);
    } catch (const SqlError &e) {
        qWarning("askRenameStage: %s", e.what());
    }
    if (!stage)
        return false;
    bool ok = false;
    const QString name = QInputDialog::getText(dialogParent, Text::tr("Rename Stage"), Text::tr("Stage name:"),
                                               QLineEdit::Normal, stage->name, &ok);
    if (!ok || name.trimmed().isEmpty() || name.trimmed() == stage->name)
        return false;
    return renameStage(*workspace, stageId, name);
}

void addStageActions(QMenu *menu, QWidget *dialogParent, Workspace *workspace, JourneyId journey, StageId stageId)
{
    if (!workspace || !journey)
        return;
    std::optional<Stage> stage;
    int stageCount = 0;
    try {
        const ModelReader reader = workspace->reader();
        stage = stageId ? reader.stage(stageId) : std::nullopt;
        stageCount = int(reader.stages(journey).size());
    } catch (const SqlError &e) {
        qWarning("addStageActions: %s", e.what());
        return;
    }
    const auto newName = [workspace, journey] { return newStageName(workspace->reader(), journey); };
    if (!stage) {
        QAction *add = menu->addAction(Text::tr("Add Stage"));
        add->setStatusTip(Text::tr("Adds a stage at the end of the journey"));
        QObject::connect(add, &QAction::triggered, menu, [=] {
            insertStage(*workspace, journey, stageCount, newName());
        });
        return;
    }
    const int position = stage->position;
    QAction *rename = menu->addAction(Text::tr("Rename Stage…"));
    QObject::connect(rename, &QAction::triggered, menu,
                     [=] { askRenameStage(dialogParent, workspace, stageId); });
    menu->addSeparator();
    QAction *before = menu->addAction(Text::tr("Insert Stage Before"));
    QObject::connect(before, &QAction::triggered, menu, [=] { insertStage(*workspace, journey, position, newName()); });
    QAction *after = menu->addAction(Text::tr("Insert Stage After"));
    QObject::connect(after, &QAction::triggered, menu, [=] { insertStage(*workspace, journey, position + 1, newName()); });
    menu->addSeparator();
    QAction *left = menu->addAction(Text::tr("Move Stage Left"));
    left->setEnabled(position > 0);
    QObject::connect(left, &QAction::triggered, menu, [=] { moveStage(*workspace, stageId, -1); });
    QAction *right = menu->addAction(Text::tr("Move Stage Right"));
    right->setEnabled(position < stageCount - 1);
    QObject::connect(right, &QAction::triggered, menu, [=] { moveStage(*workspace, stageId, +1); });
    menu->addSeparator();
    QAction *remove = menu->addAction(Text::tr("Delete Stage"));
    remove->setStatusTip(Text::tr("Deletes the stage; its steps move to the stage before it"));
    QObject::connect(remove, &QAction::triggered, menu, [=] { removeStage(*workspace, stageId); });
}

} // namespace jl::stageediting
