#include "XlsxNumberFormat.h"

#include <cmath>

namespace jl::io {

XlsxDateKind xlsxBuiltinDateKind(int numFmtId)
{
    if ((numFmtId >= 14 && numFmtId <= 17) || (numFmtId >= 27 && numFmtId <= 31) || numFmtId == 36
        || (numFmtId >= 50 && numFmtId <= 58))
        return XlsxDateKind::Date;
    if ((numFmtId >= 18 && numFmtId <= 21) || (numFmtId >= 32 && numFmtId <= 35) || (numFmtId >= 45 && numFmtId <= 47))
        return XlsxDateKind::Time;
    if (numFmtId == 22)
        return XlsxDateKind::DateTime;
    return XlsxDateKind::None;
}

XlsxDateKind xlsxFormatCodeDateKind(QStringView code)
{
    bool hasDate = false;
    bool hasTime = false;
    // 'm' is a month unless it follows an hour or precedes seconds; decided when the next
    // token arrives, so remember the pending one.
    bool pendingM = false;
    bool lastWasHour = false;
    const auto resolvePending = [&](bool nextIsSeconds) {
        if (!pendingM)
            return;
        if (lastWasHour || nextIsSeconds)
            hasTime = true;
        else
            hasDate = true;
        pendingM = false;
        lastWasHour = false;
    };

    const qsizetype n = code.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = code.at(i);
        const char16_t lower = c.toLower().unicode();
        if (c == u'"') { // literal text
            const qsizetype end = code.indexOf(u'"', i + 1);
            i = end < 0 ? n : end;
            continue;
        }
        if (c == u'\\' || c == u'_' || c == u'*') { // escaped, padding and fill characters
            ++i;
            continue;
        }
        if (c == u'[') { // colours, conditions, locales, elapsed time
            const qsizetype end = code.indexOf(u']', i + 1);
            i = end < 0 ? n : end;
            continue;
        }
        if (c == u';') // later sections are for negatives, zero and text
            break;
        if (lower == u'g' && code.mid(i, 7).compare(u"general", Qt::CaseInsensitive) == 0) {
            i += 6;
            continue;
        }
        if (lower == u'a') {
            if (code.mid(i, 5).compare(u"am/pm", Qt::CaseInsensitive) == 0) {
                hasTime = true;
                i += 4;
                continue;
            }
            if (code.mid(i, 3).compare(u"a/p", Qt::CaseInsensitive) == 0) {
                hasTime = true;
                i += 2;
                continue;
            }
            continue;
        }
        switch (lower) {
        case u'y':
        case u'd':
            resolvePending(false);
            hasDate = true;
            lastWasHour = false;
            break;
        case u'e': {
            // "0.0E+00" is scientific notation, a lone e is the era year.
            const QChar next = i + 1 < n ? code.at(i + 1) : QChar();
            if (next == u'+' || next == u'-')
                break;
            resolvePending(false);
            hasDate = true;
            lastWasHour = false;
            break;
        }
        case u'h':
            resolvePending(false);
            hasTime = true;
            lastWasHour = true;
            break;
        case u's':
            resolvePending(true);
            hasTime = true;
            lastWasHour = false;
            break;
        case u'm':
            if (!pendingM) {
                pendingM = true;
            }
            // Runs like "mm" are one token: skip the rest of the run.
            while (i + 1 < n && code.at(i + 1).toLower() == u'm')
                ++i;
            break;
        default: break;
        }
    }
    resolvePending(false);

    if (hasDate && hasTime)
        return XlsxDateKind::DateTime;
    if (hasDate)
        return XlsxDateKind::Date;
    if (hasTime)
        return XlsxDateKind::Time;
    return XlsxDateKind::None;
}

std::optional<QDateTime> xlsxSerialToDateTime(double serial, bool date1904)
{
    constexpr qint64 MsPerDay = 86400000;
    constexpr double MaxSerial1900 = 2958466.0; // 10000-01-01
    if (!std::isfinite(serial) || serial < 0)
        return std::nullopt;
    const double max = date1904 ? MaxSerial1900 - 1462 : MaxSerial1900;
    if (serial >= max)
        return std::nullopt;
    const qint64 totalMs = std::llround(serial * double(MsPerDay));
    qint64 days = totalMs / MsPerDay;
    const qint64 msOfDay = totalMs % MsPerDay;
    QDate date;
    if (date1904) {
        date = QDate(1904, 1, 1).addDays(days);
    } else {
        if (days == 60)
            return std::nullopt;
        // Excel counts 1900-02-29, which never existed: serials before it are off by one.
        date = days < 60 ? QDate(1899, 12, 31).addDays(days) : QDate(1899, 12, 30).addDays(days);
    }
    if (!date.isValid() || date.year() > 9999)
        return std::nullopt;
    return QDateTime(date, QTime::fromMSecsSinceStartOfDay(int(msOfDay)), Qt::UTC);
}

} // namespace jl::io
