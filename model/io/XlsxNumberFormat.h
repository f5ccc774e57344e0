#pragma once

// Excel number formats as far as an importer needs them: which formats turn a stored number
// into a date, a time or both, and how Excel's serial numbers map to dates (1900 and 1904).

#include <QDateTime>
#include <QStringView>

#include <optional>

namespace jl::io {

enum class XlsxDateKind {
    None, // a plain number
    Date,
    DateTime,
    Time,
};

// Built-in format ids: 14–17 and the East Asian 27–31, 36, 50–58 are dates, 18–21, 32–35 and
// 45–47 times, 22 a date with time.
XlsxDateKind xlsxBuiltinDateKind(int numFmtId);

// A custom format code: date tokens (y, d, m as month) and time tokens (h, s, m as minutes,
// AM/PM) outside quotes, brackets and escapes. Only the first section (positive numbers) counts.
XlsxDateKind xlsxFormatCodeDateKind(QStringView formatCode);

// A serial number as a UTC date-time; nullopt for negative serials, serials after 9999-12-31
// and the 1900 system's fictitious 1900-02-29 (serial 60), which is no real date.
// In the 1900 system serials below 60 are one day later than the plain count from 1899-12-30.
std::optional<QDateTime> xlsxSerialToDateTime(double serial, bool date1904);

} // namespace jl::io
