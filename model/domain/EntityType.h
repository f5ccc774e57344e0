#pragma once

// The kinds of element a workspace stores. Generic code (undo commands, change events, the
// inspector) addresses an element as (EntityType, rowid); typed code uses the Ids of Ids.h.

#include <QHashFunctions>
#include <QMetaType>
#include <QString>
#include <QtGlobal>

namespace jl {

enum class EntityType {
    Channel,
    Department,
    SourceSystem,
    Owner,
    Persona,
    PersonaChannel,
    Journey,
    JourneyPersona,
    Stage,
    Step,
    KpiTarget,
    Trigger,
    GlossaryTerm,
    PersonaEmotion,
    WorkshopNote,
};

inline constexpr EntityType AllEntityTypes[] = {
    EntityType::Channel,   EntityType::Department, EntityType::SourceSystem,   EntityType::Owner,
    EntityType::Persona,   EntityType::PersonaChannel, EntityType::Journey,    EntityType::JourneyPersona,
    EntityType::Stage,     EntityType::Step,       EntityType::KpiTarget,      EntityType::Trigger,
    EntityType::GlossaryTerm, EntityType::PersonaEmotion, EntityType::WorkshopNote,
};

// One element of the workspace, whatever its type.
struct EntityRef
{
    EntityType type = EntityType::Step;
    qint64 id = 0;

    bool isValid() const { return id > 0; }
    friend bool operator==(const EntityRef &, const EntityRef &) = default;
};

inline size_t qHash(const EntityRef &ref, size_t seed = 0) noexcept
{
    return qHashMulti(seed, static_cast<int>(ref.type), ref.id);
}

} // namespace jl

Q_DECLARE_METATYPE(jl::EntityRef)
