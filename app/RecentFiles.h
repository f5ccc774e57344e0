#pragma once

// The list of recently used workspaces, most recent first, kept in QSettings (so per user,
// under the organisation and application names main() sets). Files that no longer exist are
// dropped when the list is read.

#include <QObject>
#include <QStringList>

namespace jl {

class RecentFiles : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxCount = 10;

    explicit RecentFiles(QObject *parent = nullptr);

    // The existing files of the list, most recent first.
    QStringList files() const;

    // Puts path first (moving it up if it is already listed) and trims the list to MaxCount.
    void add(const QString &path);
    void remove(const QString &path);
    void clear();

signals:
    void changed();

private:
    QStringList load() const;
    void store(const QStringList &files);
};

} // namespace jl
