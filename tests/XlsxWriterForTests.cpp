#include "XlsxWriterForTests.h"

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

namespace jl::test {

bool writeZip(const QString &path, const QList<ZipEntrySpec> &entries)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (const ZipEntrySpec &spec : entries) {
        QuaZipNewInfo info(spec.name);
        info.externalAttr = spec.externalAttr;
        QuaZipFile file(&zip);
        bool ok = false;
        if (spec.claimedSize) {
            QByteArray all = spec.data;
            all.append(QByteArray(spec.extraZeros, '\0'));
            const QByteArray zlib = qCompress(all, 9);
            // qCompress: 4-byte length, 2-byte zlib header, raw deflate, 4-byte Adler-32.
            const QByteArray deflate = zlib.mid(6, zlib.size() - 10);
            info.uncompressedSize = *spec.claimedSize;
            ok = file.open(QIODevice::WriteOnly, info, nullptr, spec.claimedCrc, Z_DEFLATED, 9, true)
                && file.write(deflate) == deflate.size();
        } else {
            ok = file.open(QIODevice::WriteOnly, info, nullptr, 0, Z_DEFLATED, 9)
                && file.write(spec.data) == spec.data.size();
            const QByteArray zeros(1 << 20, '\0');
            for (qint64 left = spec.extraZeros; ok && left > 0; left -= zeros.size()) {
                const qint64 n = std::min<qint64>(left, zeros.size());
                ok = file.write(zeros.constData(), n) == n;
            }
        }
        file.close();
        if (!ok || file.getZipError() != 0)
            return false;
    }
    zip.close();
    return zip.getZipError() == 0;
}

QList<ZipEntrySpec> xlsxEntries(const XlsxSpec &spec)
{
    QList<ZipEntrySpec> entries;
    QByteArray types =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        "<Override PartName=\"/xl/workbook.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
        "</Types>";
    entries << ZipEntrySpec{QStringLiteral("[Content_Types].xml"), types};
    entries << ZipEntrySpec{
        QStringLiteral("_rels/.rels"),
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" "
        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
        "Target=\"xl/workbook.xml\"/></Relationships>"};

    QByteArray workbook = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                          "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                          "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">";
    workbook += spec.date1904 ? "<workbookPr date1904=\"1\"/>" : "<workbookPr/>";
    workbook += "<sheets>";
    QByteArray rels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
    for (qsizetype i = 0; i < spec.sheets.size(); ++i) {
        const QByteArray n = QByteArray::number(i + 1);
        workbook +=
            "<sheet name=\"" + spec.sheets.at(i).first.toUtf8() + "\" sheetId=\"" + n + "\" r:id=\"rId" + n + "\"/>";
        rels += "<Relationship Id=\"rId" + n
            + "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
              "Target=\"worksheets/sheet"
            + n + ".xml\"/>";
    }
    workbook += "</sheets></workbook>";
    rels +=
        "<Relationship Id=\"rIdS\" "
        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" "
        "Target=\"sharedStrings.xml\"/>"
        "<Relationship Id=\"rIdT\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
        "Target=\"styles.xml\"/></Relationships>";
    entries << ZipEntrySpec{QStringLiteral("xl/workbook.xml"), workbook};
    entries << ZipEntrySpec{QStringLiteral("xl/_rels/workbook.xml.rels"), rels};

    for (qsizetype i = 0; i < spec.sheets.size(); ++i) {
        QByteArray sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                           "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                           "<sheetData>"
            + spec.sheets.at(i).second + "</sheetData></worksheet>";
        entries << ZipEntrySpec{QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1), sheet};
    }

    QByteArray shared = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">";
    for (const QString &si : spec.sharedStrings)
        shared += si.toUtf8();
    shared += "</sst>";
    entries << ZipEntrySpec{QStringLiteral("xl/sharedStrings.xml"), shared};

    QByteArray styles = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">";
    if (!spec.numFmts.isEmpty())
        styles += "<numFmts>" + spec.numFmts + "</numFmts>";
    styles += "<cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs><cellXfs>";
    for (const int id : spec.cellXfNumFmts)
        styles += "<xf numFmtId=\"" + QByteArray::number(id) + "\" applyNumberFormat=\"1\"/>";
    styles += "</cellXfs></styleSheet>";
    entries << ZipEntrySpec{QStringLiteral("xl/styles.xml"), styles};
    return entries;
}

} // namespace jl::test
