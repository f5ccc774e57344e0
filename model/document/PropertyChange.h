#pragma once

// One property change of one element: what Workspace::setProperties applies in one step.

#include "domain/EntityType.h"

#include <QString>
#include <QVariant>

namespace jl {

struct PropertyChange
{
    EntityRef element;
    QString property; // column name, see storage/Schema.cpp
    QVariant value;
};

} // namespace jl
