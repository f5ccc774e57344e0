#include "StepClipboard.h"

#include "Workspace.h"
#include "storage/ModelReader.h"
#include "storage/SqlSupport.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

namespace jl::StepClipboard {

namespace {

constexpr int FormatVersion = 1;
constexpr double MaxCoordinate = 1.0e7;
constexpr qsizetype MaxText = 100000;

template<typename T, typename Id>
QString nameOf(const QList<T> &list, Id id)
{
    if (!id.isValid())
        return {};
    const auto it = std::find_if(list.cbegin(), list.cend(), [id](const T &item) { return item.id == id; });
    return it == list.cend() ? QString() : it->name;
}

template<typename T>
auto idOf(const QList<T> &list, const QString &name) -> decltype(T().id)
{
    if (name.isEmpty())
        return {};
    const auto it = std::find_if(list.cbegin(), list.cend(), [&name](const T &item) { return item.name == name; });
    return it == list.cend() ? decltype(T().id)() : it->id;
}

void putText(QJsonObject &object, const char *key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(QLatin1String(key), value);
}

// Reads an optional string member; false when present with the wrong type or too long.
bool readText(const QJsonObject &object, const char *key, QString *out)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull()) {
        out->clear();
        return true;
    }
    if (!value.isString() || value.toString().size() > MaxText)
        return false;
    *out = value.toString();
    return true;
}

bool readInteger(const QJsonObject &object, const char *key, qint64 min, qint64 max, qint64 *out)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined())
        return true; // keeps the default
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    if (!std::isfinite(number) || number != std::floor(number) || number < double(min) || number > double(max))
        return false;
    *out = qint64(number);
    return true;
}

bool readCoordinate(const QJsonObject &object, const char *key, double *out)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    if (!std::isfinite(number) || std::abs(number) > MaxCoordinate)
        return false;
    *out = number;
    return true;
}

std::optional<StepClipboardData> fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

} // namespace

StepClipboardData collect(const ModelReader &reader, const QList<StepId> &ids)
{
    StepClipboardData data;
    QList<Step> steps;
    QSet<qint64> keys;
    for (const StepId id : ids) {
        if (keys.contains(id.value()))
            continue;
        if (const std::optional<Step> step = reader.step(id)) {
            steps.append(*step);
            keys.insert(id.value());
        }
    }
    if (steps.isEmpty())
        return data;
    std::sort(steps.begin(), steps.end(), [](const Step &a, const Step &b) { return a.id < b.id; });

    const QList<Channel> channels = reader.channels();
    const QList<Department> departments = reader.departments();
    const QList<Owner> owners = reader.owners();
    const QList<SourceSystem> sourceSystems = reader.sourceSystems();
    double left = std::numeric_limits<double>::max();
    double top = std::numeric_limits<double>::max();
    for (const Step &step : std::as_const(steps)) {
        if (step.hasPosition) {
            left = std::min(left, step.x);
            top = std::min(top, step.y);
        }
    }
    QHash<JourneyId, QList<Stage>> stages;
    for (const Step &step : std::as_const(steps)) {
        if (!stages.contains(step.journey))
            stages.insert(step.journey, reader.stages(step.journey));
        ClipboardStep entry;
        entry.key = step.id.value();
        entry.kind = step.kind;
        entry.name = step.name;
        entry.stage = nameOf(stages.value(step.journey), step.stage);
        entry.channel = nameOf(channels, step.channel);
        entry.department = nameOf(departments, step.department);
        entry.owner = nameOf(owners, step.owner);
        entry.sourceSystem = nameOf(sourceSystems, step.sourceSystem);
        entry.emotion = step.emotion;
        entry.description = step.description;
        entry.pains = step.pains;
        entry.ideas = step.ideas;
        entry.hasPosition = step.hasPosition;
        if (step.hasPosition) {
            entry.x = step.x - left;
            entry.y = step.y - top;
        }
        data.steps.append(entry);
    }
    for (const JourneyId journey : stages.keys()) {
        const QList<Trigger> triggers = reader.triggers(journey);
        for (const Trigger &trigger : triggers) {
            if (!keys.contains(trigger.from.value()) || !keys.contains(trigger.to.value()))
                continue;
            data.triggers.append({trigger.from.value(), trigger.to.value(), trigger.kind, trigger.label,
                                  trigger.condition, trigger.engagementAction, trigger.expectedDelaySeconds});
        }
    }
    std::sort(data.triggers.begin(), data.triggers.end(), [](const ClipboardTrigger &a, const ClipboardTrigger &b) {
        return std::pair(a.from, a.to) < std::pair(b.from, b.to);
    });
    return data;
}

QByteArray serialize(const StepClipboardData &data)
{
    QJsonArray steps;
    for (const ClipboardStep &step : data.steps) {
        QJsonObject object;
        object.insert(QLatin1String("key"), double(step.key));
        object.insert(QLatin1String("kind"), int(step.kind));
        object.insert(QLatin1String("name"), step.name);
        putText(object, "stage", step.stage);
        putText(object, "channel", step.channel);
        putText(object, "department", step.department);
        putText(object, "owner", step.owner);
        putText(object, "sourceSystem", step.sourceSystem);
        object.insert(QLatin1String("emotion"), step.emotion);
        putText(object, "description", step.description);
        putText(object, "pains", step.pains);
        putText(object, "ideas", step.ideas);
        if (step.hasPosition) {
            object.insert(QLatin1String("x"), step.x);
            object.insert(QLatin1String("y"), step.y);
        }
        steps.append(object);
    }
    QJsonArray triggers;
    for (const ClipboardTrigger &trigger : data.triggers) {
        QJsonObject object;
        object.insert(QLatin1String("from"), double(trigger.from));
        object.insert(QLatin1String("to"), double(trigger.to));
        object.insert(QLatin1String("kind"), int(trigger.kind));
        putText(object, "label", trigger.label);
        putText(object, "condition", trigger.condition);
        putText(object, "engagementAction", trigger.engagementAction);
        if (trigger.expectedDelaySeconds != 0)
            object.insert(QLatin1String("expectedDelaySeconds"), double(trigger.expectedDelaySeconds));
        triggers.append(object);
    }
    QJsonObject root;
    root.insert(QLatin1String("format"), QLatin1String(MimeType));
    root.insert(QLatin1String("version"), FormatVersion);
    root.insert(QLatin1String("steps"), steps);
    root.insert(QLatin1String("triggers"), triggers);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

std::optional<StepClipboardData> deserialize(const QByteArray &json, QString *error)
{
    if (json.size() > MaxBytes)
        return fail(error, QStringLiteral("clipboard content too large"));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(error, parseError.errorString());
    if (!document.isObject())
        return fail(error, QStringLiteral("not a JSON object"));
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("format")).toString() != QLatin1String(MimeType))
        return fail(error, QStringLiteral("not a JourneyLens step list"));
    if (root.value(QLatin1String("version")).toInt(-1) != FormatVersion)
        return fail(error, QStringLiteral("unsupported version"));
    const QJsonValue stepsValue = root.value(QLatin1String("steps"));
    const QJsonValue triggersValue = root.value(QLatin1String("triggers"));
    if (!stepsValue.isArray() || !(triggersValue.isArray() || triggersValue.isUndefined()))
        return fail(error, QStringLiteral("steps or triggers are not arrays"));
    const QJsonArray steps = stepsValue.toArray();
    const QJsonArray triggers = triggersValue.toArray();
    if (steps.size() > MaxSteps || triggers.size() > MaxTriggers)
        return fail(error, QStringLiteral("too many elements"));

    StepClipboardData data;
    QSet<qint64> keys;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QString where = QStringLiteral("step %1: ").arg(i);
        if (!steps.at(i).isObject())
            return fail(error, where + QStringLiteral("not an object"));
        const QJsonObject object = steps.at(i).toObject();
        ClipboardStep step;
        qint64 kind = -1;
        qint64 emotion = 0;
        if (!object.value(QLatin1String("key")).isDouble() || !readInteger(object, "key", 1, qint64(1) << 52, &step.key)
            || keys.contains(step.key))
            return fail(error, where + QStringLiteral("missing or duplicate key"));
        if (!readInteger(object, "kind", int(StepKind::Touchpoint), int(StepKind::Outcome), &kind) || kind < 0)
            return fail(error, where + QStringLiteral("invalid kind"));
        if (!readInteger(object, "emotion", MinEmotion, MaxEmotion, &emotion))
            return fail(error, where + QStringLiteral("invalid emotion"));
        if (!readText(object, "name", &step.name) || !readText(object, "stage", &step.stage)
            || !readText(object, "channel", &step.channel) || !readText(object, "department", &step.department)
            || !readText(object, "owner", &step.owner) || !readText(object, "sourceSystem", &step.sourceSystem)
            || !readText(object, "description", &step.description) || !readText(object, "pains", &step.pains)
            || !readText(object, "ideas", &step.ideas))
            return fail(error, where + QStringLiteral("invalid text field"));
        const bool hasX = object.contains(QLatin1String("x"));
        const bool hasY = object.contains(QLatin1String("y"));
        if (hasX != hasY)
            return fail(error, where + QStringLiteral("incomplete position"));
        if (hasX && (!readCoordinate(object, "x", &step.x) || !readCoordinate(object, "y", &step.y)))
            return fail(error, where + QStringLiteral("invalid position"));
        step.hasPosition = hasX;
        step.kind = StepKind(kind);
        step.emotion = int(emotion);
        keys.insert(step.key);
        data.steps.append(step);
    }
    for (qsizetype i = 0; i < triggers.size(); ++i) {
        const QString where = QStringLiteral("trigger %1: ").arg(i);
        if (!triggers.at(i).isObject())
            return fail(error, where + QStringLiteral("not an object"));
        const QJsonObject object = triggers.at(i).toObject();
        ClipboardTrigger trigger;
        qint64 kind = int(TriggerKind::Unspecified);
        if (!readInteger(object, "from", 1, qint64(1) << 52, &trigger.from)
            || !readInteger(object, "to", 1, qint64(1) << 52, &trigger.to) || !keys.contains(trigger.from)
            || !keys.contains(trigger.to) || trigger.from == trigger.to)
            return fail(error, where + QStringLiteral("does not connect two copied steps"));
        if (!readInteger(object, "kind", int(TriggerKind::Unspecified), int(TriggerKind::AgentAction), &kind))
            return fail(error, where + QStringLiteral("invalid kind"));
        if (!readInteger(object, "expectedDelaySeconds", 0, qint64(1) << 52, &trigger.expectedDelaySeconds))
            return fail(error, where + QStringLiteral("invalid delay"));
        if (!readText(object, "label", &trigger.label) || !readText(object, "condition", &trigger.condition)
            || !readText(object, "engagementAction", &trigger.engagementAction))
            return fail(error, where + QStringLiteral("invalid text field"));
        trigger.kind = TriggerKind(kind);
        data.triggers.append(trigger);
    }
    return data;
}

QList<StepId> paste(Workspace &workspace, JourneyId journey, const StepClipboardData &data, QPointF origin,
                    const QString &text)
{
    if (data.isEmpty() || !journey.isValid())
        return {};
    QList<Stage> stages;
    QList<Channel> channels;
    QList<Department> departments;
    QList<Owner> owners;
    QList<SourceSystem> sourceSystems;
    try {
        const ModelReader reader = workspace.reader();
        if (!reader.journey(journey))
            return {};
        stages = reader.stages(journey);
        channels = reader.channels();
        departments = reader.departments();
        owners = reader.owners();
        sourceSystems = reader.sourceSystems();
    } catch (const SqlError &e) {
        workspace.reportFailure(text, e);
        return {};
    }
    const StageId firstStage = stages.isEmpty() ? StageId() : stages.first().id;

    QList<StepId> created;
    QHash<qint64, StepId> byKey;
    workspace.beginEdit(text);
    for (const ClipboardStep &entry : data.steps) {
        Step step;
        step.journey = journey;
        step.kind = entry.kind;
        step.name = entry.name;
        const StageId stage = idOf(stages, entry.stage);
        step.stage = stage.isValid() ? stage : firstStage;
        step.channel = idOf(channels, entry.channel);
        step.department = idOf(departments, entry.department);
        step.owner = idOf(owners, entry.owner);
        step.sourceSystem = idOf(sourceSystems, entry.sourceSystem);
        step.emotion = std::clamp(entry.emotion, MinEmotion, MaxEmotion);
        step.description = entry.description;
        step.pains = entry.pains;
        step.ideas = entry.ideas;
        step.hasPosition = entry.hasPosition;
        if (entry.hasPosition) {
            step.x = std::round(origin.x() + entry.x);
            step.y = std::round(origin.y() + entry.y);
        }
        const StepId id = workspace.addStep(step);
        if (!id.isValid())
            break;
        created.append(id);
        byKey.insert(entry.key, id);
    }
    if (created.size() == data.steps.size()) {
        for (const ClipboardTrigger &entry : data.triggers) {
            Trigger trigger;
            trigger.journey = journey;
            trigger.from = byKey.value(entry.from);
            trigger.to = byKey.value(entry.to);
            trigger.kind = entry.kind;
            trigger.label = entry.label;
            trigger.condition = entry.condition;
            trigger.engagementAction = entry.engagementAction;
            trigger.expectedDelaySeconds = entry.expectedDelaySeconds;
            if (!trigger.from.isValid() || !trigger.to.isValid() || !workspace.addTrigger(trigger).isValid())
                break;
        }
    }
    if (!workspace.endEdit())
        return {};
    return created;
}

QList<StepId> duplicate(Workspace &workspace, const QList<StepId> &ids, QPointF offset, const QString &text)
{
    QList<Step> steps;
    QList<Trigger> triggers;
    try {
        const ModelReader reader = workspace.reader();
        QSet<JourneyId> journeys;
        QSet<qint64> keys;
        for (const StepId id : ids) {
            const std::optional<Step> step = reader.step(id);
            if (!step || keys.contains(id.value()))
                continue;
            steps.append(*step);
            keys.insert(id.value());
            journeys.insert(step->journey);
        }
        for (const JourneyId journey : std::as_const(journeys)) {
            const QList<Trigger> all = reader.triggers(journey);
            for (const Trigger &trigger : all) {
                if (keys.contains(trigger.from.value()) && keys.contains(trigger.to.value()))
                    triggers.append(trigger);
            }
        }
    } catch (const SqlError &e) {
        workspace.reportFailure(text, e);
        return {};
    }
    if (steps.isEmpty())
        return {};
    std::sort(steps.begin(), steps.end(), [](const Step &a, const Step &b) { return a.id < b.id; });
    std::sort(triggers.begin(), triggers.end(), [](const Trigger &a, const Trigger &b) { return a.id < b.id; });

    QList<StepId> created;
    QHash<StepId, StepId> copies;
    workspace.beginEdit(text);
    for (const Step &original : std::as_const(steps)) {
        Step copy = original;
        copy.id = {};
        copy.kpiTargets.clear();
        if (copy.hasPosition) {
            copy.x += offset.x();
            copy.y += offset.y();
        }
        const StepId id = workspace.addStep(copy);
        if (!id.isValid())
            break;
        created.append(id);
        copies.insert(original.id, id);
    }
    if (created.size() == steps.size()) {
        for (const Trigger &original : std::as_const(triggers)) {
            Trigger copy = original;
            copy.id = {};
            copy.from = copies.value(original.from);
            copy.to = copies.value(original.to);
            if (!workspace.addTrigger(copy).isValid())
                break;
        }
    }
    if (!workspace.endEdit())
        return {};
    return created;
}

} // namespace jl::StepClipboard
