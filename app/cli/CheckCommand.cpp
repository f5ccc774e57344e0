#include "CheckCommand.h"

#include "CommandParser.h"
#include "ReadOnlyWorkspace.h"

#include "analysis/ModelChecks.h"
#include "document/Workspace.h"
#include "storage/SqlSupport.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace jl::cli {

namespace {

QString elementTypeKey(EntityType type)
{
    switch (type) {
    case EntityType::Step: return QStringLiteral("step");
    case EntityType::Trigger: return QStringLiteral("trigger");
    case EntityType::Journey: return QStringLiteral("journey");
    case EntityType::Persona: return QStringLiteral("persona");
    default: return QStringLiteral("element");
    }
}

QJsonObject toJson(const Finding &finding, const QHash<JourneyId, QString> &journeyNames)
{
    const QString type = elementTypeKey(finding.element.type);
    QJsonObject object;
    object.insert(QStringLiteral("check"), finding.check);
    object.insert(QStringLiteral("journey"),
                  finding.journey ? QJsonValue(journeyNames.value(finding.journey)) : QJsonValue(QJsonValue::Null));
    object.insert(QStringLiteral("journey_id"),
                  finding.journey ? QJsonValue(finding.journey.value()) : QJsonValue(QJsonValue::Null));
    object.insert(QStringLiteral("element"), QString(type + QLatin1Char(':') + QString::number(finding.element.id)));
    object.insert(QStringLiteral("element_type"), type);
    object.insert(QStringLiteral("element_id"), finding.element.id);
    object.insert(QStringLiteral("element_name"), finding.elementName);
    object.insert(QStringLiteral("message"), finding.message);
    return object;
}

} // namespace

QString CheckCommand::summary() const
{
    return tr("Check the journeys for unreachable steps, dead ends, missing owners and other flaws.");
}

int CheckCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QString path;
    bool json = false;
    int code = Success;
    if (!parseWorkspaceArguments(name(), summary(), tr("Print the findings as one JSON array."), arguments, out, err,
                                 &path, &json, &code))
        return code;
    QList<Finding> findings;
    QHash<JourneyId, QString> journeyNames;
    const QString error = readWorkspace(path, [&](QSqlDatabase db) {
        const ModelReader reader(db);
        findings = runModelChecks(reader);
        for (const Journey &journey : reader.journeys())
            journeyNames.insert(journey.id, journey.name);
    });
    if (!error.isEmpty()) {
        err << error << QLatin1Char('\n');
        return Failure;
    }

    if (json) {
        QJsonArray array;
        for (const Finding &finding : std::as_const(findings))
            array.append(toJson(finding, journeyNames));
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Success;
    }
    // Findings come sorted by journey, so a heading starts each group.
    bool first = true;
    JourneyId current;
    for (const Finding &finding : std::as_const(findings)) {
        if (first || finding.journey != current) {
            out << (finding.journey ? journeyNames.value(finding.journey) : tr("Workspace")) << QLatin1Char('\n');
            first = false;
            current = finding.journey;
        }
        out << QStringLiteral("  [%1] %2\n").arg(finding.check, finding.message);
    }
    out << tr("%n finding(s)", nullptr, int(findings.size())) << QLatin1Char('\n');
    return Success;
}

} // namespace jl::cli
