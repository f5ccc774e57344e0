#pragma once

// CONTRACT (to be implemented by the canvas owner; the main window relies on exactly this API).
// The central view of one journey: a QGraphicsView over a JourneyScene.
//
// Navigation: the plain wheel scrolls, Ctrl+wheel zooms around the cursor, the middle button
// or Space+drag pans. Without a journey the view says what to do instead of staying blank.

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

    // The current zoom factor (1.0: 100 %).
    double zoomFactor() const;
    static constexpr double MinZoom = 0.1;
    static constexpr double MaxZoom = 4.0;

public slots:
    void zoomIn();
    void zoomOut();
    void resetZoom();
    void zoomToFit();

signals:
    // The selected step/trigger (an invalid EntityRef when nothing is selected).
    void elementSelected(jl::EntityRef element);
    void zoomChanged(double factor);

protected:
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void setZoom(double factor, const QPointF &viewportAnchor);
    void centreOn(const QGraphicsItem *item);
    void updateSelection();
    void beginPan();
    void endPan();
    void saveScroll();
    void restoreScroll();

    JourneyScene *m_scene = nullptr;
    EntityRef m_lastSelection;
    EntityRef m_centreAfterRebuild;
    QPoint m_savedScroll;
    bool m_keepScroll = true; // false while switching journeys: a new journey starts at its top left
    bool m_spacePan = false;
    bool m_middlePan = false;
};

} // namespace jl
