#include "WorkspaceArea.h"

#include "EntityPresentation.h"
#include "GlossaryPanel.h"
#include "GlossaryTableModel.h"
#include "PersonaEditor.h"
#include "canvas/JourneyView.h"
#include "document/Workspace.h"
#include "storage/SqlSupport.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QStackedWidget>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace jl {

namespace {

const QString JourneyLinkPrefix = QStringLiteral("journey:");

// The welcome page's mark: a path of touchpoints through a lens.
QPixmap logo(int size, qreal devicePixelRatio)
{
    QPixmap pixmap(qRound(size * devicePixelRatio), qRound(size * devicePixelRatio));
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0x2f, 0x4b, 0x8f));
    p.drawEllipse(QRectF(s * 0.04, s * 0.04, s * 0.92, s * 0.92));
    p.setBrush(QColor(0x3b, 0x5f, 0xb0));
    p.drawEllipse(QRectF(s * 0.14, s * 0.14, s * 0.72, s * 0.72));
    QPainterPath path;
    path.moveTo(s * 0.26, s * 0.62);
    path.cubicTo(s * 0.38, s * 0.30, s * 0.52, s * 0.72, s * 0.74, s * 0.38);
    p.setPen(QPen(QColor(255, 255, 255, 200), s * 0.035, Qt::SolidLine, Qt::RoundCap));
    p.setBrush(Qt::NoBrush);
    p.drawPath(path);
    p.setPen(Qt::NoPen);
    const QColor dots[] = {QColor(0xff, 0xd1, 0x66), QColor(0xff, 0xff, 0xff), QColor(0x7f, 0xd8, 0xbe)};
    const QPointF points[] = {{s * 0.26, s * 0.62}, {s * 0.48, s * 0.55}, {s * 0.74, s * 0.38}};
    for (int i = 0; i < 3; ++i) {
        p.setBrush(dots[i]);
        p.drawEllipse(points[i], s * 0.065, s * 0.065);
    }
    return pixmap;
}

QLabel *mutedLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setStyleSheet(QStringLiteral("color: #6b7079;"));
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    return label;
}

} // namespace

WorkspaceArea::WorkspaceArea(QWidget *parent)
    : QWidget(parent),
      m_stack(new QStackedWidget(this))
{
    m_updateTimer.setSingleShot(true);
    m_updateTimer.setInterval(0);
    connect(&m_updateTimer, &QTimer::timeout, this, &WorkspaceArea::updateBreadcrumb);

    m_welcomePage = createWelcomePage();
    m_blankPage = createBlankPage();
    m_journeyPage = createJourneyPage();
    m_personaEditor = new PersonaEditor;
    m_personaEditor->setObjectName(QStringLiteral("personaEditor"));
    connect(m_personaEditor, &PersonaEditor::journeyActivated, this, [this](jl::JourneyId journey) {
        showJourney(journey);
        emit journeyActivated(journey);
    });
    auto *personaScroll = new QScrollArea;
    personaScroll->setWidgetResizable(true);
    personaScroll->setFrameShape(QFrame::NoFrame);
    personaScroll->setWidget(m_personaEditor);
    m_personaPage = personaScroll;
    m_glossaryPanel = new GlossaryPanel;
    m_glossaryPanel->setObjectName(QStringLiteral("glossaryPanel"));
    connect(m_glossaryPanel, &GlossaryPanel::termSelected, this, [this](jl::EntityRef element) {
        if (!m_selecting && element.isValid())
            emit elementSelected(element);
    });
    for (QWidget *page :
         {m_welcomePage, m_blankPage, m_journeyPage, m_personaPage, static_cast<QWidget *>(m_glossaryPanel)})
        m_stack->addWidget(page);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    setPage(Page::Welcome);
}

WorkspaceArea::~WorkspaceArea()
{
    // The canvas may report a cleared selection while it is destroyed; nobody is listening.
    disconnect(m_journeyView, nullptr, this, nullptr);
    disconnect(m_glossaryPanel, nullptr, this, nullptr);
    disconnect(m_personaEditor, nullptr, this, nullptr);
}

QTableView *WorkspaceArea::glossaryView() const
{
    return m_glossaryPanel->view();
}

GlossaryTableModel *WorkspaceArea::glossaryModel() const
{
    return m_glossaryPanel->model();
}

QWidget *WorkspaceArea::createWelcomePage()
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("welcomePage"));
    auto *outer = new QVBoxLayout(page);
    outer->addStretch(2);
    auto *mark = new QLabel(page);
    mark->setPixmap(logo(88, devicePixelRatioF()));
    mark->setAlignment(Qt::AlignCenter);
    outer->addWidget(mark);
    outer->addSpacing(12);
    auto *title = new QLabel(tr("JourneyLens"), page);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);
    outer->addWidget(title);
    outer->addWidget(mutedLabel(tr("Model your customer journeys, ground them in the data of your systems, "
                                   "and see where the experience breaks."),
                                page));
    outer->addSpacing(24);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addStretch(1);
    m_welcomeButtons = new QVBoxLayout;
    m_welcomeButtons->setSpacing(8);
    buttonRow->addLayout(m_welcomeButtons);
    buttonRow->addStretch(1);
    outer->addLayout(buttonRow);
    outer->addSpacing(16);
    outer->addWidget(mutedLabel(tr("You can also drop a .jlens workspace file here."), page));
    outer->addSpacing(28);
    m_recentFiles = new QLabel(page);
    m_recentFiles->setObjectName(QStringLiteral("welcomeRecentFiles"));
    m_recentFiles->setTextFormat(Qt::RichText);
    m_recentFiles->setAlignment(Qt::AlignCenter);
    m_recentFiles->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_recentFiles, &QLabel::linkActivated, this,
            [this](const QString &link) { emit recentFileActivated(QUrl(link).toLocalFile()); });
    outer->addWidget(m_recentFiles);
    outer->addStretch(3);
    return page;
}

void WorkspaceArea::setRecentFiles(const QStringList &files)
{
    if (files.isEmpty()) {
        m_recentFiles->clear();
        m_recentFiles->hide();
        return;
    }
    QString html = QStringLiteral("<p align=\"center\" style=\"color:#6b7079; font-weight:600\">%1</p>"
                                  "<table align=\"center\" cellspacing=\"4\">")
                       .arg(tr("Recent workspaces").toHtmlEscaped());
    for (const QString &file : files.mid(0, 5)) {
        const QFileInfo info(file);
        html +=
            QStringLiteral("<tr><td align=\"right\"><a href=\"%1\" style=\"color:#2f5fb0; text-decoration:none\">%2</a>"
                           "</td><td style=\"color:#8a8f98\">&nbsp;&nbsp;%3</td></tr>")
                .arg(QUrl::fromLocalFile(file).toString().toHtmlEscaped(), info.fileName().toHtmlEscaped(),
                     QDir::toNativeSeparators(info.absolutePath()).toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    m_recentFiles->setText(html);
    m_recentFiles->show();
}

void WorkspaceArea::setWelcomeActions(const QList<QAction *> &actions)
{
    while (QLayoutItem *item = m_welcomeButtons->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (QAction *action : actions) {
        // A push button with the action's full text ("New Workspace…"), not its short
        // toolbar label.
        auto *button = new QPushButton(action->icon(), action->text(), m_welcomePage);
        button->setIconSize(QSize(20, 20));
        button->setMinimumSize(280, 40);
        button->setToolTip(action->statusTip());
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        m_welcomeButtons->addWidget(button);
    }
}

QWidget *WorkspaceArea::createBlankPage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(1);
    auto *title = mutedLabel(tr("No journey open"), page);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    title->setFont(font);
    layout->addWidget(title);
    layout->addWidget(mutedLabel(tr("Pick a journey, persona or the glossary in the navigator."), page));
    layout->addStretch(2);
    return page;
}

QWidget *WorkspaceArea::createJourneyPage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto *bar = new QWidget(page);
    bar->setObjectName(QStringLiteral("breadcrumbBar"));
    bar->setAttribute(Qt::WA_StyledBackground);
    bar->setStyleSheet(QStringLiteral("QWidget#breadcrumbBar { background: palette(base); "
                                      "border-bottom: 1px solid palette(mid); }"));
    auto *barLayout = new QHBoxLayout(bar);
    barLayout->setContentsMargins(14, 8, 14, 8);
    m_breadcrumb = new QLabel(bar);
    m_breadcrumb->setObjectName(QStringLiteral("breadcrumb"));
    m_breadcrumb->setTextFormat(Qt::RichText);
    m_breadcrumb->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    QFont crumbFont = m_breadcrumb->font();
    crumbFont.setPointSizeF(crumbFont.pointSizeF() * 1.1);
    m_breadcrumb->setFont(crumbFont);
    connect(m_breadcrumb, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link.startsWith(JourneyLinkPrefix))
            emit journeyActivated(JourneyId(link.mid(JourneyLinkPrefix.size()).toLongLong()));
    });
    m_journeyBadge = new QLabel(bar);
    m_journeyBadge->setTextFormat(Qt::RichText);
    barLayout->addWidget(m_breadcrumb, 1);
    barLayout->addWidget(m_journeyBadge);
    layout->addWidget(bar);

    m_journeyView = new JourneyView(page);
    m_journeyView->setObjectName(QStringLiteral("journeyView"));
    m_journeyView->setFrameShape(QFrame::NoFrame);
    layout->addWidget(m_journeyView, 1);
    // The canvas opened a sub-journey or a parent by itself: show it here and tell the window
    // (the navigator follows).
    connect(m_journeyView, &JourneyView::journeyRequested, this, [this](jl::JourneyId journey) {
        showJourney(journey);
        emit journeyActivated(journey);
    });
    connect(m_journeyView, &JourneyView::elementSelected, this, [this](jl::EntityRef element) {
        if (!m_selecting)
            emit elementSelected(element);
    });
    return page;
}

void WorkspaceArea::setWorkspace(Workspace *workspace)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    m_journey = {};
    if (m_workspace)
        connect(m_workspace, &Workspace::changed, this, &WorkspaceArea::onChanged);
    m_journeyView->setWorkspace(workspace);
    m_personaEditor->setWorkspace(workspace);
    m_glossaryPanel->setWorkspace(workspace);
    setPage(workspace ? Page::Blank : Page::Welcome);
}

WorkspaceArea::Page WorkspaceArea::page() const
{
    const QWidget *current = m_stack->currentWidget();
    if (current == m_journeyPage)
        return Page::Journey;
    if (current == m_personaPage)
        return Page::Persona;
    if (current == m_glossaryPanel)
        return Page::Glossary;
    if (current == m_blankPage)
        return Page::Blank;
    return Page::Welcome;
}

void WorkspaceArea::setPage(Page page)
{
    QWidget *widget = m_welcomePage;
    switch (page) {
    case Page::Welcome: widget = m_welcomePage; break;
    case Page::Blank: widget = m_blankPage; break;
    case Page::Journey: widget = m_journeyPage; break;
    case Page::Persona: widget = m_personaPage; break;
    case Page::Glossary: widget = m_glossaryPanel; break;
    }
    if (m_stack->currentWidget() == widget)
        return;
    m_stack->setCurrentWidget(widget);
    emit pageChanged(page);
}

void WorkspaceArea::showJourney(JourneyId journey)
{
    if (!m_workspace)
        return;
    if (journey != m_journey || m_journeyView->journey() != journey) {
        m_journey = journey;
        m_selecting = true;
        m_journeyView->showJourney(journey);
        m_selecting = false;
    }
    updateBreadcrumb();
    setPage(m_journey ? Page::Journey : Page::Blank);
}

void WorkspaceArea::showPersona(PersonaId persona)
{
    if (!m_workspace)
        return;
    m_personaEditor->setPersona(persona);
    setPage(Page::Persona);
    if (persona == m_addedPersona) {
        // Just created ("New Persona"): the user's next step is to name it.
        m_addedPersona = {};
        m_personaEditor->editName();
    }
}

void WorkspaceArea::showGlossary()
{
    if (!m_workspace)
        return;
    setPage(Page::Glossary);
}

void WorkspaceArea::selectGlossaryTerm(GlossaryTermId term)
{
    showGlossary();
    m_selecting = true;
    m_glossaryPanel->selectTerm(term);
    m_selecting = false;
}

QString WorkspaceArea::breadcrumbText() const
{
    return m_breadcrumbText;
}

void WorkspaceArea::onChanged(const ChangeEvent &event)
{
    if (event.kind == ChangeEvent::Kind::Added && event.entity.type == EntityType::Persona)
        m_addedPersona = PersonaId(event.entity.id);
    if (event.kind == ChangeEvent::Kind::Reset || event.entity.type == EntityType::Journey
        || (event.entity.type == EntityType::Step && event.kind != ChangeEvent::Kind::Changed)
        || (event.entity.type == EntityType::Step && event.property == QLatin1String("name")))
        m_updateTimer.start();
}

void WorkspaceArea::updateBreadcrumb()
{
    m_updateTimer.stop();
    QStringList names;
    QStringList parts;
    QString badge;
    bool exists = false;
    if (m_workspace && m_journey) {
        try {
            const ModelReader reader = m_workspace->reader();
            if (const auto journey = reader.journey(m_journey)) {
                exists = true;
                names << journey->name;
                parts << QStringLiteral("<b>%1</b>").arg(journey->name.toHtmlEscaped());
                badge = QStringLiteral("<span style=\"color:%1\">●</span>&nbsp;%2&nbsp;&nbsp;"
                                       "<span style=\"color:%3\">●</span>&nbsp;%4")
                            .arg(presentation::levelColor(journey->level).name(),
                                 displayName(journey->level).toHtmlEscaped(),
                                 presentation::statusColor(journey->status).name(),
                                 displayName(journey->status).toHtmlEscaped());
                QSet<qint64> seen{m_journey.value()};
                for (JourneyId parent = reader.parentJourney(m_journey); parent && !seen.contains(parent.value());
                     parent = reader.parentJourney(parent)) {
                    seen.insert(parent.value());
                    const auto value = reader.journey(parent);
                    if (!value)
                        break;
                    names.prepend(value->name);
                    parts.prepend(
                        QStringLiteral("<a href=\"%1%2\" style=\"color:#2f5fb0; text-decoration:none\">%3</a>")
                            .arg(JourneyLinkPrefix)
                            .arg(parent.value())
                            .arg(value->name.toHtmlEscaped()));
                }
            }
        } catch (const SqlError &e) {
            qWarning("WorkspaceArea: %s", e.what());
        }
    }
    const QString separator = QStringLiteral(" › ");
    m_breadcrumbText = names.join(separator);
    m_breadcrumb->setText(parts.join(QStringLiteral("&nbsp;<span style=\"color:#9aa0a8\">›</span>&nbsp;")));
    m_journeyBadge->setText(badge);
    if (!exists && m_journey) {
        // The journey was deleted (or its creation undone).
        m_journey = {};
        if (page() == Page::Journey)
            setPage(Page::Blank);
    }
}

} // namespace jl
