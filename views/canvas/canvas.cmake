set(JOURNEYLENS_CANVAS_SOURCES canvas/JourneyScene.h canvas/JourneyScene.cpp canvas/JourneyView.h canvas/JourneyView.cpp)
