#include "WorkspaceSummary.h"

#include "storage/Migrations.h"
#include "storage/ModelReader.h"
#include "storage/Schema.h"
#include "storage/SqlSupport.h"

#include <QCoreApplication>

namespace jl {

namespace {
// Counts rows of a table that an older file format may not have yet.
int countIfPresent(QSqlDatabase db, EntityType type)
{
    const QString table = schema::tableName(type);
    if (!sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM sqlite_schema WHERE type = 'table' AND name = ?"), {table})
             .toBool())
        return 0;
    return ModelReader(db).count(type);
}
} // namespace

WorkspaceSummary WorkspaceSummary::read(QSqlDatabase db)
{
    const ModelReader reader(db);
    WorkspaceSummary s;
    s.title = sql::scalar(db, QStringLiteral("SELECT value FROM meta WHERE key = 'title'")).toString();
    s.schemaVersion = migrations::userVersion(db);
    s.personas = reader.count(EntityType::Persona);
    s.journeys = reader.count(EntityType::Journey);
    s.maxJourneyDepth = reader.maxJourneyDepth();
    s.stages = reader.count(EntityType::Stage);
    s.steps = reader.count(EntityType::Step);
    s.triggers = reader.count(EntityType::Trigger);
    s.channels = reader.count(EntityType::Channel);
    s.departments = reader.count(EntityType::Department);
    s.owners = reader.count(EntityType::Owner);
    s.sourceSystems = reader.count(EntityType::SourceSystem);
    s.glossaryTerms = reader.count(EntityType::GlossaryTerm);
    s.kpiTargets = countIfPresent(db, EntityType::KpiTarget);
    s.workshopNotes = countIfPresent(db, EntityType::WorkshopNote);
    if (s.workshopNotes > 0)
        s.votes = sql::scalar(db, QStringLiteral("SELECT COALESCE(SUM(votes), 0) FROM workshop_note")).toInt();
    return s;
}

QJsonObject WorkspaceSummary::toJson() const
{
    return {
        {QStringLiteral("title"), title},
        {QStringLiteral("schema_version"), schemaVersion},
        {QStringLiteral("personas"), personas},
        {QStringLiteral("journeys"), journeys},
        {QStringLiteral("max_journey_depth"), maxJourneyDepth},
        {QStringLiteral("stages"), stages},
        {QStringLiteral("steps"), steps},
        {QStringLiteral("triggers"), triggers},
        {QStringLiteral("channels"), channels},
        {QStringLiteral("departments"), departments},
        {QStringLiteral("owners"), owners},
        {QStringLiteral("source_systems"), sourceSystems},
        {QStringLiteral("glossary_terms"), glossaryTerms},
        {QStringLiteral("kpi_targets"), kpiTargets},
        {QStringLiteral("workshop_notes"), workshopNotes},
        {QStringLiteral("votes"), votes},
    };
}

QString WorkspaceSummary::toText() const
{
    QStringList lines;
    lines << title;
    lines << tr("%n persona(s)", nullptr, personas) + QStringLiteral(", ") + tr("%n journey(s)", nullptr, journeys)
                 + QStringLiteral(" (") + tr("%n level(s) deep", nullptr, maxJourneyDepth) + QLatin1Char(')');
    lines << tr("%n stage(s)", nullptr, stages) + QStringLiteral(", ") + tr("%n step(s)", nullptr, steps) + QStringLiteral(", ")
                 + tr("%n trigger(s)", nullptr, triggers);
    lines << tr("%n channel(s)", nullptr, channels) + QStringLiteral(", ") + tr("%n owner(s)", nullptr, owners) + QStringLiteral(", ")
                 + tr("%n source system(s)", nullptr, sourceSystems) + QStringLiteral(", ")
                 + tr("%n glossary term(s)", nullptr, glossaryTerms);
    if (workshopNotes > 0)
        lines << tr("%n workshop note(s)", nullptr, workshopNotes) + QStringLiteral(", ") + tr("%n vote(s)", nullptr, votes);
    lines << tr("File format version %1").arg(schemaVersion);
    return lines.join(QLatin1Char('\n'));
}

} // namespace jl
