#pragma once

// The persona page of the central area: one persona as an editable card, laid out like the
// persona sheets CX teams print (photo, name, quote; goals, pains, needs; preferred channels,
// free attributes; the journeys that use the persona).
//
// Every change goes through the Workspace's edit API as one undo step. Text fields commit when
// editing finishes (Return, or the field losing focus), never per keystroke. The card reloads
// from Workspace::changed (edits elsewhere, undo, redo), leaving a field the user is editing as
// it is, cursor included.

#include "domain/Entities.h"

#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QVariantMap>
#include <QWidget>

#include <memory>

class QCheckBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;

namespace jl {

class PanelDialogs;
class Workspace;
struct ChangeEvent;

class PersonaEditor : public QWidget
{
    Q_OBJECT

public:
    // Photos are stored at most this many pixels wide and high.
    static constexpr int MaxPhotoSize = 512;

    explicit PersonaEditor(QWidget *parent = nullptr);
    ~PersonaEditor() override;

    void setWorkspace(Workspace *workspace);
    void setPersona(PersonaId persona);
    PersonaId persona() const { return m_persona; }
    void setDialogs(std::shared_ptr<PanelDialogs> dialogs);

    // Reads an image file, scales it down to MaxPhotoSize and stores it as the persona's photo
    // (one undo step). When the file cannot be read as an image, shows why (naming the file),
    // changes nothing and returns false. "Choose Photo…" asks for the file and calls this.
    bool setPhotoFromFile(const QString &path);
    // The message shown under the photo after a failed setPhotoFromFile (empty otherwise).
    QString photoError() const;

    // For tests and for focusing a field from elsewhere.
    QString nameText() const;
    QLineEdit *nameEdit() const { return m_name; }
    QPlainTextEdit *quoteEdit() const { return m_quote; }
    // The editor of goals, pains or needs (one entry per line), by column name.
    QPlainTextEdit *listEdit(const QString &column) const;
    QCheckBox *channelCheckBox(ChannelId channel) const;
    QTableWidget *attributesTable() const { return m_attributes; }
    QPushButton *removePhotoButton() const { return m_removePhoto; }
    // Names of the journeys the persona is assigned to, as listed.
    QStringList journeyNames() const { return m_journeyNames; }

public slots:
    // Reloads the shown values from the workspace now.
    void refresh();
    // Commits text the user typed but has not finished yet.
    void commitPendingEdits();
    void choosePhoto();
    void removePhoto();
    // Adds an empty attribute row and starts editing its key; it is stored once it has one.
    void addAttribute();
    void removeSelectedAttributes();
    // Focuses the name with all of it selected (a persona just created).
    void editName();

signals:
    // A journey in the "Used in" list was clicked.
    void journeyActivated(jl::JourneyId journey);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onChanged(const ChangeEvent &event);
    void load(const Persona &persona, const QList<Channel> &channels, const QList<Journey> &journeys);
    void loadChannels(const Persona &persona, const QList<Channel> &channels);
    void loadAttributes(const QVariantMap &attributes);
    void setEditorsEnabled(bool enabled);
    void fitListHeights();
    void commitName();
    void commitQuote();
    void commitList(QPlainTextEdit *edit);
    void commitAttributes();
    void onChannelClicked(ChannelId channel, bool checked);
    void setProperty(const QString &column, const QVariant &value, const QString &text = {});
    void showPhotoError(const QString &message);

    QPointer<Workspace> m_workspace;
    std::shared_ptr<PanelDialogs> m_dialogs;
    PersonaId m_persona;
    QTimer m_refreshTimer;
    bool m_loading = false;
    // What the fields show from the model, to tell the user's changes from stale text.
    QHash<QObject *, QString> m_loaded;
    QVariantMap m_shownAttributes;
    QList<ChannelId> m_channelOrder;
    QStringList m_journeyNames;
    QString m_lastPhotoDirectory;

    QWidget *m_card;
    QLabel *m_empty;
    QLabel *m_photo;
    QPushButton *m_choosePhoto;
    QPushButton *m_removePhoto;
    QLabel *m_photoError;
    QLineEdit *m_name;
    QPlainTextEdit *m_quote;
    QPlainTextEdit *m_goals;
    QPlainTextEdit *m_pains;
    QPlainTextEdit *m_needs;
    QWidget *m_channelBox;
    QGridLayout *m_channelGrid;
    QHash<qint64, QCheckBox *> m_channelChecks;
    QLabel *m_noChannels;
    QTableWidget *m_attributes;
    QPushButton *m_removeAttribute;
    QLabel *m_journeys;
    QLabel *m_segment;
};

} // namespace jl
