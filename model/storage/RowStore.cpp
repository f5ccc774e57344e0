#include "RowStore.h"

#include "SqlSupport.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace jl::rows {

namespace {
void checkColumn(EntityType type, const QString &column)
{
    if (!isColumn(type, column))
        throw SqlError(QStringLiteral("unknown column %1.%2").arg(schema::tableName(type), column));
}
} // namespace

bool isColumn(EntityType type, const QString &column)
{
    return schema::columns(type).contains(column);
}

std::optional<Row> read(QSqlDatabase db, EntityType type, qint64 id)
{
    const QStringList columns = schema::columns(type);
    QSqlQuery query = sql::run(db,
                               QStringLiteral("SELECT %1 FROM %2 WHERE id = ?")
                                   .arg(columns.join(QStringLiteral(", ")), schema::tableName(type)),
                               {id});
    if (!query.next())
        return std::nullopt;
    Row row;
    for (int i = 0; i < columns.size(); ++i)
        row.insert(columns.at(i), query.value(i));
    return row;
}

qint64 insert(QSqlDatabase db, EntityType type, const Row &row)
{
    QStringList names;
    QVariantList values;
    for (auto it = row.cbegin(); it != row.cend(); ++it) {
        checkColumn(type, it.key());
        if (it.key() == QLatin1String("id") && it.value().toLongLong() <= 0)
            continue;
        names << it.key();
        values << it.value();
    }
    QStringList marks;
    marks.fill(QStringLiteral("?"), names.size());
    const QString statement = names.isEmpty()
        ? QStringLiteral("INSERT INTO %1 DEFAULT VALUES").arg(schema::tableName(type))
        : QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
              .arg(schema::tableName(type), names.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
    QSqlQuery query = sql::run(db, statement, values);
    return query.lastInsertId().toLongLong();
}

QVariant value(QSqlDatabase db, EntityType type, qint64 id, const QString &column)
{
    checkColumn(type, column);
    QSqlQuery query = sql::run(
        db, QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(column, schema::tableName(type)), {id});
    if (!query.next())
        throw SqlError(QStringLiteral("no %1 with id %2").arg(schema::tableName(type)).arg(id));
    return query.value(0);
}

void update(QSqlDatabase db, EntityType type, qint64 id, const QString &column, const QVariant &value)
{
    checkColumn(type, column);
    if (column == QLatin1String("id"))
        throw SqlError(QStringLiteral("the id of an element cannot change"));
    QSqlQuery query = sql::run(
        db, QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(schema::tableName(type), column), {value, id});
    if (query.numRowsAffected() != 1)
        throw SqlError(QStringLiteral("no %1 with id %2").arg(schema::tableName(type)).arg(id));
}

void remove(QSqlDatabase db, EntityType type, qint64 id)
{
    sql::run(db, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(schema::tableName(type)), {id});
}

QList<qint64> referencing(QSqlDatabase db, const schema::ForeignKey &fk, qint64 id)
{
    QSqlQuery query = sql::run(db,
                               QStringLiteral("SELECT id FROM %1 WHERE %2 = ? ORDER BY id")
                                   .arg(schema::tableName(fk.from), fk.column),
                               {id});
    QList<qint64> ids;
    while (query.next())
        ids << query.value(0).toLongLong();
    return ids;
}

} // namespace jl::rows
