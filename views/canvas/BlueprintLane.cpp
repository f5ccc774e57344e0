#include "BlueprintLane.h"

#include <QCoreApplication>

namespace jl {

namespace {
// Free functions translate in this context (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(jl::BlueprintLane)
};
} // namespace

BlueprintLane laneForStepKind(StepKind kind)
{
    switch (kind) {
    case StepKind::CustomerAction:
    case StepKind::Decision:
    case StepKind::Outcome: return BlueprintLane::CustomerActions;
    case StepKind::Touchpoint: return BlueprintLane::Frontstage;
    case StepKind::Backstage: return BlueprintLane::Backstage;
    }
    return BlueprintLane::Frontstage;
}

QString laneTitle(BlueprintLane lane)
{
    switch (lane) {
    case BlueprintLane::CustomerActions: return Text::tr("Customer actions");
    case BlueprintLane::Frontstage: return Text::tr("Frontstage touchpoints");
    case BlueprintLane::Backstage: return Text::tr("Backstage");
    case BlueprintLane::Support: return Text::tr("Support processes");
    }
    return {};
}

QString laneDescription(BlueprintLane lane)
{
    switch (lane) {
    case BlueprintLane::CustomerActions: return Text::tr("What the customer does and decides");
    case BlueprintLane::Frontstage: return Text::tr("Where the customer meets us");
    case BlueprintLane::Backstage: return Text::tr("Our work the customer does not see");
    case BlueprintLane::Support: return Text::tr("Systems and partners behind it");
    }
    return {};
}

QString lineAboveLane(BlueprintLane lane)
{
    switch (lane) {
    case BlueprintLane::CustomerActions: return {};
    case BlueprintLane::Frontstage: return Text::tr("Line of interaction");
    case BlueprintLane::Backstage: return Text::tr("Line of visibility");
    case BlueprintLane::Support: return Text::tr("Line of internal interaction");
    }
    return {};
}

QColor laneAccent(BlueprintLane lane)
{
    switch (lane) {
    case BlueprintLane::CustomerActions: return QColor(0x4F, 0x5B, 0xD5);
    case BlueprintLane::Frontstage: return QColor(0x0E, 0x8F, 0x8C);
    case BlueprintLane::Backstage: return QColor(0x7A, 0x86, 0x99);
    case BlueprintLane::Support: return QColor(0xA8, 0xB1, 0xBF);
    }
    return {};
}

} // namespace jl
