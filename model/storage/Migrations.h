#pragma once

// Schema migrations. Version N of the file format is reached by running migrations 1..N in
// order, each in its own transaction, each setting PRAGMA user_version. A new workspace runs
// all of them; an older file runs the ones it lacks. Append to the list, never edit a
// released migration.

#include <QSqlDatabase>
#include <QString>

namespace jl::migrations {

int latestVersion();

// Brings db from its user_version up to targetVersion (default: latest). Returns false and
// sets *error when a migration fails; the failed migration is rolled back and the file stays
// at the last version that completed.
bool migrate(QSqlDatabase db, QString *error, int targetVersion = -1);

int userVersion(QSqlDatabase db);

} // namespace jl::migrations
