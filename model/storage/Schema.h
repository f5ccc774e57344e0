#pragma once

// The workspace's table layout, as data: table names, columns and the foreign keys between
// them. Generic code (row snapshots for undo, canonical dumps, cascade collection) walks this
// description instead of knowing each table.

#include "domain/EntityType.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace jl::schema {

// Written to PRAGMA application_id so that a .jlens file is recognisable as ours ("JLNS").
inline constexpr qint32 ApplicationId = 0x4A4C4E53;
// The schema version this build writes; migrations bring older files up to it.
inline constexpr int CurrentVersion = 5;

enum class OnDelete { Cascade, SetNull };

struct ForeignKey
{
    EntityType from; // the table holding the column
    QString column;
    EntityType to;   // the table it points to
    OnDelete onDelete;
};

QString tableName(EntityType type);
// Columns of the current schema, "id" first.
QStringList columns(EntityType type);
// Columns that no property change may touch: the id, and what an element belongs to (a step
// moves to another journey by a dedicated command, never by editing journey_id).
bool isImmutable(EntityType type, const QString &column);
// All foreign keys between entity tables.
const QList<ForeignKey> &foreignKeys();
// Names of all tables of the current schema (entity tables plus bookkeeping), in creation order.
QStringList allTables();

} // namespace jl::schema
