#pragma once

// A step of the shown journey drawn as a card: channel icon, title, owner initials, expected
// emotion and a badge when a sub-journey details the step. Two overlays come from analyses the
// scene runs once for all cards: a badge at the top-right corner counting the step's model-check
// findings (its tooltip lists them) and a wavy mark under a glossary synonym in the title. The item is addressed by its
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
#include <QPainterPath>
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

    // A glossary synonym the title uses instead of the preferred term.
    struct SynonymHint
    {
        QString synonym;
        QString preferredTerm;
        friend bool operator==(const SynonymHint &, const SynonymHint &) = default;
    };

    explicit StepItem(StepId step, QGraphicsItem *parent = nullptr);

    StepId stepId() const { return m_step; }
    EntityRef ref() const { return {EntityType::Step, m_step.value()}; }

    void setCard(const Card &card);
    const Card &card() const { return m_card; }
    // The messages of the model-check findings shown in the badge (none: no badge).
    void setFindings(const QStringList &messages);
    const QStringList &findings() const { return m_findings; }
    void setSynonymHints(const QList<SynonymHint> &hints);
    const QList<SynonymHint> &synonymHints() const { return m_synonymHints; }
    // The wavy marks under synonyms in the title, in item coordinates (empty: none).
    QPainterPath synonymMarks() const { return m_synonymMarks; }
    // The findings badge in scene coordinates (empty without findings) and its tooltip.
    QRectF sceneFindingBadgeRect() const;
    QString findingsToolTip() const;
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
    void updateToolTip();
    void layoutSynonymMarks();
    QRectF badgeRect() const;
    QRectF findingBadgeRect() const;
    static QRectF connectorRect();

    StepId m_step;
    Card m_card;
    QStringList m_titleLines; // the title broken into at most two lines, the last one elided
    QStringList m_findings;
    QList<SynonymHint> m_synonymHints;
    QPainterPath m_synonymMarks;
    bool m_hovered = false;
    bool m_overFindingBadge = false; // the tooltip lists the findings instead of the card
};

} // namespace jl
