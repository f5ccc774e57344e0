#pragma once

// A workshop sticky note on the journey canvas: a pain (pink) or an idea (yellow) next to the
// card of its step, with the idea's dot votes along its bottom edge. The item only paints what
// StickyNoteLayer gives it (a copy of the note); it never writes the model. Two sizes: compact
// in a pile beside its card, and large when its step has the focus, so the notes of the step
// under discussion can be read from the back of the room.

#include "domain/Entities.h"

#include <QCoreApplication>
#include <QGraphicsItem>

namespace jl {

class NoteItem : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(NoteItem)

public:
    enum { Type = UserType + 40 };

    explicit NoteItem(const WorkshopNote &note, QGraphicsItem *parent = nullptr);

    WorkshopNoteId noteId() const { return m_note.id; }
    const WorkshopNote &note() const { return m_note; }
    void setNote(const WorkshopNote &note);

    // Large: the note of a focused step, with bigger type and more lines.
    void setLarge(bool large);
    bool isLarge() const { return m_large; }
    static QSizeF sizeFor(bool large);
    // The current note: drawn with a halo.
    void setCurrent(bool current);
    bool isCurrent() const { return m_current; }

    // Where a click adds a vote (ideas only; empty for pains), in scene coordinates.
    QRectF sceneVoteRect() const;

    static QColor paperColor(NoteKind kind);
    static QColor inkColor(NoteKind kind);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QRectF paperRect() const;
    QRectF voteRect() const;
    void updateToolTip();

    WorkshopNote m_note;
    bool m_large = false;
    bool m_current = false;
};

} // namespace jl
