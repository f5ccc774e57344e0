#pragma once

// The "Top ideas" side panel of workshop mode: every idea of the journey, most votes first
// (ties: in the order they were written), with its step and a grand total of votes. A click
// on an idea asks to make it the current note. Big type, for the back of the room.

#include "domain/Entities.h"

#include <QFrame>
#include <QHash>

class QLabel;
class QVBoxLayout;

namespace jl {

class TopIdeasPanel : public QFrame
{
    Q_OBJECT

public:
    explicit TopIdeasPanel(QWidget *parent = nullptr);

    // notes: all notes of the journey (pains are left out); stepNames: by step id.
    void setNotes(const QList<WorkshopNote> &notes, const QHash<StepId, QString> &stepNames);
    void setCurrentNote(WorkshopNoteId note);

    // The ideas as listed, top first.
    QList<WorkshopNoteId> order() const { return m_order; }
    int totalVotes() const { return m_total; }

    // The order of the list: votes descending, then position in the journey.
    static QList<WorkshopNote> ranked(const QList<WorkshopNote> &notes);

signals:
    void noteActivated(jl::WorkshopNoteId note);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuildRows(const QList<WorkshopNote> &ideas, const QHash<StepId, QString> &stepNames);

    QLabel *m_totalLabel;
    QVBoxLayout *m_rows;
    QWidget *m_emptyHint;
    QList<WorkshopNoteId> m_order;
    QHash<QWidget *, WorkshopNoteId> m_rowNotes;
    WorkshopNoteId m_current;
    int m_total = 0;
};

} // namespace jl
