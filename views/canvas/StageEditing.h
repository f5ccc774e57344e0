#pragma once

// Edits of a journey's stage structure: add, insert, rename, move and delete stages. Each is
// one undo step. Stages are the board's columns, so a change of order moves columns; cards
// with a stored position move along with their stage's column (their x shifts by as much as
// the column's left edge), so an arrangement made by hand survives. The steps of a deleted
// stage go to the stage before it (or after it, for the first) and are placed anew by the
// layout; undo brings stage, steps and positions back.

#include "domain/Ids.h"

#include <QCoreApplication>
#include <QString>

class QMenu;
class QWidget;

namespace jl {

class Workspace;
class ModelReader;

namespace stageediting {

// Inserts a stage at position (0 = first; past the end = last); returns its id.
StageId insertStage(Workspace &workspace, JourneyId journey, int position, const QString &name);
// Moves a stage delta places to the right (negative: left); false when it is already at the end.
bool moveStage(Workspace &workspace, StageId stage, int delta);
bool renameStage(Workspace &workspace, StageId stage, const QString &name);
bool removeStage(Workspace &workspace, StageId stage);

// "Stage 4": a name for a new stage that the journey does not use yet.
QString newStageName(const ModelReader &reader, JourneyId journey);

// Adds the stage commands to a context menu: for the stage under the mouse (rename, insert
// before/after, move left/right, delete), or only "Add Stage" for an invalid stage. Rename asks
// for the name with a dialog parented to dialogParent.
void addStageActions(QMenu *menu, QWidget *dialogParent, Workspace *workspace, JourneyId journey, StageId stage);
// Asks for a new name of the stage and renames it; false when cancelled or unchanged.
bool askRenameStage(QWidget *dialogParent, Workspace *workspace, StageId stage);

} // namespace stageediting
} // namespace jl
