#pragma once

// Conversion between the domain's value types and table rows. Lists (goals, synonyms) are
// stored as JSON arrays, free attributes as a JSON object, unset ids and unspecified kinds as
// NULL. Link rows (persona channels, journey personas, KPI targets) are not part of the
// owner's row: ModelReader joins them in, Workspace writes them as rows of their own.

#include "RowStore.h"
#include "domain/Entities.h"

namespace jl::entityrows {

Row toRow(const Channel &value);
Row toRow(const Department &value);
Row toRow(const SourceSystem &value);
Row toRow(const Owner &value);
Row toRow(const Persona &value);
Row toRow(const Journey &value);
Row toRow(const Stage &value);
Row toRow(const Step &value);
Row toRow(const KpiTarget &value);
Row toRow(const Trigger &value);
Row toRow(const GlossaryTerm &value);
Row toRow(const PersonaEmotion &value);
Row toRow(const WorkshopNote &value);

Channel channel(const Row &row);
Department department(const Row &row);
SourceSystem sourceSystem(const Row &row);
Owner owner(const Row &row);
Persona persona(const Row &row);
Journey journey(const Row &row);
Stage stage(const Row &row);
Step step(const Row &row);
KpiTarget kpiTarget(const Row &row);
Trigger trigger(const Row &row);
GlossaryTerm glossaryTerm(const Row &row);
PersonaEmotion personaEmotion(const Row &row);
WorkshopNote workshopNote(const Row &row);

// Column helpers shared with the inspector and commands.
QVariant idValue(qint64 id);                // NULL for 0
QString listToText(const QStringList &list); // JSON array
QStringList textToList(const QVariant &text);

} // namespace jl::entityrows
