#include "RecentFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace jl {

namespace {

const QString SettingsKey = QStringLiteral("recentFiles");

QString normalised(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

} // namespace

RecentFiles::RecentFiles(QObject *parent)
    : QObject(parent)
{
}

QStringList RecentFiles::load() const
{
    const QStringList stored = QSettings().value(SettingsKey).toStringList();
    QStringList result;
    for (const QString &path : stored) {
        const QString clean = normalised(path);
        if (!path.isEmpty() && QFileInfo(clean).isFile() && !result.contains(clean))
            result << clean;
    }
    return result.mid(0, MaxCount);
}

void RecentFiles::store(const QStringList &files)
{
    QSettings settings;
    if (files.isEmpty())
        settings.remove(SettingsKey);
    else
        settings.setValue(SettingsKey, files);
    emit changed();
}

QStringList RecentFiles::files() const
{
    return load();
}

void RecentFiles::add(const QString &path)
{
    const QString clean = normalised(path);
    QStringList list = load();
    list.removeAll(clean);
    list.prepend(clean);
    store(list.mid(0, MaxCount));
}

void RecentFiles::remove(const QString &path)
{
    QStringList list = load();
    list.removeAll(normalised(path));
    store(list);
}

void RecentFiles::clear()
{
    store({});
}

} // namespace jl
