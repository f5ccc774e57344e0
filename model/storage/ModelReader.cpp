#include "ModelReader.h"

#include "EntityRows.h"
#include "Schema.h"
#include "SqlSupport.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

namespace jl {

namespace {

QList<Row> select(QSqlDatabase db, EntityType type, const QString &where, const QVariantList &bindings,
                  const QString &orderBy = QStringLiteral("id"))
{
    const QStringList columns = schema::columns(type);
    QString statement = QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QStringLiteral(", ")), schema::tableName(type));
    if (!where.isEmpty())
        statement += QStringLiteral(" WHERE ") + where;
    statement += QStringLiteral(" ORDER BY ") + orderBy;
    QSqlQuery query = sql::run(db, statement, bindings);
    QList<Row> result;
    while (query.next()) {
        Row row;
        for (int i = 0; i < columns.size(); ++i)
            row.insert(columns.at(i), query.value(i));
        result << row;
    }
    return result;
}

template <typename T, typename Convert>
QList<T> convertAll(const QList<Row> &rows, Convert convert)
{
    QList<T> result;
    result.reserve(rows.size());
    for (const Row &row : rows)
        result << convert(row);
    return result;
}

template <typename T, typename Convert>
std::optional<T> convertOne(QSqlDatabase db, EntityType type, qint64 id, Convert convert)
{
    const auto row = rows::read(db, type, id);
    if (!row)
        return std::nullopt;
    return convert(*row);
}

QList<qint64> linkedIds(QSqlDatabase db, const QString &statement, qint64 id)
{
    QSqlQuery query = sql::run(db, statement, {id});
    QList<qint64> ids;
    while (query.next())
        ids << query.value(0).toLongLong();
    return ids;
}

} // namespace

QList<Channel> ModelReader::channels() const
{
    return convertAll<Channel>(select(m_db, EntityType::Channel, {}, {}), entityrows::channel);
}

QList<Department> ModelReader::departments() const
{
    return convertAll<Department>(select(m_db, EntityType::Department, {}, {}), entityrows::department);
}

QList<SourceSystem> ModelReader::sourceSystems() const
{
    return convertAll<SourceSystem>(select(m_db, EntityType::SourceSystem, {}, {}), entityrows::sourceSystem);
}

QList<Owner> ModelReader::owners() const
{
    return convertAll<Owner>(select(m_db, EntityType::Owner, {}, {}), entityrows::owner);
}

QList<Persona> ModelReader::personas() const
{
    QList<Persona> result = convertAll<Persona>(select(m_db, EntityType::Persona, {}, {}), entityrows::persona);
    for (Persona &persona : result) {
        const auto ids = linkedIds(
            m_db, QStringLiteral("SELECT channel_id FROM persona_channel WHERE persona_id = ? ORDER BY id"),
            persona.id.value());
        for (qint64 id : ids)
            persona.preferredChannels << ChannelId(id);
    }
    return result;
}

QList<Journey> ModelReader::journeys() const
{
    QList<Journey> result = convertAll<Journey>(select(m_db, EntityType::Journey, {}, {}), entityrows::journey);
    for (Journey &journey : result) {
        const auto ids = linkedIds(
            m_db, QStringLiteral("SELECT persona_id FROM journey_persona WHERE journey_id = ? ORDER BY id"),
            journey.id.value());
        for (qint64 id : ids)
            journey.personas << PersonaId(id);
    }
    return result;
}

QList<Stage> ModelReader::stages(JourneyId journey) const
{
    return convertAll<Stage>(select(m_db, EntityType::Stage, QStringLiteral("journey_id = ?"), {journey.value()},
                                    QStringLiteral("position, id")),
                             entityrows::stage);
}

QList<Step> ModelReader::steps(JourneyId journey) const
{
    QList<Step> result = convertAll<Step>(
        select(m_db, EntityType::Step, QStringLiteral("journey_id = ?"), {journey.value()}), entityrows::step);
    const QList<Row> targets = select(m_db, EntityType::KpiTarget,
                                      QStringLiteral("step_id IN (SELECT id FROM step WHERE journey_id = ?)"),
                                      {journey.value()});
    QHash<qint64, QList<KpiTarget>> byStep;
    for (const Row &row : targets) {
        const KpiTarget target = entityrows::kpiTarget(row);
        byStep[target.step.value()] << target;
    }
    for (Step &step : result)
        step.kpiTargets = byStep.value(step.id.value());
    return result;
}

QList<Trigger> ModelReader::triggers(JourneyId journey) const
{
    return convertAll<Trigger>(
        select(m_db, EntityType::Trigger, QStringLiteral("journey_id = ?"), {journey.value()}), entityrows::trigger);
}

QList<GlossaryTerm> ModelReader::glossary() const
{
    return convertAll<GlossaryTerm>(select(m_db, EntityType::GlossaryTerm, {}, {}, QStringLiteral("term COLLATE NOCASE, id")),
                                    entityrows::glossaryTerm);
}

QList<PersonaEmotion> ModelReader::personaEmotions(JourneyId journey) const
{
    return convertAll<PersonaEmotion>(select(m_db, EntityType::PersonaEmotion,
                                             QStringLiteral("step_id IN (SELECT id FROM step WHERE journey_id = ?)"),
                                             {journey.value()}, QStringLiteral("step_id, persona_id")),
                                      entityrows::personaEmotion);
}

QList<WorkshopNote> ModelReader::workshopNotes(JourneyId journey) const
{
    return convertAll<WorkshopNote>(select(m_db, EntityType::WorkshopNote,
                                           QStringLiteral("step_id IN (SELECT id FROM step WHERE journey_id = ?)"),
                                           {journey.value()}, QStringLiteral("step_id, position, id")),
                                    entityrows::workshopNote);
}

std::optional<Channel> ModelReader::channel(ChannelId id) const
{
    return convertOne<Channel>(m_db, EntityType::Channel, id.value(), entityrows::channel);
}

std::optional<Department> ModelReader::department(DepartmentId id) const
{
    return convertOne<Department>(m_db, EntityType::Department, id.value(), entityrows::department);
}

std::optional<SourceSystem> ModelReader::sourceSystem(SourceSystemId id) const
{
    return convertOne<SourceSystem>(m_db, EntityType::SourceSystem, id.value(), entityrows::sourceSystem);
}

std::optional<Owner> ModelReader::owner(OwnerId id) const
{
    return convertOne<Owner>(m_db, EntityType::Owner, id.value(), entityrows::owner);
}

std::optional<Persona> ModelReader::persona(PersonaId id) const
{
    auto persona = convertOne<Persona>(m_db, EntityType::Persona, id.value(), entityrows::persona);
    if (persona) {
        const auto ids = linkedIds(
            m_db, QStringLiteral("SELECT channel_id FROM persona_channel WHERE persona_id = ? ORDER BY id"), id.value());
        for (qint64 channelId : ids)
            persona->preferredChannels << ChannelId(channelId);
    }
    return persona;
}

std::optional<Journey> ModelReader::journey(JourneyId id) const
{
    auto journey = convertOne<Journey>(m_db, EntityType::Journey, id.value(), entityrows::journey);
    if (journey) {
        const auto ids = linkedIds(
            m_db, QStringLiteral("SELECT persona_id FROM journey_persona WHERE journey_id = ? ORDER BY id"), id.value());
        for (qint64 personaId : ids)
            journey->personas << PersonaId(personaId);
    }
    return journey;
}

std::optional<Stage> ModelReader::stage(StageId id) const
{
    return convertOne<Stage>(m_db, EntityType::Stage, id.value(), entityrows::stage);
}

std::optional<Step> ModelReader::step(StepId id) const
{
    auto step = convertOne<Step>(m_db, EntityType::Step, id.value(), entityrows::step);
    if (step) {
        const QList<Row> targets = select(m_db, EntityType::KpiTarget, QStringLiteral("step_id = ?"), {id.value()});
        for (const Row &row : targets)
            step->kpiTargets << entityrows::kpiTarget(row);
    }
    return step;
}

std::optional<Trigger> ModelReader::trigger(TriggerId id) const
{
    return convertOne<Trigger>(m_db, EntityType::Trigger, id.value(), entityrows::trigger);
}

std::optional<GlossaryTerm> ModelReader::glossaryTerm(GlossaryTermId id) const
{
    return convertOne<GlossaryTerm>(m_db, EntityType::GlossaryTerm, id.value(), entityrows::glossaryTerm);
}

std::optional<PersonaEmotion> ModelReader::personaEmotion(PersonaEmotionId id) const
{
    return convertOne<PersonaEmotion>(m_db, EntityType::PersonaEmotion, id.value(), entityrows::personaEmotion);
}

std::optional<WorkshopNote> ModelReader::workshopNote(WorkshopNoteId id) const
{
    return convertOne<WorkshopNote>(m_db, EntityType::WorkshopNote, id.value(), entityrows::workshopNote);
}

QList<Journey> ModelReader::subJourneys(JourneyId parent) const
{
    QList<Journey> result;
    const QList<Row> found = select(m_db, EntityType::Journey,
                                    QStringLiteral("detail_step_id IN (SELECT id FROM step WHERE journey_id = ?)"),
                                    {parent.value()});
    for (const Row &row : found) {
        if (auto journey = this->journey(JourneyId(row.value(QStringLiteral("id")).toLongLong())))
            result << *journey;
    }
    return result;
}

JourneyId ModelReader::parentJourney(JourneyId journey) const
{
    const QVariant parent = sql::scalar(
        m_db, QStringLiteral("SELECT s.journey_id FROM journey j JOIN step s ON s.id = j.detail_step_id WHERE j.id = ?"),
        {journey.value()});
    return JourneyId(parent.toLongLong());
}

int ModelReader::maxJourneyDepth() const
{
    QHash<qint64, qint64> parentOf; // journey -> parent journey
    QList<qint64> all;
    QSqlQuery query = sql::run(
        m_db, QStringLiteral("SELECT j.id, s.journey_id FROM journey j LEFT JOIN step s ON s.id = j.detail_step_id"));
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        all << id;
        if (!query.value(1).isNull())
            parentOf.insert(id, query.value(1).toLongLong());
    }
    if (all.isEmpty())
        return 0;
    int deepest = 1;
    for (qint64 id : std::as_const(all)) {
        int depth = 1;
        QSet<qint64> seen{id};
        qint64 current = id;
        while (parentOf.contains(current)) {
            current = parentOf.value(current);
            if (seen.contains(current))
                break; // a cycle of details; the checks report it, depth stays finite
            seen.insert(current);
            ++depth;
        }
        deepest = std::max(deepest, depth);
    }
    return deepest;
}

int ModelReader::count(EntityType type) const
{
    return sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(schema::tableName(type))).toInt();
}

} // namespace jl
