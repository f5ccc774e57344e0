#pragma once

// Typed identifiers for the model's entities. Every element of a workspace is addressed by
// one of these (never by pointer), so that undo commands, scene items and analysis code can
// hold on to an element across edits. The value is the SQLite rowid; 0 means "none".

#include <QHashFunctions>
#include <QMetaType>
#include <QtGlobal>

#include <compare>

namespace jl {

template <typename Tag>
class Id
{
public:
    constexpr Id() = default;
    constexpr explicit Id(qint64 value) : m_value(value) {}

    constexpr qint64 value() const { return m_value; }
    constexpr bool isValid() const { return m_value > 0; }
    constexpr explicit operator bool() const { return isValid(); }

    friend constexpr bool operator==(Id a, Id b) = default;
    friend constexpr auto operator<=>(Id a, Id b) = default;

private:
    qint64 m_value = 0;
};

template <typename Tag>
size_t qHash(Id<Tag> id, size_t seed = 0) noexcept
{
    return ::qHash(id.value(), seed);
}

using PersonaId = Id<struct PersonaTag>;
using JourneyId = Id<struct JourneyTag>;
using StageId = Id<struct StageTag>;
using StepId = Id<struct StepTag>;
using TriggerId = Id<struct TriggerTag>;
using KpiTargetId = Id<struct KpiTargetTag>;
using ChannelId = Id<struct ChannelTag>;
using DepartmentId = Id<struct DepartmentTag>;
using SourceSystemId = Id<struct SourceSystemTag>;
using OwnerId = Id<struct OwnerTag>;
using GlossaryTermId = Id<struct GlossaryTermTag>;
using PersonaEmotionId = Id<struct PersonaEmotionTag>;
using WorkshopNoteId = Id<struct WorkshopNoteTag>;

} // namespace jl
