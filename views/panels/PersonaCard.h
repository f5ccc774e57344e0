#pragma once

// A read-only card of one persona for the central area: photo, name, quote, goals, pains,
// needs, preferred channels and attributes, laid out like the persona sheets CX teams print.
// Follows the Workspace's change events; editing happens in the inspector.

#include "domain/Ids.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;

namespace jl {

class Workspace;
struct ChangeEvent;

class PersonaCard : public QWidget
{
    Q_OBJECT

public:
    explicit PersonaCard(QWidget *parent = nullptr);

    void setWorkspace(Workspace *workspace);
    void setPersona(PersonaId persona);
    PersonaId persona() const { return m_persona; }

    // For tests: the labels' texts.
    QString nameText() const;
    QString quoteText() const;

    void refresh();

private:
    void onChanged(const ChangeEvent &event);

    QPointer<Workspace> m_workspace;
    PersonaId m_persona;
    QTimer m_refreshTimer;

    QLabel *m_photo;
    QLabel *m_name;
    QLabel *m_quote;
    QLabel *m_channels;
    QLabel *m_attributes;
    QLabel *m_goals;
    QLabel *m_pains;
    QLabel *m_needs;
    QLabel *m_segment;
};

} // namespace jl
