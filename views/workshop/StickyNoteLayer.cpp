#include "StickyNoteLayer.h"

#include "NoteItem.h"
#include "canvas/JourneyScene.h"
#include "canvas/StepItem.h"
#include "document/Workspace.h"
#include "storage/SqlSupport.h"

#include <QGraphicsObject>

#include <algorithm>

namespace jl {

namespace {

constexpr qreal CompactGap = 6; // between a card and its pile
constexpr qreal PileStep = 9; // each note of a pile a bit lower, so their edges show
constexpr int PileSteps = 4;
constexpr qreal LargeGap = 14;
constexpr int LargePerColumn = 2;
constexpr double ReadableZoom = 0.95; // at this zoom a large note's text is big enough unscaled
constexpr double MaxLargeScale = 2.2;

// Holds the note items: one item to take out of the scene and put back.
class NoteRoot : public QGraphicsObject
{
public:
    QRectF boundingRect() const override { return {}; }
    void paint(QPainter *, const QStyleOptionGraphicsItem *, QWidget *) override { }
};

} // namespace

StickyNoteLayer::StickyNoteLayer(JourneyScene *scene, QObject *parent)
    : QObject(parent),
      m_scene(scene)
{
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(0); // all events of one command, then one reload
    connect(&m_reloadTimer, &QTimer::timeout, this, &StickyNoteLayer::reload);
    connect(m_scene, &JourneyScene::aboutToRebuild, this, &StickyNoteLayer::detach);
    connect(m_scene, &JourneyScene::rebuilt, this, &StickyNoteLayer::reload);
    if (Workspace *workspace = m_scene->workspace())
        connect(workspace, &Workspace::changed, this, &StickyNoteLayer::onWorkspaceChanged);
    reload();
}

StickyNoteLayer::~StickyNoteLayer()
{
    m_items.clear();
    delete m_root.data(); // leaves the scene with its notes
}

QList<WorkshopNote> StickyNoteLayer::notesOf(StepId step) const
{
    QList<WorkshopNote> found;
    for (const WorkshopNote &note : m_notes) {
        if (note.step == step)
            found.append(note);
    }
    return found;
}

std::optional<WorkshopNote> StickyNoteLayer::note(WorkshopNoteId id) const
{
    const auto it = std::find_if(m_notes.cbegin(), m_notes.cend(), [id](const WorkshopNote &n) { return n.id == id; });
    return it == m_notes.cend() ? std::nullopt : std::optional<WorkshopNote>(*it);
}

void StickyNoteLayer::setFocusStep(StepId step)
{
    if (step == m_focusStep)
        return;
    m_focusStep = step;
    placeItems();
}

void StickyNoteLayer::setZoom(double zoom)
{
    // Large notes show their text at about 18 px on screen, and never smaller than designed.
    const double scale = std::clamp(ReadableZoom / std::max(zoom, 0.05), 1.0, MaxLargeScale);
    if (qFuzzyCompare(scale, m_largeScale))
        return;
    m_largeScale = scale;
    placeItems();
}

void StickyNoteLayer::setCurrentNote(WorkshopNoteId id)
{
    if (!m_root)
        m_items.clear(); // deleted with a scene that was cleared
    if (id.isValid() && !note(id))
        id = {};
    if (id == m_current)
        return;
    if (NoteItem *old = m_items.value(m_current))
        old->setCurrent(false);
    m_current = id;
    if (NoteItem *item = m_items.value(id))
        item->setCurrent(true);
    placeItems(); // the current note comes to the top of its pile
    emit currentNoteChanged(id);
}

void StickyNoteLayer::onWorkspaceChanged(const ChangeEvent &event)
{
    // A removed step takes its notes along; a moved one moves them.
    if (event.kind == ChangeEvent::Kind::Reset || event.entity.type == EntityType::WorkshopNote
        || event.entity.type == EntityType::Step)
        m_reloadTimer.start();
}

void StickyNoteLayer::ensureRoot()
{
    if (m_root)
        return;
    m_items.clear(); // deleted with the old root by a scene that was cleared
    m_root = new NoteRoot;
    m_root->setZValue(10); // above cards (2) and arrows
}

void StickyNoteLayer::detach()
{
    if (m_root && m_root->scene())
        m_root->scene()->removeItem(m_root);
}

void StickyNoteLayer::attach()
{
    ensureRoot();
    if (m_root->scene() != m_scene) {
        if (m_root->scene())
            m_root->scene()->removeItem(m_root);
        m_scene->addItem(m_root);
    }
}

void StickyNoteLayer::reload()
{
    m_reloadTimer.stop();
    QList<WorkshopNote> notes;
    Workspace *workspace = m_scene->workspace();
    if (workspace && m_scene->hasJourney()) {
        try {
            notes = workspace->reader().workshopNotes(m_scene->journey());
        } catch (const SqlError &e) {
            qWarning("StickyNoteLayer: cannot read the notes: %s", e.what());
        }
    }
    m_notes = notes;
    attach();
    QHash<WorkshopNoteId, NoteItem *> keep;
    for (const WorkshopNote &note : std::as_const(m_notes)) {
        NoteItem *item = m_items.take(note.id);
        if (item) {
            item->setNote(note);
        } else {
            item = new NoteItem(note, m_root);
        }
        keep.insert(note.id, item);
    }
    qDeleteAll(m_items); // removed notes
    m_items = keep;
    if (m_current.isValid() && !m_items.contains(m_current)) {
        m_current = {};
        emit currentNoteChanged(m_current);
    }
    if (NoteItem *item = m_items.value(m_current))
        item->setCurrent(true);
    placeItems();
    emit notesChanged();
}

void StickyNoteLayer::placeItems()
{
    if (!m_root) {
        m_items.clear(); // deleted with a scene that was cleared
        return;
    }
    QHash<StepId, int> index;
    QHash<StepId, int> counts;
    for (const WorkshopNote &note : std::as_const(m_notes))
        ++counts[note.step];
    for (const WorkshopNote &note : std::as_const(m_notes)) {
        NoteItem *item = m_items.value(note.id);
        if (!item)
            continue;
        const StepItem *step = m_scene->stepItem(note.step);
        item->setVisible(step != nullptr);
        if (!step)
            continue;
        const QRectF card = step->sceneCardRect();
        const int i = index[note.step]++;
        const bool large = note.step == m_focusStep;
        item->setLarge(large);
        if (large) {
            // The focused step's notes in columns of two beside the card, over whatever is there.
            const QSizeF size = NoteItem::sizeFor(true) * m_largeScale;
            const qreal gap = LargeGap * m_largeScale;
            const int column = i / LargePerColumn;
            const int row = i % LargePerColumn;
            item->setScale(m_largeScale);
            item->setPos(card.right() + LargeGap + column * (size.width() + gap),
                         card.top() - 10 + row * (size.height() + gap));
            item->setZValue(100 + i);
        } else {
            // A pile beside the card, the newest on top, the edges of the older ones peeking out below.
            item->setScale(1.0);
            const int fromTop = counts.value(note.step) - 1 - i;
            const qreal offset = std::min(fromTop, PileSteps) * PileStep;
            item->setPos(card.right() + CompactGap, card.top() + offset);
            item->setZValue(i);
        }
        if (note.id == m_current)
            item->setZValue(item->zValue() + 200);
    }
}

} // namespace jl
