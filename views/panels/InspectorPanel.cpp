#include "InspectorPanel.h"

#include "EntityPresentation.h"
#include "PanelDialogs.h"
#include "document/Workspace.h"
#include "storage/EntityRows.h"
#include "storage/RowStore.h"
#include "storage/SqlSupport.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSlider>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace jl {

namespace {

// Units offered for a trigger's expected delay, largest last.
struct DelayUnit
{
    qint64 seconds;
    const char *name;
};
constexpr DelayUnit DelayUnits[] = {
    {1, QT_TRANSLATE_NOOP("jl::InspectorPanel", "seconds")},
    {60, QT_TRANSLATE_NOOP("jl::InspectorPanel", "minutes")},
    {3600, QT_TRANSLATE_NOOP("jl::InspectorPanel", "hours")},
    {86400, QT_TRANSLATE_NOOP("jl::InspectorPanel", "days")},
};

QString text(const QVariantMap &row, const char *column)
{
    return row.value(QLatin1String(column)).toString();
}

qint64 idIn(const QVariantMap &row, const char *column)
{
    return row.value(QLatin1String(column)).toLongLong();
}

bool sameChoice(const QVariant &a, const QVariant &b)
{
    const bool aNull = a.isNull() || !a.isValid();
    const bool bNull = b.isNull() || !b.isValid();
    if (aNull || bNull)
        return aNull == bNull;
    return a.toLongLong() == b.toLongLong();
}

QString bullets(const QStringList &items, const QString &empty)
{
    if (items.isEmpty())
        return QStringLiteral("<span style=\"color:#8a8f98\">%1</span>").arg(empty.toHtmlEscaped());
    QStringList lines;
    for (const QString &item : items)
        lines << QStringLiteral("• ") + item.toHtmlEscaped();
    return lines.join(QStringLiteral("<br>"));
}

// Marks the "New …" item at the end of a reference combo.
constexpr int NewEntryRole = Qt::UserRole + 1;

// Texts of a reference combo's "New …" item, its name prompt and its undo step (%1: the name),
// by the type of entry it adds. Translated where used.
struct NewEntryText
{
    EntityType type;
    const char *item;
    const char *title;
    const char *label;
    const char *undo;
};
constexpr NewEntryText NewEntryTexts[] = {
    {EntityType::Channel, QT_TRANSLATE_NOOP("jl::InspectorPanel", "New channel…"),
     QT_TRANSLATE_NOOP("jl::InspectorPanel", "New Channel"),
     QT_TRANSLATE_NOOP("jl::InspectorPanel", "Name of the new channel:"),
     QT_TRANSLATE_NOOP("jl::InspectorPanel", "Add channel “%1”")},
    {EntityType::Owner, QT_TRANSLATE_NOOP("jl::InspectorPanel", "New owner…"),
     QT_TRANSLATE_NOOP("jl::InspectorPanel", "New Owner"),
     QT_TRANSLATE_NOOP("jl::InspectorPanel", "Name of the new owner:"),
     QT_TRANSLATE_NOOP("jl::InspectorPanel", "Add owner “%1”")},
    {EntityType::Department, QT_TRANSLATE_NOOP("jl::InspectorPanel", "New department…"),
     QT_TRANSLATE_NOOP("jl::InspectorPanel", "New Department"),
     QT_TRANSLATE_NOOP("jl::InspectorPanel", "Name of the new department:"),
     QT_TRANSLATE_NOOP("jl::InspectorPanel", "Add department “%1”")},
    {EntityType::SourceSystem, QT_TRANSLATE_NOOP("jl::InspectorPanel", "New source system…"),
     QT_TRANSLATE_NOOP("jl::InspectorPanel", "New Source System"),
     QT_TRANSLATE_NOOP("jl::InspectorPanel", "Name of the new source system:"),
     QT_TRANSLATE_NOOP("jl::InspectorPanel", "Add source system “%1”")},
};

const NewEntryText &newEntryText(EntityType type)
{
    for (const NewEntryText &text : NewEntryTexts) {
        if (text.type == type)
            return text;
    }
    return NewEntryTexts[0];
}

QString quoted(const QString &name)
{
    return QCoreApplication::translate("jl::InspectorPanel", "“%1”").arg(name);
}


// Keeps the mouse wheel from changing a choice the user only scrolls past (and from landing on
// "New channel…"): a combo without focus hands the wheel on to the form, which scrolls.
class WheelGuard : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *widget = qobject_cast<QWidget *>(watched);
        if (event->type() != QEvent::Wheel || !widget || widget->hasFocus())
            return false;
        if (QWidget *parent = widget->parentWidget())
            QCoreApplication::sendEvent(parent, event);
        return true;
    }
};

WheelGuard *wheelGuard()
{
    static auto *guard = new WheelGuard(QCoreApplication::instance());
    return guard;
}

} // namespace

InspectorPanel::InspectorPanel(QWidget *parent)
    : QWidget(parent),
      m_dialogs(std::make_shared<PanelDialogs>()),
      m_pages(new QStackedWidget(this)),
      m_typeLabel(new QLabel(this)),
      m_iconLabel(new QLabel(this)),
      m_nameLabel(new QLabel(this)),
      m_subtitleLabel(new QLabel(this)),
      m_scroll(new QScrollArea(this))
{
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(0);
    connect(&m_refreshTimer, &QTimer::timeout, this, &InspectorPanel::refresh);

    // Empty state.
    auto *empty = new QWidget(m_pages);
    auto *emptyLayout = new QVBoxLayout(empty);
    auto *emptyTitle = new QLabel(tr("Nothing selected"), empty);
    emptyTitle->setObjectName(QStringLiteral("inspectorEmptyTitle"));
    emptyTitle->setAlignment(Qt::AlignCenter);
    QFont titleFont = emptyTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    emptyTitle->setFont(titleFont);
    emptyTitle->setStyleSheet(QStringLiteral("color: #7a808a;"));
    auto *emptyHint =
        new QLabel(tr("Select a journey, step, trigger or persona to see and edit its properties."), empty);
    emptyHint->setAlignment(Qt::AlignCenter);
    emptyHint->setWordWrap(true);
    emptyHint->setStyleSheet(QStringLiteral("color: #8a8f98;"));
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(emptyTitle);
    emptyLayout->addWidget(emptyHint);
    emptyLayout->addStretch(2);
    m_pages->addWidget(empty);

    // Element page: a header, then the form in a scroll area.
    auto *page = new QWidget(m_pages);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->setSpacing(0);
    auto *header = new QWidget(page);
    header->setObjectName(QStringLiteral("inspectorHeader"));
    header->setAttribute(Qt::WA_StyledBackground);
    header->setStyleSheet(QStringLiteral("QWidget#inspectorHeader { border-bottom: 1px solid palette(mid); }"));
    auto *headerLayout = new QHBoxLayout(header);
    headerLayout->setContentsMargins(12, 10, 12, 10);
    headerLayout->setSpacing(10);
    m_iconLabel->setFixedSize(32, 32);
    headerLayout->addWidget(m_iconLabel, 0, Qt::AlignTop);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(1);
    m_typeLabel->setObjectName(QStringLiteral("inspectorType"));
    QFont typeFont = m_typeLabel->font();
    typeFont.setBold(true);
    typeFont.setCapitalization(QFont::AllUppercase);
    typeFont.setLetterSpacing(QFont::PercentageSpacing, 110);
    typeFont.setPointSizeF(typeFont.pointSizeF() * 0.8);
    m_typeLabel->setFont(typeFont);
    m_typeLabel->setStyleSheet(QStringLiteral("color: #6b7079;"));
    m_nameLabel->setObjectName(QStringLiteral("inspectorName"));
    QFont nameFont = m_nameLabel->font();
    nameFont.setBold(true);
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.3);
    m_nameLabel->setFont(nameFont);
    m_nameLabel->setWordWrap(true);
    m_nameLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitleLabel->setWordWrap(true);
    m_subtitleLabel->setStyleSheet(QStringLiteral("color: #6b7079;"));
    titles->addWidget(m_typeLabel);
    titles->addWidget(m_nameLabel);
    titles->addWidget(m_subtitleLabel);
    headerLayout->addLayout(titles, 1);
    pageLayout->addWidget(header);

    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    pageLayout->addWidget(m_scroll, 1);
    m_pages->addWidget(page);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
    m_pages->setCurrentIndex(0);
}

InspectorPanel::~InspectorPanel()
{
    // The form's editors must not commit from focus-out events while being destroyed, and must
    // go while the members their connections use still exist.
    m_fields.clear();
    m_infos.clear();
    delete m_scroll->takeWidget();
}

void InspectorPanel::setWorkspace(Workspace *workspace)
{
    if (m_workspace == workspace)
        return;
    commitPendingEdits();
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    if (m_workspace)
        connect(m_workspace, &Workspace::changed, this, &InspectorPanel::onChanged);
    m_element = {};
    build();
}

void InspectorPanel::setElement(EntityRef element)
{
    if (element == m_element && (m_form || !element.isValid())) {
        refresh();
        return;
    }
    commitPendingEdits();
    m_element = element;
    build();
}

void InspectorPanel::setDialogs(std::shared_ptr<PanelDialogs> dialogs)
{
    m_dialogs = dialogs ? std::move(dialogs) : std::make_shared<PanelDialogs>();
}

QWidget *InspectorPanel::editor(const QString &column) const
{
    for (const Field &field : m_fields) {
        if (field.column == column)
            return field.editor;
    }
    return nullptr;
}

QString InspectorPanel::typeText() const
{
    return m_pages->currentIndex() == 0 ? QString() : presentation::typeName(m_element.type);
}

QString InspectorPanel::nameText() const
{
    return m_pages->currentIndex() == 0 ? QString() : m_nameLabel->text();
}

bool InspectorPanel::isEmptyStateShown() const
{
    return m_pages->currentIndex() == 0;
}

void InspectorPanel::onChanged(const ChangeEvent &event)
{
    if (!m_element.isValid())
        return;
    // Step moves on the canvas come in bursts and change nothing shown here (except for the
    // step itself, whose position is not shown either).
    if (event.kind == ChangeEvent::Kind::Changed && event.entity.type == EntityType::Step
        && (event.property == QLatin1String("pos_x") || event.property == QLatin1String("pos_y")))
        return;
    m_refreshTimer.start();
}

// --- building the form -----------------------------------------------------------------------

void InspectorPanel::build()
{
    m_refreshTimer.stop();
    m_fields.clear();
    m_infos.clear();
    m_photo = nullptr;
    if (QWidget *old = m_scroll->takeWidget()) {
        old->hide();
        old->deleteLater();
    }
    m_form = nullptr;
    m_formLayout = nullptr;

    bool exists = false;
    if (m_workspace && m_element.isValid()) {
        try {
            exists = rows::read(m_workspace->database(), m_element.type, m_element.id).has_value();
        } catch (const SqlError &e) {
            qWarning("InspectorPanel: %s", e.what());
        }
    }
    if (!exists) {
        m_element = {};
        m_pages->setCurrentIndex(0);
        return;
    }

    // The form over a stretch, so rows keep their natural height in a tall dock.
    m_form = new QWidget;
    m_form->setObjectName(QStringLiteral("inspectorForm"));
    auto *column = new QVBoxLayout(m_form);
    column->setContentsMargins(0, 0, 0, 0);
    auto *formHost = new QWidget(m_form);
    column->addWidget(formHost);
    column->addStretch(1);
    m_formLayout = new QFormLayout(formHost);
    m_formLayout->setContentsMargins(12, 8, 12, 12);
    m_formLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_formLayout->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_formLayout->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_formLayout->setVerticalSpacing(8);

    switch (m_element.type) {
    case EntityType::Journey: buildJourney(); break;
    case EntityType::Stage: buildStage(); break;
    case EntityType::Step: buildStep(); break;
    case EntityType::Trigger: buildTrigger(); break;
    case EntityType::Persona: buildPersona(); break;
    case EntityType::GlossaryTerm: buildGlossaryTerm(); break;
    case EntityType::Channel: buildChannel(); break;
    case EntityType::Department: buildDepartment(); break;
    case EntityType::Owner: buildOwner(); break;
    case EntityType::SourceSystem: buildSourceSystem(); break;
    case EntityType::PersonaChannel:
    case EntityType::JourneyPersona:
    case EntityType::KpiTarget:
    case EntityType::PersonaEmotion:
    case EntityType::WorkshopNote:
        addInfo(tr("Details"), [](const ModelReader &, const QVariantMap &) {
            return tr("This element has no properties of its own to edit.");
        });
        break;
    }

    m_scroll->setWidget(m_form);
    m_pages->setCurrentIndex(1);
    refresh();
}

void InspectorPanel::addSection(const QString &title)
{
    auto *label = new QLabel(title, m_form);
    QFont font = label->font();
    font.setBold(true);
    font.setCapitalization(QFont::AllUppercase);
    font.setLetterSpacing(QFont::PercentageSpacing, 108);
    font.setPointSizeF(font.pointSizeF() * 0.8);
    label->setFont(font);
    label->setStyleSheet(QStringLiteral("color: #6b7079; padding-top: %1px;").arg(m_formLayout->rowCount() ? 10 : 2));
    m_formLayout->addRow(label);
}

void InspectorPanel::addText(const QString &column, const QString &label, const QString &placeholder)
{
    auto *edit = new QLineEdit(m_form);
    edit->setObjectName(QStringLiteral("field_") + column);
    edit->setPlaceholderText(placeholder);
    connect(edit, &QLineEdit::editingFinished, this, [this, edit] {
        if (const Field *field = fieldFor(edit))
            commit(*field);
    });
    m_formLayout->addRow(label, edit);
    m_fields.append({FieldKind::Text, column, edit, nullptr, nullptr, {}});
}

void InspectorPanel::addList(const QString &column, const QString &label, const QString &placeholder)
{
    addText(column, label, placeholder);
    m_fields.last().kind = FieldKind::List;
    m_fields.last().editor->setToolTip(tr("Separate entries with commas"));
}

void InspectorPanel::addLongText(const QString &column, const QString &label, const QString &placeholder, int lines)
{
    auto *edit = new QPlainTextEdit(m_form);
    edit->setObjectName(QStringLiteral("field_") + column);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    edit->installEventFilter(this);
    m_formLayout->addRow(label, edit);
    m_fields.append({FieldKind::LongText, column, edit, nullptr, nullptr, {}});
}

void InspectorPanel::addReference(const QString &column, const QString &label, ChoiceSource choices,
                                  std::optional<EntityType> creates)
{
    auto *combo = new QComboBox(m_form);
    combo->setObjectName(QStringLiteral("field_") + column);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(8);
    combo->setFocusPolicy(Qt::StrongFocus);
    combo->installEventFilter(wheelGuard());
    connect(combo, &QComboBox::activated, this, [this, combo] {
        if (const Field *field = fieldFor(combo))
            commit(*field);
    });
    m_formLayout->addRow(label, combo);
    m_fields.append({FieldKind::Reference, column, combo, nullptr, nullptr, std::move(choices), creates});
}

void InspectorPanel::addEnum(const QString &column, const QString &label, const QList<Choice> &choices)
{
    auto *combo = new QComboBox(m_form);
    combo->setObjectName(QStringLiteral("field_") + column);
    for (const Choice &choice : choices)
        combo->addItem(choice.icon, choice.text, choice.value);
    combo->setFocusPolicy(Qt::StrongFocus);
    combo->installEventFilter(wheelGuard());
    connect(combo, &QComboBox::activated, this, [this, combo] {
        if (const Field *field = fieldFor(combo))
            commit(*field);
    });
    m_formLayout->addRow(label, combo);
    m_fields.append({FieldKind::Enum, column, combo, nullptr, nullptr, {}});
}

void InspectorPanel::addEmotion(const QString &column, const QString &label)
{
    auto *box = new QWidget(m_form);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *slider = new QSlider(Qt::Horizontal, box);
    slider->setObjectName(QStringLiteral("field_") + column);
    slider->setRange(MinEmotion, MaxEmotion);
    slider->setPageStep(1);
    slider->setTickPosition(QSlider::TicksBelow);
    slider->setTickInterval(1);
    slider->setToolTip(tr("Expected emotion of the customer at this step, from very negative to very positive"));
    auto *name = new QLabel(box);
    name->setMinimumWidth(name->fontMetrics().horizontalAdvance(emotionName(MaxEmotion)) + 24);
    layout->addWidget(slider, 1);
    layout->addWidget(name);
    connect(slider, &QSlider::valueChanged, this, [this, slider] {
        if (const Field *field = fieldFor(slider)) {
            if (!m_loading)
                commit(*field);
        }
    });
    m_formLayout->addRow(label, box);
    m_fields.append({FieldKind::Emotion, column, slider, name, nullptr, {}});
}

void InspectorPanel::addDelay(const QString &column, const QString &label)
{
    auto *box = new QWidget(m_form);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *spin = new QSpinBox(box);
    spin->setObjectName(QStringLiteral("field_") + column);
    spin->setRange(0, 999999);
    spin->setKeyboardTracking(false);
    auto *unit = new QComboBox(box);
    unit->setObjectName(QStringLiteral("field_") + column + QStringLiteral("_unit"));
    for (const DelayUnit &delayUnit : DelayUnits)
        unit->addItem(tr(delayUnit.name), delayUnit.seconds);
    unit->setCurrentIndex(1);
    layout->addWidget(spin, 1);
    layout->addWidget(unit);
    connect(spin, &QSpinBox::valueChanged, this, [this, spin] {
        if (const Field *field = fieldFor(spin)) {
            if (!m_loading)
                commit(*field);
        }
    });
    connect(unit, &QComboBox::activated, this, [this, spin] {
        if (const Field *field = fieldFor(spin))
            commit(*field);
    });
    m_formLayout->addRow(label, box);
    m_fields.append({FieldKind::Delay, column, spin, nullptr, unit, {}});
}

void InspectorPanel::addPersonaList(const QString &label)
{
    auto *list = new QListWidget(m_form);
    list->setObjectName(QStringLiteral("field_personas"));
    list->setToolTip(tr("The personas this journey is designed for; tick to assign"));
    list->setSelectionMode(QAbstractItemView::NoSelection);
    list->setFocusPolicy(Qt::StrongFocus);
    list->setIconSize(QSize(20, 20));
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (m_loading || !(item->flags() & Qt::ItemIsUserCheckable))
            return;
        commitPersona(item->data(Qt::UserRole).toLongLong(), item->checkState() == Qt::Checked);
    });
    m_formLayout->addRow(label, list);
    m_fields.append({FieldKind::Personas, QStringLiteral("personas"), list, nullptr, nullptr, {}});
}

void InspectorPanel::addInfo(const QString &label, InfoSource source, bool rich)
{
    auto *value = new QLabel(m_form);
    value->setWordWrap(true);
    value->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    value->setTextFormat(rich ? Qt::RichText : Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setStyleSheet(QStringLiteral("color: #3c4047;"));
    m_formLayout->addRow(label, value);
    m_infos.append({value, std::move(source)});
}

QLabel *InspectorPanel::addPhoto()
{
    auto *photo = new QLabel(m_form);
    photo->setFixedSize(96, 96);
    m_formLayout->addRow(photo);
    m_formLayout->setAlignment(photo, Qt::AlignHCenter);
    return photo;
}

InspectorPanel::ChoiceSource InspectorPanel::ownerChoices()
{
    return [](const ModelReader &reader, const QVariantMap &) {
        QList<Choice> choices;
        for (const Owner &owner : reader.owners())
            choices << Choice{owner.id.value(), owner.name, presentation::entityIcon(EntityType::Owner)};
        return choices;
    };
}

InspectorPanel::ChoiceSource InspectorPanel::departmentChoices()
{
    return [](const ModelReader &reader, const QVariantMap &) {
        QList<Choice> choices;
        for (const Department &department : reader.departments())
            choices << Choice{department.id.value(), department.name, presentation::entityIcon(EntityType::Department)};
        return choices;
    };
}

InspectorPanel::ChoiceSource InspectorPanel::channelChoices()
{
    return [](const ModelReader &reader, const QVariantMap &) {
        QList<Choice> choices;
        for (const Channel &channel : reader.channels())
            choices << Choice{channel.id.value(), channel.name, presentation::entityIcon(EntityType::Channel)};
        return choices;
    };
}

InspectorPanel::ChoiceSource InspectorPanel::sourceSystemChoices()
{
    return [](const ModelReader &reader, const QVariantMap &) {
        QList<Choice> choices;
        for (const SourceSystem &source : reader.sourceSystems())
            choices << Choice{source.id.value(), source.name, presentation::entityIcon(EntityType::SourceSystem)};
        return choices;
    };
}

void InspectorPanel::buildJourney()
{
    addSection(tr("Journey"));
    addText(QStringLiteral("name"), tr("Name:"), tr("What the customer wants to get done"));
    QList<Choice> levels;
    for (JourneyLevel level : {JourneyLevel::Lifecycle, JourneyLevel::Journey, JourneyLevel::Task})
        levels << Choice{static_cast<int>(level), displayName(level), presentation::levelIcon(level)};
    addEnum(QStringLiteral("level"), tr("Level:"), levels);
    QList<Choice> statuses;
    for (JourneyStatus status :
         {JourneyStatus::Draft, JourneyStatus::InReview, JourneyStatus::Approved, JourneyStatus::Archived})
        statuses << Choice{static_cast<int>(status), displayName(status),
                           presentation::colorDot(presentation::statusColor(status))};
    addEnum(QStringLiteral("status"), tr("Status:"), statuses);
    addReference(QStringLiteral("owner_id"), tr("Owner:"), ownerChoices(), EntityType::Owner);
    addLongText(QStringLiteral("description"), tr("Description:"), tr("Scope, goal and boundaries of this journey"));

    addSection(tr("Structure"));
    addInfo(tr("Details:"), [](const ModelReader &reader, const QVariantMap &row) {
        const qint64 stepId = idIn(row, "detail_step_id");
        if (stepId <= 0)
            return tr("Top level (details no step)");
        const auto step = reader.step(StepId(stepId));
        if (!step)
            return QString();
        const auto parent = reader.journey(step->journey);
        return tr("Step %1 in %2").arg(quoted(step->name), quoted(parent ? parent->name : QString()));
    });
    addInfo(tr("Contains:"), [this](const ModelReader &reader, const QVariantMap &) -> QString {
        const JourneyId journey(m_element.id);
        const int stages = int(reader.stages(journey).size());
        const int steps = int(reader.steps(journey).size());
        const int triggers = int(reader.triggers(journey).size());
        return tr("%n stage(s)", nullptr, stages) + QStringLiteral(", ") + tr("%n step(s)", nullptr, steps)
            + QStringLiteral(", ") + tr("%n trigger(s)", nullptr, triggers);
    });
    addInfo(tr("Sub-journeys:"), [this](const ModelReader &reader, const QVariantMap &) {
        QStringList names;
        for (const Journey &journey : reader.subJourneys(JourneyId(m_element.id)))
            names << journey.name;
        return names.isEmpty() ? tr("None") : names.join(QStringLiteral(", "));
    });
    addPersonaList(tr("Personas:"));
}

void InspectorPanel::buildStage()
{
    addSection(tr("Stage"));
    addText(QStringLiteral("name"), tr("Name:"), tr("Awareness, Purchase, Delivery …"));
    addLongText(QStringLiteral("description"), tr("Description:"), tr("What happens in this phase"));
    addSection(tr("Structure"));
    addInfo(tr("Journey:"), [](const ModelReader &reader, const QVariantMap &row) {
        const auto journey = reader.journey(JourneyId(idIn(row, "journey_id")));
        return journey ? journey->name : QString();
    });
    addInfo(tr("Position:"), [](const ModelReader &reader, const QVariantMap &row) {
        const int count = int(reader.stages(JourneyId(idIn(row, "journey_id"))).size());
        return tr("%1 of %2").arg(row.value(QStringLiteral("position")).toInt() + 1).arg(count);
    });
    addInfo(tr("Steps:"), [this](const ModelReader &reader, const QVariantMap &row) {
        QStringList names;
        for (const Step &step : reader.steps(JourneyId(idIn(row, "journey_id")))) {
            if (step.stage.value() == m_element.id)
                names << step.name;
        }
        return names.isEmpty() ? tr("None") : names.join(QStringLiteral(", "));
    });
}

void InspectorPanel::buildStep()
{
    addSection(tr("Step"));
    addText(QStringLiteral("name"), tr("Name:"), tr("What happens, from the customer's view"));
    QList<Choice> kinds;
    for (StepKind kind :
         {StepKind::Touchpoint, StepKind::CustomerAction, StepKind::Backstage, StepKind::Decision, StepKind::Outcome})
        kinds << Choice{static_cast<int>(kind), displayName(kind),
                        presentation::colorDot(presentation::stepKindColor(kind))};
    addEnum(QStringLiteral("kind"), tr("Kind:"), kinds);
    addReference(QStringLiteral("stage_id"), tr("Stage:"), [](const ModelReader &reader, const QVariantMap &row) {
        QList<Choice> choices;
        for (const Stage &stage : reader.stages(JourneyId(idIn(row, "journey_id"))))
            choices << Choice{stage.id.value(), stage.name, presentation::entityIcon(EntityType::Stage)};
        return choices;
    });
    addReference(QStringLiteral("channel_id"), tr("Channel:"), channelChoices(), EntityType::Channel);

    addSection(tr("Responsibility"));
    addReference(QStringLiteral("department_id"), tr("Department:"), departmentChoices(), EntityType::Department);
    addReference(QStringLiteral("owner_id"), tr("Owner:"), ownerChoices(), EntityType::Owner);
    addReference(QStringLiteral("source_system_id"), tr("Source system:"), sourceSystemChoices(),
                 EntityType::SourceSystem);

    addSection(tr("Experience"));
    addEmotion(QStringLiteral("emotion"), tr("Emotion:"));
    addLongText(QStringLiteral("description"), tr("Description:"), tr("What the customer does and sees"), 3);
    addLongText(QStringLiteral("pains"), tr("Pains:"), tr("What goes wrong or annoys here"), 3);
    addLongText(QStringLiteral("ideas"), tr("Ideas:"), tr("How it could be better"), 3);

    addSection(tr("Structure"));
    addInfo(tr("Journey:"), [](const ModelReader &reader, const QVariantMap &row) {
        const auto journey = reader.journey(JourneyId(idIn(row, "journey_id")));
        return journey ? journey->name : QString();
    });
    addInfo(tr("Detailed by:"), [this](const ModelReader &reader, const QVariantMap &) {
        QStringList names;
        for (const Journey &journey : reader.journeys()) {
            if (journey.detailsStep.value() == m_element.id)
                names << journey.name;
        }
        return names.isEmpty() ? tr("No sub-journey") : names.join(QStringLiteral(", "));
    });
    addInfo(tr("KPI targets:"), [this](const ModelReader &reader, const QVariantMap &) {
        QStringList lines;
        if (const auto step = reader.step(StepId(m_element.id))) {
            for (const KpiTarget &target : step->kpiTargets) {
                lines << tr("%1: %2 %3")
                             .arg(displayName(target.measure), QLocale().toString(target.target), target.unit)
                             .trimmed();
            }
        }
        return lines.isEmpty() ? tr("None") : lines.join(QLatin1Char('\n'));
    });
}

void InspectorPanel::buildTrigger()
{
    addSection(tr("Trigger"));
    addText(QStringLiteral("label"), tr("Label:"), tr("What moves the customer on"));
    QList<Choice> kinds{{QVariant(), displayName(TriggerKind::Unspecified), {}}};
    for (TriggerKind kind : {TriggerKind::CustomerAction, TriggerKind::Time, TriggerKind::Message,
                             TriggerKind::SystemEvent, TriggerKind::AgentAction})
        kinds << Choice{static_cast<int>(kind), displayName(kind), {}};
    addEnum(QStringLiteral("kind"), tr("Kind:"), kinds);
    addText(QStringLiteral("condition"), tr("Condition:"), tr("When it fires, e.g. “cart older than 2 h”"));
    addText(QStringLiteral("engagement_action"), tr("Engagement:"), tr("What the company does, e.g. reminder e-mail"));
    addDelay(QStringLiteral("expected_delay_s"), tr("Expected delay:"));

    addSection(tr("Connection"));
    const auto stepName = [](const char *column) {
        return [column](const ModelReader &reader, const QVariantMap &row) {
            const auto step = reader.step(StepId(idIn(row, column)));
            return step ? step->name : QString();
        };
    };
    addInfo(tr("From:"), stepName("from_step_id"));
    addInfo(tr("To:"), stepName("to_step_id"));
    addInfo(tr("Journey:"), [](const ModelReader &reader, const QVariantMap &row) {
        const auto journey = reader.journey(JourneyId(idIn(row, "journey_id")));
        return journey ? journey->name : QString();
    });
}

void InspectorPanel::buildPersona()
{
    m_photo = addPhoto();
    addSection(tr("Persona"));
    addText(QStringLiteral("name"), tr("Name:"), tr("A memorable name"));
    addLongText(QStringLiteral("quote"), tr("Quote:"), tr("What they would say in one sentence"), 2);
    addSection(tr("Profile"));
    const auto list = [](const char *column, const QString &empty) {
        return [column, empty](const ModelReader &, const QVariantMap &row) {
            return bullets(entityrows::textToList(row.value(QLatin1String(column))), empty);
        };
    };
    addInfo(tr("Goals:"), list("goals", tr("None yet")), true);
    addInfo(tr("Pains:"), list("pains", tr("None yet")), true);
    addInfo(tr("Needs:"), list("needs", tr("None yet")), true);
    addInfo(tr("Channels:"), [this](const ModelReader &reader, const QVariantMap &) {
        QStringList names;
        if (const auto persona = reader.persona(PersonaId(m_element.id))) {
            for (ChannelId channel : persona->preferredChannels) {
                if (const auto value = reader.channel(channel))
                    names << value->name;
            }
        }
        return names.isEmpty() ? tr("No preference") : names.join(QStringLiteral(", "));
    });
    addInfo(tr("Segment rule:"), [](const ModelReader &, const QVariantMap &row) {
        const QString rule = text(row, "segment_rule");
        return rule.isEmpty() ? tr("None") : rule;
    });
}

void InspectorPanel::buildGlossaryTerm()
{
    addSection(tr("Glossary term"));
    addText(QStringLiteral("term"), tr("Term:"));
    addLongText(QStringLiteral("definition"), tr("Definition:"), tr("What everybody in the company means by it"), 5);
    addList(QStringLiteral("synonyms"), tr("Synonyms:"), tr("Other words for it, comma-separated"));
    addReference(QStringLiteral("owner_id"), tr("Owner:"), ownerChoices(), EntityType::Owner);
}

void InspectorPanel::buildChannel()
{
    addSection(tr("Channel"));
    addText(QStringLiteral("name"), tr("Name:"));
    addText(QStringLiteral("icon"), tr("Icon key:"), tr("web, email, store, phone, chat …"));
    addLongText(QStringLiteral("description"), tr("Description:"));
}

void InspectorPanel::buildDepartment()
{
    addSection(tr("Department"));
    addText(QStringLiteral("name"), tr("Name:"));
    addInfo(tr("Owners:"), [this](const ModelReader &reader, const QVariantMap &) {
        QStringList names;
        for (const Owner &owner : reader.owners()) {
            if (owner.department.value() == m_element.id)
                names << owner.name;
        }
        return names.isEmpty() ? tr("None") : names.join(QStringLiteral(", "));
    });
}

void InspectorPanel::buildOwner()
{
    addSection(tr("Owner"));
    addText(QStringLiteral("name"), tr("Name:"));
    addText(QStringLiteral("role"), tr("Role:"), tr("Journey owner, service lead …"));
    addReference(QStringLiteral("department_id"), tr("Department:"), departmentChoices(), EntityType::Department);
}

void InspectorPanel::buildSourceSystem()
{
    addSection(tr("Source system"));
    addText(QStringLiteral("name"), tr("Name:"));
    addText(QStringLiteral("kind"), tr("Kind:"), tr("CRM, ESP, POS, ticketing …"));
    addLongText(QStringLiteral("description"), tr("Description:"));
}

// --- loading ---------------------------------------------------------------------------------

void InspectorPanel::refresh()
{
    m_refreshTimer.stop();
    if (!m_workspace || !m_element.isValid() || !m_form) {
        if (m_pages->currentIndex() != 0 && !m_form)
            m_pages->setCurrentIndex(0);
        return;
    }
    try {
        const ModelReader reader = m_workspace->reader();
        const auto row = rows::read(m_workspace->database(), m_element.type, m_element.id);
        if (!row) {
            // Deleted (or its creation undone).
            m_element = {};
            build();
            return;
        }
        load(reader, *row);
    } catch (const SqlError &e) {
        qWarning("InspectorPanel: %s", e.what());
    }
}

void InspectorPanel::load(const ModelReader &reader, const QVariantMap &row)
{
    m_loading = true;
    loadHeader(reader, row);
    for (Field &field : m_fields)
        loadField(field, reader, row);
    for (const Info &info : std::as_const(m_infos)) {
        const QString value = info.text(reader, row);
        if (info.label->text() != value)
            info.label->setText(value);
    }
    if (m_photo) {
        m_photo->setPixmap(presentation::portrait(row.value(QStringLiteral("photo")).toByteArray(), text(row, "name"),
                                                  m_photo->width(), devicePixelRatioF()));
    }
    m_loading = false;
}

void InspectorPanel::loadHeader(const ModelReader &reader, const QVariantMap &row)
{
    m_typeLabel->setText(presentation::typeName(m_element.type));
    QIcon icon = presentation::entityIcon(m_element.type);
    QString subtitle;
    switch (m_element.type) {
    case EntityType::Journey: {
        const auto level = static_cast<JourneyLevel>(row.value(QStringLiteral("level")).toInt());
        const auto status = static_cast<JourneyStatus>(row.value(QStringLiteral("status")).toInt());
        icon = presentation::levelIcon(level);
        subtitle = tr("%1 · %2").arg(displayName(level), displayName(status));
        break;
    }
    case EntityType::Step: {
        const auto kind = static_cast<StepKind>(row.value(QStringLiteral("kind")).toInt());
        icon = presentation::colorDot(presentation::stepKindColor(kind));
        const auto journey = reader.journey(JourneyId(idIn(row, "journey_id")));
        subtitle = tr("%1 in %2").arg(displayName(kind), quoted(journey ? journey->name : QString()));
        break;
    }
    case EntityType::Stage: {
        const auto journey = reader.journey(JourneyId(idIn(row, "journey_id")));
        subtitle = tr("Stage of %1").arg(quoted(journey ? journey->name : QString()));
        break;
    }
    case EntityType::Trigger: {
        const auto from = reader.step(StepId(idIn(row, "from_step_id")));
        const auto to = reader.step(StepId(idIn(row, "to_step_id")));
        subtitle = tr("%1 → %2").arg(from ? from->name : QString(), to ? to->name : QString());
        break;
    }
    case EntityType::Owner: subtitle = text(row, "role"); break;
    case EntityType::SourceSystem: subtitle = text(row, "kind"); break;
    default: break;
    }
    m_iconLabel->setPixmap(icon.pixmap(QSize(32, 32), devicePixelRatioF()));
    QString name = presentation::elementName(reader, m_element);
    if (name.isEmpty())
        name = tr("(unnamed)");
    m_nameLabel->setText(name);
    m_subtitleLabel->setText(subtitle);
    m_subtitleLabel->setVisible(!subtitle.isEmpty());
}

void InspectorPanel::loadField(Field &field, const ModelReader &reader, const QVariantMap &row)
{
    const QVariant value = row.value(field.column);
    switch (field.kind) {
    case FieldKind::Text:
    case FieldKind::List: {
        auto *edit = static_cast<QLineEdit *>(field.editor);
        const QString shown =
            field.kind == FieldKind::List ? entityrows::textToList(value).join(QStringLiteral(", ")) : value.toString();
        if (edit->text() == shown)
            break;
        if (edit->hasFocus() && edit->isModified())
            break; // the user is typing: their text wins until they finish
        const int cursor = edit->cursorPosition();
        edit->setText(shown);
        // Keep the cursor where the user had it; otherwise show the beginning of long texts.
        edit->setCursorPosition(edit->hasFocus() ? qMin(cursor, int(shown.size())) : 0);
        break;
    }
    case FieldKind::LongText: {
        auto *edit = static_cast<QPlainTextEdit *>(field.editor);
        const QString shown = value.toString();
        if (edit->toPlainText() == shown)
            break;
        if (edit->hasFocus() && edit->document()->isModified())
            break;
        const int cursor = edit->textCursor().position();
        const int scroll = edit->verticalScrollBar()->value();
        edit->setPlainText(shown);
        edit->document()->setModified(false);
        if (edit->hasFocus()) {
            QTextCursor textCursor = edit->textCursor();
            textCursor.setPosition(qMin(cursor, int(shown.size())));
            edit->setTextCursor(textCursor);
            edit->verticalScrollBar()->setValue(scroll);
        }
        break;
    }
    case FieldKind::Reference:
    case FieldKind::Enum: {
        auto *combo = static_cast<QComboBox *>(field.editor);
        if (field.kind == FieldKind::Reference) {
            QList<Choice> choices{{QVariant(), tr("(none)"), {}}};
            choices += field.choices(reader, row);
            const QString newText = field.creates ? tr(newEntryText(*field.creates).item) : QString();
            const int count = int(choices.size()) + (field.creates ? 1 : 0);
            bool same = combo->count() == count;
            for (int i = 0; same && i < choices.size(); ++i)
                same = combo->itemText(i) == choices.at(i).text && sameChoice(combo->itemData(i), choices.at(i).value);
            if (same && field.creates)
                same = combo->itemText(count - 1) == newText;
            if (!same) {
                combo->clear();
                for (const Choice &choice : std::as_const(choices))
                    combo->addItem(choice.icon, choice.text, choice.value);
                if (field.creates) {
                    combo->addItem(presentation::actionIcon(QStringLiteral("list-add")), newText);
                    combo->setItemData(count - 1, true, NewEntryRole);
                    combo->setItemData(count - 1, tr("Add a new entry and choose it"), Qt::ToolTipRole);
                }
            }
        }
        int current = -1;
        for (int i = 0; i < combo->count() && current < 0; ++i) {
            if (!combo->itemData(i, NewEntryRole).toBool() && sameChoice(combo->itemData(i), value))
                current = i;
        }
        if (current < 0 && field.kind == FieldKind::Enum && !value.isNull()) {
            // A value this version does not know (a newer file): show it rather than hide it.
            combo->addItem(tr("Unknown (%1)").arg(value.toString()), value);
            current = combo->count() - 1;
        }
        if (combo->currentIndex() != current)
            combo->setCurrentIndex(current);
        break;
    }
    case FieldKind::Emotion: {
        auto *slider = static_cast<QSlider *>(field.editor);
        const int emotion = qBound(MinEmotion, value.toInt(), MaxEmotion);
        if (slider->value() != emotion)
            slider->setValue(emotion);
        const QColor color = presentation::emotionColor(emotion);
        field.valueLabel->setText(emotionName(emotion));
        field.valueLabel->setStyleSheet(QStringLiteral("color: %1; font-weight: bold;").arg(color.name()));
        break;
    }
    case FieldKind::Delay: {
        auto *spin = static_cast<QSpinBox *>(field.editor);
        const qint64 seconds = value.toLongLong();
        int unitIndex = field.unit->currentIndex();
        if (seconds > 0) {
            unitIndex = 0;
            for (int i = int(std::size(DelayUnits)) - 1; i >= 0; --i) {
                if (seconds % DelayUnits[i].seconds == 0) {
                    unitIndex = i;
                    break;
                }
            }
        }
        const qint64 shown = seconds / DelayUnits[unitIndex].seconds;
        if (spin->hasFocus() && spin->value() * DelayUnits[field.unit->currentIndex()].seconds == seconds)
            break; // same duration, differently expressed: leave the user's unit alone
        field.unit->setCurrentIndex(unitIndex);
        if (spin->value() != shown)
            spin->setValue(int(qMin<qint64>(shown, spin->maximum())));
        break;
    }
    case FieldKind::Personas: {
        auto *list = static_cast<QListWidget *>(field.editor);
        const QList<Persona> personas = reader.personas();
        const auto journey = reader.journey(JourneyId(m_element.id));
        const QList<PersonaId> assigned = journey ? journey->personas : QList<PersonaId>();
        // Rebuild only when the personas themselves changed, so the list keeps its scroll
        // position and focus while ticking.
        bool same = list->count() == personas.size() && !personas.isEmpty();
        for (int i = 0; same && i < personas.size(); ++i)
            same = list->item(i)->data(Qt::UserRole).toLongLong() == personas.at(i).id.value()
                && list->item(i)->text() == personas.at(i).name;
        if (!same) {
            list->clear();
            for (const Persona &persona : personas) {
                auto *item = new QListWidgetItem(
                    QIcon(presentation::portrait(persona.photo, persona.name, 20, devicePixelRatioF())), persona.name);
                item->setData(Qt::UserRole, persona.id.value());
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
                item->setCheckState(Qt::Unchecked);
                list->addItem(item);
            }
            if (personas.isEmpty()) {
                auto *item = new QListWidgetItem(tr("No personas in this workspace yet"));
                item->setFlags(Qt::NoItemFlags);
                list->addItem(item);
            }
            const int rows = qBound(1, list->count(), 8);
            list->setFixedHeight(list->sizeHintForRow(0) * rows + 2 * list->frameWidth() + 4);
        }
        for (int i = 0; i < personas.size(); ++i) {
            const Qt::CheckState state = assigned.contains(personas.at(i).id) ? Qt::Checked : Qt::Unchecked;
            if (list->item(i)->checkState() != state)
                list->item(i)->setCheckState(state);
        }
        break;
    }
    }
}

// --- committing ------------------------------------------------------------------------------

const InspectorPanel::Field *InspectorPanel::fieldFor(const QObject *editor) const
{
    for (const Field &field : m_fields) {
        if (field.editor == editor)
            return &field;
    }
    return nullptr;
}

void InspectorPanel::commit(const Field &field)
{
    if (m_loading)
        return;
    switch (field.kind) {
    case FieldKind::Text: {
        auto *edit = static_cast<QLineEdit *>(field.editor);
        if (!edit->isModified())
            return;
        edit->setModified(false);
        commitValue(field.column, edit->text().trimmed());
        break;
    }
    case FieldKind::List: {
        auto *edit = static_cast<QLineEdit *>(field.editor);
        if (!edit->isModified())
            return;
        edit->setModified(false);
        QStringList items;
        for (const QString &item : edit->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!item.trimmed().isEmpty())
                items << item.trimmed();
        }
        commitValue(field.column, entityrows::listToText(items));
        break;
    }
    case FieldKind::LongText: {
        auto *edit = static_cast<QPlainTextEdit *>(field.editor);
        if (!edit->document()->isModified())
            return;
        edit->document()->setModified(false);
        commitValue(field.column, edit->toPlainText());
        break;
    }
    case FieldKind::Reference:
    case FieldKind::Enum: {
        auto *combo = static_cast<QComboBox *>(field.editor);
        if (combo->currentIndex() >= 0 && combo->currentData(NewEntryRole).toBool())
            createReference(field);
        else if (combo->currentIndex() >= 0)
            commitValue(field.column, combo->currentData());
        break;
    }
    case FieldKind::Emotion: commitValue(field.column, static_cast<QSlider *>(field.editor)->value()); break;
    case FieldKind::Delay: {
        const qint64 unit = field.unit->currentData().toLongLong();
        commitValue(field.column, static_cast<QSpinBox *>(field.editor)->value() * qMax<qint64>(1, unit));
        break;
    }
    case FieldKind::Personas: break; // each tick commits by itself
    }
}

void InspectorPanel::createReference(const Field &field)
{
    if (!m_workspace || !m_element.isValid() || !field.creates)
        return;
    const EntityType type = *field.creates;
    const QString column = field.column;
    const EntityRef element = m_element;
    const NewEntryText &texts = newEntryText(type);
    const std::optional<QString> answer = m_dialogs->getText(this, tr(texts.title), tr(texts.label));
    // The dialog ran an event loop: the form may have been rebuilt meanwhile.
    const QString name = answer ? answer->simplified() : QString();
    if (name.isEmpty() || !m_workspace || m_element != element) {
        refresh(); // cancelled: the combo shows the stored value again
        return;
    }

    // Add the entry and point the reference at it: one undo step.
    m_workspace->beginEdit(tr(texts.undo).arg(name));
    qint64 id = 0;
    switch (type) {
    case EntityType::Channel: {
        Channel value;
        value.name = name;
        id = m_workspace->addChannel(value).value();
        break;
    }
    case EntityType::Owner: {
        Owner value;
        value.name = name;
        id = m_workspace->addOwner(value).value();
        break;
    }
    case EntityType::Department: {
        Department value;
        value.name = name;
        id = m_workspace->addDepartment(value).value();
        break;
    }
    case EntityType::SourceSystem: {
        SourceSystem value;
        value.name = name;
        id = m_workspace->addSourceSystem(value).value();
        break;
    }
    default: break;
    }
    if (id > 0)
        m_workspace->setProperty(element, column, id);
    m_workspace->endEdit(); // rolls everything back if a part failed; commandFailed tells the user
    refresh();
}

void InspectorPanel::commitPersona(qint64 persona, bool assigned)
{
    if (!m_workspace || m_element.type != EntityType::Journey || persona <= 0)
        return;
    if (assigned)
        m_workspace->assignPersona(JourneyId(m_element.id), PersonaId(persona));
    else
        m_workspace->unassignPersona(JourneyId(m_element.id), PersonaId(persona));
    m_refreshTimer.start(); // also puts the tick back when the edit failed
}

void InspectorPanel::commitValue(const QString &column, const QVariant &value)
{
    if (!m_workspace || !m_element.isValid())
        return;
    m_workspace->setProperty(m_element, column, value);
    // Failures reach the user through Workspace::commandFailed; the reload shows the old value.
    m_refreshTimer.start();
}

void InspectorPanel::commitPendingEdits()
{
    const QList<Field> fields = m_fields; // a commit may rebuild the form
    for (const Field &field : fields) {
        if (field.kind == FieldKind::Text || field.kind == FieldKind::List || field.kind == FieldKind::LongText)
            commit(field);
    }
}

bool InspectorPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut) {
        if (const Field *field = fieldFor(watched)) {
            const Field copy = *field;
            commit(copy);
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace jl
