#pragma once

// Why a workspace could not be created, opened or saved, as a value the UI can show.

#include <QString>

namespace jl {

struct WorkspaceError
{
    enum class Kind {
        None,
        NotFound,
        NotAWorkspace,
        Truncated,
        Corrupt,
        NewerVersion,
        ReadOnly,
        Locked,
        AlreadyExists,
        Io,
    };

    Kind kind = Kind::None;
    QString message; // complete sentence(s) naming the file and what to do

    explicit operator bool() const { return kind != Kind::None; }
};

} // namespace jl
