#include "ValueMap.h"

#include <QJsonValue>

#include <algorithm>

namespace jl::reference {

QString ValueMap::normalizedKey(QStringView raw)
{
    return raw.toString().simplified().toCaseFolded();
}

void ValueMap::insert(const QString &raw, const QString &canonical)
{
    m_entries.insert(normalizedKey(raw), Entry{raw, canonical});
}

bool ValueMap::remove(QStringView raw)
{
    return m_entries.remove(normalizedKey(raw));
}

std::optional<QString> ValueMap::map(QStringView raw) const
{
    auto it = m_entries.constFind(normalizedKey(raw));
    if (it == m_entries.constEnd())
        return std::nullopt;
    return it->canonical;
}

QJsonObject ValueMap::toJson() const
{
    QJsonObject object;
    for (const Entry &entry : m_entries)
        object.insert(entry.raw, entry.canonical);
    return object;
}

ValueMap ValueMap::fromJson(const QJsonObject &object, QStringList *skipped)
{
    ValueMap map;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.value().isString())
            map.insert(it.key(), it.value().toString());
        else if (skipped)
            skipped->append(it.key());
    }
    return map;
}

bool operator==(const ValueMap &a, const ValueMap &b)
{
    if (a.m_entries.size() != b.m_entries.size())
        return false;
    for (auto it = a.m_entries.cbegin(); it != a.m_entries.cend(); ++it) {
        auto other = b.m_entries.constFind(it.key());
        if (other == b.m_entries.constEnd() || other->raw != it->raw || other->canonical != it->canonical)
            return false;
    }
    return true;
}

void UnmappedCounter::add(const QString &value, qint64 times)
{
    if (times <= 0)
        return;
    m_counts[value] += times;
    m_total += times;
}

QList<UnmappedCounter::Entry> UnmappedCounter::entries() const
{
    QList<Entry> list;
    list.reserve(m_counts.size());
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it)
        list.append(Entry{it.key(), it.value()});
    std::sort(list.begin(), list.end(), [](const Entry &a, const Entry &b) {
        if (a.count != b.count)
            return a.count > b.count;
        return a.value < b.value;
    });
    return list;
}

void UnmappedCounter::clear()
{
    m_counts.clear();
    m_total = 0;
}

} // namespace jl::reference
