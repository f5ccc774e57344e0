#pragma once

// Writes ZIP archives and minimal XLSX workbooks for the reader tests, hostile ones included.

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace jl::test {

struct ZipEntrySpec
{
    ZipEntrySpec(const QString &entryName, const QByteArray &entryData = {}, qint64 zeros = 0)
        : name(entryName),
          data(entryData),
          extraZeros(zeros)
    {
    }

    QString name;
    QByteArray data;
    qint64 extraZeros = 0; // appended zero bytes, streamed (bombs without the memory)
    quint32 externalAttr = 0;
    // Raw mode: the central directory claims this size and CRC whatever the data is.
    std::optional<quint32> claimedSize;
    quint32 claimedCrc = 0;
};

bool writeZip(const QString &path, const QList<ZipEntrySpec> &entries);

struct XlsxSpec
{
    QList<QPair<QString, QByteArray>> sheets; // name, the XML inside <sheetData>
    QStringList sharedStrings; // each a complete <si>…</si> element
    QByteArray numFmts; // <numFmt …/> elements
    QList<int> cellXfNumFmts{0}; // numFmtId of each cellXfs entry
    bool date1904 = false;
};

// The parts of a minimal valid workbook, in writing order.
QList<ZipEntrySpec> xlsxEntries(const XlsxSpec &spec);

} // namespace jl::test
