#pragma once

// Streaming reader for Excel workbooks (.xlsx) that come from other systems.
// The archive is validated by SafeZipArchive before anything is parsed; workbook, relationships,
// styles and shared strings are read in memory within their limits; sheet rows are parsed one at
// a time straight from the inflating device, so memory does not grow with the sheet.
// Any DTD in any part is rejected (QXmlStreamReader would expand entities quadratically).
//
// Rows: readRow() returns the rows that hold at least one value, in file order; rows without
// values (missing or only formatted) are skipped and rowNumber() gives the Excel row number, so
// callers see gaps. A row's list is as long as its last non-empty column; missing cells are Empty.
//
// Dates: a number whose cell format (styles.xml cellXfs → numFmtId) is a date or time format
// becomes Date, DateTime or Time (UTC, no offset). A time-formatted value of a day or more is a
// DateTime. Serials that are no real date (negative, after 9999-12-31, or the 1900 system's
// fictitious 1900-02-29, serial 60) stay Numbers; serial 60 shows as "1900-02-29".
//
//     XlsxReader reader;
//     XlsxError error;
//     if (!reader.open(path, &error) || !reader.openSheet(sheetName, &error))
//         return show(error.message);
//     QList<XlsxCell> cells;
//     while (reader.readRow(cells))
//         use(reader.rowNumber(), cells); // progress: bytesRead() / bytesTotal()
//     if (reader.hasError())
//         return show(reader.error().message);

#include "SafeZipArchive.h"
#include "XlsxNumberFormat.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

class QXmlStreamReader;

namespace jl::io {

struct XlsxCell
{
    enum class Type { Empty, Text, Number, Boolean, Date, DateTime, Time, Error };
    Type type = Type::Empty;
    // QString (Text, Error), double (Number), bool, QDate, QDateTime (UTC), QTime; invalid if Empty.
    QVariant value;
    // What a user reads: the text, numbers with up to 15 significant digits, ISO dates.
    QString text;
    // The stored number for Number, Date, DateTime and Time (Excel's serial for dates).
    double number = 0;

    bool isEmpty() const { return type == Type::Empty; }
};

struct XlsxError
{
    enum class Kind {
        None,
        CannotRead,
        NotZip,
        LegacyOrEncrypted, // .xls or a password-protected workbook (an OLE file)
        NotWorkbook, // a ZIP without a workbook part
        UnsafeArchive, // names, duplicates, symlinks, encryption, too many entries
        TooLarge, // size or compression-ratio limit
        Damaged, // malformed XML, bad references, checksum errors
        DtdForbidden,
        MissingPart,
        NoSuchSheet,
    };
    Kind kind = Kind::None;
    QString file; // the workbook's file name (no directory)
    QString entry; // the part inside the archive, when one is concerned
    qint64 row = 0; // the Excel row number while reading a sheet, else 0
    QString message; // a complete, translated sentence naming the file and what to do

    bool isError() const { return kind != Kind::None; }
};

struct XlsxLimits
{
    ZipLimits zip;
    qint64 maxSheetSize = qint64(2) << 30;
    qint64 maxSharedStringsSize = qint64(256) << 20;
    qint64 maxStylesSize = qint64(32) << 20;
    qint64 maxWorkbookSize = qint64(32) << 20; // workbook.xml and the relationship parts
};

class XlsxReader
{
public:
    explicit XlsxReader(const XlsxLimits &limits = {});
    ~XlsxReader();
    XlsxReader(const XlsxReader &) = delete;
    XlsxReader &operator=(const XlsxReader &) = delete;

    bool open(const QString &path, XlsxError *error = nullptr);
    void close();
    bool isOpen() const;

    QStringList sheetNames() const; // worksheets in workbook order (chart sheets are left out)
    QString sheetPart(int index) const; // e.g. xl/worksheets/sheet1.xml
    bool isDate1904() const { return m_date1904; }

    // Loads shared strings and styles on first use, then positions before the first row.
    bool openSheet(int index, XlsxError *error = nullptr);
    // Exact name first, then case-insensitive (Excel's sheet names are).
    bool openSheet(const QString &name, XlsxError *error = nullptr);
    int currentSheet() const { return m_sheet; }

    // The next row with values; false at the end of the sheet or on an error (see hasError()).
    bool readRow(QList<XlsxCell> &cells);
    qint64 rowNumber() const { return m_rowNumber; }
    bool atEnd() const { return m_finished; }

    // Progress through the sheet part: inflated bytes parsed so far and its uncompressed size.
    qint64 bytesRead() const;
    qint64 bytesTotal() const { return m_sheetSize; }

    bool hasError() const { return m_error.isError(); }
    const XlsxError &error() const { return m_error; }

    // The archive underneath (for diagnostics and tests: bytesInflated()).
    const SafeZipArchive &archive() const { return m_zip; }

private:
    struct Sheet
    {
        QString name;
        QString part;
    };

    bool fail(XlsxError::Kind kind, const QString &entry, const QString &message, XlsxError *out);
    bool failZip(const ZipError &zipError, XlsxError *out);
    bool failXml(const QXmlStreamReader &xml, const QString &entry, XlsxError *out);
    bool readSmallPart(const QString &part, qint64 limit, QByteArray *data, XlsxError *out);
    bool loadWorkbook(XlsxError *out);
    bool loadSharedStrings(XlsxError *out);
    bool loadStyles(XlsxError *out);
    bool parseRow(QList<XlsxCell> &cells);
    bool parseCell(QList<XlsxCell> &cells, int *nextColumn);
    bool finishSheet();
    XlsxCell makeNumberCell(const QString &raw, int style, bool *ok) const;

    XlsxLimits m_limits;
    SafeZipArchive m_zip;
    QString m_path;
    QString m_fileName;
    QList<Sheet> m_sheets;
    QString m_sharedStringsPart;
    QString m_stylesPart;
    bool m_date1904 = false;
    bool m_sharedLoaded = false;
    QStringList m_sharedStrings;
    QList<XlsxDateKind> m_xfKinds;

    int m_sheet = -1;
    std::unique_ptr<QIODevice> m_device;
    std::unique_ptr<QXmlStreamReader> m_xml;
    qint64 m_sheetSize = 0;
    qint64 m_rowNumber = 0;
    bool m_inSheetData = false;
    bool m_finished = false;
    XlsxError m_error;
};

} // namespace jl::io
