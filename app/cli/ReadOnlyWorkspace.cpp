#include "ReadOnlyWorkspace.h"

#include "document/Workspace.h"
#include "storage/SqlSupport.h"

#include <QCoreApplication>
#include <QDir>

namespace jl::cli {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(jl::cli::ReadOnlyWorkspace)
};
} // namespace

QString readWorkspace(const QString &path, const std::function<void(QSqlDatabase)> &read)
{
    if (const WorkspaceError problem = Workspace::probe(path))
        return problem.message;
    const QString connection = QStringLiteral("jl-cli-read-only");
    QString error;
    {
        QSqlDatabase db = Workspace::openConnection(path, connection, &error, Workspace::Access::ReadOnly);
        if (db.isOpen()) {
            try {
                read(db);
            } catch (const SqlError &e) {
                error = e.message();
            }
        }
    }
    Workspace::closeConnection(connection);
    if (error.isEmpty())
        return {};
    return Text::tr("Cannot read “%1”: %2").arg(QDir::toNativeSeparators(path), error);
}

} // namespace jl::cli
