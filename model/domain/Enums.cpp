#include "Enums.h"

namespace jl {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("jl::Domain", text);
}
} // namespace

QString displayName(JourneyLevel level)
{
    switch (level) {
    case JourneyLevel::Lifecycle: return tr("Lifecycle");
    case JourneyLevel::Journey: return tr("Journey");
    case JourneyLevel::Task: return tr("Task");
    }
    return {};
}

QString displayName(JourneyStatus status)
{
    switch (status) {
    case JourneyStatus::Draft: return tr("Draft");
    case JourneyStatus::InReview: return tr("In review");
    case JourneyStatus::Approved: return tr("Approved");
    case JourneyStatus::Archived: return tr("Archived");
    }
    return {};
}

QString displayName(StepKind kind)
{
    switch (kind) {
    case StepKind::Touchpoint: return tr("Touchpoint");
    case StepKind::CustomerAction: return tr("Customer action");
    case StepKind::Backstage: return tr("Backstage");
    case StepKind::Decision: return tr("Decision");
    case StepKind::Outcome: return tr("Outcome");
    }
    return {};
}

QString displayName(TriggerKind kind)
{
    switch (kind) {
    case TriggerKind::Unspecified: return tr("Unspecified");
    case TriggerKind::CustomerAction: return tr("Customer action");
    case TriggerKind::Time: return tr("Time");
    case TriggerKind::Message: return tr("Message");
    case TriggerKind::SystemEvent: return tr("System event");
    case TriggerKind::AgentAction: return tr("Agent action");
    }
    return {};
}

QString displayName(KpiMeasure measure)
{
    switch (measure) {
    case KpiMeasure::Volume: return tr("Volume");
    case KpiMeasure::Conversion: return tr("Conversion");
    case KpiMeasure::DropOff: return tr("Drop-off");
    case KpiMeasure::TimeToNextStep: return tr("Time to next step");
    case KpiMeasure::Satisfaction: return tr("Satisfaction");
    case KpiMeasure::Revenue: return tr("Revenue");
    case KpiMeasure::RepeatContact: return tr("Repeat contact");
    }
    return {};
}

QString emotionName(int emotion)
{
    switch (emotion) {
    case -2: return tr("Very negative");
    case -1: return tr("Negative");
    case 0: return tr("Neutral");
    case 1: return tr("Positive");
    case 2: return tr("Very positive");
    default: return {};
    }
}

} // namespace jl
