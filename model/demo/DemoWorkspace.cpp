#include "DemoWorkspace.h"

#include "document/Workspace.h"

#include <QUndoStack>

namespace jl::demo {

void populate(Workspace &workspace)
{
    Q_UNUSED(workspace);
}

bool createDemoWorkspace(const QString &path, QString *error)
{
    WorkspaceError err;
    auto workspace = Workspace::create(path, QStringLiteral("Retail: lead to cash"), &err);
    if (!workspace) {
        if (error)
            *error = err.message;
        return false;
    }
    populate(*workspace);
    workspace->undoStack()->clear();
    return true;
}

} // namespace jl::demo
