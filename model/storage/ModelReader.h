#pragma once

// Typed, read-only queries over a workspace database. Usable from any thread with that
// thread's own connection (analysis jobs), and by the Workspace for its own connection.
// Functions throw SqlError when the database cannot be read.

#include "domain/Entities.h"
#include "domain/EntityType.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace jl {

class ModelReader
{
public:
    explicit ModelReader(QSqlDatabase db) : m_db(std::move(db)) {}

    QList<Channel> channels() const;
    QList<Department> departments() const;
    QList<SourceSystem> sourceSystems() const;
    QList<Owner> owners() const;
    QList<Persona> personas() const;
    QList<Journey> journeys() const;
    QList<Stage> stages(JourneyId journey) const; // ordered by position
    QList<Step> steps(JourneyId journey) const;
    QList<Trigger> triggers(JourneyId journey) const;
    QList<GlossaryTerm> glossary() const;
    // Persona emotion overrides on the journey's steps.
    QList<PersonaEmotion> personaEmotions(JourneyId journey) const;
    // Workshop notes on the journey's steps, by step, then position, then id.
    QList<WorkshopNote> workshopNotes(JourneyId journey) const;

    std::optional<Channel> channel(ChannelId id) const;
    std::optional<Department> department(DepartmentId id) const;
    std::optional<SourceSystem> sourceSystem(SourceSystemId id) const;
    std::optional<Owner> owner(OwnerId id) const;
    std::optional<Persona> persona(PersonaId id) const;
    std::optional<Journey> journey(JourneyId id) const;
    std::optional<Stage> stage(StageId id) const;
    std::optional<Step> step(StepId id) const;
    std::optional<Trigger> trigger(TriggerId id) const;
    std::optional<GlossaryTerm> glossaryTerm(GlossaryTermId id) const;
    std::optional<PersonaEmotion> personaEmotion(PersonaEmotionId id) const;
    std::optional<WorkshopNote> workshopNote(WorkshopNoteId id) const;

    // Journeys that detail a step of the given journey (its sub-journeys).
    QList<Journey> subJourneys(JourneyId parent) const;
    // The journey whose step this journey details, or an invalid id.
    JourneyId parentJourney(JourneyId journey) const;
    // 1 when no journey details a step of another; otherwise the longest chain of details.
    int maxJourneyDepth() const;
    int count(EntityType type) const;

private:
    QSqlDatabase m_db;
};

} // namespace jl
