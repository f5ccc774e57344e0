#pragma once

// The keyboard help of workshop mode (? or F1): a dimmed layer over the whole window with a
// card listing the keys. Any key or click closes it.

#include <QWidget>

namespace jl {

class WorkshopHelpOverlay : public QWidget
{
    Q_OBJECT

public:
    struct Entry
    {
        QString keys;
        QString description;
    };

    explicit WorkshopHelpOverlay(QWidget *parent);

    void setEntries(const QList<Entry> &entries) { m_entries = entries; }
    const QList<Entry> &entries() const { return m_entries; }
    // Shows the overlay over its whole parent and takes the keyboard.
    void open();

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    QList<Entry> m_entries;
};

} // namespace jl
