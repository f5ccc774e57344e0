#include "WorkshopCanvas.h"

#include "NoteItem.h"
#include "canvas/CanvasStyle.h"
#include "canvas/JourneyScene.h"
#include "canvas/StepItem.h"

#include <QAction>
#include <QCursor>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>

namespace jl {

namespace {

constexpr double MaxWorkshopZoom = 2.5;
constexpr qreal SheetMargin = 16; // the bright sheet around the board, its legend and lanes

} // namespace

WorkshopCanvas::WorkshopCanvas(QWidget *parent)
    : JourneyView(parent)
{
    setObjectName(QStringLiteral("workshopCanvas"));
    setAccessibleName(tr("Workshop canvas"));
    // The edit actions would take Delete, F2, Ctrl+D ... from the workshop's own keys.
    for (QAction *action : editActions())
        removeAction(action);
    setDragMode(NoDrag);
    setAlignment(Qt::AlignCenter);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(this, &JourneyView::zoomChanged, this, [this] {
        if (!m_fitting)
            m_autoFit = false; // zoomed by hand
    });
    // Cards cannot be moved here: no "move" cursor on them.
    connect(journeyScene(), &JourneyScene::rebuilt, this, [this] {
        for (StepItem *step : journeyScene()->stepItems())
            step->setCursor(Qt::PointingHandCursor);
    });
}

QColor WorkshopCanvas::stageColor()
{
    return QColor(0x0B, 0x11, 0x20);
}

void WorkshopCanvas::resizeEvent(QResizeEvent *event)
{
    JourneyView::resizeEvent(event);
    // Full screen, a side panel shown or hidden: the journey stays fitted until the user zooms.
    if (m_autoFit)
        fitJourney();
}

void WorkshopCanvas::fitJourney()
{
    m_autoFit = true;
    const QRectF content = journeyScene()->contentRect();
    if (content.isEmpty() || viewport()->width() < 2 || viewport()->height() < 2)
        return;
    // Room at the right for the notes of the last column's cards.
    const QRectF area = content.adjusted(-24, -24, 140, 24);
    const double factor = std::clamp(std::min(viewport()->width() / area.width(), viewport()->height() / area.height()),
                                     MinZoom, MaxWorkshopZoom);
    m_fitting = true;
    setTransform(QTransform::fromScale(factor, factor));
    centerOn(area.center());
    emit zoomChanged(factor);
    m_fitting = false;
}

NoteItem *WorkshopCanvas::noteAt(const QPoint &viewPos) const
{
    const QList<QGraphicsItem *> found = items(viewPos); // topmost first
    for (QGraphicsItem *item : found) {
        if (auto *note = qgraphicsitem_cast<NoteItem *>(item))
            return note;
        if (qgraphicsitem_cast<StepItem *>(item))
            return nullptr; // a card above the note
    }
    return nullptr;
}

StepItem *WorkshopCanvas::stepAt(const QPoint &viewPos) const
{
    const QList<QGraphicsItem *> found = items(viewPos);
    for (QGraphicsItem *item : found) {
        if (qgraphicsitem_cast<NoteItem *>(item))
            return nullptr;
        if (auto *step = qgraphicsitem_cast<StepItem *>(item))
            return step;
    }
    return nullptr;
}

void WorkshopCanvas::drawBackground(QPainter *painter, const QRectF &rect)
{
    // The dark stage, and on it the board as the scene draws it, clipped to a sheet.
    painter->fillRect(rect, stageColor());
    JourneyScene *scene = journeyScene();
    if (!scene->hasJourney())
        return;
    const QRectF sheet = (scene->layout().boardRect() | scene->contentRect())
                             .adjusted(-SheetMargin, -SheetMargin, SheetMargin, SheetMargin);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0, 0, 0, 90));
    painter->drawRoundedRect(sheet.adjusted(-4, -2, 4, 8), 14, 14);
    QPainterPath clip;
    clip.addRoundedRect(sheet, 10, 10);
    painter->setClipPath(clip);
    QGraphicsView::drawBackground(painter, rect & sheet);
    painter->restore();
}

void WorkshopCanvas::mousePressEvent(QMouseEvent *event)
{
    m_pressHandled = false;
    if (event->button() != Qt::LeftButton && event->button() != Qt::RightButton) {
        JourneyView::mousePressEvent(event); // the middle button pans
        return;
    }
    const QPoint pos = event->position().toPoint();
    m_pressHandled = true;
    event->accept();
    if (NoteItem *note = noteAt(pos)) {
        const bool onVotes = note->sceneVoteRect().contains(mapToScene(pos));
        emit noteClicked(note->noteId(), onVotes, event->button());
    } else if (StepItem *step = stepAt(pos)) {
        emit stepClicked(step->stepId());
    } else if (event->button() == Qt::LeftButton) {
        emit emptyClicked();
    }
}

void WorkshopCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_pressHandled) {
        m_pressHandled = false;
        event->accept();
        return;
    }
    JourneyView::mouseReleaseEvent(event);
}

void WorkshopCanvas::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        event->accept();
        return;
    }
    const QPoint pos = event->position().toPoint();
    if (NoteItem *note = noteAt(pos)) {
        // A double-click on the dots is two quick votes, not an edit.
        if (note->sceneVoteRect().contains(mapToScene(pos)))
            emit noteClicked(note->noteId(), true, Qt::LeftButton);
        else
            emit noteDoubleClicked(note->noteId());
    } else if (StepItem *step = stepAt(pos)) {
        emit stepDoubleClicked(step->stepId());
    }
    m_pressHandled = true;
    event->accept();
}

void WorkshopCanvas::contextMenuEvent(QContextMenuEvent *event)
{
    event->accept(); // the right button takes a vote back (see mousePressEvent)
}

void WorkshopCanvas::keyPressEvent(QKeyEvent *event)
{
    // Keys are the workshop window's (its shortcuts); the canvas neither nudges nor pans.
    event->ignore();
}

void WorkshopCanvas::keyReleaseEvent(QKeyEvent *event)
{
    event->ignore();
}

} // namespace jl
