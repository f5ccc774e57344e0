#pragma once

// Reading a workspace named on the command line without writing to it: the file is checked
// (Workspace::probe), read through a read-only connection (so a lock held by the GUI does not
// matter) and the connection closed again. Shared by the commands that only read.

#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace jl::cli {

// Calls read with the open connection. Returns an empty string on success, otherwise the
// complete message for the user (it names the file); SqlError thrown by read is caught.
QString readWorkspace(const QString &path, const std::function<void(QSqlDatabase)> &read);

} // namespace jl::cli
