#include "PersonaCard.h"

#include "EntityPresentation.h"
#include "document/Workspace.h"
#include "storage/SqlSupport.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace jl {

namespace {

constexpr int PhotoSize = 132;

QLabel *wrappingLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

// One of the Goals / Pains / Needs boxes: a coloured title over a bullet list.
QFrame *section(QWidget *parent, const QString &title, const QColor &color, QLabel *body)
{
    auto *frame = new QFrame(parent);
    frame->setObjectName(QStringLiteral("personaSection"));
    frame->setStyleSheet(QStringLiteral("QFrame#personaSection { background: %1; border-radius: 8px; }")
                             .arg(QColor(color.red(), color.green(), color.blue(), 22).name(QColor::HexArgb)));
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(14, 12, 14, 14);
    layout->setSpacing(6);
    auto *heading = new QLabel(title, frame);
    QFont font = heading->font();
    font.setBold(true);
    font.setCapitalization(QFont::AllUppercase);
    font.setLetterSpacing(QFont::PercentageSpacing, 106);
    font.setPointSizeF(font.pointSizeF() * 0.9);
    heading->setFont(font);
    heading->setStyleSheet(QStringLiteral("color: %1;").arg(color.darker(120).name()));
    layout->addWidget(heading);
    body->setParent(frame);
    layout->addWidget(body);
    layout->addStretch(1);
    return frame;
}

QString bulletList(const QStringList &items, const QString &empty)
{
    if (items.isEmpty())
        return QStringLiteral("<span style=\"color:#8a8f98\">%1</span>").arg(empty.toHtmlEscaped());
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    for (const QString &item : items)
        html += QStringLiteral("<tr><td width=\"14\" valign=\"top\">•</td><td>%1</td></tr>").arg(item.toHtmlEscaped());
    html += QStringLiteral("</table>");
    return html;
}

QString chips(const QStringList &items)
{
    QStringList parts;
    for (const QString &item : items)
        parts << QStringLiteral("<span style=\"background-color:#e8eef8; color:#2a4a7a;\">&nbsp;%1&nbsp;</span>")
                     .arg(item.toHtmlEscaped());
    return parts.join(QStringLiteral("&nbsp; "));
}

} // namespace

PersonaCard::PersonaCard(QWidget *parent)
    : QWidget(parent),
      m_photo(new QLabel(this)),
      m_name(new QLabel(this)),
      m_quote(wrappingLabel(this)),
      m_channels(wrappingLabel(this)),
      m_attributes(wrappingLabel(this)),
      m_goals(wrappingLabel(this)),
      m_pains(wrappingLabel(this)),
      m_needs(wrappingLabel(this)),
      m_segment(wrappingLabel(this))
{
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(0);
    connect(&m_refreshTimer, &QTimer::timeout, this, &PersonaCard::refresh);

    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("personaCard"));
    card->setStyleSheet(QStringLiteral("QFrame#personaCard { background: palette(base); border: 1px solid #d5d9e0; "
                                       "border-radius: 12px; }"));
    card->setMaximumWidth(980);

    m_photo->setFixedSize(PhotoSize, PhotoSize);
    m_name->setObjectName(QStringLiteral("personaName"));
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.9);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_quote->setObjectName(QStringLiteral("personaQuote"));
    QFont quoteFont = m_quote->font();
    quoteFont.setItalic(true);
    quoteFont.setPointSizeF(quoteFont.pointSizeF() * 1.15);
    m_quote->setFont(quoteFont);
    m_quote->setStyleSheet(QStringLiteral("color: #4a4f57;"));

    auto *header = new QHBoxLayout;
    header->setSpacing(24);
    header->addWidget(m_photo, 0, Qt::AlignTop);
    auto *identity = new QVBoxLayout;
    identity->setSpacing(8);
    auto *kind = new QLabel(tr("PERSONA"), card);
    QFont kindFont = kind->font();
    kindFont.setBold(true);
    kindFont.setLetterSpacing(QFont::PercentageSpacing, 112);
    kindFont.setPointSizeF(kindFont.pointSizeF() * 0.8);
    kind->setFont(kindFont);
    kind->setStyleSheet(QStringLiteral("color: #8e4ec6;"));
    identity->addWidget(kind);
    identity->addWidget(m_name);
    identity->addWidget(m_quote);
    identity->addSpacing(4);
    identity->addWidget(m_channels);
    identity->addWidget(m_attributes);
    identity->addStretch(1);
    header->addLayout(identity, 1);

    auto *sections = new QGridLayout;
    sections->setHorizontalSpacing(14);
    sections->addWidget(section(card, tr("Goals"), QColor(0x2e, 0x8b, 0x57), m_goals), 0, 0);
    sections->addWidget(section(card, tr("Pains"), QColor(0xc6, 0x28, 0x28), m_pains), 0, 1);
    sections->addWidget(section(card, tr("Needs"), QColor(0x3b, 0x7d, 0xd8), m_needs), 0, 2);
    for (int column = 0; column < 3; ++column)
        sections->setColumnStretch(column, 1);

    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(28, 28, 28, 28);
    cardLayout->setSpacing(22);
    cardLayout->addLayout(header);
    cardLayout->addLayout(sections);
    cardLayout->addWidget(m_segment);

    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(24, 24, 24, 24);
    outer->addStretch(0);
    auto *column = new QVBoxLayout;
    column->addWidget(card);
    column->addStretch(1);
    outer->addLayout(column, 1);
    outer->addStretch(0);
}

void PersonaCard::setWorkspace(Workspace *workspace)
{
    if (m_workspace == workspace)
        return;
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    m_persona = {};
    if (m_workspace)
        connect(m_workspace, &Workspace::changed, this, &PersonaCard::onChanged);
    refresh();
}

void PersonaCard::setPersona(PersonaId persona)
{
    m_persona = persona;
    refresh();
}

QString PersonaCard::nameText() const
{
    return m_name->text();
}

QString PersonaCard::quoteText() const
{
    return m_quote->text();
}

void PersonaCard::onChanged(const ChangeEvent &event)
{
    switch (event.entity.type) {
    case EntityType::Persona:
    case EntityType::PersonaChannel:
    case EntityType::Channel: m_refreshTimer.start(); break;
    default:
        if (event.kind == ChangeEvent::Kind::Reset)
            m_refreshTimer.start();
        break;
    }
}

void PersonaCard::refresh()
{
    m_refreshTimer.stop();
    std::optional<Persona> persona;
    QStringList channelNames;
    if (m_workspace && m_persona) {
        try {
            const ModelReader reader = m_workspace->reader();
            persona = reader.persona(m_persona);
            if (persona) {
                for (ChannelId channel : std::as_const(persona->preferredChannels)) {
                    if (const auto value = reader.channel(channel))
                        channelNames << value->name;
                }
            }
        } catch (const SqlError &e) {
            qWarning("PersonaCard: %s", e.what());
        }
    }
    if (!persona) {
        m_photo->clear();
        m_name->setText(tr("No persona"));
        for (QLabel *label : {m_quote, m_channels, m_attributes, m_goals, m_pains, m_needs, m_segment})
            label->clear();
        return;
    }

    m_photo->setPixmap(presentation::portrait(persona->photo, persona->name, PhotoSize, devicePixelRatioF()));
    m_name->setText(persona->name);
    m_quote->setText(persona->quote.isEmpty() ? QString() : QStringLiteral("“%1”").arg(persona->quote.toHtmlEscaped()));
    m_quote->setVisible(!persona->quote.isEmpty());
    m_channels->setText(channelNames.isEmpty() ? QString()
                                               : QStringLiteral("<span style=\"color:#6b7079\">%1</span>&nbsp;&nbsp;%2")
                                                     .arg(tr("Prefers").toHtmlEscaped(), chips(channelNames)));
    m_channels->setVisible(!channelNames.isEmpty());

    QStringList attributes;
    for (auto it = persona->attributes.cbegin(); it != persona->attributes.cend(); ++it) {
        // Attribute keys are identifiers ("age_band"); show them as words ("Age band").
        QString key = it.key();
        key.replace(QLatin1Char('_'), QLatin1Char(' '));
        if (!key.isEmpty())
            key[0] = key.at(0).toUpper();
        QString value = it.value().toString();
        if (it.value().typeId() == QMetaType::Bool)
            value = it.value().toBool() ? tr("yes") : tr("no");
        attributes << QStringLiteral("<span style=\"color:#6b7079\">%1:</span> %2")
                          .arg(key.toHtmlEscaped(), value.toHtmlEscaped());
    }
    m_attributes->setText(attributes.join(QStringLiteral(" &nbsp;·&nbsp; ")));
    m_attributes->setVisible(!attributes.isEmpty());

    m_goals->setText(bulletList(persona->goals, tr("No goals yet")));
    m_pains->setText(bulletList(persona->pains, tr("No pains yet")));
    m_needs->setText(bulletList(persona->needs, tr("No needs yet")));
    m_segment->setText(persona->segmentRule.isEmpty()
                           ? QString()
                           : QStringLiteral("<span style=\"color:#6b7079\">%1</span> <code>%2</code>")
                                 .arg(tr("Segment rule:").toHtmlEscaped(), persona->segmentRule.toHtmlEscaped()));
    m_segment->setVisible(!persona->segmentRule.isEmpty());
}

} // namespace jl
