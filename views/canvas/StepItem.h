#pragma once

// A step of the shown journey drawn as a card: channel icon, title, owner initials, expected
// emotion and a badge when a sub-journey details the step. The item is addressed by its
// StepId; it keeps only what painting needs (a Card, refreshed by JourneyScene from the model)
// and reports moves to the scene so that connected triggers follow a dragged card. A hovered
// or selected card shows a connector handle on its right edge: dragging from it (JourneyView
// does that) draws a new trigger. The drag itself only moves the item; the view writes the
// position to the model when the drag ends.

#include "domain/EntityType.h"
#include "domain/Enums.h"
#include "domain/Ids.h"

#include <QCoreApplication>
#include <QGraphicsItem>
#include <QStringList>

namespace jl {

class StepItem : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(StepItem)

public:
    enum { Type = UserType + 1 };

    // The painted projection of a step and what it refers to.
    struct Card
    {
        QString title;
        StepKind kind = StepKind::Touchpoint;
        QString channelName; // empty: no channel
        QString channelIcon; // Channel::icon key
        QString ownerName; // empty: no owner
        int emotion = 0;
        QStringList subJourneys; // names of the journeys that detail this step
        QString description;
    };

    explicit StepItem(StepId step, QGraphicsItem *parent = nullptr);

    StepId stepId() const { return m_step; }
    EntityRef ref() const { return {EntityType::Step, m_step.value()}; }

    void setCard(const Card &card);
    const Card &card() const { return m_card; }
    // The card's outline in scene coordinates (without shadow, halo or badge).
    QRectF sceneCardRect() const;
    // The sub-journey badge in scene coordinates (empty without one).
    QRectF sceneBadgeRect() const;
    // The connector handle on the right edge, and the title area, in scene coordinates.
    QRectF sceneConnectorRect() const;
    QRectF sceneTitleRect() const;

    static QString initials(const QString &name);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    void layoutTitle();
    QString toolTipText() const;
    QRectF badgeRect() const;
    static QRectF connectorRect();

    StepId m_step;
    Card m_card;
    QStringList m_titleLines; // the title broken into at most two lines, the last one elided
    bool m_hovered = false;
};

} // namespace jl
