#pragma once

// Small helpers over QtSql: an exception type that carries SQLite's message, a transaction
// guard that rolls back unless committed, and statement helpers that throw on failure. The
// exception never crosses the Workspace API: commands and the Workspace turn it into a
// message for the user.

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <exception>

namespace jl {

class SqlError : public std::exception
{
public:
    explicit SqlError(QString message, QString statement = {})
        : m_message(std::move(message)), m_statement(std::move(statement)), m_utf8(m_message.toUtf8())
    {
    }
    // SQLite's message, e.g. "FOREIGN KEY constraint failed" (never contains bound values).
    const QString &message() const { return m_message; }
    // The statement that failed, for developers; not for users.
    const QString &statement() const { return m_statement; }
    const char *what() const noexcept override { return m_utf8.constData(); }

private:
    QString m_message;
    QString m_statement;
    QByteArray m_utf8;
};

// Runs BEGIN IMMEDIATE on construction; rolls back on destruction unless commit() was called.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();

private:
    QSqlDatabase m_db;
    bool m_done = false;
};

namespace sql {

void exec(QSqlDatabase db, const QString &statement);
// Runs a script of statements separated by ";" at the end of a line.
void execScript(QSqlDatabase db, const QString &script);
// Prepares and runs a statement with positional bindings; the query is ready to be read.
QSqlQuery run(QSqlDatabase db, const QString &statement, const QVariantList &bindings = {});
// First column of the first row, or an invalid QVariant when there is no row.
QVariant scalar(QSqlDatabase db, const QString &statement, const QVariantList &bindings = {});

} // namespace sql
} // namespace jl
