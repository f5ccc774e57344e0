#pragma once

// How the panels present elements of the model: type names, icons and colours shared by the
// navigator, the inspector, the persona card and the glossary. Icons are drawn in code so the
// panels look the same on every platform and icon theme.

#include "domain/EntityType.h"
#include "domain/Enums.h"

#include <QColor>
#include <QIcon>
#include <QPixmap>
#include <QString>

namespace jl {

class ModelReader;

namespace presentation {

// "Journey", "Step", "Source system" ... (singular, translated).
QString typeName(EntityType type);

// The display name of an element ("Checkout", "Dana Weber"), or an empty string when it is gone.
// Throws nothing: a database error gives an empty string.
QString elementName(const ModelReader &reader, EntityRef element);

QIcon entityIcon(EntityType type);
QIcon levelIcon(JourneyLevel level);
QIcon categoryIcon(EntityType type); // the folder-like icon of a group of elements
QIcon colorDot(const QColor &color); // a filled dot, for statuses and kinds in combos

// The icon of a common action by its freedesktop name ("document-open", "edit-undo",
// "zoom-in" ...): the platform theme's icon where there is one, else a line icon drawn here.
QIcon actionIcon(const QString &themeName);

QColor levelColor(JourneyLevel level);
QColor statusColor(JourneyStatus status);
QColor stepKindColor(StepKind kind);
// Red for -2 through grey to green for +2.
QColor emotionColor(int emotion);

// A persona's photo cut to a circle of size x size device-independent pixels (for the given
// device pixel ratio), or the persona's initials on a coloured disc when there is no readable
// photo.
QPixmap portrait(const QByteArray &photo, const QString &name, int size, qreal devicePixelRatio = 1.0);

} // namespace presentation
} // namespace jl
