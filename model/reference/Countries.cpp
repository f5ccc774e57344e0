#include "Countries.h"

#include <QHash>

namespace jl::reference {

namespace {

// Drops dots, folds case, treats hyphens and underscores as spaces and collapses spaces,
// so that "U.S.A.", "usa" and " U S A " do not all need their own alias.
QString baseKey(QStringView text)
{
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (QChar c : text) {
        if (c == u'.')
            continue;
        if (c == u'’' || c == u'`' || c == u'´')
            c = u'\'';
        if (c.isSpace() || c == u'-' || c == u'_') {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out.append(u' ');
            pendingSpace = false;
        }
        out.append(c);
    }
    return out.toCaseFolded();
}

// Removes combining marks after canonical decomposition; letters that do not decompose get
// their usual Latin replacement.
QString stripMarks(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        switch (c.unicode()) {
        case u'ß': out.append(u"ss"); break;
        case u'æ': out.append(u"ae"); break;
        case u'œ': out.append(u"oe"); break;
        case u'ø': out.append(u'o'); break;
        case u'đ': out.append(u'd'); break;
        case u'ł': out.append(u'l'); break;
        case u'ı': out.append(u'i'); break;
        case u'ʻ': break;
        default: out.append(c); break;
        }
    }
    return out;
}

QString asciiDigits(QStringView text)
{
    const QString trimmed = text.trimmed().toString();
    if (trimmed.isEmpty() || trimmed.size() > 3)
        return {};
    for (QChar c : trimmed)
        if (c < u'0' || c > u'9')
            return {};
    return trimmed.rightJustified(3, u'0');
}

QString numericKey(int numeric)
{
    return QString::number(numeric).rightJustified(3, u'0');
}

// Adds the exact keys first and only then the diacritic-free variants, so a variant never
// shadows another entry's exact spelling. The first entry for a key wins.
class KeyIndex
{
public:
    void addExact(const QString &key, const QString &value)
    {
        if (key.isEmpty())
            return;
        auto it = m_keys.constFind(key);
        if (it == m_keys.constEnd())
            m_keys.insert(key, value);
        else if (*it != value)
            m_conflicts.append(key);
    }
    void addVariants(const QString &text, const QString &value)
    {
        for (const QString &key : {lookupKeyWithoutDiacritics(text), lookupKeyTransliterated(text)})
            if (!key.isEmpty() && !m_keys.contains(key))
                m_keys.insert(key, value);
    }
    std::optional<QString> find(QStringView text) const
    {
        for (const QString &key : {lookupKey(text), lookupKeyWithoutDiacritics(text)}) {
            auto it = m_keys.constFind(key);
            if (it != m_keys.constEnd())
                return *it;
        }
        return std::nullopt;
    }
    QStringList conflicts() const { return m_conflicts; }

private:
    QHash<QString, QString> m_keys;
    QStringList m_conflicts;
};

const KeyIndex &countryIndex()
{
    static const KeyIndex index = [] {
        KeyIndex idx;
        QList<std::pair<QString, QString>> names; // (text, alpha-2) for the variant pass
        for (const Country &c : countries()) {
            const QString a2 = QString::fromLatin1(c.alpha2);
            idx.addExact(lookupKey(a2), a2);
            idx.addExact(lookupKey(QString::fromLatin1(c.alpha3)), a2);
            idx.addExact(numericKey(c.numeric), a2);
        }
        for (const Country &c : countries()) {
            const QString a2 = QString::fromLatin1(c.alpha2);
            for (const char *name : {c.nameEn, c.nameDe})
                names.append({QString::fromUtf8(name), a2});
        }
        for (const CountryAlias &alias : countryAliases())
            names.append({QString::fromUtf8(alias.alias), QString::fromLatin1(alias.alpha2)});
        for (const auto &[text, a2] : names)
            idx.addExact(lookupKey(text), a2);
        for (const auto &[text, a2] : names)
            idx.addVariants(text, a2);
        return idx;
    }();
    return index;
}

const QHash<QString, KeyIndex> &subdivisionIndex()
{
    static const QHash<QString, KeyIndex> index = [] {
        QHash<QString, KeyIndex> byCountry;
        QHash<QString, QList<std::pair<QString, QString>>> names;
        for (const Subdivision &s : subdivisions()) {
            const QString code = QString::fromLatin1(s.code);
            const QString country = code.left(2);
            KeyIndex &idx = byCountry[country];
            idx.addExact(lookupKey(code), code);
            idx.addExact(lookupKey(code.mid(3)), code);
            auto &list = names[country];
            list.append({QString::fromUtf8(s.nameEn), code});
            list.append({QString::fromUtf8(s.nameLocal), code});
            const QString aliases = QString::fromUtf8(s.aliases);
            for (const QString &alias : aliases.split(u'|', Qt::SkipEmptyParts))
                list.append({alias, code});
        }
        for (auto it = names.cbegin(); it != names.cend(); ++it) {
            KeyIndex &idx = byCountry[it.key()];
            for (const auto &[text, code] : it.value())
                idx.addExact(lookupKey(text), code);
            for (const auto &[text, code] : it.value())
                idx.addVariants(text, code);
        }
        return byCountry;
    }();
    return index;
}

} // namespace

QString lookupKey(QStringView text)
{
    return baseKey(text);
}

QString lookupKeyWithoutDiacritics(QStringView text)
{
    return stripMarks(baseKey(text));
}

QString lookupKeyTransliterated(QStringView text)
{
    QString key = baseKey(text);
    key.replace(u'ä', QStringLiteral("ae")).replace(u'ö', QStringLiteral("oe")).replace(u'ü', QStringLiteral("ue"));
    return stripMarks(key);
}

std::vector<const Subdivision *> subdivisionsOf(QStringView alpha2)
{
    std::vector<const Subdivision *> out;
    if (alpha2.size() != 2)
        return out;
    for (const Subdivision &s : subdivisions())
        if (QStringView(QString::fromLatin1(s.code, 2)).compare(alpha2, Qt::CaseInsensitive) == 0)
            out.push_back(&s);
    return out;
}

const Country *countryByAlpha2(QStringView alpha2)
{
    for (const Country &c : countries())
        if (QString::fromLatin1(c.alpha2).compare(alpha2.trimmed(), Qt::CaseInsensitive) == 0)
            return &c;
    return nullptr;
}

QStringList countryLookupConflicts()
{
    return countryIndex().conflicts();
}

std::optional<QString> resolveCountry(QStringView text)
{
    const QString digits = asciiDigits(text);
    if (!digits.isEmpty()) {
        for (const Country &c : countries())
            if (numericKey(c.numeric) == digits)
                return QString::fromLatin1(c.alpha2);
        return std::nullopt;
    }
    if (lookupKey(text).isEmpty())
        return std::nullopt;
    return countryIndex().find(text);
}

std::optional<QString> resolveSubdivision(QStringView alpha2, QStringView text)
{
    const std::optional<QString> country = resolveCountry(alpha2);
    if (!country || lookupKey(text).isEmpty())
        return std::nullopt;
    const auto &index = subdivisionIndex();
    auto it = index.constFind(*country);
    if (it == index.constEnd())
        return std::nullopt;
    return it->find(text);
}

} // namespace jl::reference
