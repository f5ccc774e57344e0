// A mapping profile's custom value map for one field (raw value → canonical value), as in
// DESIGN.md's "values": { "country": { "UK": "GB" } }, and the counter that lists values
// nothing maps so the wizard and the import summary can show them instead of changing them.
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace jl::reference {

class ValueMap
{
public:
    // Adds or replaces the mapping for `raw`; keys equal up to case and spacing replace each other.
    void insert(const QString &raw, const QString &canonical);
    bool remove(QStringView raw);
    // The canonical value for `raw`, ignoring case and leading, trailing and repeated spaces.
    std::optional<QString> map(QStringView raw) const;

    int size() const { return int(m_entries.size()); }
    bool isEmpty() const { return m_entries.isEmpty(); }

    // {"raw": "canonical", ...} with the raw values as they were inserted.
    QJsonObject toJson() const;
    // Non-string values are skipped; their keys are reported in `skipped` when given.
    static ValueMap fromJson(const QJsonObject &object, QStringList *skipped = nullptr);

    // The key a raw value is matched under.
    static QString normalizedKey(QStringView raw);

    friend bool operator==(const ValueMap &a, const ValueMap &b);

private:
    struct Entry
    {
        QString raw;
        QString canonical;
    };
    QHash<QString, Entry> m_entries; // by normalizedKey(raw)
};

// Counts values that resolved to nothing, keeping them exactly as they were read.
class UnmappedCounter
{
public:
    struct Entry
    {
        QString value;
        qint64 count = 0;
        friend bool operator==(const Entry &, const Entry &) = default;
    };

    void add(const QString &value, qint64 times = 1);
    // Most frequent first; equal counts by value.
    QList<Entry> entries() const;
    qint64 total() const { return m_total; }
    int distinct() const { return int(m_counts.size()); }
    bool isEmpty() const { return m_counts.isEmpty(); }
    void clear();

private:
    QHash<QString, qint64> m_counts;
    qint64 m_total = 0;
};

} // namespace jl::reference
