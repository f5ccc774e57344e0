// CSV reader (io/CsvReader, io/TextDecoding): RFC 4180 golden cases, encodings and their
// detection, delimiter sniffing, errors with line and column, the field size limit, and
// that chunk boundaries (down to one byte) never change the result.

#include "io/CsvReader.h"
#include "io/TextDecoding.h"

#include <QBuffer>
#include <QFile>
#include <QRandomGenerator>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace jl::io;

namespace {

using Records = QList<QStringList>;

QStringList row(std::initializer_list<const char *> fields)
{
    QStringList list;
    for (const char *field : fields)
        list << QString::fromUtf8(field);
    return list;
}

Records rec(std::initializer_list<std::initializer_list<const char *>> rows)
{
    Records records;
    for (const auto &fields : rows)
        records << row(fields);
    return records;
}

// A sequential device that hands out at most `step` bytes per read, like a slow pipe.
class TrickleDevice : public QIODevice
{
public:
    TrickleDevice(QByteArray data, qint64 step, qint64 failAt = -1)
        : m_data(std::move(data)),
          m_step(step),
          m_failAt(failAt)
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }
    qint64 bytesRead() const { return m_pos; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_failAt >= 0 && m_pos >= m_failAt) {
            setErrorString(QStringLiteral("disk on fire"));
            return -1;
        }
        const qint64 n = std::min({maxSize, m_step, qint64(m_data.size()) - m_pos});
        std::memcpy(data, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_step;
    qint64 m_failAt; // readData fails from this position on (-1: never)
    qint64 m_pos = 0;
};

struct ReadResult
{
    Records records;
    QList<qint64> lines;
    CsvFormat format;
    bool hasError = false;
    CsvError error;
    qint64 bytesConsumed = 0;
    qint64 warningCount = 0;
    bool staysAtEnd = false; // readRecord keeps returning false after the end or an error
};

ReadResult readAll(QIODevice *device, const CsvReader::Options &options)
{
    ReadResult result;
    CsvReader reader(device, options);
    QStringList fields;
    while (reader.readRecord(fields)) {
        result.records.append(fields);
        result.lines.append(reader.recordLine());
    }
    result.staysAtEnd = !reader.readRecord(fields);
    result.format = reader.format();
    result.hasError = reader.hasError();
    result.error = reader.error();
    result.bytesConsumed = reader.bytesConsumed();
    result.warningCount = reader.warningCount();
    return result;
}

ReadResult readBytes(const QByteArray &data, const CsvReader::Options &options = {})
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    return readAll(&buffer, options);
}

CsvReader::Options withDelimiter(QChar delimiter)
{
    CsvReader::Options options;
    options.delimiter = delimiter;
    return options;
}

// Reads `data` whole, in tiny chunks and through a trickling device; all must agree. The
// tiny reads use the format found in the whole read: a sample of a few bytes cannot show it.
void compareAcrossChunkings(const QByteArray &data, CsvReader::Options options, const ReadResult &whole)
{
    const CsvReader::Options sniffing = options;
    options.encoding = whole.format.encoding;
    options.delimiter = whole.format.delimiter;
    for (const qsizetype chunk : {1, 2, 3, 5, 64}) {
        options.chunkSize = chunk;
        options.sampleSize = chunk;
        const ReadResult small = readBytes(data, options);
        QCOMPARE(small.records, whole.records);
        QCOMPARE(small.lines, whole.lines);
        QCOMPARE(small.hasError, whole.hasError);
        QCOMPARE(small.error.line, whole.error.line);
        QCOMPARE(small.error.column, whole.error.column);
    }
    TrickleDevice trickle(data, 1);
    const ReadResult trickled = readAll(&trickle, sniffing);
    QCOMPARE(trickled.records, whole.records);
    QCOMPARE(trickled.lines, whole.lines);
    QCOMPARE(trickled.hasError, whole.hasError);
    QCOMPARE(trickled.error.line, whole.error.line);
    QCOMPARE(trickled.error.column, whole.error.column);
    if (!whole.hasError)
        QCOMPARE(trickled.bytesConsumed, qint64(data.size()));
}

QByteArray utf16(const QString &text, QStringConverter::Encoding encoding)
{
    QStringEncoder encoder(encoding);
    return encoder(text);
}

QByteArray windows1252(const QString &text)
{
    QByteArray bytes;
    for (QChar c : text) {
        if (c == QChar(0x20AC))
            bytes.append(char(0x80));
        else if (c.unicode() < 0x100 && (c.unicode() < 0x80 || c.unicode() >= 0xA0))
            bytes.append(char(c.unicode()));
        else
            qFatal("not in the test's Windows-1252 subset");
    }
    return bytes;
}

// Line breaks as the reader counts them (CRLF is one).
qint64 countLineBreaks(const QString &text)
{
    qint64 count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'\r') {
            ++count;
            if (i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
        } else if (text[i] == u'\n') {
            ++count;
        }
    }
    return count;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void rfc4180_data();
    void rfc4180();
    void textAfterClosingQuoteIsKeptWithWarning();
    void unterminatedQuoteNamesItsLine();
    void encodings_data();
    void encodings();
    void windows1252Table();
    void windows1252File();
    void encodingOverride();
    void nulBytesAreBinaryData();
    void invalidUtf8AfterSample();
    void invalidUtf8InSampleMeansWindows1252();
    void truncatedUtf8AtEnd();
    void fieldOverLimitFailsFast();
    void smallFieldLimit();
    void recordSizeLimit();
    void sniffDelimiter_data();
    void sniffDelimiter();
    void delimiterOverride();
    void randomRoundTrip_data();
    void randomRoundTrip();
    void randomBytesSameAtAnyChunking();
    void recordLinesAfterMultilineFields();
    void progressReachesFileSize();
    void readErrorOfDevice();
    void preview();
};

void TestCsvReader::rfc4180_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Records>("expected");
    QTest::addColumn<QList<qint64>>("lines");

    QTest::newRow("plain") << QByteArray("a,b,c\n1,2,3\n") << rec({{"a", "b", "c"}, {"1", "2", "3"}})
                           << QList<qint64>{1, 2};
    QTest::newRow("quoted") << QByteArray("\"a\",\"b,c\"\n") << rec({{"a", "b,c"}}) << QList<qint64>{1};
    QTest::newRow("doubled quotes") << QByteArray("\"he said \"\"hi\"\"\",x\n\"\"\"\"\n")
                                    << rec({{"he said \"hi\"", "x"}, {"\""}}) << QList<qint64>{1, 2};
    QTest::newRow("embedded LF") << QByteArray("\"a\nb\",c\nd,e\n") << rec({{"a\nb", "c"}, {"d", "e"}})
                                 << QList<qint64>{1, 3};
    QTest::newRow("embedded CRLF") << QByteArray("\"a\r\nb\",c\r\nd,e\r\n") << rec({{"a\r\nb", "c"}, {"d", "e"}})
                                   << QList<qint64>{1, 3};
    QTest::newRow("embedded CR") << QByteArray("\"a\rb\",c\rd,e\r") << rec({{"a\rb", "c"}, {"d", "e"}})
                                 << QList<qint64>{1, 3};
    QTest::newRow("missing final newline")
        << QByteArray("a,b\nc,d") << rec({{"a", "b"}, {"c", "d"}}) << QList<qint64>{1, 2};
    QTest::newRow("missing final newline after quote")
        << QByteArray("a,\"b\"") << rec({{"a", "b"}}) << QList<qint64>{1};
    QTest::newRow("CR line ends") << QByteArray("a,b\rc,d\r") << rec({{"a", "b"}, {"c", "d"}}) << QList<qint64>{1, 2};
    QTest::newRow("mixed line ends") << QByteArray("a\r\nb\nc\rd") << rec({{"a"}, {"b"}, {"c"}, {"d"}})
                                     << QList<qint64>{1, 2, 3, 4};
    QTest::newRow("empty lines skipped") << QByteArray("\na\n\r\n\rb\n\n") << rec({{"a"}, {"b"}})
                                         << QList<qint64>{2, 5};
    QTest::newRow("trailing empty field")
        << QByteArray("a,b,\nc,,\n") << rec({{"a", "b", ""}, {"c", "", ""}}) << QList<qint64>{1, 2};
    QTest::newRow("trailing empty field at end") << QByteArray("a,") << rec({{"a", ""}}) << QList<qint64>{1};
    QTest::newRow("only delimiters") << QByteArray(",,\n") << rec({{"", "", ""}}) << QList<qint64>{1};
    QTest::newRow("empty quoted field") << QByteArray("\"\"\n\"\",\"\"\n") << rec({{""}, {"", ""}})
                                        << QList<qint64>{1, 2};
    QTest::newRow("quote inside unquoted") << QByteArray("ab\"c,d\"\n") << rec({{"ab\"c", "d\""}}) << QList<qint64>{1};
    QTest::newRow("spaces kept") << QByteArray(" a , \"b\" \n") << rec({{" a ", " \"b\" "}}) << QList<qint64>{1};
    QTest::newRow("empty input") << QByteArray() << rec({}) << QList<qint64>{};
    QTest::newRow("only line breaks") << QByteArray("\r\n\n\r") << rec({}) << QList<qint64>{};
    QTest::newRow("non-ASCII") << QByteArray("Köln,€,😀\n") << rec({{"Köln", "€", "😀"}}) << QList<qint64>{1};
}

void TestCsvReader::rfc4180()
{
    QFETCH(QByteArray, input);
    QFETCH(Records, expected);
    QFETCH(QList<qint64>, lines);

    const ReadResult result = readBytes(input, withDelimiter(u','));
    QVERIFY2(!result.hasError, qPrintable(result.error.message));
    QVERIFY(result.staysAtEnd);
    QCOMPARE(result.records, expected);
    QCOMPARE(result.lines, lines);
    QCOMPARE(result.warningCount, 0);
    QCOMPARE(result.bytesConsumed, qint64(input.size()));
    compareAcrossChunkings(input, withDelimiter(u','), result);
}

void TestCsvReader::textAfterClosingQuoteIsKeptWithWarning()
{
    QBuffer buffer;
    buffer.setData("x,y\n\"ab\"c,d\n\"e\" ,f\n");
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, withDelimiter(u','));
    QStringList fields;
    QVERIFY(reader.readRecord(fields));
    QVERIFY(reader.readRecord(fields));
    QCOMPARE(fields, row({"abc", "d"}));
    QVERIFY(reader.readRecord(fields));
    QCOMPARE(fields, row({"e ", "f"}));
    QVERIFY(!reader.readRecord(fields));
    QVERIFY(!reader.hasError());
    QCOMPARE(reader.warningCount(), 2);
    QCOMPARE(reader.warnings().size(), 2);
    QCOMPARE(reader.warnings().at(0).line, 2);
    QCOMPARE(reader.warnings().at(0).column, 5);
    QCOMPARE(reader.warnings().at(1).line, 3);
    QCOMPARE(reader.warnings().at(1).column, 4);
    QVERIFY(reader.warnings().at(0).message.startsWith(QStringLiteral("Line 2, column 5:")));
}

void TestCsvReader::unterminatedQuoteNamesItsLine()
{
    const QByteArray data("a,b\nc,\"d\ne\nf,g\n");
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, withDelimiter(u','));
    QStringList fields;
    QVERIFY(reader.readRecord(fields));
    QCOMPARE(fields, row({"a", "b"}));
    QVERIFY(!reader.readRecord(fields));
    QVERIFY(fields.isEmpty());
    QVERIFY(reader.hasError());
    QCOMPARE(reader.error().line, 2);
    QCOMPARE(reader.error().column, 3);
    QCOMPARE(reader.error().message,
             QStringLiteral("Line 2, column 3: a quoted field is never closed. "
                            "Check for a missing quote (\") in that line."));
    QVERIFY(!reader.readRecord(fields));
    QVERIFY(reader.hasError());

    const ReadResult whole = readBytes(data, withDelimiter(u','));
    compareAcrossChunkings(data, withDelimiter(u','), whole);
}

void TestCsvReader::encodings_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("encoding");
    QTest::addColumn<int>("bom");

    const QString text = QStringLiteral("Name;Stadt;Betrag\nMüller;Köln;5 €\n\"Øre; 😀\";Åhus;7\n");
    QTest::newRow("UTF-8") << text.toUtf8() << int(TextEncoding::Utf8) << 0;
    QTest::newRow("UTF-8 BOM") << QByteArray("\xEF\xBB\xBF") + text.toUtf8() << int(TextEncoding::Utf8) << 3;
    QTest::newRow("UTF-16LE BOM") << QByteArray("\xFF\xFE") + utf16(text, QStringConverter::Utf16LE)
                                  << int(TextEncoding::Utf16LE) << 2;
    QTest::newRow("UTF-16BE BOM") << QByteArray("\xFE\xFF") + utf16(text, QStringConverter::Utf16BE)
                                  << int(TextEncoding::Utf16BE) << 2;
    QTest::newRow("UTF-16LE no BOM") << utf16(text, QStringConverter::Utf16LE) << int(TextEncoding::Utf16LE) << 0;
    QTest::newRow("UTF-16BE no BOM") << utf16(text, QStringConverter::Utf16BE) << int(TextEncoding::Utf16BE) << 0;
}

void TestCsvReader::encodings()
{
    QFETCH(QByteArray, input);
    QFETCH(int, encoding);
    QFETCH(int, bom);

    const CsvFormat sniffed = sniffCsvFormat(input);
    QCOMPARE(int(sniffed.encoding), encoding);
    QCOMPARE(sniffed.bomLength, bom);
    QCOMPARE(sniffed.delimiter, QChar(u';'));

    const ReadResult result = readBytes(input);
    QVERIFY2(!result.hasError, qPrintable(result.error.message));
    QCOMPARE(int(result.format.encoding), encoding);
    QCOMPARE(result.format.delimiter, QChar(u';'));
    const Records expected = rec({{"Name", "Stadt", "Betrag"}, {"Müller", "Köln", "5 €"}, {"Øre; 😀", "Åhus", "7"}});
    QCOMPARE(result.records, expected);
    // The BOM is not part of the first field.
    QCOMPARE(result.records.first().first(), QStringLiteral("Name"));
    compareAcrossChunkings(input, {}, result);
}

void TestCsvReader::windows1252Table()
{
    QByteArray all;
    for (int b = 1; b < 256; ++b)
        all.append(char(b));
    TextDecoder decoder(TextEncoding::Windows1252);
    QString text;
    decoder.decode(all.constData(), all.size(), true, text);
    QCOMPARE(decoder.status(), TextDecoder::Status::Ok);
    QCOMPARE(text.size(), 255);
    // The code page's own table for 0x80..0x9F (0x81, 0x8D, 0x8F, 0x90, 0x9D undefined → C1).
    const char16_t high[32] = {0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
                               0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
                               0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};
    for (int b = 1; b < 256; ++b) {
        const char16_t expected = (b >= 0x80 && b < 0xA0) ? high[b - 0x80] : char16_t(b);
        QCOMPARE(text.at(b - 1).unicode(), expected);
    }
}

void TestCsvReader::windows1252File()
{
    const QByteArray data("Name;Stra\xDF"
                          "e;Preis\nM\xFCller;Hauptstra\xDF"
                          "e;5 \x80\n");
    const CsvFormat format = sniffCsvFormat(data);
    QCOMPARE(format.encoding, TextEncoding::Windows1252);
    QCOMPARE(format.delimiter, QChar(u';'));
    const ReadResult result = readBytes(data);
    QVERIFY2(!result.hasError, qPrintable(result.error.message));
    QCOMPARE(result.format.encoding, TextEncoding::Windows1252);
    QCOMPARE(result.records, (rec({{"Name", "Straße", "Preis"}, {"Müller", "Hauptstraße", "5 €"}})));
}

void TestCsvReader::encodingOverride()
{
    // UTF-8 bytes read as Windows-1252 on request: "ü" becomes "Ã¼".
    CsvReader::Options options;
    options.encoding = TextEncoding::Windows1252;
    const ReadResult result = readBytes(QStringLiteral("Müller,€\n").toUtf8(), options);
    QVERIFY(!result.hasError);
    QCOMPARE(result.records, rec({{"MÃ¼ller", "â‚¬"}}));
}

void TestCsvReader::nulBytesAreBinaryData()
{
    for (const auto encoding : {TextEncoding::Utf8, TextEncoding::Windows1252}) {
        CsvReader::Options options;
        options.encoding = encoding;
        const ReadResult result = readBytes(QByteArray("a,b\ncd,e\0f\ng,h\n", 15), options);
        QVERIFY(result.hasError);
        QCOMPARE(result.records, rec({{"a", "b"}}));
        QCOMPARE(result.error.line, 2);
        QCOMPARE(result.error.column, 5);
        QVERIFY2(result.error.message.contains(QStringLiteral("binary data")), qPrintable(result.error.message));
    }
    // Detected: a sample with NUL bytes is not taken for Windows-1252 text.
    const ReadResult detected = readBytes(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    QVERIFY(detected.hasError);
    QVERIFY(detected.error.message.contains(QStringLiteral("binary data")));
}

void TestCsvReader::invalidUtf8AfterSample()
{
    QByteArray data;
    for (int i = 1; i <= 4; ++i)
        data += "id" + QByteArray::number(i) + ",Zürich\n";
    data += "id5,ab\xFF"
            "c\nid6,x\n";

    CsvReader::Options options;
    options.sampleSize = 16; // the sample is valid UTF-8, the bad byte comes later
    options.delimiter = u',';
    const ReadResult result = readBytes(data, options);
    QCOMPARE(result.format.encoding, TextEncoding::Utf8);
    QVERIFY(result.hasError);
    QCOMPARE(result.records.size(), 4);
    QCOMPARE(result.records.last(), row({"id4", "Zürich"}));
    QCOMPARE(result.error.line, 5);
    QCOMPARE(result.error.column, 7);
    QCOMPARE(result.error.message,
             QStringLiteral("Line 5, column 7: the text is not valid UTF-8. Try reading the file as Windows-1252."));
    compareAcrossChunkings(data, options, result);

    // The same with default sizes: 200 KB of valid lines before the bad byte.
    QByteArray big;
    for (int i = 0; i < 10000; ++i)
        big += "row,ÄÖÜ\n";
    big += "x,\xC3\x28\n";
    const ReadResult late = readBytes(big);
    QVERIFY(late.hasError);
    QCOMPARE(late.records.size(), 10000);
    QCOMPARE(late.error.line, 10001);
    QCOMPARE(late.error.column, 3);
}

void TestCsvReader::invalidUtf8InSampleMeansWindows1252()
{
    QCOMPARE(detectEncoding(QByteArray("a,\xE9t\xE9\n")).encoding, TextEncoding::Windows1252);
    QCOMPARE(detectEncoding(QByteArray("a,\xC3\xA9t\xC3\xA9\n")).encoding, TextEncoding::Utf8);
    // Overlong forms and surrogates are not UTF-8.
    QCOMPARE(detectEncoding(QByteArray("\xC0\xAF")).encoding, TextEncoding::Windows1252);
    QCOMPARE(detectEncoding(QByteArray("\xED\xA0\x80")).encoding, TextEncoding::Windows1252);
    // A sequence cut by the end of the sample is still UTF-8.
    QCOMPARE(detectEncoding(QByteArray("abc\xE2\x82")).encoding, TextEncoding::Utf8);
}

void TestCsvReader::truncatedUtf8AtEnd()
{
    CsvReader::Options options;
    options.encoding = TextEncoding::Utf8;
    const ReadResult result = readBytes(QByteArray("a,b\nc,\xE2\x82"), options);
    QVERIFY(result.hasError);
    QCOMPARE(result.error.line, 2);
    QCOMPARE(result.error.column, 3);
    QVERIFY(result.error.message.contains(QStringLiteral("not valid UTF-8")));
}

void TestCsvReader::fieldOverLimitFailsFast()
{
    const qint64 limit = CsvReader::Options().maxFieldSize;
    QCOMPARE(limit, 10 * 1024 * 1024);
    QByteArray data("id,text\n1,\"");
    data += QByteArray(limit + 1024 * 1024, 'x');
    data += "\"\n";
    const qint64 fieldEnd = data.size();
    for (int i = 0; i < 200000; ++i)
        data += "2,some more text after the big field\n";

    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QStringList fields;
    QVERIFY(reader.readRecord(fields));
    QVERIFY(!reader.readRecord(fields));
    QVERIFY(reader.hasError());
    QCOMPARE(reader.error().line, 2);
    QCOMPARE(reader.error().column, 3);
    QVERIFY2(reader.error().message.contains(QStringLiteral("longer than")), qPrintable(reader.error().message));
    // It stopped within a chunk of the limit, not at the end of the field or the file.
    const qint64 chunk = CsvReader::Options().chunkSize;
    QVERIFY2(reader.bytesConsumed() <= limit + 2 * chunk, qPrintable(QString::number(reader.bytesConsumed())));
    QVERIFY(reader.bytesConsumed() < fieldEnd);
    QVERIFY(buffer.pos() < fieldEnd);
}

void TestCsvReader::smallFieldLimit()
{
    CsvReader::Options options;
    options.delimiter = u',';
    options.maxFieldSize = 10;
    // Exactly at the limit is fine, one more is not (quoted, with doubled quotes, unquoted).
    const ReadResult ok = readBytes("0123456789,\"01234\"\"678\"\n", options);
    QVERIFY2(!ok.hasError, qPrintable(ok.error.message));
    QCOMPARE(ok.records, (rec({{"0123456789", "01234\"678"}})));
    compareAcrossChunkings("0123456789,\"01234\"\"678\"\n", options, ok);

    for (const QByteArray &data : {QByteArray("a\nb,0123456789X\n"), QByteArray("a\nb,\"01\n3456789X\"\n")}) {
        const ReadResult tooLong = readBytes(data, options);
        QVERIFY(tooLong.hasError);
        QCOMPARE(tooLong.records, rec({{"a"}}));
        QCOMPARE(tooLong.error.line, 2);
        QCOMPARE(tooLong.error.column, 3);
        compareAcrossChunkings(data, options, tooLong);
    }
}

void TestCsvReader::recordSizeLimit()
{
    // A file without line breaks cannot grow the record (and memory) without bound.
    CsvReader::Options options;
    options.delimiter = u',';
    options.maxRecordSize = 1000;
    QByteArray endless("a,b\n");
    for (int i = 0; i < 100000; ++i)
        endless += "x,";
    QBuffer buffer;
    buffer.setData(endless);
    buffer.open(QIODevice::ReadOnly);
    options.chunkSize = 64;
    options.sampleSize = 64;
    CsvReader reader(&buffer, options);
    QStringList fields;
    QVERIFY(reader.readRecord(fields));
    QVERIFY(!reader.readRecord(fields));
    QVERIFY(reader.hasError());
    QCOMPARE(reader.error().line, 2);
    QVERIFY2(reader.error().message.contains(QStringLiteral("a record is longer than")),
             qPrintable(reader.error().message));
    QVERIFY(reader.bytesConsumed() < 2000);

    // At the limit is fine: 333 fields "x" count 2 each, 666 in all.
    options.maxRecordSize = 666;
    QByteArray fits;
    for (int i = 0; i < 333; ++i)
        fits += i ? ",x" : "x";
    const ReadResult ok = readBytes(fits + "\n", options);
    QVERIFY2(!ok.hasError, qPrintable(ok.error.message));
    QCOMPARE(ok.records.first().size(), 333);
    const ReadResult over = readBytes(fits + ",\n", options);
    QVERIFY(over.hasError);
}

void TestCsvReader::sniffDelimiter_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("delimiter");

    QTest::newRow("comma") << QByteArray("name,note,n\n\"a;b|c\",x,1\n\"d\te;f\",y,2\n") << QStringLiteral(",");
    QTest::newRow("semicolon") << QByteArray("name;note\n\"a,b,c\";x\n\"d|e,f\";y\n") << QStringLiteral(";");
    QTest::newRow("semicolon with decimal commas")
        << QByteArray("Name;Betrag;Datum\nA;1,5;1.2.2024\nB;2,5;3.4.2024\n") << QStringLiteral(";");
    QTest::newRow("tab") << QByteArray("a\tb\tc\n\"x,y\"\t2\t\"3;4\"\n5\t6\t7\n") << QStringLiteral("\t");
    QTest::newRow("pipe") << QByteArray("a|b|c\n1|\"2;3,4\"|4\n5|6|\"7\n8\"\n") << QStringLiteral("|");
    QTest::newRow("tie goes to comma") << QByteArray("a,b;c\n1,2;3\n") << QStringLiteral(",");
    QTest::newRow("none: comma") << QByteArray("single\ncolumn\n") << QStringLiteral(",");
    QTest::newRow("cut sample") << QByteArray("a;b;c\n1;2;3\n4;5") << QStringLiteral(";");
}

void TestCsvReader::sniffDelimiter()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, delimiter);
    QCOMPARE(sniffCsvFormat(input).delimiter, delimiter.at(0));
    const ReadResult result = readBytes(input);
    QCOMPARE(result.format.delimiter, delimiter.at(0));
    QVERIFY(!result.hasError);
}

void TestCsvReader::delimiterOverride()
{
    const QByteArray data("a;b,c\n1;2,3\n");
    QCOMPARE(readBytes(data, withDelimiter(u';')).records, (rec({{"a", "b,c"}, {"1", "2,3"}})));
    QCOMPARE(readBytes(data, withDelimiter(u',')).records, (rec({{"a;b", "c"}, {"1;2", "3"}})));
    const ReadResult bad = readBytes(data, withDelimiter(u'"'));
    QVERIFY(bad.hasError);
    QVERIFY(bad.records.isEmpty());
}

void TestCsvReader::randomRoundTrip_data()
{
    QTest::addColumn<int>("encoding");
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<quint32>("seed");
    QTest::newRow("UTF-8 comma") << int(TextEncoding::Utf8) << QStringLiteral(",") << 1u;
    QTest::newRow("UTF-8 semicolon") << int(TextEncoding::Utf8) << QStringLiteral(";") << 2u;
    QTest::newRow("UTF-16LE tab") << int(TextEncoding::Utf16LE) << QStringLiteral("\t") << 3u;
    QTest::newRow("UTF-16BE pipe") << int(TextEncoding::Utf16BE) << QStringLiteral("|") << 4u;
    QTest::newRow("Windows-1252 semicolon") << int(TextEncoding::Windows1252) << QStringLiteral(";") << 5u;
}

void TestCsvReader::randomRoundTrip()
{
    QFETCH(int, encoding);
    QFETCH(QString, delimiter);
    QFETCH(quint32, seed);
    const auto textEncoding = TextEncoding(encoding);
    const QChar delim = delimiter.at(0);

    QRandomGenerator random(seed);
    QStringList pieces = row({"a", "b", "Z", "1", " ", "\"", ",", ";", "\t", "|", "\n", "\r", "\r\n", "ä", "ß", "€"});
    if (textEncoding != TextEncoding::Windows1252)
        pieces << QStringLiteral("😀") << QStringLiteral("中");
    const QStringList lineEnds = row({"\n", "\r\n", "\r"});

    Records expected;
    QList<qint64> expectedLines;
    QString text;
    for (int r = 0; r < 300; ++r) {
        QStringList record;
        const int fieldCount = 1 + int(random.bounded(6));
        for (int f = 0; f < fieldCount; ++f) {
            QString field;
            const int length = int(random.bounded(8));
            for (int k = 0; k < length; ++k)
                field += pieces.at(int(random.bounded(qsizetype(pieces.size()))));
            record << field;
        }
        expected << record;
        expectedLines << 1 + countLineBreaks(text);
        QStringList written;
        for (const QString &field : record) {
            const bool quote = field.contains(delim) || field.contains(u'"') || field.contains(u'\n')
                || field.contains(u'\r') || (field.isEmpty() && record.size() == 1);
            written << (quote ? u'"' + QString(field).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"'
                              : field);
        }
        text += written.join(delim);
        // Sometimes no final line end.
        if (r < 299 || random.bounded(2))
            text += lineEnds.at(int(random.bounded(qsizetype(lineEnds.size()))));
    }

    QByteArray data;
    switch (textEncoding) {
    case TextEncoding::Utf8: data = "\xEF\xBB\xBF" + text.toUtf8(); break;
    case TextEncoding::Utf16LE: data = "\xFF\xFE" + utf16(text, QStringConverter::Utf16LE); break;
    case TextEncoding::Utf16BE: data = "\xFE\xFF" + utf16(text, QStringConverter::Utf16BE); break;
    case TextEncoding::Windows1252: data = windows1252(text); break;
    }

    CsvReader::Options options;
    options.delimiter = delim;
    if (textEncoding == TextEncoding::Windows1252)
        options.encoding = textEncoding;
    const ReadResult result = readBytes(data, options);
    QVERIFY2(!result.hasError, qPrintable(result.error.message));
    QCOMPARE(result.format.encoding, textEncoding);
    QCOMPARE(result.records.size(), expected.size());
    QCOMPARE(result.records, expected);
    QCOMPARE(result.lines, expectedLines);
    compareAcrossChunkings(data, options, result);
}

void TestCsvReader::randomBytesSameAtAnyChunking()
{
    // Garbage with quotes, line breaks, split and broken UTF-8 and NULs: whatever the result
    // (records or an error), it must not depend on where the chunks end.
    const QByteArray alphabet("ab,\"\r\n\xC3\xA9\xFF\0;", 12);
    QRandomGenerator random(42);
    for (int round = 0; round < 300; ++round) {
        QByteArray data;
        const int length = int(random.bounded(60));
        for (int i = 0; i < length; ++i)
            data += alphabet.at(int(random.bounded(qsizetype(alphabet.size()))));
        for (const auto encoding : {TextEncoding::Utf8, TextEncoding::Windows1252}) {
            CsvReader::Options options;
            options.delimiter = u',';
            options.encoding = encoding;
            const ReadResult whole = readBytes(data, options);
            QVERIFY(whole.staysAtEnd);
            if (data.contains('\0'))
                QVERIFY(whole.hasError);
            compareAcrossChunkings(data, options, whole);
            if (QTest::currentTestFailed()) {
                qWarning() << "input" << data.toHex();
                return;
            }
        }
    }
}

void TestCsvReader::recordLinesAfterMultilineFields()
{
    QBuffer buffer;
    buffer.setData("h1,h2\na,\"x\ny\r\nz\"\n\nb,\"\rq\"\nc,d\n");
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QStringList fields;
    QList<qint64> lines;
    while (reader.readRecord(fields))
        lines << reader.recordLine();
    QVERIFY(!reader.hasError());
    QCOMPARE(reader.recordCount(), 4);
    QCOMPARE(lines, (QList<qint64>{1, 2, 6, 8}));
}

void TestCsvReader::progressReachesFileSize()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("progress.csv"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int i = 0; i < 40000; ++i)
            file.write("12345,customer@example.com,+49 30 1234567,\"Berlin, DE\"\n");
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    CsvReader reader(&file);
    QStringList fields;
    qint64 previous = 0;
    qint64 records = 0;
    bool sawPartial = false;
    while (reader.readRecord(fields)) {
        ++records;
        QCOMPARE(fields.size(), 4);
        QVERIFY(reader.bytesConsumed() >= previous);
        sawPartial = sawPartial || reader.bytesConsumed() < file.size();
        previous = reader.bytesConsumed();
    }
    QVERIFY(!reader.hasError());
    QCOMPARE(records, 40000);
    QVERIFY(sawPartial);
    QCOMPARE(reader.bytesConsumed(), file.size());
}

void TestCsvReader::readErrorOfDevice()
{
    QByteArray data;
    for (int i = 0; i < 1000; ++i)
        data += "a,b,c\n";
    CsvReader::Options options;
    options.sampleSize = 100;
    options.chunkSize = 100;
    TrickleDevice failing(data, 50, 3000);
    const ReadResult result = readAll(&failing, options);
    QVERIFY(result.hasError);
    QCOMPARE(result.records.size(), 500);
    QCOMPARE(result.error.line, 0);
    QCOMPARE(result.error.message, QStringLiteral("The file could not be read: disk on fire"));
}

void TestCsvReader::preview()
{
    const QByteArray data("a;b\n1;2\n3;4\n");
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    const CsvPreview head = readCsvPreview(&buffer, {}, 2);
    QCOMPARE(head.records, (rec({{"a", "b"}, {"1", "2"}})));
    QCOMPARE(head.recordLines, (QList<qint64>{1, 2}));
    QCOMPARE(head.format.delimiter, QChar(u';'));
    QVERIFY(!head.complete);
    QVERIFY(!head.error);

    buffer.seek(0);
    const CsvPreview all = readCsvPreview(&buffer, {}, 10);
    QCOMPARE(all.records.size(), 3);
    QVERIFY(all.complete);

    QBuffer broken;
    broken.setData("a,\"b\n");
    broken.open(QIODevice::ReadOnly);
    const CsvPreview failed = readCsvPreview(&broken, {}, 10);
    QVERIFY(failed.records.isEmpty());
    QVERIFY(failed.error);
    QCOMPARE(failed.error->line, 1);
    QVERIFY(!failed.complete);
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
