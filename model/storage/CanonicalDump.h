#pragma once

// A canonical text rendering of a workspace's model tables: every table, every row ordered
// by id, every value with its type. Two databases with equal dumps hold the same model. Used
// by the undo tests and by package round-trip checks.

#include <QSqlDatabase>
#include <QString>

namespace jl {

QString canonicalDump(QSqlDatabase db);

} // namespace jl
