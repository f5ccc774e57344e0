set(JOURNEYLENS_PANELS_SOURCES panels/NavigatorModel.h panels/NavigatorModel.cpp)
