#pragma once

// One service-blueprint lane across the board: its label at the left and the line that
// separates it from the lane above ("line of interaction", "line of visibility", ...).
// Cards are not children of the lane: a step belongs to a lane only through its kind.

#include "BlueprintLane.h"

#include <QGraphicsItem>

namespace jl {

class LaneItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 4 };

    LaneItem(BlueprintLane lane, const QRectF &rect, QGraphicsItem *parent = nullptr);

    BlueprintLane lane() const { return m_lane; }
    QRectF laneRect() const { return mapRectToScene(m_rect); }

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    BlueprintLane m_lane;
    QRectF m_rect; // local: the whole lane, label included
};

} // namespace jl
