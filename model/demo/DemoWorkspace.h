#pragma once

// The bundled demo: "Retail: lead to cash", built by code through the Workspace's edit
// functions (no binary blob), so it always matches the current schema.

#include <QString>

namespace jl {

class Workspace;

namespace demo {

// Fills an empty workspace with the demo model. The edits are not meant to be undone one by
// one: the undo stack is cleared afterwards. Returns false (with *error) if any edit failed.
bool populate(Workspace &workspace, QString *error = nullptr);

// Creates path (which must not exist) and fills it; returns false with *error set on failure.
bool createDemoWorkspace(const QString &path, QString *error);

} // namespace demo
} // namespace jl
