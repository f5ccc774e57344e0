#pragma once

// Enumerations of the domain, stored as integers in the workspace. The integer values are
// part of the file format: append, never renumber.

#include <QCoreApplication>
#include <QString>

namespace jl {

enum class JourneyLevel { Lifecycle = 0, Journey = 1, Task = 2 };
enum class JourneyStatus { Draft = 0, InReview = 1, Approved = 2, Archived = 3 };
enum class StepKind { Touchpoint = 0, CustomerAction = 1, Backstage = 2, Decision = 3, Outcome = 4 };
// Unspecified is stored as NULL: a trigger whose kind nobody has decided yet.
enum class TriggerKind { Unspecified = -1, CustomerAction = 0, Time = 1, Message = 2, SystemEvent = 3, AgentAction = 4 };
enum class KpiMeasure {
    Volume = 0,
    Conversion = 1,
    DropOff = 2,
    TimeToNextStep = 3,
    Satisfaction = 4,
    Revenue = 5,
    RepeatContact = 6,
};

// Sticky notes captured in a workshop.
enum class NoteKind { Pain = 0, Idea = 1 };

inline constexpr int MinEmotion = -2;
inline constexpr int MaxEmotion = 2;

// Display names, translated in the "jl::Domain" context.
QString displayName(JourneyLevel level);
QString displayName(JourneyStatus status);
QString displayName(StepKind kind);
QString displayName(TriggerKind kind);
QString displayName(KpiMeasure measure);
QString displayName(NoteKind kind);
QString emotionName(int emotion);

} // namespace jl
