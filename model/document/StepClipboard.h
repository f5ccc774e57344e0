#pragma once

// Steps (and the triggers among them) as a value that travels through the system clipboard:
// copy/paste within a journey, across journeys, across workspaces and between two running
// instances. References to channels, departments, owners and source systems and the stage
// travel by name, so a paste into another workspace maps them by name (or drops them);
// positions are relative to the copied group. The JSON form is untrusted input: deserialize()
// checks every field and rejects what it cannot use.
//
// duplicate() and paste() write through the Workspace, each as ONE undo step.

#include "domain/Entities.h"

#include <QByteArray>
#include <QList>
#include <QPointF>
#include <QString>

#include <optional>

namespace jl {

class ModelReader;
class Workspace;

struct ClipboardStep
{
    qint64 key = 0; // the step's id where it was copied; links the triggers below
    StepKind kind = StepKind::Touchpoint;
    QString name;
    QString stage;
    QString channel;
    QString department;
    QString owner;
    QString sourceSystem;
    int emotion = 0;
    QString description;
    QString pains;
    QString ideas;
    bool hasPosition = false;
    double x = 0.0; // relative to the top left of the copied group's stored positions
    double y = 0.0;
    friend bool operator==(const ClipboardStep &, const ClipboardStep &) = default;
};

struct ClipboardTrigger
{
    qint64 from = 0; // keys of ClipboardStep
    qint64 to = 0;
    TriggerKind kind = TriggerKind::Unspecified;
    QString label;
    QString condition;
    QString engagementAction;
    qint64 expectedDelaySeconds = 0;
    friend bool operator==(const ClipboardTrigger &, const ClipboardTrigger &) = default;
};

struct StepClipboardData
{
    QList<ClipboardStep> steps;
    QList<ClipboardTrigger> triggers;
    bool isEmpty() const { return steps.isEmpty(); }
    friend bool operator==(const StepClipboardData &, const StepClipboardData &) = default;
};

namespace StepClipboard {

inline constexpr char MimeType[] = "application/x-journeylens-steps+json";
// Upper bounds for untrusted clipboard content.
inline constexpr int MaxSteps = 5000;
inline constexpr int MaxTriggers = 20000;
inline constexpr qsizetype MaxBytes = 16 * 1024 * 1024;

// The given steps (unknown ids skipped) and the triggers running between them. Throws SqlError.
StepClipboardData collect(const ModelReader &reader, const QList<StepId> &steps);

QByteArray serialize(const StepClipboardData &data);
// nullopt (and a reason in error) for anything that is not a valid step list.
std::optional<StepClipboardData> deserialize(const QByteArray &json, QString *error = nullptr);

// Adds the steps and triggers to journey as one undo step (text). Names of references that
// the workspace does not know are dropped; an unknown stage falls back to the journey's first.
// Steps with a position are placed with the group's top left at origin. Returns the new
// steps' ids (empty when the edit failed or data was empty).
QList<StepId> paste(Workspace &workspace, JourneyId journey, const StepClipboardData &data, QPointF origin,
                    const QString &text);

// Copies of the steps (same journey, stage, kind and references; positions moved by offset;
// none where the original had none) and of the triggers between them, as one undo step.
QList<StepId> duplicate(Workspace &workspace, const QList<StepId> &steps, QPointF offset, const QString &text);

} // namespace StepClipboard

} // namespace jl
