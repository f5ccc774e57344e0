#include "Normalise.h"

#include <array>

namespace jl::privacy {

namespace {

struct Region
{
    QStringView code;
    int callingCode;
    bool trunkZero; // national numbers start with a trunk prefix "0" that E.164 drops
    QStringView internationalPrefix; // besides "00"
};

// Countries of the silos we expect. NANP (US, CA) is handled apart: its trunk prefix is "1".
constexpr std::array Regions{
    Region{u"DE", 49, true, u"00"},  Region{u"AT", 43, true, u"00"},  Region{u"CH", 41, true, u"00"},
    Region{u"GB", 44, true, u"00"},  Region{u"IE", 353, true, u"00"}, Region{u"FR", 33, true, u"00"},
    Region{u"NL", 31, true, u"00"},  Region{u"BE", 32, true, u"00"},  Region{u"LU", 352, false, u"00"},
    Region{u"IT", 39, false, u"00"}, Region{u"ES", 34, false, u"00"}, Region{u"PT", 351, false, u"00"},
    Region{u"DK", 45, false, u"00"}, Region{u"SE", 46, true, u"00"},  Region{u"NO", 47, false, u"00"},
    Region{u"FI", 358, true, u"00"}, Region{u"PL", 48, false, u"00"}, Region{u"CZ", 420, false, u"00"},
    Region{u"US", 1, false, u"011"}, Region{u"CA", 1, false, u"011"}, Region{u"AU", 61, true, u"0011"},
    Region{u"NZ", 64, true, u"00"},
};

const Region *findRegion(QStringView code)
{
    for (const Region &region : Regions) {
        if (code.compare(region.code, Qt::CaseInsensitive) == 0)
            return &region;
    }
    return nullptr;
}

constexpr qsizetype MinDigits = 7;
constexpr qsizetype MaxDigits = 15; // E.164 limit including the country code

bool isSeparator(QChar c)
{
    return c == u' ' || c == u'-' || c == u'.' || c == u'/' || c == u'(' || c == u')' || c == QChar(0x00A0)
        || c == u'\t';
}

std::optional<QString> e164(const QString &digits)
{
    if (digits.size() < MinDigits || digits.size() > MaxDigits || digits.startsWith(u'0'))
        return std::nullopt;
    return QString(u'+' + digits);
}

} // namespace

std::optional<QString> normaliseEmail(QStringView email)
{
    QString address = email.trimmed().toString().toLower();
    if (address.endsWith(u'.'))
        address.chop(1);
    if (address.count(u'@') != 1)
        return std::nullopt;
    for (const QChar c : std::as_const(address)) {
        if (c.isSpace())
            return std::nullopt;
    }
    const qsizetype at = address.indexOf(u'@');
    if (at == 0 || at == address.size() - 1)
        return std::nullopt;
    return address;
}

std::optional<QString> normalisePhone(QStringView phone, QStringView defaultRegion)
{
    const Region *region = findRegion(defaultRegion);
    QString text = phone.trimmed().toString();
    // "+49 (0)30 …": the "(0)" is the trunk prefix for callers inside the country, never dialled
    // from abroad, so it is not part of the international number.
    const bool international =
        text.startsWith(u'+') || text.startsWith(u"00") || (region && text.startsWith(region->internationalPrefix));
    if (international)
        text.remove(QStringLiteral("(0)"));

    bool plus = false;
    if (text.startsWith(u'+')) {
        plus = true;
        text.remove(0, 1);
    }

    // Keep digits only; anything but the usual separators makes the number invalid.
    QString digits;
    digits.reserve(text.size());
    for (const QChar c : std::as_const(text)) {
        if (c.isDigit() && c.unicode() < 0x80)
            digits.append(c);
        else if (!isSeparator(c))
            return std::nullopt;
    }
    if (digits.isEmpty())
        return std::nullopt;

    if (!plus) {
        if (region && region->internationalPrefix != u"00" && digits.startsWith(region->internationalPrefix)) {
            digits.remove(0, region->internationalPrefix.size());
            plus = true;
        } else if (digits.startsWith(u"00")) {
            digits.remove(0, 2);
            plus = true;
        }
    }
    if (plus)
        return e164(digits);

    if (!region)
        return std::nullopt;
    if (region->callingCode == 1) {
        if (digits.size() == 11 && digits.startsWith(u'1'))
            digits.remove(0, 1);
        // NANP area codes and exchanges never start with 0 or 1.
        if (digits.size() != 10 || digits.at(0) < u'2' || digits.at(3) < u'2')
            return std::nullopt;
        return e164(u'1' + digits);
    }
    if (region->trunkZero) {
        // Without the trunk prefix the number lacks its area code or is not national at all.
        if (!digits.startsWith(u'0'))
            return std::nullopt;
        digits.remove(0, 1);
        if (digits.startsWith(u'0'))
            return std::nullopt;
    }
    return e164(QString::number(region->callingCode) + digits);
}

QString normaliseIdentifier(QStringView identifier)
{
    QString result;
    result.reserve(identifier.size());
    for (const QChar c : identifier.trimmed()) {
        if (c.isSpace() || c == u'-')
            continue;
        result.append(c);
    }
    return result.toUpper();
}

QString normaliseCookieId(QStringView cookieId)
{
    return cookieId.trimmed().toString();
}

bool isIdentifierField(QStringView field)
{
    return field == u"email" || field == u"phone" || field == u"customer_no" || field == u"loyalty_card"
        || field == u"order_id" || field == u"ticket_id" || field == u"cookie_id";
}

std::optional<QString> normaliseIdentifierField(QStringView field, QStringView value, QStringView defaultRegion)
{
    if (!isIdentifierField(field))
        return std::nullopt;
    std::optional<QString> result;
    if (field == u"email")
        result = normaliseEmail(value);
    else if (field == u"phone")
        result = normalisePhone(value, defaultRegion);
    else if (field == u"cookie_id")
        result = normaliseCookieId(value);
    else
        result = normaliseIdentifier(value);
    if (result && result->isEmpty())
        return std::nullopt;
    return result;
}

int countryCallingCode(QStringView region)
{
    const Region *found = findRegion(region);
    return found ? found->callingCode : 0;
}

} // namespace jl::privacy
