#pragma once

// Normal forms of the direct identifiers of DESIGN.md ("Canonical fields"), applied before
// pseudonymisation so that the same person's identifier written differently in two silos
// (" Anna@Example.COM", "anna@example.com") gives the same token. Pure functions, no I/O;
// nothing here logs a value.

#include <QString>
#include <QStringView>

#include <optional>

namespace jl::privacy {

// Trimmed, whole address lower-cased, one trailing dot of the domain removed. Invalid (empty
// optional) when there is not exactly one '@', the local or domain part is empty, or the
// address contains whitespace.
std::optional<QString> normaliseEmail(QStringView email);

// E.164 ("+49301234567"). `defaultRegion` (ISO 3166-1 alpha-2, any case) is the country of
// numbers written without an international prefix. Accepted: digits with spaces, dashes, dots,
// slashes and parentheses between them; a leading '+', "00" (and the region's own
// international prefix such as "011" in the US) for international numbers; the redundant
// German "(0)" of "+49 (0)30 …". National numbers lose their trunk prefix "0" where the region
// has one (it is kept where it is part of the number, as in Italy); NANP numbers (US, CA) of
// 10 digits, or 11 starting with 1, get +1. Invalid (empty optional): letters or other
// characters, a national number in an unknown region or without the trunk prefix its region
// requires, and fewer than 7 or more than 15 digits.
std::optional<QString> normalisePhone(QStringView phone, QStringView defaultRegion);

// customer_no, loyalty_card, order_id, ticket_id: trimmed, without spaces and dashes,
// upper-cased. Empty when nothing is left.
QString normaliseIdentifier(QStringView identifier);

// cookie_id: trimmed only, since cookie ids are case-sensitive.
QString normaliseCookieId(QStringView cookieId);

// Dispatches on the canonical field name (email, phone, customer_no, loyalty_card, order_id,
// ticket_id, cookie_id). Empty optional for an invalid or empty value, or an unknown field.
std::optional<QString> normaliseIdentifierField(QStringView field, QStringView value, QStringView defaultRegion);

// True for the canonical identifier fields listed above.
bool isIdentifierField(QStringView field);

// Country calling code of an ISO 3166-1 alpha-2 region from the built-in table ("DE" → 49),
// 0 when the region is not in the table.
int countryCallingCode(QStringView region);

} // namespace jl::privacy
