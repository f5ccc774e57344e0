#pragma once

// The journey canvas in workshop mode: a JourneyView that presents rather than edits. The
// board is a bright sheet on a dark stage (high contrast on a projector); cards cannot be
// dragged, renamed or deleted here, and the canvas' own edit shortcuts are off, so the keys
// belong to the workshop (WorkshopWindow). A click selects a step or a sticky note (or votes,
// on a note's dots); panning and Ctrl+wheel zoom work as on the normal canvas.

#include "canvas/JourneyView.h"

namespace jl {

class NoteItem;

class WorkshopCanvas : public JourneyView
{
    Q_OBJECT

public:
    explicit WorkshopCanvas(QWidget *parent = nullptr);

    // Fits the whole journey into the view, as large as it goes (beyond the normal canvas'
    // limit: a small journey on a projector may be shown big), and keeps it fitted when the
    // view's size changes, until the user zooms.
    void fitJourney();

    NoteItem *noteAt(const QPoint &viewPos) const;
    StepItem *stepAt(const QPoint &viewPos) const;

    static QColor stageColor();

signals:
    // A click on a note; onVotes: on an idea's dot area.
    void noteClicked(jl::WorkshopNoteId note, bool onVotes, Qt::MouseButton button);
    void noteDoubleClicked(jl::WorkshopNoteId note);
    void stepClicked(jl::StepId step);
    void stepDoubleClicked(jl::StepId step);
    void emptyClicked();

protected:
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    bool m_pressHandled = false;
    bool m_autoFit = false;
    bool m_fitting = false;
};

} // namespace jl
