# Workshop mode: one journey full screen on a projector, with sticky notes, dot votes and a
# timer (paths relative to views/).
set(JOURNEYLENS_WORKSHOP_SOURCES
    workshop/NoteItem.h workshop/NoteItem.cpp
    workshop/StickyNoteLayer.h workshop/StickyNoteLayer.cpp
    workshop/TopIdeasPanel.h workshop/TopIdeasPanel.cpp
    workshop/WorkshopCanvas.h workshop/WorkshopCanvas.cpp
    workshop/WorkshopHelpOverlay.h workshop/WorkshopHelpOverlay.cpp
    workshop/WorkshopTimer.h workshop/WorkshopTimer.cpp
    workshop/WorkshopWindow.h workshop/WorkshopWindow.cpp
)
