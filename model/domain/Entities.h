#pragma once

// Plain value types of the journey model (see DESIGN.md, "Domain"). They carry no behaviour
// and no database handle: storage/EntityRows converts them to and from table rows, and the
// Workspace hands out copies. Ids of 0 mean "not set".

#include "Enums.h"
#include "Ids.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace jl {

struct Channel
{
    ChannelId id;
    QString name;
    QString icon; // key of a built-in channel icon: web, email, store, phone, chat, ...
    QString description;
    friend bool operator==(const Channel &, const Channel &) = default;
};

struct Department
{
    DepartmentId id;
    QString name;
    friend bool operator==(const Department &, const Department &) = default;
};

struct SourceSystem
{
    SourceSystemId id;
    QString name;
    QString kind; // CRM, ESP, web analytics, POS, ticketing, ERP, ...
    QString description;
    friend bool operator==(const SourceSystem &, const SourceSystem &) = default;
};

struct Owner
{
    OwnerId id;
    QString name;
    QString role;
    DepartmentId department;
    friend bool operator==(const Owner &, const Owner &) = default;
};

struct Persona
{
    PersonaId id;
    QString name;
    QString quote;
    QByteArray photo; // encoded image (PNG/JPEG) as read from the user's file
    QStringList goals;
    QStringList pains;
    QStringList needs;
    QVariantMap attributes; // free attributes: age band, household, ...
    QString segmentRule;    // rule over customer attributes (grounding issue)
    QList<ChannelId> preferredChannels;
    friend bool operator==(const Persona &, const Persona &) = default;
};

struct Journey
{
    JourneyId id;
    QString name;
    JourneyLevel level = JourneyLevel::Journey;
    JourneyStatus status = JourneyStatus::Draft;
    OwnerId owner;
    QString description;
    StepId detailsStep; // the step of a higher-level journey that this journey details
    QList<PersonaId> personas;
    friend bool operator==(const Journey &, const Journey &) = default;
};

struct Stage
{
    StageId id;
    JourneyId journey;
    QString name;
    int position = 0; // order of the stage within its journey, from 0
    QString description;
    friend bool operator==(const Stage &, const Stage &) = default;
};

struct KpiTarget
{
    KpiTargetId id;
    StepId step;
    KpiMeasure measure = KpiMeasure::Volume;
    double target = 0.0;
    QString unit;
    friend bool operator==(const KpiTarget &, const KpiTarget &) = default;
};

struct Step
{
    StepId id;
    JourneyId journey;
    StageId stage;
    StepKind kind = StepKind::Touchpoint;
    QString name;
    ChannelId channel;
    DepartmentId department;
    OwnerId owner;
    SourceSystemId sourceSystem;
    int emotion = 0; // expected emotion, MinEmotion..MaxEmotion
    QString description;
    QString pains;
    QString ideas;
    bool hasPosition = false; // canvas position set by the user or the layout
    double x = 0.0;
    double y = 0.0;
    QList<KpiTarget> kpiTargets;
    friend bool operator==(const Step &, const Step &) = default;
};

struct Trigger
{
    TriggerId id;
    JourneyId journey;
    StepId from;
    StepId to;
    TriggerKind kind = TriggerKind::Unspecified;
    QString label;
    QString condition;
    QString engagementAction;
    qint64 expectedDelaySeconds = 0;
    friend bool operator==(const Trigger &, const Trigger &) = default;
};

struct GlossaryTerm
{
    GlossaryTermId id;
    QString term;
    QString definition;
    QStringList synonyms;
    OwnerId owner;
    friend bool operator==(const GlossaryTerm &, const GlossaryTerm &) = default;
};

// A persona's expected emotion at a step (MinEmotion..MaxEmotion), overriding Step::emotion
// in that persona's emotion curve.
struct PersonaEmotion
{
    PersonaEmotionId id;
    StepId step;
    PersonaId persona;
    int emotion = 0;
    friend bool operator==(const PersonaEmotion &, const PersonaEmotion &) = default;
};

// A sticky note on a step, captured in workshop mode; ideas collect dot votes.
struct WorkshopNote
{
    WorkshopNoteId id;
    StepId step;
    NoteKind kind = NoteKind::Idea;
    QString text;
    int votes = 0;
    int position = 0; // order among the step's notes
    friend bool operator==(const WorkshopNote &, const WorkshopNote &) = default;
};

} // namespace jl
