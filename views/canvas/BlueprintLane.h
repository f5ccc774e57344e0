#pragma once

// The horizontal lanes of the journey canvas: the layers of a service blueprint, from what
// the customer does down to the processes that support the staff. A step's lane follows
// from its kind (laneForStepKind), so the model needs no extra field for it.

#include "domain/Enums.h"

#include <QColor>
#include <QString>

#include <iterator>

namespace jl {

enum class BlueprintLane {
    CustomerActions,
    Frontstage,
    Backstage,
    Support, // no step kind maps here yet; drawn so workshops see the whole blueprint
};

inline constexpr BlueprintLane AllBlueprintLanes[] = {
    BlueprintLane::CustomerActions,
    BlueprintLane::Frontstage,
    BlueprintLane::Backstage,
    BlueprintLane::Support,
};
inline constexpr int BlueprintLaneCount = int(std::size(AllBlueprintLanes));

BlueprintLane laneForStepKind(StepKind kind);
QString laneTitle(BlueprintLane lane);
QString laneDescription(BlueprintLane lane);
// The blueprint's name for the line above the lane (empty for the first lane).
QString lineAboveLane(BlueprintLane lane);
QColor laneAccent(BlueprintLane lane);

} // namespace jl
