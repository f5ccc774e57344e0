#pragma once

// Typed change notifications. The Workspace emits one per element added, removed or changed
// (after the transaction has committed); views are projections that update from these.

#include "domain/EntityType.h"

#include <QMetaType>
#include <QString>

namespace jl {

struct ChangeEvent
{
    enum class Kind {
        Added,
        Removed,
        Changed, // one property (column) of an element changed
        Reset,   // anything may have changed: reload everything
    };

    Kind kind = Kind::Reset;
    EntityRef entity;
    QString property; // column name, for Changed

    static ChangeEvent added(EntityRef ref) { return {Kind::Added, ref, {}}; }
    static ChangeEvent removed(EntityRef ref) { return {Kind::Removed, ref, {}}; }
    static ChangeEvent changed(EntityRef ref, const QString &property) { return {Kind::Changed, ref, property}; }
    static ChangeEvent reset() { return {Kind::Reset, {}, {}}; }
};

} // namespace jl

Q_DECLARE_METATYPE(jl::ChangeEvent)
