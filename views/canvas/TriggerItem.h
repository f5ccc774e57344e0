#pragma once

// A trigger of the shown journey drawn as an arrow between two step cards: a gentle curve
// from one card's edge to the other's, a line style per TriggerKind and the trigger's label.
// The item is addressed by its TriggerId; JourneyScene gives it the cards' rectangles, so
// it follows the cards wherever they are drawn.

#include "domain/EntityType.h"
#include "domain/Enums.h"
#include "domain/Ids.h"

#include <QCoreApplication>
#include <QGraphicsItem>
#include <QPainterPath>
#include <QRegion>

namespace jl {

class TriggerItem : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(TriggerItem)

public:
    enum { Type = UserType + 2 };

    // How the arrow runs between its cards. Direct takes the shortest way between the facing
    // edges; the others bow around cards in between (the scene picks the first that is clear).
    enum class Routing { Direct, AroundRight, AroundLeft, OverTop, UnderBottom };

    TriggerItem(TriggerId trigger, StepId from, StepId to, QGraphicsItem *parent = nullptr);

    TriggerId triggerId() const { return m_trigger; }
    EntityRef ref() const { return {EntityType::Trigger, m_trigger.value()}; }
    StepId fromStep() const { return m_from; }
    StepId toStep() const { return m_to; }

    // What painting needs; the tooltip carries the rest.
    void setAppearance(TriggerKind kind, const QString &label, const QString &toolTip);
    TriggerKind kind() const { return m_kind; }
    QString label() const { return m_label; }

    // The edge of a card an arrow leaves or enters by.
    enum class Side { Left, Right, Top, Bottom };
    struct Sides
    {
        Side start;
        Side end;
    };
    static Sides sidesFor(const QRectF &fromCard, const QRectF &toCard, Routing routing);

    // Routes the arrow between two cards (scene coordinates). The offsets move its ends along
    // the card edges (from the edge's middle), so arrows sharing an edge stay apart.
    void setEndpoints(const QRectF &fromCard, const QRectF &toCard, Routing routing = Routing::Direct,
                      qreal startOffset = 0, qreal endOffset = 0);
    Routing routing() const { return m_routing; }
    // The centre line an arrow between two cards would follow (ends in the edges' middles).
    static QPainterPath routePath(const QRectF &fromCard, const QRectF &toCard, Routing routing);
    QPainterPath path() const { return m_path; }

    // Cards (scene coordinates) the line passes under: it is hidden there, while the label
    // stays on top. Arrows are drawn above cards for their labels' sake, so they need this.
    void setCardsInTheWay(const QList<QRectF> &cards);

    // Where along the arrow (0: start, 1: tip) the label sits; the scene moves labels off
    // cards and other labels. labelRectAt() tells where a label would go.
    void setLabelPosition(qreal position);
    qreal labelPosition() const { return m_labelPosition; }
    QRectF labelRect() const { return m_labelRect; }
    QRectF labelRectAt(qreal position) const;
    QPointF startPoint() const;
    QPointF endPoint() const;

    // The pen for a kind: the line style is the legend (time dotted, message dashed ...).
    static QPen penFor(TriggerKind kind);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    void updateGeometry();
    void updateBounds();
    void updateLineClip();
    void buildLineClip();
    void buildSamples();
    void strokeVisible(QPainter *painter, const QPen &pen, const QRectF &exposed);

    TriggerId m_trigger;
    StepId m_from;
    StepId m_to;
    TriggerKind m_kind = TriggerKind::Unspecified;
    QString m_label;
    QRectF m_fromCard;
    QRectF m_toCard;
    qreal m_startOffset = 0;
    qreal m_endOffset = 0;
    Routing m_routing = Routing::Direct;
    qreal m_labelPosition = 0.5;

    // Derived geometry, recomputed when the endpoints or the label change.
    QPainterPath m_curve; // the whole curve, to the tip
    QPainterPath m_path; // the curve as drawn, ending inside the arrow head
    QPolygonF m_head; // the arrow head, its tip on the target card's edge
    QRectF m_labelRect; // empty when there is no label
    QString m_shownLabel; // the label, wrapped ("\n") and elided to fit
    QRectF m_bounds;
    QList<QRectF> m_cardsInTheWay;
    QRegion m_lineClip; // m_bounds without m_cardsInTheWay
    bool m_lineClipDirty = false; // m_lineClip is to be built again before painting
    bool m_clipLine = false; // whether m_lineClip applies (it may be empty: all hidden)
    bool m_hovered = false;

    // Points along m_path with their curve parameter and the length up to them, built when
    // first needed: a long arrow is stroked only where it is exposed (see strokeVisible()).
    struct Sample
    {
        qreal t;
        QPointF point;
        qreal length;
    };
    QList<Sample> m_samples;
};

} // namespace jl
