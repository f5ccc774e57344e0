#pragma once

// Generic access to entity tables as rows (column name -> value). Undo commands snapshot and
// restore rows through this; typed code goes through ModelReader and EntityRows. Column names
// are checked against the schema, so no caller-provided text ever reaches SQL unquoted.
// All functions throw SqlError on failure.

#include "Schema.h"
#include "domain/EntityType.h"

#include <QList>
#include <QSqlDatabase>
#include <QVariantMap>

#include <optional>

namespace jl {

using Row = QVariantMap;

namespace rows {

std::optional<Row> read(QSqlDatabase db, EntityType type, qint64 id);
// Inserts row; uses row["id"] when present and valid, otherwise lets SQLite choose.
qint64 insert(QSqlDatabase db, EntityType type, const Row &row);
QVariant value(QSqlDatabase db, EntityType type, qint64 id, const QString &column);
void update(QSqlDatabase db, EntityType type, qint64 id, const QString &column, const QVariant &value);
void remove(QSqlDatabase db, EntityType type, qint64 id);
// Ids of rows of fk.from whose fk.column equals id.
QList<qint64> referencing(QSqlDatabase db, const schema::ForeignKey &fk, qint64 id);
bool isColumn(EntityType type, const QString &column);

} // namespace rows
} // namespace jl
