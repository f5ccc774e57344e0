#pragma once

// One stage of the shown journey as a column of the board: a chevron header with the stage's
// name and step count, and a background that alternates with the neighbouring columns so the
// eye can follow a stage down through the lanes. Not selectable: stages are edited elsewhere.

#include "domain/Ids.h"

#include <QCoreApplication>
#include <QGraphicsItem>

namespace jl {

class StageColumnItem : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(StageColumnItem)

public:
    enum { Type = UserType + 3 };

    // stage: invalid for the column that collects steps without a stage.
    StageColumnItem(StageId stage, const QRectF &rect, QGraphicsItem *parent = nullptr);

    StageId stageId() const { return m_stage; }
    // index: the column's place from the left; last: whether it is the rightmost.
    void setHeader(const QString &name, int stepCount, int index, bool last);
    QString name() const { return m_name; }
    QRectF headerRect() const; // in scene coordinates

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    StageId m_stage;
    QRectF m_rect; // local: the whole column, header included
    QString m_name;
    int m_stepCount = 0;
    int m_index = 0;
    bool m_last = false;
};

} // namespace jl
