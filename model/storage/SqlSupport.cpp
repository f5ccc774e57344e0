#include "SqlSupport.h"

#include <QSqlError>
#include <QStringList>

namespace jl {

namespace {
[[noreturn]] void fail(const QSqlQuery &query, const QString &statement)
{
    QString text = query.lastError().databaseText();
    if (text.isEmpty())
        text = query.lastError().text();
    throw SqlError(text, statement.simplified());
}
} // namespace

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    sql::exec(m_db, QStringLiteral("BEGIN IMMEDIATE"));
}

Transaction::~Transaction()
{
    if (!m_done) {
        QSqlQuery query(m_db);
        query.exec(QStringLiteral("ROLLBACK"));
    }
}

void Transaction::commit()
{
    sql::exec(m_db, QStringLiteral("COMMIT"));
    m_done = true;
}

namespace sql {

void exec(QSqlDatabase db, const QString &statement)
{
    QSqlQuery query(db);
    if (!query.exec(statement))
        fail(query, statement);
}

void execScript(QSqlDatabase db, const QString &script)
{
    const QStringList statements = script.split(QStringLiteral(";\n"), Qt::SkipEmptyParts);
    for (const QString &statement : statements) {
        const QString trimmed = statement.trimmed();
        if (!trimmed.isEmpty())
            exec(db, trimmed);
    }
}

QSqlQuery run(QSqlDatabase db, const QString &statement, const QVariantList &bindings)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        fail(query, statement);
    for (const QVariant &value : bindings)
        query.addBindValue(value);
    if (!query.exec())
        fail(query, statement);
    return query;
}

QVariant scalar(QSqlDatabase db, const QString &statement, const QVariantList &bindings)
{
    QSqlQuery query = run(db, statement, bindings);
    if (!query.next())
        return {};
    return query.value(0);
}

} // namespace sql
} // namespace jl
