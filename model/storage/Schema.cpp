#include "Schema.h"

namespace jl::schema {

QString tableName(EntityType type)
{
    switch (type) {
    case EntityType::Channel: return QStringLiteral("channel");
    case EntityType::Department: return QStringLiteral("department");
    case EntityType::SourceSystem: return QStringLiteral("source_system");
    case EntityType::Owner: return QStringLiteral("owner");
    case EntityType::Persona: return QStringLiteral("persona");
    case EntityType::PersonaChannel: return QStringLiteral("persona_channel");
    case EntityType::Journey: return QStringLiteral("journey");
    case EntityType::JourneyPersona: return QStringLiteral("journey_persona");
    case EntityType::Stage: return QStringLiteral("stage");
    case EntityType::Step: return QStringLiteral("step");
    case EntityType::KpiTarget: return QStringLiteral("kpi_target");
    case EntityType::Trigger: return QStringLiteral("journey_trigger");
    case EntityType::GlossaryTerm: return QStringLiteral("glossary_term");
    case EntityType::PersonaEmotion: return QStringLiteral("persona_emotion");
    case EntityType::WorkshopNote: return QStringLiteral("workshop_note");
    }
    return {};
}

QStringList columns(EntityType type)
{
    switch (type) {
    case EntityType::Channel:
        return {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("icon"), QStringLiteral("description")};
    case EntityType::Department:
        return {QStringLiteral("id"), QStringLiteral("name")};
    case EntityType::SourceSystem:
        return {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("description")};
    case EntityType::Owner:
        return {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("role"), QStringLiteral("department_id")};
    case EntityType::Persona:
        return {QStringLiteral("id"),    QStringLiteral("name"),  QStringLiteral("quote"),
                QStringLiteral("photo"), QStringLiteral("goals"), QStringLiteral("pains"),
                QStringLiteral("needs"), QStringLiteral("attributes"), QStringLiteral("segment_rule")};
    case EntityType::PersonaChannel:
        return {QStringLiteral("id"), QStringLiteral("persona_id"), QStringLiteral("channel_id")};
    case EntityType::Journey:
        return {QStringLiteral("id"),       QStringLiteral("name"),        QStringLiteral("level"),
                QStringLiteral("status"),   QStringLiteral("owner_id"),    QStringLiteral("description"),
                QStringLiteral("detail_step_id")};
    case EntityType::JourneyPersona:
        return {QStringLiteral("id"), QStringLiteral("journey_id"), QStringLiteral("persona_id")};
    case EntityType::Stage:
        return {QStringLiteral("id"), QStringLiteral("journey_id"), QStringLiteral("name"),
                QStringLiteral("position"), QStringLiteral("description")};
    case EntityType::Step:
        return {QStringLiteral("id"),           QStringLiteral("journey_id"),    QStringLiteral("stage_id"),
                QStringLiteral("kind"),         QStringLiteral("name"),          QStringLiteral("channel_id"),
                QStringLiteral("department_id"), QStringLiteral("owner_id"),     QStringLiteral("source_system_id"),
                QStringLiteral("emotion"),      QStringLiteral("description"),   QStringLiteral("pains"),
                QStringLiteral("ideas"),        QStringLiteral("pos_x"),         QStringLiteral("pos_y")};
    case EntityType::KpiTarget:
        return {QStringLiteral("id"), QStringLiteral("step_id"), QStringLiteral("measure"),
                QStringLiteral("target"), QStringLiteral("unit")};
    case EntityType::Trigger:
        return {QStringLiteral("id"),        QStringLiteral("journey_id"), QStringLiteral("from_step_id"),
                QStringLiteral("to_step_id"), QStringLiteral("kind"),      QStringLiteral("label"),
                QStringLiteral("condition"), QStringLiteral("engagement_action"),
                QStringLiteral("expected_delay_s")};
    case EntityType::GlossaryTerm:
        return {QStringLiteral("id"), QStringLiteral("term"), QStringLiteral("definition"),
                QStringLiteral("synonyms"), QStringLiteral("owner_id")};
    case EntityType::PersonaEmotion:
        return {QStringLiteral("id"), QStringLiteral("step_id"), QStringLiteral("persona_id"), QStringLiteral("emotion")};
    case EntityType::WorkshopNote:
        return {QStringLiteral("id"), QStringLiteral("step_id"), QStringLiteral("kind"), QStringLiteral("text"),
                QStringLiteral("votes"), QStringLiteral("position")};
    }
    return {};
}

bool isImmutable(EntityType type, const QString &column)
{
    if (column == QLatin1String("id"))
        return true;
    switch (type) {
    case EntityType::Stage:
    case EntityType::Step:
    case EntityType::Trigger:
        return column == QLatin1String("journey_id");
    case EntityType::KpiTarget:
        return column == QLatin1String("step_id");
    case EntityType::PersonaEmotion:
        return column != QLatin1String("emotion"); // one row per (step, persona)
    case EntityType::PersonaChannel:
    case EntityType::JourneyPersona:
        return true; // links are added and removed, never edited
    default:
        return false;
    }
}

const QList<ForeignKey> &foreignKeys()
{
    static const QList<ForeignKey> keys = {
        {EntityType::Owner, QStringLiteral("department_id"), EntityType::Department, OnDelete::SetNull},
        {EntityType::PersonaChannel, QStringLiteral("persona_id"), EntityType::Persona, OnDelete::Cascade},
        {EntityType::PersonaChannel, QStringLiteral("channel_id"), EntityType::Channel, OnDelete::Cascade},
        {EntityType::Journey, QStringLiteral("owner_id"), EntityType::Owner, OnDelete::SetNull},
        {EntityType::Journey, QStringLiteral("detail_step_id"), EntityType::Step, OnDelete::SetNull},
        {EntityType::JourneyPersona, QStringLiteral("journey_id"), EntityType::Journey, OnDelete::Cascade},
        {EntityType::JourneyPersona, QStringLiteral("persona_id"), EntityType::Persona, OnDelete::Cascade},
        {EntityType::Stage, QStringLiteral("journey_id"), EntityType::Journey, OnDelete::Cascade},
        {EntityType::Step, QStringLiteral("journey_id"), EntityType::Journey, OnDelete::Cascade},
        {EntityType::Step, QStringLiteral("stage_id"), EntityType::Stage, OnDelete::SetNull},
        {EntityType::Step, QStringLiteral("channel_id"), EntityType::Channel, OnDelete::SetNull},
        {EntityType::Step, QStringLiteral("department_id"), EntityType::Department, OnDelete::SetNull},
        {EntityType::Step, QStringLiteral("owner_id"), EntityType::Owner, OnDelete::SetNull},
        {EntityType::Step, QStringLiteral("source_system_id"), EntityType::SourceSystem, OnDelete::SetNull},
        {EntityType::KpiTarget, QStringLiteral("step_id"), EntityType::Step, OnDelete::Cascade},
        {EntityType::Trigger, QStringLiteral("journey_id"), EntityType::Journey, OnDelete::Cascade},
        {EntityType::Trigger, QStringLiteral("from_step_id"), EntityType::Step, OnDelete::Cascade},
        {EntityType::Trigger, QStringLiteral("to_step_id"), EntityType::Step, OnDelete::Cascade},
        {EntityType::GlossaryTerm, QStringLiteral("owner_id"), EntityType::Owner, OnDelete::SetNull},
        {EntityType::PersonaEmotion, QStringLiteral("step_id"), EntityType::Step, OnDelete::Cascade},
        {EntityType::PersonaEmotion, QStringLiteral("persona_id"), EntityType::Persona, OnDelete::Cascade},
        {EntityType::WorkshopNote, QStringLiteral("step_id"), EntityType::Step, OnDelete::Cascade},
    };
    return keys;
}

QStringList allTables()
{
    QStringList tables{QStringLiteral("meta")};
    for (EntityType type : AllEntityTypes)
        tables << tableName(type);
    return tables;
}

} // namespace jl::schema
