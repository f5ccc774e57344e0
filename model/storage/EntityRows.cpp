#include "EntityRows.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace jl::entityrows {

namespace {
QString s(const char *text)
{
    return QString::fromLatin1(text);
}

template <typename IdT>
IdT idOf(const Row &row, const char *column)
{
    return IdT(row.value(s(column)).toLongLong());
}

QString text(const Row &row, const char *column)
{
    return row.value(s(column)).toString();
}

QString mapToText(const QVariantMap &map)
{
    if (map.isEmpty())
        return {};
    return QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(map)).toJson(QJsonDocument::Compact));
}

QVariantMap textToMap(const QVariant &value)
{
    const QByteArray bytes = value.toString().toUtf8();
    if (bytes.isEmpty())
        return {};
    return QJsonDocument::fromJson(bytes).object().toVariantMap();
}

QVariant nullableText(const QString &value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}
} // namespace

QVariant idValue(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

QString listToText(const QStringList &list)
{
    if (list.isEmpty())
        return {};
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList textToList(const QVariant &value)
{
    const QByteArray bytes = value.toString().toUtf8();
    if (bytes.isEmpty())
        return {};
    QStringList list;
    const QJsonArray array = QJsonDocument::fromJson(bytes).array();
    for (const QJsonValue &item : array)
        list << item.toString();
    return list;
}

Row toRow(const Channel &v)
{
    return {{s("id"), idValue(v.id.value())}, {s("name"), v.name}, {s("icon"), nullableText(v.icon)},
            {s("description"), nullableText(v.description)}};
}

Row toRow(const Department &v)
{
    return {{s("id"), idValue(v.id.value())}, {s("name"), v.name}};
}

Row toRow(const SourceSystem &v)
{
    return {{s("id"), idValue(v.id.value())}, {s("name"), v.name}, {s("kind"), nullableText(v.kind)},
            {s("description"), nullableText(v.description)}};
}

Row toRow(const Owner &v)
{
    return {{s("id"), idValue(v.id.value())}, {s("name"), v.name}, {s("role"), nullableText(v.role)},
            {s("department_id"), idValue(v.department.value())}};
}

Row toRow(const Persona &v)
{
    return {{s("id"), idValue(v.id.value())},
            {s("name"), v.name},
            {s("quote"), nullableText(v.quote)},
            {s("photo"), v.photo.isEmpty() ? QVariant() : QVariant(v.photo)},
            {s("goals"), nullableText(listToText(v.goals))},
            {s("pains"), nullableText(listToText(v.pains))},
            {s("needs"), nullableText(listToText(v.needs))},
            {s("attributes"), nullableText(mapToText(v.attributes))},
            {s("segment_rule"), nullableText(v.segmentRule)}};
}

Row toRow(const Journey &v)
{
    return {{s("id"), idValue(v.id.value())},
            {s("name"), v.name},
            {s("level"), static_cast<int>(v.level)},
            {s("status"), static_cast<int>(v.status)},
            {s("owner_id"), idValue(v.owner.value())},
            {s("description"), nullableText(v.description)},
            {s("detail_step_id"), idValue(v.detailsStep.value())}};
}

Row toRow(const Stage &v)
{
    return {{s("id"), idValue(v.id.value())}, {s("journey_id"), v.journey.value()}, {s("name"), v.name},
            {s("position"), v.position}, {s("description"), nullableText(v.description)}};
}

Row toRow(const Step &v)
{
    return {{s("id"), idValue(v.id.value())},
            {s("journey_id"), v.journey.value()},
            {s("stage_id"), idValue(v.stage.value())},
            {s("kind"), static_cast<int>(v.kind)},
            {s("name"), v.name},
            {s("channel_id"), idValue(v.channel.value())},
            {s("department_id"), idValue(v.department.value())},
            {s("owner_id"), idValue(v.owner.value())},
            {s("source_system_id"), idValue(v.sourceSystem.value())},
            {s("emotion"), v.emotion},
            {s("description"), nullableText(v.description)},
            {s("pains"), nullableText(v.pains)},
            {s("ideas"), nullableText(v.ideas)},
            {s("pos_x"), v.hasPosition ? QVariant(v.x) : QVariant()},
            {s("pos_y"), v.hasPosition ? QVariant(v.y) : QVariant()}};
}

Row toRow(const KpiTarget &v)
{
    return {{s("id"), idValue(v.id.value())}, {s("step_id"), v.step.value()},
            {s("measure"), static_cast<int>(v.measure)}, {s("target"), v.target}, {s("unit"), nullableText(v.unit)}};
}

Row toRow(const Trigger &v)
{
    return {{s("id"), idValue(v.id.value())},
            {s("journey_id"), v.journey.value()},
            {s("from_step_id"), v.from.value()},
            {s("to_step_id"), v.to.value()},
            {s("kind"), v.kind == TriggerKind::Unspecified ? QVariant() : QVariant(static_cast<int>(v.kind))},
            {s("label"), nullableText(v.label)},
            {s("condition"), nullableText(v.condition)},
            {s("engagement_action"), nullableText(v.engagementAction)},
            {s("expected_delay_s"), v.expectedDelaySeconds}};
}

Row toRow(const GlossaryTerm &v)
{
    return {{s("id"), idValue(v.id.value())}, {s("term"), v.term}, {s("definition"), nullableText(v.definition)},
            {s("synonyms"), nullableText(listToText(v.synonyms))}, {s("owner_id"), idValue(v.owner.value())}};
}

Row toRow(const PersonaEmotion &v)
{
    return {{s("id"), idValue(v.id.value())},
            {s("step_id"), v.step.value()},
            {s("persona_id"), v.persona.value()},
            {s("emotion"), v.emotion}};
}

Row toRow(const WorkshopNote &v)
{
    return {{s("id"), idValue(v.id.value())}, {s("step_id"), v.step.value()},
            {s("kind"), static_cast<int>(v.kind)}, {s("text"), v.text},
            {s("votes"), v.votes},              {s("position"), v.position}};
}

Channel channel(const Row &row)
{
    return {idOf<ChannelId>(row, "id"), text(row, "name"), text(row, "icon"), text(row, "description")};
}

Department department(const Row &row)
{
    return {idOf<DepartmentId>(row, "id"), text(row, "name")};
}

SourceSystem sourceSystem(const Row &row)
{
    return {idOf<SourceSystemId>(row, "id"), text(row, "name"), text(row, "kind"), text(row, "description")};
}

Owner owner(const Row &row)
{
    return {idOf<OwnerId>(row, "id"), text(row, "name"), text(row, "role"), idOf<DepartmentId>(row, "department_id")};
}

Persona persona(const Row &row)
{
    Persona v;
    v.id = idOf<PersonaId>(row, "id");
    v.name = text(row, "name");
    v.quote = text(row, "quote");
    v.photo = row.value(s("photo")).toByteArray();
    v.goals = textToList(row.value(s("goals")));
    v.pains = textToList(row.value(s("pains")));
    v.needs = textToList(row.value(s("needs")));
    v.attributes = textToMap(row.value(s("attributes")));
    v.segmentRule = text(row, "segment_rule");
    return v;
}

Journey journey(const Row &row)
{
    Journey v;
    v.id = idOf<JourneyId>(row, "id");
    v.name = text(row, "name");
    v.level = static_cast<JourneyLevel>(row.value(s("level")).toInt());
    v.status = static_cast<JourneyStatus>(row.value(s("status")).toInt());
    v.owner = idOf<OwnerId>(row, "owner_id");
    v.description = text(row, "description");
    v.detailsStep = idOf<StepId>(row, "detail_step_id");
    return v;
}

Stage stage(const Row &row)
{
    return {idOf<StageId>(row, "id"), idOf<JourneyId>(row, "journey_id"), text(row, "name"),
            row.value(s("position")).toInt(), text(row, "description")};
}

Step step(const Row &row)
{
    Step v;
    v.id = idOf<StepId>(row, "id");
    v.journey = idOf<JourneyId>(row, "journey_id");
    v.stage = idOf<StageId>(row, "stage_id");
    v.kind = static_cast<StepKind>(row.value(s("kind")).toInt());
    v.name = text(row, "name");
    v.channel = idOf<ChannelId>(row, "channel_id");
    v.department = idOf<DepartmentId>(row, "department_id");
    v.owner = idOf<OwnerId>(row, "owner_id");
    v.sourceSystem = idOf<SourceSystemId>(row, "source_system_id");
    v.emotion = row.value(s("emotion")).toInt();
    v.description = text(row, "description");
    v.pains = text(row, "pains");
    v.ideas = text(row, "ideas");
    const QVariant x = row.value(s("pos_x"));
    const QVariant y = row.value(s("pos_y"));
    v.hasPosition = !x.isNull() && !y.isNull() && x.isValid() && y.isValid();
    v.x = v.hasPosition ? x.toDouble() : 0.0;
    v.y = v.hasPosition ? y.toDouble() : 0.0;
    return v;
}

KpiTarget kpiTarget(const Row &row)
{
    return {idOf<KpiTargetId>(row, "id"), idOf<StepId>(row, "step_id"),
            static_cast<KpiMeasure>(row.value(s("measure")).toInt()), row.value(s("target")).toDouble(),
            text(row, "unit")};
}

Trigger trigger(const Row &row)
{
    Trigger v;
    v.id = idOf<TriggerId>(row, "id");
    v.journey = idOf<JourneyId>(row, "journey_id");
    v.from = idOf<StepId>(row, "from_step_id");
    v.to = idOf<StepId>(row, "to_step_id");
    const QVariant kind = row.value(s("kind"));
    v.kind = (kind.isNull() || !kind.isValid()) ? TriggerKind::Unspecified : static_cast<TriggerKind>(kind.toInt());
    v.label = text(row, "label");
    v.condition = text(row, "condition");
    v.engagementAction = text(row, "engagement_action");
    v.expectedDelaySeconds = row.value(s("expected_delay_s")).toLongLong();
    return v;
}

GlossaryTerm glossaryTerm(const Row &row)
{
    return {idOf<GlossaryTermId>(row, "id"), text(row, "term"), text(row, "definition"),
            textToList(row.value(s("synonyms"))), idOf<OwnerId>(row, "owner_id")};
}

PersonaEmotion personaEmotion(const Row &row)
{
    return {idOf<PersonaEmotionId>(row, "id"), idOf<StepId>(row, "step_id"), idOf<PersonaId>(row, "persona_id"),
            row.value(s("emotion")).toInt()};
}

WorkshopNote workshopNote(const Row &row)
{
    WorkshopNote v;
    v.id = idOf<WorkshopNoteId>(row, "id");
    v.step = idOf<StepId>(row, "step_id");
    v.kind = row.value(s("kind")).toInt() == static_cast<int>(NoteKind::Pain) ? NoteKind::Pain : NoteKind::Idea;
    v.text = text(row, "text");
    v.votes = row.value(s("votes")).toInt();
    v.position = row.value(s("position")).toInt();
    return v;
}

} // namespace jl::entityrows
