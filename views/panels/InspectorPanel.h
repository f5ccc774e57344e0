#pragma once

// The inspector dock's content: the properties of the selected element in a form, with an
// editor that fits each property. Every edit goes through Workspace::setProperty (one undoable
// command per field; consecutive edits of one field merge).
//
// Text fields commit when editing finishes (Return, or the field losing focus), never per
// keystroke, so one finished edit is one undo step and the canvas is not redrawn while typing.
// Choices (combos, the emotion slider, the delay) commit as soon as they change. When the
// element changes in the model (undo, an edit on the canvas) the form reloads, leaving a field
// that the user is editing as it is, cursor included.
//
// Reference combos for channels, owners, departments and source systems end with "New …": it
// asks for a name (through PanelDialogs) and adds the entry and sets the reference as one undo
// step. A journey's personas are a checkable list (assign / unassign).

#include "domain/EntityType.h"

#include <QIcon>
#include <QList>
#include <QPointer>
#include <QTimer>
#include <QVariantMap>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QListWidget;
class QScrollArea;
class QStackedWidget;

namespace jl {

class ModelReader;
class PanelDialogs;
class Workspace;
struct ChangeEvent;

class InspectorPanel : public QWidget
{
    Q_OBJECT

public:
    explicit InspectorPanel(QWidget *parent = nullptr);
    ~InspectorPanel() override;

    void setWorkspace(Workspace *workspace);
    EntityRef element() const { return m_element; }
    // The dialogs asking for a new entry's name (tests install scripted ones).
    void setDialogs(std::shared_ptr<PanelDialogs> dialogs);

    // The editor of one property (column name as in the schema), or nullptr when the current
    // element has none. For tests and for focusing a field from elsewhere. A journey's
    // personas list is editor("personas").
    QWidget *editor(const QString &column) const;
    // The header's texts: the element's type ("Step") and name.
    QString typeText() const;
    QString nameText() const;
    bool isEmptyStateShown() const;

public slots:
    void setElement(jl::EntityRef element);
    // Reloads the shown values from the workspace now.
    void refresh();
    // Commits text the user typed but has not finished yet (done before the element changes).
    void commitPendingEdits();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class FieldKind { Text, LongText, List, Reference, Enum, Emotion, Delay, Personas };
    struct Choice
    {
        QVariant value; // a null QVariant stands for "none" (NULL in the database)
        QString text;
        QIcon icon;
    };
    using ChoiceSource = std::function<QList<Choice>(const ModelReader &reader, const QVariantMap &row)>;
    using InfoSource = std::function<QString(const ModelReader &reader, const QVariantMap &row)>;
    struct Field
    {
        FieldKind kind = FieldKind::Text;
        QString column;
        QWidget *editor = nullptr;
        QLabel *valueLabel = nullptr; // the emotion's name
        QComboBox *unit = nullptr; // the delay's unit
        ChoiceSource choices; // reference combos: reloaded with the form
        std::optional<EntityType> creates = {}; // reference combos: the type "New …" adds
    };
    struct Info
    {
        QLabel *label = nullptr;
        InfoSource text;
    };

    void onChanged(const ChangeEvent &event);
    void build();
    void buildJourney();
    void buildStage();
    void buildStep();
    void buildTrigger();
    void buildPersona();
    void buildGlossaryTerm();
    void buildChannel();
    void buildDepartment();
    void buildOwner();
    void buildSourceSystem();

    static ChoiceSource ownerChoices();
    static ChoiceSource departmentChoices();
    static ChoiceSource channelChoices();
    static ChoiceSource sourceSystemChoices();

    void addSection(const QString &title);
    void addText(const QString &column, const QString &label, const QString &placeholder = {});
    void addLongText(const QString &column, const QString &label, const QString &placeholder = {}, int lines = 4);
    void addList(const QString &column, const QString &label, const QString &placeholder = {});
    void addReference(const QString &column, const QString &label, ChoiceSource choices,
                      std::optional<EntityType> creates = std::nullopt);
    void addEnum(const QString &column, const QString &label, const QList<Choice> &choices);
    void addEmotion(const QString &column, const QString &label);
    void addDelay(const QString &column, const QString &label);
    void addPersonaList(const QString &label);
    void addInfo(const QString &label, InfoSource text, bool rich = false);
    QLabel *addPhoto();

    void load(const ModelReader &reader, const QVariantMap &row);
    void loadField(Field &field, const ModelReader &reader, const QVariantMap &row);
    void loadHeader(const ModelReader &reader, const QVariantMap &row);
    void commit(const Field &field);
    void commitValue(const QString &column, const QVariant &value);
    void createReference(const Field &field);
    void commitPersona(qint64 persona, bool assigned);
    const Field *fieldFor(const QObject *editor) const;

    QPointer<Workspace> m_workspace;
    std::shared_ptr<PanelDialogs> m_dialogs;
    EntityRef m_element;
    QTimer m_refreshTimer;
    bool m_loading = false;

    QStackedWidget *m_pages;
    QLabel *m_typeLabel;
    QLabel *m_iconLabel;
    QLabel *m_nameLabel;
    QLabel *m_subtitleLabel;
    QScrollArea *m_scroll;
    QWidget *m_form = nullptr;
    QFormLayout *m_formLayout = nullptr;
    QLabel *m_photo = nullptr;
    QList<Field> m_fields;
    QList<Info> m_infos;
};

} // namespace jl
