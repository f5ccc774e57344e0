#pragma once

// Model checks: structural and completeness flaws of the designed journeys that a CX team
// wants named before the model is held against data (steps nobody can reach, dead ends,
// cycles with no way out, touchpoints nobody owns, broken links between journey levels ...).
// Each finding has a stable check id (used by the CLI's JSON and by tests) and a translated
// message that names the elements. The checks run in time linear in the size of the model,
// so the GUI can re-run them (debounced) after edits.

#include "domain/EntityType.h"
#include "domain/Ids.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace jl {

class ModelReader;

struct Finding
{
    QString check; // stable id, one of modelCheckIds()
    JourneyId journey; // the journey concerned; invalid for workspace-wide findings (personas)
    EntityRef element; // the element to select: a step, trigger, journey or persona
    QString message; // translated, names the elements
    QString elementName; // display name of element at the time of the check

    friend bool operator==(const Finding &, const Finding &) = default;
};

// All checks, in the order findings are sorted by within a journey.
QStringList modelCheckIds();
// "Unreachable step", "Dead end" ... (translated); the id itself for an unknown check.
QString modelCheckTitle(const QString &check);

// Runs every check over the workspace. Findings are sorted by journey id (workspace-wide
// findings last), then check (in the order of modelCheckIds()), then element id, so two runs
// over the same model give the same list. Throws SqlError when the database cannot be read.
QList<Finding> runModelChecks(const ModelReader &reader);
// The findings of one journey only (no workspace-wide ones), in the same order; the other
// journeys' graphs are not checked. What the canvas needs for its card badges.
QList<Finding> runModelChecks(const ModelReader &reader, JourneyId journey);

} // namespace jl
