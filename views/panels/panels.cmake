set(JOURNEYLENS_PANELS_SOURCES
    panels/EntityPresentation.h panels/EntityPresentation.cpp
    panels/NavigatorModel.h panels/NavigatorModel.cpp
    panels/NavigatorPanel.h panels/NavigatorPanel.cpp
    panels/InspectorPanel.h panels/InspectorPanel.cpp
    panels/PanelDialogs.h panels/PanelDialogs.cpp
    panels/PersonaEditor.h panels/PersonaEditor.cpp
    panels/GlossaryTableModel.h panels/GlossaryTableModel.cpp
    panels/GlossaryPanel.h panels/GlossaryPanel.cpp
    panels/WorkspaceArea.h panels/WorkspaceArea.cpp
    panels/ChecksModel.h panels/ChecksModel.cpp
    panels/ChecksPanel.h panels/ChecksPanel.cpp
)
