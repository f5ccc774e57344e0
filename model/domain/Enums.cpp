#include "Enums.h"

namespace jl {

namespace {
// Free functions translate in this context (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(jl::Domain)
};
} // namespace

QString displayName(JourneyLevel level)
{
    switch (level) {
    case JourneyLevel::Lifecycle: return Text::tr("Lifecycle");
    case JourneyLevel::Journey: return Text::tr("Journey");
    case JourneyLevel::Task: return Text::tr("Task");
    }
    return {};
}

QString displayName(JourneyStatus status)
{
    switch (status) {
    case JourneyStatus::Draft: return Text::tr("Draft");
    case JourneyStatus::InReview: return Text::tr("In review");
    case JourneyStatus::Approved: return Text::tr("Approved");
    case JourneyStatus::Archived: return Text::tr("Archived");
    }
    return {};
}

QString displayName(StepKind kind)
{
    switch (kind) {
    case StepKind::Touchpoint: return Text::tr("Touchpoint");
    case StepKind::CustomerAction: return Text::tr("Customer action");
    case StepKind::Backstage: return Text::tr("Backstage");
    case StepKind::Decision: return Text::tr("Decision");
    case StepKind::Outcome: return Text::tr("Outcome");
    }
    return {};
}

QString displayName(TriggerKind kind)
{
    switch (kind) {
    case TriggerKind::Unspecified: return Text::tr("Unspecified");
    case TriggerKind::CustomerAction: return Text::tr("Customer action");
    case TriggerKind::Time: return Text::tr("Time");
    case TriggerKind::Message: return Text::tr("Message");
    case TriggerKind::SystemEvent: return Text::tr("System event");
    case TriggerKind::AgentAction: return Text::tr("Agent action");
    }
    return {};
}

QString displayName(KpiMeasure measure)
{
    switch (measure) {
    case KpiMeasure::Volume: return Text::tr("Volume");
    case KpiMeasure::Conversion: return Text::tr("Conversion");
    case KpiMeasure::DropOff: return Text::tr("Drop-off");
    case KpiMeasure::TimeToNextStep: return Text::tr("Time to next step");
    case KpiMeasure::Satisfaction: return Text::tr("Satisfaction");
    case KpiMeasure::Revenue: return Text::tr("Revenue");
    case KpiMeasure::RepeatContact: return Text::tr("Repeat contact");
    }
    return {};
}

QString displayName(NoteKind kind)
{
    switch (kind) {
    case NoteKind::Pain: return Text::tr("Pain");
    case NoteKind::Idea: return Text::tr("Idea");
    }
    return {};
}

QString emotionName(int emotion)
{
    switch (emotion) {
    case -2: return Text::tr("Very negative");
    case -1: return Text::tr("Negative");
    case 0: return Text::tr("Neutral");
    case 1: return Text::tr("Positive");
    case 2: return Text::tr("Very positive");
    default: return {};
    }
}

} // namespace jl
