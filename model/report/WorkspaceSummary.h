#pragma once

// Counts that describe a workspace at a glance: what `journeylens info` prints and what the
// status bar and About box show.

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace jl {

struct WorkspaceSummary
{
    Q_DECLARE_TR_FUNCTIONS(jl::WorkspaceSummary)

public:
    QString title;
    int schemaVersion = 0;
    int personas = 0;
    int journeys = 0;
    int maxJourneyDepth = 0;
    int stages = 0;
    int steps = 0;
    int triggers = 0;
    int channels = 0;
    int departments = 0;
    int owners = 0;
    int sourceSystems = 0;
    int glossaryTerms = 0;
    int kpiTargets = 0;
    int workshopNotes = 0;
    int votes = 0; // dot votes on all workshop notes

    static WorkspaceSummary read(QSqlDatabase db); // throws SqlError
    QJsonObject toJson() const;
    QString toText() const; // a few human-readable lines
};

} // namespace jl
