// The streaming XLSX reader and the safe ZIP layer under it, with fixtures written by QuaZip.

#include "XlsxWriterForTests.h"
#include "io/SafeZipArchive.h"
#include "io/XlsxNumberFormat.h"
#include "io/XlsxReader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace jl::io;
using jl::test::XlsxSpec;
using jl::test::ZipEntrySpec;

namespace {

QByteArray cellS(const char *ref, int index, int style = 0)
{
    return "<c r=\"" + QByteArray(ref) + "\" t=\"s\" s=\"" + QByteArray::number(style) + "\"><v>"
        + QByteArray::number(index) + "</v></c>";
}

QByteArray cellN(const char *ref, const QByteArray &value, int style = 0)
{
    return "<c r=\"" + QByteArray(ref) + "\" s=\"" + QByteArray::number(style) + "\"><v>" + value + "</v></c>";
}

void replaceEntry(QList<ZipEntrySpec> &entries, const QString &name, const QByteArray &data)
{
    for (ZipEntrySpec &entry : entries) {
        if (entry.name == name) {
            entry.data = data;
            return;
        }
    }
    QFAIL("no such entry");
}

QByteArray sheetXml(const QByteArray &sheetData)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
        + sheetData + "</sheetData></worksheet>";
}

} // namespace

class TestXlsxReader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString write(const QList<ZipEntrySpec> &entries, const QString &fileName = {})
    {
        const QString path =
            m_dir.filePath(fileName.isEmpty() ? QStringLiteral("book%1.xlsx").arg(++m_counter) : fileName);
        QFile::remove(path);
        if (!jl::test::writeZip(path, entries))
            return {};
        return path;
    }
    QString write(const XlsxSpec &spec, const QString &fileName = {})
    {
        return write(jl::test::xlsxEntries(spec), fileName);
    }

    // Opens the workbook and its first sheet, failing the test otherwise.
    bool openFirst(XlsxReader &reader, const QString &path)
    {
        XlsxError error;
        if (!reader.open(path, &error)) {
            qWarning() << error.message;
            return false;
        }
        if (!reader.openSheet(0, &error)) {
            qWarning() << error.message;
            return false;
        }
        return true;
    }

    // The first sheet's rows; fails on a read error.
    QList<QList<XlsxCell>> allRows(const QString &path, XlsxReader &reader, QList<qint64> *rowNumbers = nullptr)
    {
        QList<QList<XlsxCell>> rows;
        if (!openFirst(reader, path))
            return rows;
        QList<XlsxCell> cells;
        while (reader.readRow(cells)) {
            rows << cells;
            if (rowNumbers)
                *rowNumbers << reader.rowNumber();
        }
        return rows;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void strings()
    {
        XlsxSpec spec;
        spec.sharedStrings = {
            QStringLiteral("<si><t>Kunde</t></si>"),
            QStringLiteral("<si><r><rPr><b/></rPr><t xml:space=\"preserve\">Müller </t></r><r><t>&amp; Söhne</t></r>"
                           "<rPh sb=\"0\" eb=\"1\"><t>ミュラー</t></rPh></si>"),
            QStringLiteral("<si><t xml:space=\"preserve\">  padded  </t></si>"),
            QStringLiteral("<si><t>line_x000D_break</t></si>"),
        };
        spec.sheets = {{QStringLiteral("Data"),
                        "<row r=\"1\">" + cellS("A1", 0) + cellS("B1", 1) + cellS("C1", 2) + cellS("D1", 3)
                            + "<c r=\"E1\" t=\"inlineStr\"><is><t>inline</t></is></c>"
                              "<c r=\"F1\" t=\"inlineStr\"><is><r><t>ri</t></r><r><t>ch</t></r></is></c>"
                              "<c r=\"G1\" t=\"str\"><f>CONCAT(\"a\",\"b\")</f><v>ab</v></c></row>"}};
        XlsxReader reader;
        const QList<QList<XlsxCell>> rows = allRows(write(spec), reader);
        QVERIFY(!reader.hasError());
        QCOMPARE(rows.size(), 1);
        const QList<XlsxCell> &row = rows.first();
        QCOMPARE(row.size(), 7);
        const QStringList expected{QStringLiteral("Kunde"),      QStringLiteral("Müller & Söhne"),
                                   QStringLiteral("  padded  "), QStringLiteral("line\rbreak"),
                                   QStringLiteral("inline"),     QStringLiteral("rich"),
                                   QStringLiteral("ab")};
        for (int i = 0; i < expected.size(); ++i) {
            QCOMPARE(row.at(i).type, XlsxCell::Type::Text);
            QCOMPARE(row.at(i).text, expected.at(i));
            QCOMPARE(row.at(i).value.toString(), expected.at(i));
        }
    }

    void numbersBooleansErrorsEmpty()
    {
        XlsxSpec spec;
        spec.sheets = {{QStringLiteral("Data"),
                        "<row r=\"1\">" + cellN("A1", "42") + cellN("B1", "-3.25") + cellN("C1", "1.5E3")
                            + "<c r=\"D1\" t=\"b\"><v>1</v></c><c r=\"E1\" t=\"b\"><v>0</v></c>"
                              "<c r=\"F1\" t=\"e\"><v>#N/A</v></c><c r=\"G1\" s=\"0\"/>"
                              "<c r=\"H1\"><f>A1*2</f></c>"
                            + cellN("I1", "0.1")
                            + "<c r=\"J1\" t=\"d\"><v>2024-02-29</v></c>"
                              "<c r=\"K1\" t=\"d\"><v>2024-02-29T13:45:10+01:00</v></c></row>"}};
        XlsxReader reader;
        const QList<QList<XlsxCell>> rows = allRows(write(spec), reader);
        QVERIFY(!reader.hasError());
        QCOMPARE(rows.size(), 1);
        const QList<XlsxCell> &row = rows.first();
        QCOMPARE(row.size(), 11);
        QCOMPARE(row.at(0).type, XlsxCell::Type::Number);
        QCOMPARE(row.at(0).value.toDouble(), 42.0);
        QCOMPARE(row.at(0).text, QStringLiteral("42"));
        QCOMPARE(row.at(1).value.toDouble(), -3.25);
        QCOMPARE(row.at(2).value.toDouble(), 1500.0);
        QCOMPARE(row.at(2).text, QStringLiteral("1500"));
        QCOMPARE(row.at(3).type, XlsxCell::Type::Boolean);
        QCOMPARE(row.at(3).value.toBool(), true);
        QCOMPARE(row.at(4).type, XlsxCell::Type::Boolean);
        QCOMPARE(row.at(4).value.toBool(), false);
        QCOMPARE(row.at(4).text, QStringLiteral("FALSE"));
        QCOMPARE(row.at(5).type, XlsxCell::Type::Error);
        QCOMPARE(row.at(5).text, QStringLiteral("#N/A"));
        QVERIFY(row.at(6).isEmpty()); // styled cell without a value
        QVERIFY(row.at(7).isEmpty()); // formula without a cached value
        QVERIFY(!row.at(7).value.isValid());
        QCOMPARE(row.at(8).text, QStringLiteral("0.1"));
        QCOMPARE(row.at(9).type, XlsxCell::Type::Date);
        QCOMPARE(row.at(9).value, QVariant(QDate(2024, 2, 29)));
        QCOMPARE(row.at(10).type, XlsxCell::Type::DateTime);
        QCOMPARE(row.at(10).text, QStringLiteral("2024-02-29 12:45:10"));
    }

    void sparseCellsAndRows()
    {
        XlsxSpec spec;
        spec.sharedStrings = {QStringLiteral("<si><t>x</t></si>")};
        spec.sheets = {{QStringLiteral("Data"),
                        "<row r=\"2\">" + cellN("C2", "3") + cellN("AA2", "27")
                            + "</row>"
                              "<row r=\"3\" ht=\"20\" customHeight=\"1\"/>" // formatted, no values
                              "<row r=\"4\"><c r=\"B4\" s=\"0\"/></row>" // styled empty cell only
                              "<row r=\"7\">"
                            + cellS("B7", 0) + "<c><v>5</v></c>" + cellN("E7", "6")
                            + "</row>"
                              "<row><c r=\"A8\"><v>8</v></c></row>"}};
        XlsxReader reader;
        QList<qint64> numbers;
        const QList<QList<XlsxCell>> rows = allRows(write(spec), reader, &numbers);
        QVERIFY(!reader.hasError());
        QVERIFY(reader.atEnd());
        QCOMPARE(rows.size(), 3);
        QCOMPARE(numbers, (QList<qint64>{2, 7, 8}));
        QCOMPARE(rows.at(0).size(), 27);
        QVERIFY(rows.at(0).at(0).isEmpty());
        QVERIFY(rows.at(0).at(1).isEmpty());
        QCOMPARE(rows.at(0).at(2).value.toDouble(), 3.0);
        QVERIFY(rows.at(0).at(25).isEmpty());
        QCOMPARE(rows.at(0).at(26).value.toDouble(), 27.0);
        // A cell without a reference follows the previous one.
        QCOMPARE(rows.at(1).size(), 5);
        QCOMPARE(rows.at(1).at(1).text, QStringLiteral("x"));
        QCOMPARE(rows.at(1).at(2).value.toDouble(), 5.0);
        QVERIFY(rows.at(1).at(3).isEmpty());
        QCOMPARE(rows.at(1).at(4).value.toDouble(), 6.0);
        QCOMPARE(rows.at(2).size(), 1);
        QCOMPARE(rows.at(2).at(0).text, QStringLiteral("8"));
        // Progress reaches the whole part.
        QVERIFY(reader.bytesTotal() > 0);
        QCOMPARE(reader.bytesRead(), reader.bytesTotal());
        QList<XlsxCell> cells;
        QVERIFY(!reader.readRow(cells));
        QVERIFY(!reader.hasError());
    }

    void sheetsByNameAndIndex()
    {
        XlsxSpec spec;
        spec.sheets = {{QStringLiteral("Orders"), "<row r=\"1\">" + cellN("A1", "1") + "</row>"},
                       {QStringLiteral("Kunden 2024"),
                        "<row r=\"1\">" + cellN("A1", "2")
                            + "</row>"
                              "<row r=\"2\">"
                            + cellN("A2", "3") + "</row>"}};
        const QString path = write(spec);
        XlsxReader reader;
        XlsxError error;
        QVERIFY(reader.open(path, &error));
        QCOMPARE(reader.sheetNames(), (QStringList{QStringLiteral("Orders"), QStringLiteral("Kunden 2024")}));
        QCOMPARE(reader.sheetPart(1), QStringLiteral("xl/worksheets/sheet2.xml"));
        QVERIFY(!reader.isDate1904());

        QList<XlsxCell> cells;
        QVERIFY(reader.openSheet(QStringLiteral("kunden 2024"), &error));
        QCOMPARE(reader.currentSheet(), 1);
        QVERIFY(reader.readRow(cells));
        QCOMPARE(cells.at(0).value.toDouble(), 2.0);
        QVERIFY(reader.readRow(cells));
        QCOMPARE(cells.at(0).value.toDouble(), 3.0);
        QVERIFY(!reader.readRow(cells));

        QVERIFY(reader.openSheet(0, &error));
        QVERIFY(reader.readRow(cells));
        QCOMPARE(cells.at(0).value.toDouble(), 1.0);
        QCOMPARE(reader.rowNumber(), 1);

        QVERIFY(!reader.openSheet(QStringLiteral("Invoices"), &error));
        QCOMPARE(error.kind, XlsxError::Kind::NoSuchSheet);
        QVERIFY(error.message.contains(QStringLiteral("Invoices")));
        QVERIFY(error.message.contains(QStringLiteral("Orders")));
        QVERIFY(!reader.openSheet(2, &error));
        QCOMPARE(error.kind, XlsxError::Kind::NoSuchSheet);
    }

    void chartSheetsAndPackageVariants()
    {
        // A chart sheet between two worksheets is left out; no _rels/.rels falls back to xl/workbook.xml.
        XlsxSpec spec;
        spec.sheets = {{QStringLiteral("First"), "<row r=\"1\">" + cellN("A1", "1") + "</row>"},
                       {QStringLiteral("Second"), "<row r=\"1\">" + cellN("A1", "2") + "</row>"}};
        QList<ZipEntrySpec> entries = jl::test::xlsxEntries(spec);
        entries.removeIf([](const ZipEntrySpec &e) { return e.name == u"_rels/.rels"; });
        for (ZipEntrySpec &entry : entries) {
            if (entry.name == u"xl/workbook.xml")
                entry.data.replace("<sheet name=\"Second\"",
                                   "<sheet name=\"Chart\" sheetId=\"9\" r:id=\"rIdC\"/><sheet name=\"Second\"");
            if (entry.name == u"xl/_rels/workbook.xml.rels")
                entry.data.replace(
                    "</Relationships>",
                    "<Relationship Id=\"rIdC\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
                    "2006/relationships/chartsheet\" Target=\"chartsheets/sheet1.xml\"/></Relationships>");
        }
        XlsxReader reader;
        XlsxError error;
        QVERIFY(reader.open(write(entries), &error));
        QCOMPARE(reader.sheetNames(), (QStringList{QStringLiteral("First"), QStringLiteral("Second")}));
        QVERIFY(reader.openSheet(QStringLiteral("Second"), &error));
        QList<XlsxCell> cells;
        QVERIFY(reader.readRow(cells));
        QCOMPARE(cells.first().value.toDouble(), 2.0);

        // The workbook's relationships are required.
        entries.removeIf([](const ZipEntrySpec &e) { return e.name == u"xl/_rels/workbook.xml.rels"; });
        QVERIFY(!reader.open(write(entries), &error));
        QCOMPARE(error.kind, XlsxError::Kind::MissingPart);
        QCOMPARE(error.entry, QStringLiteral("xl/_rels/workbook.xml.rels"));
    }

    void dates1900_data()
    {
        QTest::addColumn<QByteArray>("serial");
        QTest::addColumn<int>("numFmt");
        QTest::addColumn<int>("type");
        QTest::addColumn<QVariant>("expected");
        QTest::addColumn<QString>("text");
        using T = XlsxCell::Type;
        QTest::newRow("serial 1") << QByteArray("1") << 14 << int(T::Date) << QVariant(QDate(1900, 1, 1))
                                  << QStringLiteral("1900-01-01");
        QTest::newRow("serial 59") << QByteArray("59") << 14 << int(T::Date) << QVariant(QDate(1900, 2, 28))
                                   << QStringLiteral("1900-02-28");
        QTest::newRow("serial 60 (fictitious)")
            << QByteArray("60") << 14 << int(T::Number) << QVariant(60.0) << QStringLiteral("1900-02-29");
        QTest::newRow("serial 61") << QByteArray("61") << 14 << int(T::Date) << QVariant(QDate(1900, 3, 1))
                                   << QStringLiteral("1900-03-01");
        QTest::newRow("serial 45000") << QByteArray("45000") << 14 << int(T::Date) << QVariant(QDate(2023, 3, 15))
                                      << QStringLiteral("2023-03-15");
        QTest::newRow("date-time 22") << QByteArray("45000.75") << 22 << int(T::DateTime)
                                      << QVariant(QDateTime(QDate(2023, 3, 15), QTime(18, 0), QTimeZone::utc()))
                                      << QStringLiteral("2023-03-15 18:00:00");
        QTest::newRow("date-time with fraction")
            << QByteArray("45000.604166666664") << 22 << int(T::DateTime)
            << QVariant(QDateTime(QDate(2023, 3, 15), QTime(14, 30), QTimeZone::utc()))
            << QStringLiteral("2023-03-15 14:30:00");
        QTest::newRow("date-time with milliseconds")
            << QByteArray("45000.5000057870") << 22 << int(T::DateTime)
            << QVariant(QDateTime(QDate(2023, 3, 15), QTime(12, 0, 0, 500), QTimeZone::utc()))
            << QStringLiteral("2023-03-15 12:00:00.500");
        QTest::newRow("time 21") << QByteArray("0.5") << 21 << int(T::Time) << QVariant(QTime(12, 0))
                                 << QStringLiteral("12:00:00");
        QTest::newRow("plain number 0") << QByteArray("45000") << 0 << int(T::Number) << QVariant(45000.0)
                                        << QStringLiteral("45000");
        QTest::newRow("percent 10") << QByteArray("0.25") << 10 << int(T::Number) << QVariant(0.25)
                                    << QStringLiteral("0.25");
        QTest::newRow("negative date") << QByteArray("-5") << 14 << int(T::Number) << QVariant(-5.0)
                                       << QStringLiteral("-5");
    }

    void dates1900()
    {
        QFETCH(QByteArray, serial);
        QFETCH(int, numFmt);
        QFETCH(int, type);
        QFETCH(QVariant, expected);
        QFETCH(QString, text);
        XlsxSpec spec;
        spec.cellXfNumFmts = {0, numFmt};
        spec.sheets = {{QStringLiteral("Data"), "<row r=\"1\">" + cellN("A1", serial, 1) + "</row>"}};
        XlsxReader reader;
        const QList<QList<XlsxCell>> rows = allRows(write(spec), reader);
        QVERIFY(!reader.hasError());
        QCOMPARE(rows.size(), 1);
        const XlsxCell &cell = rows.first().first();
        QCOMPARE(int(cell.type), type);
        QCOMPARE(cell.value, expected);
        QCOMPARE(cell.text, text);
        QCOMPARE(cell.number, serial.toDouble());
        if (cell.type == XlsxCell::Type::DateTime)
            QCOMPARE(cell.value.toDateTime().timeSpec(), Qt::UTC);
    }

    void dates1904()
    {
        XlsxSpec spec;
        spec.date1904 = true;
        spec.cellXfNumFmts = {0, 14, 22};
        // 2023-03-15 is 45000 in the 1900 system and 1462 days less in the 1904 system.
        spec.sheets = {{QStringLiteral("Data"),
                        "<row r=\"1\">" + cellN("A1", "43538", 1) + cellN("B1", "0", 1) + cellN("C1", "43538.25", 2)
                            + cellN("D1", "60", 1) + "</row>"}};
        XlsxReader reader;
        const QList<QList<XlsxCell>> rows = allRows(write(spec), reader);
        QVERIFY(reader.isDate1904());
        QVERIFY(!reader.hasError());
        const QList<XlsxCell> &row = rows.first();
        QCOMPARE(row.at(0).value, QVariant(QDate(2023, 3, 15)));
        QCOMPARE(row.at(1).value, QVariant(QDate(1904, 1, 1)));
        QCOMPARE(row.at(2).value, QVariant(QDateTime(QDate(2023, 3, 15), QTime(6, 0), QTimeZone::utc())));
        QCOMPARE(row.at(3).value, QVariant(QDate(1904, 3, 1))); // no fictitious day in 1904
    }

    void customFormats()
    {
        XlsxSpec spec;
        spec.numFmts = "<numFmt numFmtId=\"164\" formatCode=\"yyyy\\-mm\\-dd\"/>"
                       "<numFmt numFmtId=\"165\" formatCode=\"#,##0.00\"/>"
                       "<numFmt numFmtId=\"166\" formatCode=\"[$-407]dd.mm.yyyy\\ hh:mm\"/>"
                       "<numFmt numFmtId=\"167\" formatCode=\"h:mm AM/PM\"/>"
                       "<numFmt numFmtId=\"168\" formatCode=\"0 &quot;days&quot;\"/>"
                       "<numFmt numFmtId=\"169\" formatCode=\"[Red]0.00E+00\"/>";
        spec.cellXfNumFmts = {0, 164, 165, 166, 167, 168, 169};
        spec.sheets = {{QStringLiteral("Data"),
                        "<row r=\"1\">" + cellN("A1", "45000", 1) + cellN("B1", "45000", 2) + cellN("C1", "45000.5", 3)
                            + cellN("D1", "0.75", 4) + cellN("E1", "45000", 5) + cellN("F1", "45000", 6) + "</row>"}};
        XlsxReader reader;
        const QList<QList<XlsxCell>> rows = allRows(write(spec), reader);
        QVERIFY(!reader.hasError());
        const QList<XlsxCell> &row = rows.first();
        QCOMPARE(row.at(0).type, XlsxCell::Type::Date);
        QCOMPARE(row.at(0).value, QVariant(QDate(2023, 3, 15)));
        QCOMPARE(row.at(1).type, XlsxCell::Type::Number);
        QCOMPARE(row.at(2).type, XlsxCell::Type::DateTime);
        QCOMPARE(row.at(2).text, QStringLiteral("2023-03-15 12:00:00"));
        QCOMPARE(row.at(3).type, XlsxCell::Type::Time);
        QCOMPARE(row.at(3).value, QVariant(QTime(18, 0)));
        QCOMPARE(row.at(4).type, XlsxCell::Type::Number);
        QCOMPARE(row.at(5).type, XlsxCell::Type::Number);
    }

    void formatCodeKinds_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("kind");
        using K = XlsxDateKind;
        QTest::newRow("General") << QStringLiteral("General") << int(K::None);
        QTest::newRow("number") << QStringLiteral("#,##0.00") << int(K::None);
        QTest::newRow("scientific") << QStringLiteral("0.00E+00") << int(K::None);
        QTest::newRow("quoted letters") << QStringLiteral("0 \"days, hours\"") << int(K::None);
        QTest::newRow("escaped letters") << QStringLiteral("0\\h") << int(K::None);
        QTest::newRow("currency locale") << QStringLiteral("[$€-407] #,##0.00") << int(K::None);
        QTest::newRow("iso date") << QStringLiteral("yyyy-mm-dd") << int(K::Date);
        QTest::newRow("month name") << QStringLiteral("d-mmm") << int(K::Date);
        QTest::newRow("month only") << QStringLiteral("mmmm") << int(K::Date);
        QTest::newRow("minutes seconds") << QStringLiteral("mm:ss") << int(K::Time);
        QTest::newRow("hours minutes") << QStringLiteral("h:mm") << int(K::Time);
        QTest::newRow("elapsed") << QStringLiteral("[h]:mm:ss") << int(K::Time);
        QTest::newRow("date time") << QStringLiteral("m/d/yy h:mm") << int(K::DateTime);
        QTest::newRow("colour and date") << QStringLiteral("[Blue]dd.mm.yyyy;[Red]General") << int(K::Date);
    }

    void formatCodeKinds()
    {
        QFETCH(QString, code);
        QFETCH(int, kind);
        QCOMPARE(int(xlsxFormatCodeDateKind(code)), kind);
    }

    void progressCounts()
    {
        QByteArray data;
        for (int r = 1; r <= 2000; ++r)
            data += "<row r=\"" + QByteArray::number(r) + "\">" + cellN("A1", QByteArray::number(r)) + "</row>";
        XlsxSpec spec;
        spec.sheets = {{QStringLiteral("Data"), data}};
        XlsxReader reader;
        QVERIFY(openFirst(reader, write(spec)));
        QList<XlsxCell> cells;
        qint64 last = 0;
        int count = 0;
        bool grew = false;
        while (reader.readRow(cells)) {
            ++count;
            QCOMPARE(cells.first().value.toDouble(), double(count));
            QVERIFY(reader.bytesRead() >= last);
            grew = grew || (reader.bytesRead() > last && last > 0);
            last = reader.bytesRead();
            QVERIFY(last <= reader.bytesTotal());
        }
        QVERIFY(!reader.hasError());
        QCOMPARE(count, 2000);
        QVERIFY(grew); // streamed in pieces, not read at once
        QCOMPARE(reader.bytesRead(), reader.bytesTotal());
    }

    // --- errors and hostile files ---

    void notZip()
    {
        const QString path = m_dir.filePath(QStringLiteral("orders.xlsx"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("id;name\n1;Anna\n");
        file.close();
        XlsxReader reader;
        XlsxError error;
        QVERIFY(!reader.open(path, &error));
        QCOMPARE(error.kind, XlsxError::Kind::NotZip);
        QCOMPARE(error.file, QStringLiteral("orders.xlsx"));
        QVERIFY(error.message.contains(QStringLiteral("“orders.xlsx”")));
        QVERIFY(!reader.isOpen());
        QVERIFY(reader.hasError());
    }

    void truncatedFile()
    {
        XlsxSpec spec;
        spec.sheets = {{QStringLiteral("Data"), "<row r=\"1\">" + cellN("A1", "1") + "</row>"}};
        const QString path = write(spec, QStringLiteral("cut.xlsx"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.resize(file.size() / 2)); // the central directory is gone
        file.close();
        XlsxReader reader;
        XlsxError error;
        QVERIFY(!reader.open(path, &error));
        QCOMPARE(error.kind, XlsxError::Kind::Damaged);
        QVERIFY(error.message.contains(QStringLiteral("“cut.xlsx” is not a valid Excel file")));
    }

    void oleFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("legacy.xlsx"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray::fromHex("d0cf11e0a1b11ae1") + QByteArray(512, '\0'));
        file.close();
        XlsxReader reader;
        XlsxError error;
        QVERIFY(!reader.open(path, &error));
        QCOMPARE(error.kind, XlsxError::Kind::LegacyOrEncrypted);
    }

    void missingFile()
    {
        XlsxReader reader;
        XlsxError error;
        QVERIFY(!reader.open(m_dir.filePath(QStringLiteral("nope.xlsx")), &error));
        QCOMPARE(error.kind, XlsxError::Kind::CannotRead);
        QVERIFY(error.message.contains(QStringLiteral("nope.xlsx")));
    }

    void zipWithoutWorkbook()
    {
        const QString path = write({ZipEntrySpec{QStringLiteral("word/document.xml"), "<document/>"},
                                    ZipEntrySpec{QStringLiteral("readme.txt"), "hello"}},
                                   QStringLiteral("letter.xlsx"));
        XlsxReader reader;
        XlsxError error;
        QVERIFY(!reader.open(path, &error));
        QCOMPARE(error.kind, XlsxError::Kind::NotWorkbook);
        QVERIFY(error.message.contains(QStringLiteral("“letter.xlsx”")));
        QVERIFY(error.message.contains(QStringLiteral("xl/workbook.xml")));
    }

    void missingSheetPart()
    {
        XlsxSpec spec;
        spec.sheets = {{QStringLiteral("Data"), "<row r=\"1\">" + cellN("A1", "1") + "</row>"}};
        QList<ZipEntrySpec> entries = jl::test::xlsxEntries(spec);
        entries.removeIf([](const ZipEntrySpec &e) { return e.name == u"xl/worksheets/sheet1.xml"; });
        XlsxReader reader;
        XlsxError error;
        QVERIFY(reader.open(write(entries), &error));
        QCOMPARE(reader.sheetNames(), QStringList{QStringLiteral("Data")});
        QVERIFY(!reader.openSheet(0, &error));
        QCOMPARE(error.kind, XlsxError::Kind::MissingPart);
        QCOMPARE(error.entry, QStringLiteral("xl/worksheets/sheet1.xml"));
        QVERIFY(error.message.contains(QStringLiteral("xl/worksheets/sheet1.xml")));
    }

    void malformedXml()
    {
        XlsxSpec spec;
        spec.sheets = {{QStringLiteral("Data"),
                        "<row r=\"1\">" + cellN("A1", "1") + "</row>\n<row r=\"2\"><c r=\"A2\"><v>2</v></row>"}};
        XlsxReader reader;
        QVERIFY(openFirst(reader, write(spec, QStringLiteral("orders.xlsx"))));
        QList<XlsxCell> cells;
        QVERIFY(reader.readRow(cells));
        QVERIFY(!reader.readRow(cells));
        QVERIFY(reader.hasError());
        const XlsxError &error = reader.error();
        QCOMPARE(error.kind, XlsxError::Kind::Damaged);
        QCOMPARE(error.entry, QStringLiteral("xl/worksheets/sheet1.xml"));
        QCOMPARE(error.row, 2);
        QVERIFY2(error.message.startsWith(QStringLiteral(
                     "“orders.xlsx” is not a valid Excel file: the part xl/worksheets/sheet1.xml is damaged (line 3")),
                 qPrintable(error.message));
        QVERIFY(!reader.readRow(cells)); // stays failed
    }

    void malformedWorkbook()
    {
        XlsxSpec spec;
        QList<ZipEntrySpec> entries = jl::test::xlsxEntries(spec);
        replaceEntry(entries, QStringLiteral("xl/workbook.xml"), "<workbook><sheets></workbook>");
        XlsxReader reader;
        XlsxError error;
        QVERIFY(!reader.open(write(entries), &error));
        QCOMPARE(error.kind, XlsxError::Kind::Damaged);
        QCOMPARE(error.entry, QStringLiteral("xl/workbook.xml"));
    }

    void badSharedStringIndex()
    {
        XlsxSpec spec;
        spec.sharedStrings = {QStringLiteral("<si><t>only</t></si>")};
        spec.sheets = {{QStringLiteral("Data"), "<row r=\"5\">" + cellS("A5", 7) + "</row>"}};
        XlsxReader reader;
        QVERIFY(openFirst(reader, write(spec)));
        QList<XlsxCell> cells;
        QVERIFY(!reader.readRow(cells));
        QCOMPARE(reader.error().kind, XlsxError::Kind::Damaged);
        QCOMPARE(reader.error().row, 5);
    }

    void dtdRejected_data()
    {
        QTest::addColumn<QString>("part");
        QTest::newRow("sheet") << QStringLiteral("xl/worksheets/sheet1.xml");
        QTest::newRow("shared strings") << QStringLiteral("xl/sharedStrings.xml");
        QTest::newRow("workbook") << QStringLiteral("xl/workbook.xml");
        QTest::newRow("root relationships") << QStringLiteral("_rels/.rels");
    }

    void dtdRejected()
    {
        QFETCH(QString, part);
        // The quadratic blow-up: a modest entity referenced many times.
        QByteArray dtd =
            "<?xml version=\"1.0\"?>\n<!DOCTYPE worksheet [<!ENTITY a \"" + QByteArray(10000, 'a') + "\">]>\n";
        XlsxSpec spec;
        spec.sharedStrings = {QStringLiteral("<si><t>x</t></si>")};
        spec.sheets = {{QStringLiteral("Data"), "<row r=\"1\">" + cellS("A1", 0) + "</row>"}};
        QList<ZipEntrySpec> entries = jl::test::xlsxEntries(spec);
        QByteArray body;
        if (part.endsWith(u"sheet1.xml"))
            body = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                   "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>"
                + QByteArray("&a;").repeated(10000) + "</t></is></c></row></sheetData></worksheet>";
        else if (part.endsWith(u"sharedStrings.xml"))
            body = "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>"
                + QByteArray("&a;").repeated(10000) + "</t></si></sst>";
        else
            body = "<x>&a;</x>";
        replaceEntry(entries, part, dtd + body);
        XlsxReader reader;
        XlsxError error;
        bool ok = reader.open(write(entries), &error);
        if (ok)
            ok = reader.openSheet(0, &error);
        QList<XlsxCell> cells;
        if (ok) {
            QVERIFY(!reader.readRow(cells));
            error = reader.error();
        }
        QCOMPARE(error.kind, XlsxError::Kind::DtdForbidden);
        QCOMPARE(error.entry, part);
        QVERIFY(error.message.contains(QStringLiteral("DTD")));
        QVERIFY(error.message.contains(part));
    }

    void hostileNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("dot dot") << QStringLiteral("xl/../../evil.xml");
        QTest::newRow("leading dot dot") << QStringLiteral("../evil.xml");
        QTest::newRow("absolute") << QStringLiteral("/etc/cron.d/evil");
        QTest::newRow("backslash") << QStringLiteral("xl\\..\\evil.xml");
        QTest::newRow("drive letter") << QStringLiteral("C:/Windows/evil.xml");
    }

    void hostileNames()
    {
        QFETCH(QString, name);
        XlsxSpec spec;
        spec.sheets = {{QStringLiteral("Data"), "<row r=\"1\">" + cellN("A1", "1") + "</row>"}};
        QList<ZipEntrySpec> entries = jl::test::xlsxEntries(spec);
        entries << ZipEntrySpec{name, "boo"};
        XlsxReader reader;
        XlsxError error;
        QVERIFY(!reader.open(write(entries), &error));
        QCOMPARE(error.kind, XlsxError::Kind::UnsafeArchive);
        QCOMPARE(error.entry, name);
        QVERIFY(error.message.contains(name));
        QVERIFY(!reader.isOpen());
    }

    void duplicateEntries_data()
    {
        QTest::addColumn<QString>("second");
        QTest::newRow("same name") << QStringLiteral("xl/worksheets/sheet1.xml");
        QTest::newRow("other case") << QStringLiteral("XL/Worksheets/Sheet1.xml");
    }

    void duplicateEntries()
    {
        QFETCH(QString, second);
        XlsxSpec spec;
        spec.sheets = {{QStringLiteral("Data"), "<row r=\"1\">" + cellN("A1", "1") + "</row>"}};
        QList<ZipEntrySpec> entries = jl::test::xlsxEntries(spec);
        entries << ZipEntrySpec{second, sheetXml("<row r=\"1\">" + cellN("A1", "666") + "</row>")};
        XlsxReader reader;
        XlsxError error;
        QVERIFY(!reader.open(write(entries), &error));
        QCOMPARE(error.kind, XlsxError::Kind::UnsafeArchive);
        QCOMPARE(error.entry, second);
    }

    void symlinkEntry()
    {
        XlsxSpec spec;
        spec.sheets = {{QStringLiteral("Data"), "<row r=\"1\">" + cellN("A1", "1") + "</row>"}};
        QList<ZipEntrySpec> entries = jl::test::xlsxEntries(spec);
        ZipEntrySpec link{QStringLiteral("xl/media/image1.png"), "/etc/passwd"};
        link.externalAttr = quint32(0120777) << 16;
        entries << link;
        XlsxReader reader;
        XlsxError error;
        QVERIFY(!reader.open(write(entries), &error));
        QCOMPARE(error.kind, XlsxError::Kind::UnsafeArchive);
        QCOMPARE(error.entry, QStringLiteral("xl/media/image1.png"));
        QVERIFY(error.message.contains(QStringLiteral("symbolic link")));
    }

    void tooManyEntries()
    {
        XlsxSpec spec;
        spec.sheets = {{QStringLiteral("Data"), "<row r=\"1\">" + cellN("A1", "1") + "</row>"}};
        QList<ZipEntrySpec> entries = jl::test::xlsxEntries(spec);
        for (int i = 0; i < 30; ++i)
            entries << ZipEntrySpec{QStringLiteral("xl/media/pad%1.bin").arg(i), "x"};
        const QString path = write(entries);
        XlsxLimits limits;
        limits.zip.maxEntries = 20;
        XlsxReader reader(limits);
        XlsxError error;
        QVERIFY(!reader.open(path, &error));
        QCOMPARE(error.kind, XlsxError::Kind::UnsafeArchive);
        QVERIFY(error.message.contains(QStringLiteral("20")));
        XlsxReader lenient; // the default limit accepts it
        QVERIFY(lenient.open(path, &error));
    }

    void compressionBomb()
    {
        // A sheet of 64 MiB zeros compresses about 1000:1.
        XlsxSpec spec;
        spec.sheets = {{QStringLiteral("Data"), "<row r=\"1\">" + cellN("A1", "1") + "</row>"}};
        QList<ZipEntrySpec> entries = jl::test::xlsxEntries(spec);
        for (ZipEntrySpec &entry : entries) {
            if (entry.name == u"xl/worksheets/sheet1.xml")
                entry.extraZeros = qint64(64) << 20;
        }
        const QString path = write(entries, QStringLiteral("bomb.xlsx"));
        QVERIFY(QFileInfo(path).size() < (qint64(1) << 20));
        QElapsedTimer timer;
        timer.start();
        XlsxReader reader;
        XlsxError error;
        QVERIFY(!reader.open(path, &error));
        QVERIFY(timer.elapsed() < 5000);
        QCOMPARE(error.kind, XlsxError::Kind::TooLarge);
        QCOMPARE(error.entry, QStringLiteral("xl/worksheets/sheet1.xml"));
        QVERIFY2(error.message.contains(QStringLiteral("ZIP bomb")), qPrintable(error.message));
        QCOMPARE(reader.archive().bytesInflated(), 0); // rejected from the directory, nothing inflated
    }

    void lyingHeader()
    {
        // The directory claims 1000 bytes for a sheet whose deflate stream holds 8 MiB more:
        // reading stops at the claim and the checksum exposes the lie.
        XlsxSpec spec;
        spec.sheets = {{QStringLiteral("Data"), "<row r=\"1\">" + cellN("A1", "1") + "</row>"}};
        QList<ZipEntrySpec> entries = jl::test::xlsxEntries(spec);
        for (ZipEntrySpec &entry : entries) {
            if (entry.name == u"xl/worksheets/sheet1.xml") {
                entry.data = sheetXml(QByteArray("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>").repeated(100));
                entry.extraZeros = qint64(8) << 20;
                entry.claimedSize = 1000;
                entry.claimedCrc = 0x12345678;
            }
        }
        XlsxReader reader;
        QVERIFY(openFirst(reader, write(entries)));
        QList<XlsxCell> cells;
        while (reader.readRow(cells)) { }
        QVERIFY(reader.hasError());
        QCOMPARE(reader.error().kind, XlsxError::Kind::Damaged);
        QCOMPARE(reader.error().entry, QStringLiteral("xl/worksheets/sheet1.xml"));
        // The small parts (a few KiB) plus at most the claimed 1000 bytes of the sheet.
        QVERIFY(reader.archive().bytesInflated() <= 1000 + 8192);
        QVERIFY(reader.bytesRead() <= 1000);
    }

    void partLimit()
    {
        XlsxSpec spec;
        for (int i = 0; i < 2000; ++i)
            spec.sharedStrings << QStringLiteral("<si><t>customer %1</t></si>").arg(i);
        spec.sheets = {{QStringLiteral("Data"), "<row r=\"1\">" + cellS("A1", 0) + "</row>"}};
        const QString path = write(spec);
        XlsxLimits limits;
        limits.maxSharedStringsSize = 4096;
        XlsxReader reader(limits);
        XlsxError error;
        QVERIFY(reader.open(path, &error));
        QVERIFY(!reader.openSheet(0, &error));
        QCOMPARE(error.kind, XlsxError::Kind::TooLarge);
        QCOMPARE(error.entry, QStringLiteral("xl/sharedStrings.xml"));
        QVERIFY(reader.archive().bytesInflated() < 100000); // refused before inflating it
    }

    void entryLimits()
    {
        // A per-entry limit below the directory's size refuses the entry before inflating it;
        // within the limit the entry streams completely and verifies its checksum.
        const QString path = write({ZipEntrySpec{QStringLiteral("data.bin"), QByteArray(), qint64(4) << 20}},
                                   QStringLiteral("pack.zip"));
        ZipLimits limits;
        limits.maxCompressionRatio = 2000; // let the directory check pass
        SafeZipArchive archive;
        QVERIFY(archive.open(path, limits));
        ZipError error;
        QVERIFY(!archive.openEntry(QStringLiteral("data.bin"), 1 << 20, &error));
        QCOMPARE(error.kind, ZipError::Kind::TooLarge);
        std::unique_ptr<QIODevice> device = archive.openEntry(QStringLiteral("data.bin"), qint64(8) << 20, &error);
        QVERIFY(device);
        QByteArray all = device->readAll();
        QCOMPARE(all.size(), qsizetype(4) << 20);
        QVERIFY(!SafeZipArchive::entryError(device.get()).isError());
        QVERIFY(!archive.openEntry(QStringLiteral("missing.bin"), 100, &error));
        QCOMPARE(error.kind, ZipError::Kind::MissingEntry);
    }

    void serialConversion()
    {
        QCOMPARE(xlsxSerialToDateTime(45000, false)->date(), QDate(2023, 3, 15));
        QCOMPARE(xlsxSerialToDateTime(59, false)->date(), QDate(1900, 2, 28));
        QVERIFY(!xlsxSerialToDateTime(60, false));
        QCOMPARE(xlsxSerialToDateTime(61, false)->date(), QDate(1900, 3, 1));
        QCOMPARE(xlsxSerialToDateTime(0, true)->date(), QDate(1904, 1, 1));
        QCOMPARE(xlsxSerialToDateTime(2958465, false)->date(), QDate(9999, 12, 31));
        QVERIFY(!xlsxSerialToDateTime(2958466, false));
        QVERIFY(!xlsxSerialToDateTime(-1, true));
        QCOMPARE(xlsxSerialToDateTime(45000.999999999, false)->date(), QDate(2023, 3, 16)); // rounds to midnight
    }
};

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
