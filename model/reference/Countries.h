// Built-in reference data for imports: ISO 3166-1 countries and ISO 3166-2 subdivisions with
// the aliases real exports use (English and German), and a tolerant lookup that turns what a
// silo wrote ("U.S.A.", "Oesterreich", "Calif.") into the ISO code. Names are data, not UI
// strings, so they are not translated.
//
// Known ambiguities, resolved on purpose:
//  - "England", "Scotland", "Wales", "Northern Ireland" resolve to the country GB (their
//    subdivision codes GB-ENG, GB-SCT, GB-WLS, GB-NIR come from resolveSubdivision).
//  - "America" resolves to US, "Holland" to NL, "Korea" to KR (South Korea), "Congo" to CG
//    (Republic of the Congo; "DR Congo"/"Kongo-Kinshasa" give CD).
//  - Two-letter input is read as an alpha-2 code first ("IN" is India, not a preposition).
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>
#include <span>
#include <vector>

namespace jl::reference {

struct Country
{
    const char *alpha2;
    const char *alpha3;
    int numeric;
    const char *nameEn; // ISO English short name, UTF-8
    const char *nameDe; // German name, UTF-8
};

struct Subdivision
{
    const char *code; // ISO 3166-2, e.g. "US-CA"
    const char *nameEn; // English name, UTF-8
    const char *nameLocal; // name in the local language (same as English where it is English)
    const char *aliases; // '|'-separated abbreviations and other spellings, may be ""
};

struct CountryAlias
{
    const char *alpha2;
    const char *alias;
};

// All 249 ISO 3166-1 entries, ordered by alpha-2.
std::span<const Country> countries();
// The built-in aliases (beyond codes and the two names).
std::span<const CountryAlias> countryAliases();
// All built-in subdivisions.
std::span<const Subdivision> subdivisions();
// The subdivisions of one country (alpha-2, case-insensitive).
std::vector<const Subdivision *> subdivisionsOf(QStringView alpha2);

// The country with this alpha-2 code (case-insensitive), or nullptr.
const Country *countryByAlpha2(QStringView alpha2);

// Text as a lookup key: case-folded, trimmed, inner whitespace collapsed, dots dropped.
QString lookupKey(QStringView text);
// lookupKey() with diacritics removed (Ö → o, ß → ss).
QString lookupKeyWithoutDiacritics(QStringView text);
// lookupKey() with German transliteration (Ö → oe, ß → ss).
QString lookupKeyTransliterated(QStringView text);

// The alpha-2 code for a code (alpha-2, alpha-3, numeric), name or alias in English or
// German; nullopt when nothing matches.
std::optional<QString> resolveCountry(QStringView text);

// Lookup keys that two countries' codes, names or aliases share (first one wins); the
// built-in table is meant to have none.
QStringList countryLookupConflicts();

// The ISO 3166-2 code ("US-CA") for a subdivision of the country `alpha2` given by its full
// code ("US-CA"), its code without prefix ("CA"), a name in English or the local language,
// or a common abbreviation ("Calif.", "NRW", "Ont."); nullopt when nothing matches.
std::optional<QString> resolveSubdivision(QStringView alpha2, QStringView text);

} // namespace jl::reference
