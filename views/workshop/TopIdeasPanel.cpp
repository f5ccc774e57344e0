#include "TopIdeasPanel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace jl {

TopIdeasPanel::TopIdeasPanel(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("topIdeasPanel"));
    setFocusPolicy(Qt::NoFocus); // the keys stay with the canvas
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 12, 18);
    layout->setSpacing(6);

    auto *title = new QLabel(tr("Top ideas"), this);
    title->setObjectName(QStringLiteral("panelTitle"));
    layout->addWidget(title);
    m_totalLabel = new QLabel(this);
    m_totalLabel->setObjectName(QStringLiteral("panelSubtitle"));
    layout->addWidget(m_totalLabel);
    layout->addSpacing(8);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("ideasScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFocusPolicy(Qt::NoFocus);
    auto *content = new QWidget(scroll);
    content->setObjectName(QStringLiteral("ideasContent"));
    m_rows = new QVBoxLayout(content);
    m_rows->setContentsMargins(0, 0, 8, 0);
    m_rows->setSpacing(8);
    auto *empty = new QLabel(tr("No ideas yet.\nSelect a step and press I to add one."), content);
    empty->setObjectName(QStringLiteral("emptyHint"));
    empty->setWordWrap(true);
    m_emptyHint = empty;
    m_rows->addWidget(empty);
    m_rows->addStretch(1);
    scroll->setWidget(content);
    layout->addWidget(scroll, 1);
    setNotes({}, {});
}

QList<WorkshopNote> TopIdeasPanel::ranked(const QList<WorkshopNote> &notes)
{
    QList<WorkshopNote> ideas;
    for (const WorkshopNote &note : notes) {
        if (note.kind == NoteKind::Idea)
            ideas.append(note);
    }
    std::stable_sort(ideas.begin(), ideas.end(),
                     [](const WorkshopNote &a, const WorkshopNote &b) { return a.votes > b.votes; });
    return ideas;
}

void TopIdeasPanel::setNotes(const QList<WorkshopNote> &notes, const QHash<StepId, QString> &stepNames)
{
    const QList<WorkshopNote> ideas = ranked(notes);
    m_order.clear();
    m_total = 0;
    for (const WorkshopNote &idea : ideas) {
        m_order.append(idea.id);
        m_total += idea.votes;
    }
    m_totalLabel->setText(tr("%n idea(s)", nullptr, int(ideas.size())) + QStringLiteral(" · ")
                          + tr("%n vote(s) in total", nullptr, m_total));
    rebuildRows(ideas, stepNames);
}

void TopIdeasPanel::rebuildRows(const QList<WorkshopNote> &ideas, const QHash<StepId, QString> &stepNames)
{
    for (auto it = m_rowNotes.cbegin(); it != m_rowNotes.cend(); ++it)
        delete it.key();
    m_rowNotes.clear();
    m_emptyHint->setVisible(ideas.isEmpty());
    QWidget *content = m_emptyHint->parentWidget();
    int rank = 0;
    int previousVotes = -1;
    for (qsizetype i = 0; i < ideas.size(); ++i) {
        const WorkshopNote &idea = ideas.at(i);
        // Equal votes share a rank.
        if (idea.votes != previousVotes)
            rank = int(i) + 1;
        previousVotes = idea.votes;
        auto *row = new QFrame(content);
        row->setObjectName(QStringLiteral("ideaRow"));
        row->setProperty("current", idea.id == m_current);
        row->setCursor(Qt::PointingHandCursor);
        row->installEventFilter(this);
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(12, 10, 12, 10);
        layout->setSpacing(12);
        auto *rankLabel = new QLabel(QString::number(rank), row);
        rankLabel->setObjectName(QStringLiteral("ideaRank"));
        rankLabel->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
        layout->addWidget(rankLabel);
        auto *text = new QLabel(row);
        text->setObjectName(QStringLiteral("ideaText"));
        text->setWordWrap(true);
        text->setTextFormat(Qt::RichText);
        text->setText(QStringLiteral("%1<br><span style=\"font-size:14px; color:#94A3B8;\">%2</span>")
                          .arg(idea.text.toHtmlEscaped(), stepNames.value(idea.step).toHtmlEscaped()));
        text->setAttribute(Qt::WA_TransparentForMouseEvents);
        layout->addWidget(text, 1);
        auto *votes = new QLabel(QString::number(idea.votes), row);
        votes->setObjectName(idea.votes > 0 ? QStringLiteral("ideaVotes") : QStringLiteral("ideaNoVotes"));
        votes->setAlignment(Qt::AlignCenter);
        votes->setToolTip(tr("%n vote(s)", nullptr, idea.votes));
        layout->addWidget(votes, 0, Qt::AlignTop);
        m_rows->insertWidget(m_rows->count() - 1, row);
        m_rowNotes.insert(row, idea.id);
    }
}

void TopIdeasPanel::setCurrentNote(WorkshopNoteId note)
{
    m_current = note;
    for (auto it = m_rowNotes.cbegin(); it != m_rowNotes.cend(); ++it) {
        QWidget *row = it.key();
        const bool current = it.value() == note;
        if (row->property("current").toBool() == current)
            continue;
        row->setProperty("current", current);
        row->style()->unpolish(row);
        row->style()->polish(row);
    }
}

bool TopIdeasPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonPress) {
        const auto it = m_rowNotes.constFind(qobject_cast<QWidget *>(watched));
        if (it != m_rowNotes.cend()) {
            emit noteActivated(it.value());
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace jl
