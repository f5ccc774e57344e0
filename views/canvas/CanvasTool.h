#pragma once

// What a left-button press on the journey canvas does. The view keeps one current tool and
// offers a checkable action per tool (JourneyView::toolActions()), so a toolbar can show them.
//
// - Select: click selects, drag moves cards, a drag on empty space draws a rubber band,
//   double-click on empty space adds a step, dragging a card's connector handle (or Alt+drag
//   from a card) connects it to another card.
// - AddStep: a click on empty space in a stage column adds a step there.
// - Connect: a drag from any point of a card to another card adds a trigger.

namespace jl {

enum class CanvasTool { Select, AddStep, Connect };

} // namespace jl
