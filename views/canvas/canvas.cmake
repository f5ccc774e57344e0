# The journey canvas: the view, its scene and one file per item class (paths relative to views/).
set(JOURNEYLENS_CANVAS_SOURCES
    canvas/BlueprintLane.h canvas/BlueprintLane.cpp
    canvas/CanvasExport.h canvas/CanvasExport.cpp
    canvas/CanvasStyle.h canvas/CanvasStyle.cpp
    canvas/CanvasTool.h
    canvas/ChannelIcons.h canvas/ChannelIcons.cpp
    canvas/EmotionLaneItem.h canvas/EmotionLaneItem.cpp
    canvas/JourneyLayout.h canvas/JourneyLayout.cpp
    canvas/JourneyScene.h canvas/JourneyScene.cpp
    canvas/JourneyView.h canvas/JourneyView.cpp
    canvas/LaneItem.h canvas/LaneItem.cpp
    canvas/OverviewMap.h canvas/OverviewMap.cpp
    canvas/StageColumnItem.h canvas/StageColumnItem.cpp
    canvas/StageEditing.h canvas/StageEditing.cpp
    canvas/StepItem.h canvas/StepItem.cpp
    canvas/TriggerItem.h canvas/TriggerItem.cpp
)
