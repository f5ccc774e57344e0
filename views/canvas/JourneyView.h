#pragma once

// CONTRACT (to be implemented by the canvas owner; the main window relies on exactly this API).
// The central view of one journey: a QGraphicsView over a JourneyScene.

#include "domain/EntityType.h"
#include "domain/Ids.h"

#include <QGraphicsView>

namespace jl {

class Workspace;
class JourneyScene;

class JourneyView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit JourneyView(QWidget *parent = nullptr);
    ~JourneyView() override;

    // The workspace to draw from (nullptr: empty view). The view follows its change events.
    void setWorkspace(Workspace *workspace);
    void showJourney(JourneyId journey);
    JourneyId journey() const;
    JourneyScene *journeyScene() const;

    // Selects (and centres on) a step or trigger of the shown journey.
    void selectElement(EntityRef element);

public slots:
    void zoomIn();
    void zoomOut();
    void resetZoom();
    void zoomToFit();

signals:
    // The selected step/trigger (an invalid EntityRef when nothing is selected).
    void elementSelected(jl::EntityRef element);
    void zoomChanged(double factor);
};

} // namespace jl
