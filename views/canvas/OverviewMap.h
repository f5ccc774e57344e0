#pragma once

// The overview map in the lower-right corner of the journey canvas: the whole journey scaled
// down (board, stage columns, lanes, cards as blocks, emotion curves) with the part the view
// shows as a rectangle. A click or a drag in it moves the view there.
//
// The picture is drawn into a cached pixmap from the scene's items, simplified (no text, no
// arrows), and drawn again only a little after the scene changed (debounced): panning only
// moves the rectangle over the cached picture. JourneyView owns it, places it and decides
// when it is shown (enabled, and the journey does not fit in the view).

#include <QPixmap>
#include <QTimer>
#include <QWidget>

namespace jl {

class JourneyView;

class OverviewMap : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewMap(JourneyView *view);

    // The largest size of the map; the picture keeps the scene's aspect ratio inside it.
    static constexpr QSize MaximumSize{240, 150};

    // Draws the picture again a little later: call after every change of the scene.
    void scheduleRefresh();
    // Draws the picture now (tests, and before the map is first shown).
    void refresh();
    // Moves the map into the lower-right corner of the view's viewport (its parent).
    void place();
    bool isRefreshPending() const { return m_refreshTimer.isActive(); }
    // Times the picture was drawn (to check that it is cached).
    int refreshCount() const { return m_refreshCount; }

    // Where a point of the map (widget coordinates) lies in the scene.
    QPointF sceneAt(const QPointF &mapPos) const;
    // Where a scene point lies on the map (widget coordinates).
    QPointF mapFromScene(const QPointF &scenePos) const;
    // The view's visible part, in map (widget) coordinates.
    QRectF visibleArea() const;

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void centreViewAt(const QPointF &mapPos);
    QRectF pictureRect() const; // where the picture sits in the widget

    JourneyView *m_view;
    QPixmap m_picture;
    QRectF m_source; // the scene rect the picture shows
    qreal m_scale = 1; // picture pixels (device independent) per scene unit
    QTimer m_refreshTimer;
    int m_refreshCount = 0;
    bool m_dragging = false;
};

} // namespace jl
