#pragma once

// Names of element properties (table columns) as users read them: in undo texts ("Change
// channel") and in messages. The inspector shows its own, longer labels.

#include <QString>

namespace jl {

QString propertyName(const QString &column);

} // namespace jl
