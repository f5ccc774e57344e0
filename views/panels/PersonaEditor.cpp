#include "PersonaEditor.h"

#include "EntityPresentation.h"
#include "PanelDialogs.h"
#include "document/Workspace.h"
#include "domain/PropertyNames.h"
#include "storage/EntityRows.h"
#include "storage/SqlSupport.h"

#include <QBuffer>
#include <QCheckBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImageReader>
#include <QImageWriter>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTextBlock>
#include <QVBoxLayout>

#include <algorithm>

namespace jl {

namespace {

constexpr int PhotoSize = 132;
const QString JourneyLinkPrefix = QStringLiteral("journey:");

const QString GoalsColumn = QStringLiteral("goals");
const QString PainsColumn = QStringLiteral("pains");
const QString NeedsColumn = QStringLiteral("needs");

QFont scaledFont(const QFont &base, qreal factor, bool bold)
{
    QFont font = base;
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

QLabel *heading(const QString &text, const QColor &color, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setCapitalization(QFont::AllUppercase);
    font.setLetterSpacing(QFont::PercentageSpacing, 106);
    font.setPointSizeF(font.pointSizeF() * 0.85);
    label->setFont(font);
    label->setStyleSheet(QStringLiteral("color: %1;").arg(color.name()));
    return label;
}

// A tinted box with a heading: the Goals / Pains / Needs sections and the lower boxes.
QFrame *section(QWidget *parent, const QString &title, const QColor &color, int alpha = 22)
{
    auto *frame = new QFrame(parent);
    frame->setObjectName(QStringLiteral("personaSection"));
    frame->setStyleSheet(QStringLiteral("QFrame#personaSection { background: %1; border-radius: 8px; }")
                             .arg(QColor(color.red(), color.green(), color.blue(), alpha).name(QColor::HexArgb)));
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(12, 10, 12, 12);
    layout->setSpacing(6);
    layout->addWidget(heading(title, color.darker(120), frame));
    return frame;
}

// Editors look like text on the card until hovered or focused, so the page reads like a
// persona sheet and still shows what can be edited.
const QString InlineEditStyle = QStringLiteral(
    "%1 { background: transparent; border: 1px solid transparent; border-radius: 6px; padding: 2px 4px; }"
    "%1:hover { border-color: #c9ced6; }"
    "%1:focus { border-color: #3b7dd8; background: palette(base); }");

const QString ListEditStyle = QStringLiteral(
    "QPlainTextEdit { background: rgba(255, 255, 255, 140); border: 1px solid transparent; border-radius: 6px; }"
    "QPlainTextEdit:hover { border-color: rgba(0, 0, 0, 40); }"
    "QPlainTextEdit:focus { border-color: #3b7dd8; background: palette(base); }");

QStringList linesOf(const QString &text)
{
    QStringList items;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString item = line.trimmed();
        if (!item.isEmpty())
            items << item;
    }
    return items;
}

QString attributesJson(const QVariantMap &map)
{
    if (map.isEmpty())
        return {};
    return QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(map)).toJson(QJsonDocument::Compact));
}

QString attributeText(const QVariant &value)
{
    return value.toString();
}

// The lines a list editor's text takes at its current width, wrapped lines included.
int wrappedLines(const QPlainTextEdit *edit)
{
    const QFontMetrics metrics(edit->font());
    const int margin = int(edit->document()->documentMargin());
    const int width = qMax(40, edit->viewport()->width() - 2 * margin);
    int lines = 0;
    for (QTextBlock block = edit->document()->begin(); block.isValid(); block = block.next()) {
        const QString text = block.text();
        lines += text.isEmpty()
            ? 1
            : qMax(1,
                   metrics.boundingRect(QRect(0, 0, width, 1 << 20), Qt::TextWordWrap, text).height()
                       / qMax(1, metrics.lineSpacing()));
    }
    return lines;
}

} // namespace

PersonaEditor::PersonaEditor(QWidget *parent)
    : QWidget(parent),
      m_dialogs(std::make_shared<PanelDialogs>()),
      m_card(new QFrame(this)),
      m_empty(new QLabel(tr("No persona selected"), this)),
      m_photo(new QLabel(m_card)),
      m_choosePhoto(new QPushButton(tr("Choose Photo…"), m_card)),
      m_removePhoto(new QPushButton(tr("Remove Photo"), m_card)),
      m_photoError(new QLabel(m_card)),
      m_name(new QLineEdit(m_card)),
      m_quote(new QPlainTextEdit(m_card)),
      m_goals(new QPlainTextEdit(m_card)),
      m_pains(new QPlainTextEdit(m_card)),
      m_needs(new QPlainTextEdit(m_card)),
      m_channelBox(new QWidget(m_card)),
      m_channelGrid(new QGridLayout(m_channelBox)),
      m_noChannels(new QLabel(tr("The workspace has no channels yet."), m_channelBox)),
      m_attributes(new QTableWidget(0, 2, m_card)),
      m_removeAttribute(new QPushButton(tr("Remove"), m_card)),
      m_journeys(new QLabel(m_card)),
      m_segment(new QLabel(m_card))
{
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(0);
    connect(&m_refreshTimer, &QTimer::timeout, this, &PersonaEditor::refresh);

    m_card->setObjectName(QStringLiteral("personaCard"));
    static_cast<QFrame *>(m_card)->setStyleSheet(
        QStringLiteral("QFrame#personaCard { background: palette(base); border: 1px solid #d5d9e0; "
                       "border-radius: 12px; }"));
    m_card->setMaximumWidth(1040);

    // Photo column: the portrait with its two buttons and the error of the last attempt.
    m_photo->setObjectName(QStringLiteral("personaPhoto"));
    m_photo->setFixedSize(PhotoSize, PhotoSize);
    m_choosePhoto->setObjectName(QStringLiteral("personaChoosePhoto"));
    m_choosePhoto->setToolTip(tr("Load a photo or drawing of the persona (PNG, JPEG …)"));
    m_removePhoto->setObjectName(QStringLiteral("personaRemovePhoto"));
    m_photoError->setObjectName(QStringLiteral("personaPhotoError"));
    m_photoError->setWordWrap(true);
    m_photoError->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_photoError->setMaximumWidth(PhotoSize + 40);
    m_photoError->hide();
    connect(m_choosePhoto, &QPushButton::clicked, this, &PersonaEditor::choosePhoto);
    connect(m_removePhoto, &QPushButton::clicked, this, &PersonaEditor::removePhoto);
    auto *photoColumn = new QVBoxLayout;
    photoColumn->setSpacing(6);
    photoColumn->addWidget(m_photo, 0, Qt::AlignHCenter);
    photoColumn->addSpacing(4);
    photoColumn->addWidget(m_choosePhoto);
    photoColumn->addWidget(m_removePhoto);
    photoColumn->addWidget(m_photoError);
    photoColumn->addStretch(1);

    // Identity: kind, name, quote.
    auto *kind = new QLabel(tr("PERSONA"), m_card);
    QFont kindFont = kind->font();
    kindFont.setBold(true);
    kindFont.setLetterSpacing(QFont::PercentageSpacing, 112);
    kindFont.setPointSizeF(kindFont.pointSizeF() * 0.8);
    kind->setFont(kindFont);
    kind->setStyleSheet(QStringLiteral("color: #8e4ec6; padding-left: 5px;"));
    m_name->setObjectName(QStringLiteral("personaName"));
    m_name->setFont(scaledFont(m_name->font(), 1.9, true));
    m_name->setPlaceholderText(tr("Name"));
    m_name->setStyleSheet(InlineEditStyle.arg(QStringLiteral("QLineEdit")));
    connect(m_name, &QLineEdit::editingFinished, this, &PersonaEditor::commitName);
    m_quote->setObjectName(QStringLiteral("personaQuote"));
    QFont quoteFont = m_quote->font();
    quoteFont.setItalic(true);
    quoteFont.setPointSizeF(quoteFont.pointSizeF() * 1.15);
    m_quote->setFont(quoteFont);
    m_quote->setPlaceholderText(tr("What they would say in one sentence"));
    m_quote->setTabChangesFocus(true);
    m_quote->setFixedHeight(m_quote->fontMetrics().lineSpacing() * 3 + 14);
    m_quote->setStyleSheet(InlineEditStyle.arg(QStringLiteral("QPlainTextEdit"))
                           + QStringLiteral("QPlainTextEdit { color: #4a4f57; }"));
    m_quote->installEventFilter(this);
    auto *identity = new QVBoxLayout;
    identity->setSpacing(6);
    identity->addWidget(kind);
    identity->addWidget(m_name);
    identity->addWidget(m_quote);
    identity->addStretch(1);

    auto *header = new QHBoxLayout;
    header->setSpacing(24);
    header->addLayout(photoColumn);
    header->addLayout(identity, 1);

    // Goals, pains, needs: one entry per line.
    auto *sections = new QGridLayout;
    sections->setHorizontalSpacing(14);
    const struct
    {
        QPlainTextEdit *edit;
        const QString &column;
        QString title;
        QString placeholder;
        QColor color;
    } lists[] = {
        {m_goals, GoalsColumn, tr("Goals"), tr("One goal per line"), QColor(0x2e, 0x8b, 0x57)},
        {m_pains, PainsColumn, tr("Pains"), tr("One pain per line"), QColor(0xc6, 0x28, 0x28)},
        {m_needs, NeedsColumn, tr("Needs"), tr("One need per line"), QColor(0x3b, 0x7d, 0xd8)},
    };
    int column = 0;
    for (const auto &list : lists) {
        QFrame *frame = section(m_card, list.title, list.color);
        list.edit->setObjectName(QStringLiteral("persona_") + list.column);
        list.edit->setPlaceholderText(list.placeholder);
        list.edit->setTabChangesFocus(true);
        list.edit->setStyleSheet(ListEditStyle);
        list.edit->setToolTip(tr("One entry per line; changes are kept when you leave the field"));
        list.edit->installEventFilter(this);
        connect(list.edit, &QPlainTextEdit::textChanged, this, &PersonaEditor::fitListHeights);
        frame->layout()->addWidget(list.edit);
        sections->addWidget(frame, 0, column);
        sections->setColumnStretch(column, 1);
        ++column;
    }

    // Preferred channels and free attributes side by side.
    QFrame *channels = section(m_card, tr("Preferred channels"), QColor(0x5a, 0x60, 0x6b), 14);
    m_channelBox->setObjectName(QStringLiteral("personaChannels"));
    m_channelGrid->setContentsMargins(0, 0, 0, 0);
    m_channelGrid->setHorizontalSpacing(16);
    m_channelGrid->setVerticalSpacing(4);
    m_noChannels->setStyleSheet(QStringLiteral("color: #8a8f98;"));
    m_channelGrid->addWidget(m_noChannels, 0, 0);
    channels->layout()->addWidget(m_channelBox);
    static_cast<QVBoxLayout *>(channels->layout())->addStretch(1);

    QFrame *attributes = section(m_card, tr("Attributes"), QColor(0x5a, 0x60, 0x6b), 14);
    m_attributes->setObjectName(QStringLiteral("personaAttributes"));
    m_attributes->setHorizontalHeaderLabels({tr("Attribute"), tr("Value")});
    m_attributes->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_attributes->horizontalHeader()->setStretchLastSection(true);
    m_attributes->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_attributes->setColumnWidth(0, 150);
    m_attributes->verticalHeader()->hide();
    m_attributes->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_attributes->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                  | QAbstractItemView::AnyKeyPressed);
    m_attributes->setShowGrid(false);
    m_attributes->setAlternatingRowColors(true);
    m_attributes->setMinimumHeight(130);
    m_attributes->setToolTip(tr("Free attributes such as age band or household; double-click to edit"));
    connect(m_attributes, &QTableWidget::itemChanged, this, [this] {
        if (!m_loading)
            commitAttributes();
    });
    connect(m_attributes, &QTableWidget::itemSelectionChanged, this,
            [this] { m_removeAttribute->setEnabled(!m_attributes->selectedItems().isEmpty()); });
    auto *addAttributeButton = new QPushButton(tr("Add Attribute"), m_card);
    addAttributeButton->setObjectName(QStringLiteral("personaAddAttribute"));
    connect(addAttributeButton, &QPushButton::clicked, this, &PersonaEditor::addAttribute);
    m_removeAttribute->setObjectName(QStringLiteral("personaRemoveAttribute"));
    m_removeAttribute->setEnabled(false);
    connect(m_removeAttribute, &QPushButton::clicked, this, &PersonaEditor::removeSelectedAttributes);
    auto *attributeButtons = new QHBoxLayout;
    attributeButtons->addWidget(addAttributeButton);
    attributeButtons->addWidget(m_removeAttribute);
    attributeButtons->addStretch(1);
    attributes->layout()->addWidget(m_attributes);
    static_cast<QVBoxLayout *>(attributes->layout())->addLayout(attributeButtons);

    auto *lower = new QHBoxLayout;
    lower->setSpacing(14);
    lower->addWidget(channels, 1);
    lower->addWidget(attributes, 1);

    // The journeys that use the persona, as links.
    m_journeys->setObjectName(QStringLiteral("personaJourneys"));
    m_journeys->setTextFormat(Qt::RichText);
    m_journeys->setWordWrap(true);
    m_journeys->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_journeys, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link.startsWith(JourneyLinkPrefix))
            emit journeyActivated(JourneyId(link.mid(JourneyLinkPrefix.size()).toLongLong()));
    });
    auto *journeyRow = new QHBoxLayout;
    journeyRow->setSpacing(10);
    journeyRow->addWidget(heading(tr("Used in"), QColor(0x6b, 0x70, 0x79), m_card), 0, Qt::AlignTop);
    journeyRow->addWidget(m_journeys, 1);

    m_segment->setTextFormat(Qt::RichText);
    m_segment->setWordWrap(true);
    m_segment->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *cardLayout = new QVBoxLayout(m_card);
    cardLayout->setContentsMargins(28, 24, 28, 24);
    cardLayout->setSpacing(18);
    cardLayout->addLayout(header);
    cardLayout->addLayout(sections);
    cardLayout->addLayout(lower);
    cardLayout->addLayout(journeyRow);
    cardLayout->addWidget(m_segment);

    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setStyleSheet(QStringLiteral("color: #7a808a;"));
    m_empty->setFont(scaledFont(m_empty->font(), 1.3, true));

    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(24, 24, 24, 24);
    auto *columnLayout = new QVBoxLayout;
    columnLayout->addWidget(m_card);
    columnLayout->addWidget(m_empty);
    columnLayout->addStretch(1);
    outer->addLayout(columnLayout, 1);

    refresh();
    fitListHeights();
}

PersonaEditor::~PersonaEditor()
{
    // No commits from focus-out events while the editors are destroyed.
    m_workspace = nullptr;
    m_persona = {};
}

void PersonaEditor::setWorkspace(Workspace *workspace)
{
    if (m_workspace == workspace)
        return;
    commitPendingEdits();
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    m_persona = {};
    if (m_workspace)
        connect(m_workspace, &Workspace::changed, this, &PersonaEditor::onChanged);
    refresh();
}

void PersonaEditor::setPersona(PersonaId persona)
{
    if (persona != m_persona) {
        commitPendingEdits();
        m_persona = persona;
        m_loaded.clear();
        m_shownAttributes.clear();
        m_attributes->setRowCount(0);
        showPhotoError({});
    }
    refresh();
}

void PersonaEditor::setDialogs(std::shared_ptr<PanelDialogs> dialogs)
{
    m_dialogs = dialogs ? std::move(dialogs) : std::make_shared<PanelDialogs>();
}

QString PersonaEditor::nameText() const
{
    return m_name->text();
}

QPlainTextEdit *PersonaEditor::listEdit(const QString &column) const
{
    if (column == GoalsColumn)
        return m_goals;
    if (column == PainsColumn)
        return m_pains;
    if (column == NeedsColumn)
        return m_needs;
    return nullptr;
}

QCheckBox *PersonaEditor::channelCheckBox(ChannelId channel) const
{
    return m_channelChecks.value(channel.value());
}

QString PersonaEditor::photoError() const
{
    return m_photoError->isHidden() ? QString() : m_photoError->text();
}

void PersonaEditor::onChanged(const ChangeEvent &event)
{
    switch (event.entity.type) {
    case EntityType::Persona:
    case EntityType::PersonaChannel:
    case EntityType::Channel:
    case EntityType::JourneyPersona: m_refreshTimer.start(); break;
    case EntityType::Journey:
        if (event.kind != ChangeEvent::Kind::Changed || event.property == QLatin1String("name"))
            m_refreshTimer.start();
        break;
    default:
        if (event.kind == ChangeEvent::Kind::Reset)
            m_refreshTimer.start();
        break;
    }
}

// --- loading ---------------------------------------------------------------------------------

void PersonaEditor::refresh()
{
    m_refreshTimer.stop();
    std::optional<Persona> persona;
    QList<Channel> channels;
    QList<Journey> journeys;
    if (m_workspace && m_persona) {
        try {
            const ModelReader reader = m_workspace->reader();
            persona = reader.persona(m_persona);
            if (persona) {
                channels = reader.channels();
                for (const Journey &journey : reader.journeys()) {
                    if (journey.personas.contains(m_persona))
                        journeys << journey;
                }
            }
        } catch (const SqlError &e) {
            qWarning("PersonaEditor: %s", e.what());
        }
    }
    if (!persona) {
        m_card->hide();
        m_empty->show();
        setEditorsEnabled(false);
        m_journeyNames.clear();
        return;
    }
    m_empty->hide();
    m_card->show();
    setEditorsEnabled(true);
    load(*persona, channels, journeys);
}

void PersonaEditor::setEditorsEnabled(bool enabled)
{
    m_card->setEnabled(enabled);
}

void PersonaEditor::load(const Persona &persona, const QList<Channel> &channels, const QList<Journey> &journeys)
{
    m_loading = true;
    m_photo->setPixmap(presentation::portrait(persona.photo, persona.name, PhotoSize, devicePixelRatioF()));
    m_removePhoto->setEnabled(!persona.photo.isEmpty());

    // A field the user has changed and still has focus keeps its text; others follow the model,
    // keeping the cursor where it was.
    const auto loadLine = [this](QLineEdit *edit, const QString &value) {
        const bool editing = edit->hasFocus() && m_loaded.contains(edit) && edit->text() != m_loaded.value(edit);
        m_loaded.insert(edit, value);
        if (edit->text() == value || editing)
            return;
        const int cursor = edit->cursorPosition();
        edit->setText(value);
        edit->setCursorPosition(edit->hasFocus() ? qMin(cursor, int(value.size())) : 0);
    };
    const auto loadText = [this](QPlainTextEdit *edit, const QString &value) {
        const bool editing = edit->hasFocus() && m_loaded.contains(edit) && edit->toPlainText() != m_loaded.value(edit);
        m_loaded.insert(edit, value);
        if (edit->toPlainText() == value || editing)
            return;
        const int cursor = edit->textCursor().position();
        const int scroll = edit->verticalScrollBar()->value();
        edit->setPlainText(value);
        if (edit->hasFocus()) {
            QTextCursor textCursor = edit->textCursor();
            textCursor.setPosition(qMin(cursor, int(value.size())));
            edit->setTextCursor(textCursor);
            edit->verticalScrollBar()->setValue(scroll);
        }
    };
    loadLine(m_name, persona.name);
    loadText(m_quote, persona.quote);
    loadText(m_goals, persona.goals.join(QLatin1Char('\n')));
    loadText(m_pains, persona.pains.join(QLatin1Char('\n')));
    loadText(m_needs, persona.needs.join(QLatin1Char('\n')));

    loadChannels(persona, channels);
    loadAttributes(persona.attributes);

    m_journeyNames.clear();
    QStringList links;
    for (const Journey &journey : journeys) {
        m_journeyNames << journey.name;
        links << QStringLiteral("<a href=\"%1%2\" style=\"color:#2f5fb0; text-decoration:none\">%3</a>")
                     .arg(JourneyLinkPrefix)
                     .arg(journey.id.value())
                     .arg(journey.name.toHtmlEscaped());
    }
    m_journeys->setText(
        links.isEmpty() ? QStringLiteral("<span style=\"color:#8a8f98\">%1</span>")
                              .arg(tr("No journey yet. Assign the persona in a journey's inspector.").toHtmlEscaped())
                        : links.join(QStringLiteral("&nbsp;&nbsp;·&nbsp;&nbsp;")));

    m_segment->setText(persona.segmentRule.isEmpty()
                           ? QString()
                           : QStringLiteral("<span style=\"color:#6b7079\">%1</span> <code>%2</code>")
                                 .arg(tr("Segment rule:").toHtmlEscaped(), persona.segmentRule.toHtmlEscaped()));
    m_segment->setVisible(!persona.segmentRule.isEmpty());
    m_loading = false;
}

void PersonaEditor::loadChannels(const Persona &persona, const QList<Channel> &channels)
{
    // Rebuild the boxes only when the channels themselves changed; otherwise only tick them.
    QList<ChannelId> order;
    for (const Channel &channel : channels)
        order << channel.id;
    bool same = order == m_channelOrder;
    for (const Channel &channel : channels) {
        if (!same)
            break;
        same = m_channelChecks.value(channel.id.value())->text() == channel.name;
    }
    if (!same) {
        for (QCheckBox *box : std::as_const(m_channelChecks))
            delete box;
        m_channelChecks.clear();
        m_channelOrder = order;
        constexpr int Columns = 2;
        int index = 0;
        for (const Channel &channel : channels) {
            auto *box = new QCheckBox(channel.name, m_channelBox);
            box->setObjectName(QStringLiteral("personaChannel_%1").arg(channel.id.value()));
            if (!channel.description.isEmpty())
                box->setToolTip(channel.description);
            const ChannelId id = channel.id;
            connect(box, &QCheckBox::clicked, this, [this, id](bool checked) { onChannelClicked(id, checked); });
            m_channelGrid->addWidget(box, index / Columns, index % Columns);
            m_channelChecks.insert(id.value(), box);
            ++index;
        }
        m_noChannels->setVisible(channels.isEmpty());
    }
    for (auto it = m_channelChecks.cbegin(); it != m_channelChecks.cend(); ++it) {
        const bool checked = persona.preferredChannels.contains(ChannelId(it.key()));
        if (it.value()->isChecked() != checked)
            it.value()->setChecked(checked);
    }
}

void PersonaEditor::loadAttributes(const QVariantMap &attributes)
{
    // An unchanged map leaves the table alone: a row just added (no key yet) and the
    // selection stay.
    if (attributesJson(attributes) == attributesJson(m_shownAttributes)
        && m_attributes->rowCount() >= attributes.size())
        return;
    const bool wasLoading = m_loading;
    m_loading = true;
    m_shownAttributes = attributes;
    m_attributes->setRowCount(0);
    for (auto it = attributes.cbegin(); it != attributes.cend(); ++it) {
        const int row = m_attributes->rowCount();
        m_attributes->insertRow(row);
        auto *key = new QTableWidgetItem(it.key());
        auto *value = new QTableWidgetItem(attributeText(it.value()));
        value->setData(Qt::UserRole, it.value()); // the stored value, to keep its type when unchanged
        m_attributes->setItem(row, 0, key);
        m_attributes->setItem(row, 1, value);
    }
    m_removeAttribute->setEnabled(!m_attributes->selectedItems().isEmpty());
    m_loading = wasLoading;
}

// --- committing ------------------------------------------------------------------------------

void PersonaEditor::setProperty(const QString &column, const QVariant &value, const QString &text)
{
    if (!m_workspace || !m_persona)
        return;
    // Not Workspace::setProperty, which merges consecutive changes of one property: here every
    // finished edit (a photo replaced, then removed; two attribute edits) is an undo step.
    m_workspace->setProperties({{{EntityType::Persona, m_persona.value()}, column, value}},
                               text.isEmpty() ? tr("Change %1").arg(propertyName(column)) : text);
    // Failures reach the user through Workspace::commandFailed; the reload shows the old value.
    m_refreshTimer.start();
}

void PersonaEditor::commitName()
{
    if (m_loading || !m_workspace || !m_persona)
        return;
    const QString name = m_name->text().trimmed();
    m_loaded.insert(m_name, m_name->text());
    try {
        const auto persona = m_workspace->reader().persona(m_persona);
        if (!persona || persona->name == name)
            return;
    } catch (const SqlError &e) {
        qWarning("PersonaEditor: %s", e.what());
        return;
    }
    if (name.isEmpty()) {
        m_refreshTimer.start(); // a persona needs a name: show the old one again
        return;
    }
    setProperty(QStringLiteral("name"), name);
}

void PersonaEditor::commitQuote()
{
    if (m_loading || !m_workspace || !m_persona)
        return;
    const QString quote = m_quote->toPlainText().trimmed();
    m_loaded.insert(m_quote, m_quote->toPlainText());
    try {
        const auto persona = m_workspace->reader().persona(m_persona);
        if (!persona || persona->quote == quote)
            return;
    } catch (const SqlError &e) {
        qWarning("PersonaEditor: %s", e.what());
        return;
    }
    setProperty(QStringLiteral("quote"), quote.isEmpty() ? QVariant() : QVariant(quote));
}

void PersonaEditor::commitList(QPlainTextEdit *edit)
{
    if (m_loading || !m_workspace || !m_persona)
        return;
    const QString column = edit == m_goals ? GoalsColumn : edit == m_pains ? PainsColumn : NeedsColumn;
    const QStringList items = linesOf(edit->toPlainText());
    m_loaded.insert(edit, edit->toPlainText());
    try {
        const auto persona = m_workspace->reader().persona(m_persona);
        if (!persona)
            return;
        const QStringList &current = column == GoalsColumn ? persona->goals
            : column == PainsColumn                        ? persona->pains
                                                           : persona->needs;
        if (current == items)
            return;
    } catch (const SqlError &e) {
        qWarning("PersonaEditor: %s", e.what());
        return;
    }
    setProperty(column, items.isEmpty() ? QVariant() : QVariant(entityrows::listToText(items)));
}

void PersonaEditor::commitAttributes()
{
    if (!m_workspace || !m_persona)
        return;
    QVariantMap map;
    for (int row = 0; row < m_attributes->rowCount(); ++row) {
        const QTableWidgetItem *keyItem = m_attributes->item(row, 0);
        const QTableWidgetItem *valueItem = m_attributes->item(row, 1);
        const QString key = keyItem ? keyItem->text().trimmed() : QString();
        if (key.isEmpty())
            continue; // a row just added: stored once it has a key
        if (map.contains(key)) {
            m_shownAttributes.clear(); // two rows with one key: show what is stored again
            m_refreshTimer.start();
            return;
        }
        const QString text = valueItem ? valueItem->text().trimmed() : QString();
        const QVariant stored = valueItem ? valueItem->data(Qt::UserRole) : QVariant();
        map.insert(key, stored.isValid() && attributeText(stored) == text ? stored : QVariant(text));
    }
    const QString json = attributesJson(map);
    if (json == attributesJson(m_shownAttributes))
        return;
    m_shownAttributes = map;
    setProperty(QStringLiteral("attributes"), json.isEmpty() ? QVariant() : QVariant(json));
}

void PersonaEditor::commitPendingEdits()
{
    if (!m_workspace || !m_persona)
        return;
    commitName();
    commitQuote();
    for (QPlainTextEdit *edit : {m_goals, m_pains, m_needs})
        commitList(edit);
}

void PersonaEditor::editName()
{
    m_name->setFocus(Qt::OtherFocusReason);
    m_name->selectAll();
}

void PersonaEditor::onChannelClicked(ChannelId channel, bool checked)
{
    if (m_loading || !m_workspace || !m_persona)
        return;
    if (checked)
        m_workspace->addPreferredChannel(m_persona, channel);
    else
        m_workspace->removePreferredChannel(m_persona, channel);
    m_refreshTimer.start(); // also puts the box back when the edit failed
}

void PersonaEditor::addAttribute()
{
    if (!m_workspace || !m_persona)
        return;
    const int row = m_attributes->rowCount();
    m_loading = true;
    m_attributes->insertRow(row);
    m_attributes->setItem(row, 0, new QTableWidgetItem);
    m_attributes->setItem(row, 1, new QTableWidgetItem);
    m_loading = false;
    m_attributes->setCurrentCell(row, 0);
    m_attributes->setFocus();
    m_attributes->editItem(m_attributes->item(row, 0));
}

void PersonaEditor::removeSelectedAttributes()
{
    QList<int> rows;
    for (const QModelIndex &index : m_attributes->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty() && m_attributes->currentRow() >= 0)
        rows << m_attributes->currentRow();
    std::sort(rows.begin(), rows.end(), std::greater<>());
    m_loading = true;
    for (int row : std::as_const(rows))
        m_attributes->removeRow(row);
    m_loading = false;
    commitAttributes();
}

// --- photo -----------------------------------------------------------------------------------

void PersonaEditor::choosePhoto()
{
    if (!m_workspace || !m_persona)
        return;
    QStringList patterns;
    for (const QByteArray &format : QImageReader::supportedImageFormats())
        patterns << QStringLiteral("*.") + QString::fromLatin1(format);
    QString directory = m_lastPhotoDirectory;
    if (directory.isEmpty())
        directory = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString path = m_dialogs->getOpenFileName(this, tr("Choose Photo"), directory,
                                                    tr("Images (%1)").arg(patterns.join(QLatin1Char(' ')))
                                                        + QStringLiteral(";;") + tr("All files (*)"));
    if (path.isEmpty())
        return;
    m_lastPhotoDirectory = QFileInfo(path).absolutePath();
    setPhotoFromFile(path);
}

bool PersonaEditor::setPhotoFromFile(const QString &path)
{
    if (!m_workspace || !m_persona)
        return false;
    const QString fileName = QDir::toNativeSeparators(QFileInfo(path).fileName());
    QImageReader reader(path);
    reader.setAutoTransform(true); // the camera's orientation
    QImage image;
    if (!QFileInfo(path).isFile()) {
        showPhotoError(tr("“%1” could not be opened: there is no such file.").arg(fileName));
        return false;
    }
    // A camera photo of 6000 × 4000 need not be decoded at full size: let the decoder shrink it
    // (JPEG does that cheaply), then scale smoothly to the final size below.
    const QSize stored = reader.size();
    if (stored.isValid() && (stored.width() > 2 * MaxPhotoSize || stored.height() > 2 * MaxPhotoSize))
        reader.setScaledSize(stored.scaled(2 * MaxPhotoSize, 2 * MaxPhotoSize, Qt::KeepAspectRatio));
    image = reader.read();
    if (image.isNull()) {
        showPhotoError(tr("“%1” could not be read as an image (%2). Choose a PNG or JPEG file.")
                           .arg(fileName, reader.errorString()));
        return false;
    }
    if (image.width() > MaxPhotoSize || image.height() > MaxPhotoSize)
        image = image.scaled(MaxPhotoSize, MaxPhotoSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);

    // JPEG keeps photos small; PNG keeps the transparency of a drawing.
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const bool alpha = image.hasAlphaChannel();
    QImageWriter writer(&buffer, alpha ? "png" : "jpeg");
    if (!alpha)
        writer.setQuality(90);
    if (!writer.write(image)) {
        showPhotoError(tr("“%1” could not be converted: %2").arg(fileName, writer.errorString()));
        return false;
    }
    showPhotoError({});
    setProperty(QStringLiteral("photo"), bytes, tr("Change photo"));
    return true;
}

void PersonaEditor::removePhoto()
{
    showPhotoError({});
    setProperty(QStringLiteral("photo"), QVariant(), tr("Remove photo"));
}

void PersonaEditor::showPhotoError(const QString &message)
{
    m_photoError->setText(message);
    m_photoError->setVisible(!message.isEmpty());
}

void PersonaEditor::fitListHeights()
{
    // The three boxes grow together with the longest list (wrapped lines included), from a few
    // lines up to a dozen; beyond that they scroll.
    int lines = 0;
    for (QPlainTextEdit *edit : {m_goals, m_pains, m_needs})
        lines = qMax(lines, wrappedLines(edit));
    lines = qBound(3, lines + 1, 12);
    for (QPlainTextEdit *edit : {m_goals, m_pains, m_needs}) {
        const int height = edit->fontMetrics().lineSpacing() * lines + 2 * int(edit->document()->documentMargin())
            + 2 * edit->frameWidth() + 2;
        if (edit->height() != height)
            edit->setFixedHeight(height);
    }
}

bool PersonaEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize && (watched == m_goals || watched == m_pains || watched == m_needs)) {
        // Width changes rewrap the lists; fit once the layout has settled.
        QMetaObject::invokeMethod(this, &PersonaEditor::fitListHeights, Qt::QueuedConnection);
    }
    if (event->type() == QEvent::FocusOut && m_workspace && m_persona) {
        if (watched == m_quote)
            commitQuote();
        else if (watched == m_goals || watched == m_pains || watched == m_needs)
            commitList(static_cast<QPlainTextEdit *>(watched));
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace jl
