#pragma once

// The emotion curve of one persona assigned to the shown journey, as a lane under the service
// blueprint: the persona's name (and photo) at the left, then a curve through the emotion the
// persona is expected to feel at each step, one point under each card (x = the card's centre),
// from MinEmotion at the bottom to MaxEmotion at the top. A point is the persona's own
// expectation (PersonaEmotion, a filled dot) where the model has one, else the step's expected
// emotion (a hollow dot).
//
// Dragging a dot up or down sets the persona's emotion at that step (snapped to whole values,
// one undo step when the button is released); its context menu sets a value or goes back to
// the step's emotion. Like every item, the lane only asks: the edit goes through the Workspace
// and the scene refreshes the lane from the change event.

#include "domain/Ids.h"

#include <QCoreApplication>
#include <QGraphicsItem>
#include <QPixmap>
#include <QPolygonF>

#include <optional>

namespace jl {

class EmotionLaneItem : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(EmotionLaneItem)

public:
    enum { Type = UserType + 5 };

    struct Point
    {
        StepId step;
        QString stepName;
        qreal x = 0; // scene coordinates: the centre of the step's card
        int emotion = 0;
        bool isOverride = false; // the persona's own value, not the step's
    };

    // rect: the lane in scene coordinates (the board's width, label column included). photo:
    // the persona's encoded photo; drawn when it decodes.
    EmotionLaneItem(PersonaId persona, const QString &name, const QByteArray &photo, const QRectF &rect,
                    QGraphicsItem *parent = nullptr);

    PersonaId personaId() const { return m_persona; }
    QString personaName() const { return m_name; }
    bool hasPhoto() const { return !m_photo.isNull(); }
    QRectF laneRect() const { return mapRectToScene(m_rect); }

    // The points, in any order (they are sorted by x).
    void setPoints(QList<Point> points);
    const QList<Point> &points() const { return m_points; }
    std::optional<Point> point(StepId step) const;
    // Where a step's dot is drawn (scene coordinates); a null point when the step has none.
    QPointF dotPosition(StepId step) const;
    // The index of the dot at (near) a scene position, or -1.
    int dotAt(const QPointF &scenePos) const;
    // Follows a card that is being dragged (its new centre x in scene coordinates).
    void moveStep(StepId step, qreal centreX);

    // The emotion shown at a height of the lane (scene y), snapped and clamped.
    int emotionAtY(qreal sceneY) const;
    qreal yForEmotion(int emotion) const; // scene y

    // Sets (a value) or clears (std::nullopt) the persona's emotion at a step: one undo step.
    bool setEmotion(StepId step, std::optional<int> emotion);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;
    void contextMenuEvent(QGraphicsSceneContextMenuEvent *event) override;

private:
    void sortPoints();
    void rebuildCurve();
    void paintLabel(QPainter *painter);
    QString pointToolTip(const Point &point) const;
    QString laneToolTip() const;

    PersonaId m_persona;
    QString m_name;
    QPixmap m_photo; // round, small; null when there is none or it does not decode
    QRectF m_rect; // local: the whole lane, label column included
    QList<Point> m_points; // sorted by x
    QPolygonF m_curve; // local coordinates, one vertex per point
    int m_hoveredDot = -1;
    int m_dragIndex = -1; // the dot being dragged, or -1
    int m_dragEmotion = 0; // its value while dragged
};

} // namespace jl
