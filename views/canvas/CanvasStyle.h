#pragma once

// The journey canvas' look in one place: colours, fonts and metrics shared by the scene and
// its items, so the palette can be tuned (or themed later) without touching painting code.
// Sizes are scene units (pixels at 100 % zoom); fonts use pixel sizes so that the layout does
// not depend on the screen's DPI.

#include "domain/Enums.h"

#include <QColor>
#include <QFont>

namespace jl::canvas {

// Metrics of the board: a label column at the left, a header row at the top, then one column
// per stage and one lane per service-blueprint layer.
inline constexpr qreal CardWidth = 180;
inline constexpr qreal CardHeight = 84;
inline constexpr qreal CardRadius = 10;
inline constexpr qreal ColumnWidth = 296; // room between cards for a trigger label
inline constexpr qreal LabelColumnWidth = 190;
inline constexpr qreal HeaderHeight = 70;
inline constexpr qreal LanePadding = 24; // above the first and below the last card of a lane
inline constexpr qreal RowGap = 30; // between stacked cards of one lane and stage: room for a label
inline constexpr qreal SceneMargin = 48; // canvas around the board
inline constexpr qreal EmotionLaneHeight = 104; // a persona's emotion curve under the blueprint

QColor canvasBackground();
QColor boardBackground();
QColor alternateColumn();
QColor gridLine();
QColor headerBackground();
QColor labelPanelBackground();
QColor primaryText();
QColor secondaryText();
QColor selection();
QColor cardBorder();
QColor cardBackground(StepKind kind);
QColor kindAccent(StepKind kind);
QColor emotionColor(int emotion);
QColor triggerColor(TriggerKind kind);
// A calm colour per person, stable for the same name, for owner initials.
QColor personColor(const QString &name);
QColor findingColor(); // the badge of model-check findings on a card
QColor synonymColor(); // the mark under a glossary synonym in a card's title

QFont titleFont(); // card titles
QFont captionFont(); // small secondary text
QFont headerFont(); // stage names
QFont laneFont(); // lane labels
QFont badgeFont(); // initials, badges and trigger labels

} // namespace jl::canvas
