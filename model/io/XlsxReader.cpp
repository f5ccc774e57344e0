#include "XlsxReader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QXmlStreamReader>

#include <cmath>

namespace jl::io {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(jl::io::XlsxReader)
};

constexpr int MaxColumns = 16384; // XFD

QString partDirectory(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(u'/');
    return slash < 0 ? QString() : part.left(slash + 1);
}

// A relationship target relative to its source part's folder, normalised; empty if it leaves
// the package.
QString resolveTarget(const QString &baseDirectory, const QString &target)
{
    const QString joined = target.startsWith(u'/') ? target.mid(1) : baseDirectory + target;
    QStringList out;
    for (const QString &segment : joined.split(u'/', Qt::SkipEmptyParts)) {
        if (segment == u".")
            continue;
        if (segment == u"..") {
            if (out.isEmpty())
                return {};
            out.removeLast();
            continue;
        }
        out << segment;
    }
    return out.join(u'/');
}

QString relsPartFor(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(u'/');
    return partDirectory(part) + u"_rels/" + part.mid(slash + 1) + u".rels";
}

// Strings in OOXML escape characters XML cannot carry as _xHHHH_.
QString decodeEscapes(const QString &text)
{
    if (!text.contains(u"_x"))
        return text;
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (text.at(i) == u'_' && i + 6 < n && text.at(i + 1) == u'x' && text.at(i + 6) == u'_') {
            bool ok = false;
            const uint code = QStringView(text).mid(i + 2, 4).toUInt(&ok, 16);
            if (ok) {
                out.append(QChar(char16_t(code)));
                i += 6;
                continue;
            }
        }
        out.append(text.at(i));
    }
    return out;
}

// "AB12" → 27 (0-based column); -1 if it is not a cell reference.
int columnOfReference(QStringView reference)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < reference.size() && i < 4; ++i) {
        const char16_t c = reference.at(i).toUpper().unicode();
        if (c < u'A' || c > u'Z')
            break;
        column = column * 26 + (c - u'A' + 1);
    }
    if (i == 0 || column > MaxColumns)
        return -1;
    if (i == reference.size())
        return -1;
    for (qsizetype j = i; j < reference.size(); ++j) {
        if (!reference.at(j).isDigit())
            return -1;
    }
    return column - 1;
}

QString numberText(double value)
{
    return QString::number(value, 'g', 15);
}

// Reads <si> or <is>: plain <t> and rich-text runs <r><t>, leaving out phonetic runs <rPh>.
bool readRichText(QXmlStreamReader &xml, QString *text)
{
    const QString container = xml.name().toString();
    QString result;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QStringView name = xml.name();
            if (name == u"t") {
                result += xml.readElementText();
            } else if (name == u"rPh" || name == u"rPr" || name == u"phoneticPr" || name == u"extLst") {
                xml.skipCurrentElement();
            }
        } else if (token == QXmlStreamReader::EndElement && xml.name() == container) {
            *text = decodeEscapes(result);
            return true;
        }
    }
    return false;
}

} // namespace

XlsxReader::XlsxReader(const XlsxLimits &limits)
    : m_limits(limits)
{
}

XlsxReader::~XlsxReader()
{
    close();
}

void XlsxReader::close()
{
    m_xml.reset();
    m_device.reset();
    m_zip.close();
    m_sheets.clear();
    m_sharedStrings.clear();
    m_xfKinds.clear();
    m_sharedLoaded = false;
    m_sharedStringsPart.clear();
    m_stylesPart.clear();
    m_date1904 = false;
    m_sheet = -1;
    m_sheetSize = 0;
    m_rowNumber = 0;
    m_inSheetData = false;
    m_finished = false;
}

bool XlsxReader::isOpen() const
{
    return m_zip.isOpen();
}

QStringList XlsxReader::sheetNames() const
{
    QStringList names;
    for (const Sheet &sheet : m_sheets)
        names << sheet.name;
    return names;
}

QString XlsxReader::sheetPart(int index) const
{
    return index >= 0 && index < m_sheets.size() ? m_sheets.at(index).part : QString();
}

qint64 XlsxReader::bytesRead() const
{
    return m_device ? SafeZipArchive::entryBytesRead(m_device.get()) : (m_finished ? m_sheetSize : 0);
}

bool XlsxReader::fail(XlsxError::Kind kind, const QString &entry, const QString &message, XlsxError *out)
{
    m_error = XlsxError{kind, m_fileName, entry, m_sheet >= 0 ? m_rowNumber : 0, message};
    if (out)
        *out = m_error;
    return false;
}

bool XlsxReader::failZip(const ZipError &zipError, XlsxError *out)
{
    using K = ZipError::Kind;
    const QString file = m_fileName;
    switch (zipError.kind) {
    case K::None:
    case K::CannotOpen:
        return fail(XlsxError::Kind::CannotRead, zipError.entry,
                    Text::tr("“%1” cannot be opened: %2. Check that the file exists and that you may read it.")
                        .arg(file, zipError.message),
                    out);
    case K::NotZip:
        return fail(XlsxError::Kind::NotZip, {},
                    Text::tr("“%1” is not an Excel workbook (.xlsx): it is not a ZIP archive. If it is a CSV file, "
                             "import it as CSV; otherwise save it as .xlsx in Excel or LibreOffice and try again.")
                        .arg(file),
                    out);
    case K::OleCompound:
        return fail(XlsxError::Kind::LegacyOrEncrypted, {},
                    Text::tr("“%1” is an old Excel 97–2003 file or a password-protected workbook. Remove the "
                             "password or save it as .xlsx in Excel or LibreOffice and try again.")
                        .arg(file),
                    out);
    case K::TooLarge:
    case K::CompressionRatio:
        return fail(XlsxError::Kind::TooLarge, zipError.entry,
                    Text::tr("“%1” was rejected: %2. If the file is genuine, split the data into smaller files.")
                        .arg(file, zipError.message),
                    out);
    case K::Damaged:
        return fail(XlsxError::Kind::Damaged, zipError.entry,
                    Text::tr("“%1” is not a valid Excel file: %2. Open and save it again in Excel or LibreOffice, "
                             "or ask for a new export.")
                        .arg(file, zipError.message),
                    out);
    case K::MissingEntry:
        return fail(XlsxError::Kind::MissingPart, zipError.entry,
                    Text::tr("“%1” is not a valid Excel file: the part %2 is missing. Open and save it again in "
                             "Excel or LibreOffice, or ask for a new export.")
                        .arg(file, zipError.entry),
                    out);
    case K::TooManyEntries:
    case K::UnsafeName:
    case K::DuplicateName:
    case K::Symlink:
    case K::Encrypted:
    case K::UnsupportedMethod: break;
    }
    return fail(XlsxError::Kind::UnsafeArchive, zipError.entry,
                Text::tr("“%1” was rejected because it is not safe to read: %2. Excel never writes such files; "
                         "ask the sender for a fresh export.")
                    .arg(file, zipError.message),
                out);
}

namespace {

// One token, refusing any DTD: the only way entity definitions get in.
bool nextToken(QXmlStreamReader &xml)
{
    xml.readNext();
    if (xml.tokenType() == QXmlStreamReader::DTD) {
        xml.raiseError(QStringLiteral("DTD"));
        return false;
    }
    return !xml.hasError();
}

bool isDtdError(const QXmlStreamReader &xml)
{
    return xml.error() == QXmlStreamReader::CustomError && xml.errorString() == u"DTD";
}

} // namespace

bool XlsxReader::failXml(const QXmlStreamReader &xml, const QString &entry, XlsxError *out)
{
    if (isDtdError(xml))
        return fail(XlsxError::Kind::DtdForbidden, entry,
                    Text::tr("“%1” was rejected: the part %2 contains a document type declaration (DTD), which Excel "
                             "never writes and which can hide an entity-expansion attack. Open and save it again in "
                             "Excel or LibreOffice.")
                        .arg(m_fileName, entry),
                    out);
    // The device knows better why the data stopped (limits, checksum) than the parser.
    if (m_device && xml.device() == m_device.get()) {
        const ZipError zipError = SafeZipArchive::entryError(m_device.get());
        if (zipError.isError())
            return failZip(zipError, out);
    }
    const QString detail =
        Text::tr("line %1, column %2: %3").arg(xml.lineNumber()).arg(xml.columnNumber()).arg(xml.errorString());
    return fail(XlsxError::Kind::Damaged, entry,
                Text::tr("“%1” is not a valid Excel file: the part %2 is damaged (%3). Open and save it again in "
                         "Excel or LibreOffice, or ask for a new export.")
                    .arg(m_fileName, entry, detail),
                out);
}

bool XlsxReader::readSmallPart(const QString &part, qint64 limit, QByteArray *data, XlsxError *out)
{
    ZipError zipError;
    std::optional<QByteArray> bytes = m_zip.readEntry(part, limit, &zipError);
    if (!bytes)
        return failZip(zipError, out);
    *data = std::move(*bytes);
    return true;
}

bool XlsxReader::open(const QString &path, XlsxError *out)
{
    close();
    m_error = {};
    m_path = path;
    m_fileName = QFileInfo(path).fileName();
    if (!m_zip.open(path, m_limits.zip))
        return failZip(m_zip.error(), out);
    if (!loadWorkbook(out)) {
        const XlsxError keep = m_error;
        close();
        m_error = keep;
        return false;
    }
    return true;
}

bool XlsxReader::loadWorkbook(XlsxError *out)
{
    struct Relationship
    {
        QString type;
        QString target;
    };
    // Relationships of a part: id → (type, resolved target); external targets left out.
    const auto readRelationships = [&](const QString &relsPart, const QString &baseDirectory,
                                       QHash<QString, Relationship> *result) -> bool {
        QByteArray data;
        if (!readSmallPart(relsPart, m_limits.maxWorkbookSize, &data, out))
            return false;
        QXmlStreamReader xml(data);
        while (!xml.atEnd()) {
            if (!nextToken(xml))
                break;
            if (xml.isStartElement() && xml.name() == u"Relationship") {
                const QXmlStreamAttributes attributes = xml.attributes();
                if (attributes.value(QLatin1StringView("TargetMode")) == u"External")
                    continue;
                result->insert(
                    attributes.value(QLatin1StringView("Id")).toString(),
                    {attributes.value(QLatin1StringView("Type")).toString(),
                     resolveTarget(baseDirectory, attributes.value(QLatin1StringView("Target")).toString())});
            }
        }
        if (xml.hasError())
            return failXml(xml, relsPart, out);
        return true;
    };

    QString workbookPart = QStringLiteral("xl/workbook.xml");
    if (m_zip.entry(QStringLiteral("_rels/.rels"))) {
        QHash<QString, Relationship> root;
        if (!readRelationships(QStringLiteral("_rels/.rels"), QString(), &root))
            return false;
        for (const Relationship &relationship : std::as_const(root)) {
            if (relationship.type.endsWith(u"/officeDocument") && !relationship.target.isEmpty()) {
                workbookPart = relationship.target;
                break;
            }
        }
    }
    const std::optional<ZipEntryInfo> workbookEntry = m_zip.entry(workbookPart);
    if (!workbookEntry)
        return fail(
            XlsxError::Kind::NotWorkbook, workbookPart,
            Text::tr("“%1” is a ZIP archive but not an Excel workbook: it has no workbook part (%2). Choose the "
                     ".xlsx file exported by the system, or save the data as .xlsx in Excel or LibreOffice.")
                .arg(m_fileName, workbookPart),
            out);
    workbookPart = workbookEntry->name;

    QHash<QString, Relationship> relationships;
    const QString workbookRels = relsPartFor(workbookPart);
    if (!m_zip.entry(workbookRels)) {
        return failZip(ZipError{ZipError::Kind::MissingEntry, workbookRels, {}}, out);
    }
    if (!readRelationships(m_zip.entry(workbookRels)->name, partDirectory(workbookPart), &relationships))
        return false;
    for (const Relationship &relationship : std::as_const(relationships)) {
        if (relationship.type.endsWith(u"/sharedStrings"))
            m_sharedStringsPart = relationship.target;
        else if (relationship.type.endsWith(u"/styles"))
            m_stylesPart = relationship.target;
    }
    // Some writers leave these relationships out; the usual names are a safe guess.
    if (m_sharedStringsPart.isEmpty() && m_zip.entry(partDirectory(workbookPart) + u"sharedStrings.xml"))
        m_sharedStringsPart = partDirectory(workbookPart) + u"sharedStrings.xml";
    if (m_stylesPart.isEmpty() && m_zip.entry(partDirectory(workbookPart) + u"styles.xml"))
        m_stylesPart = partDirectory(workbookPart) + u"styles.xml";

    QByteArray data;
    if (!readSmallPart(workbookPart, m_limits.maxWorkbookSize, &data, out))
        return false;
    QXmlStreamReader xml(data);
    while (!xml.atEnd()) {
        if (!nextToken(xml))
            break;
        if (!xml.isStartElement())
            continue;
        const QStringView name = xml.name();
        if (name == u"workbookPr") {
            const QStringView value = xml.attributes().value(QLatin1StringView("date1904"));
            m_date1904 = value == u"1" || value.compare(u"true", Qt::CaseInsensitive) == 0;
        } else if (name == u"sheet") {
            const QXmlStreamAttributes attributes = xml.attributes();
            QString id;
            for (const QXmlStreamAttribute &attribute : attributes) {
                if (attribute.name() == u"id" && attribute.namespaceUri().endsWith(u"/relationships"))
                    id = attribute.value().toString();
            }
            const Relationship relationship = relationships.value(id);
            if (relationship.type.isEmpty()) {
                return fail(XlsxError::Kind::Damaged, workbookPart,
                            Text::tr("“%1” is not a valid Excel file: the sheet “%2” has no part. Open and save it "
                                     "again in Excel or LibreOffice, or ask for a new export.")
                                .arg(m_fileName, attributes.value(QLatin1StringView("name")).toString()),
                            out);
            }
            if (!relationship.type.endsWith(u"/worksheet")) // chart sheets and the like hold no rows
                continue;
            m_sheets.append(Sheet{attributes.value(QLatin1StringView("name")).toString(), relationship.target});
        }
    }
    if (xml.hasError())
        return failXml(xml, workbookPart, out);
    return true;
}

bool XlsxReader::loadSharedStrings(XlsxError *out)
{
    if (m_sharedStringsPart.isEmpty() || !m_zip.entry(m_sharedStringsPart))
        return true;
    QByteArray data;
    if (!readSmallPart(m_sharedStringsPart, m_limits.maxSharedStringsSize, &data, out))
        return false;
    QXmlStreamReader xml(data);
    while (!xml.atEnd()) {
        if (!nextToken(xml))
            break;
        if (xml.isStartElement() && xml.name() == u"si") {
            QString text;
            if (!readRichText(xml, &text))
                break;
            m_sharedStrings << text;
        }
    }
    if (xml.hasError())
        return failXml(xml, m_sharedStringsPart, out);
    return true;
}

bool XlsxReader::loadStyles(XlsxError *out)
{
    if (m_stylesPart.isEmpty() || !m_zip.entry(m_stylesPart))
        return true;
    QByteArray data;
    if (!readSmallPart(m_stylesPart, m_limits.maxStylesSize, &data, out))
        return false;
    QHash<int, XlsxDateKind> customKinds;
    QList<int> xfFormats;
    bool inCellXfs = false;
    QXmlStreamReader xml(data);
    while (!xml.atEnd()) {
        if (!nextToken(xml))
            break;
        if (xml.isStartElement()) {
            const QStringView name = xml.name();
            if (name == u"numFmt") {
                const QXmlStreamAttributes attributes = xml.attributes();
                customKinds.insert(attributes.value(QLatin1StringView("numFmtId")).toInt(),
                                   xlsxFormatCodeDateKind(attributes.value(QLatin1StringView("formatCode"))));
            } else if (name == u"cellXfs") {
                inCellXfs = true;
            } else if (name == u"xf" && inCellXfs) {
                xfFormats << xml.attributes().value(QLatin1StringView("numFmtId")).toInt();
            }
        } else if (xml.isEndElement() && xml.name() == u"cellXfs") {
            inCellXfs = false;
        }
    }
    if (xml.hasError())
        return failXml(xml, m_stylesPart, out);
    for (const int id : std::as_const(xfFormats))
        m_xfKinds << customKinds.value(id, xlsxBuiltinDateKind(id));
    return true;
}

bool XlsxReader::openSheet(const QString &name, XlsxError *error)
{
    for (int pass = 0; pass < 2; ++pass) {
        for (int i = 0; i < m_sheets.size(); ++i) {
            if (m_sheets.at(i).name.compare(name, pass == 0 ? Qt::CaseSensitive : Qt::CaseInsensitive) == 0)
                return openSheet(i, error);
        }
    }
    m_xml.reset();
    m_device.reset();
    m_sheet = -1;
    return fail(XlsxError::Kind::NoSuchSheet, {},
                Text::tr("“%1” has no sheet “%2”. Its sheets are: %3.")
                    .arg(m_fileName, name, sheetNames().join(Text::tr(", "))),
                error);
}

bool XlsxReader::openSheet(int index, XlsxError *out)
{
    m_xml.reset();
    m_device.reset();
    m_sheet = -1;
    m_rowNumber = 0;
    m_inSheetData = false;
    m_finished = false;
    m_sheetSize = 0;
    m_error = {};
    if (!isOpen())
        return fail(XlsxError::Kind::CannotRead, {}, Text::tr("No workbook is open."), out);
    if (index < 0 || index >= m_sheets.size())
        return fail(XlsxError::Kind::NoSuchSheet, {},
                    Text::tr("“%1” has no sheet number %2. Its sheets are: %3.")
                        .arg(m_fileName)
                        .arg(index + 1)
                        .arg(sheetNames().join(Text::tr(", "))),
                    out);
    if (!m_sharedLoaded) {
        if (!loadSharedStrings(out) || !loadStyles(out)) {
            m_sharedStrings.clear();
            m_xfKinds.clear();
            return false;
        }
        m_sharedLoaded = true;
    }
    const QString part = m_sheets.at(index).part;
    const std::optional<ZipEntryInfo> entry = m_zip.entry(part);
    if (!entry)
        return failZip(ZipError{ZipError::Kind::MissingEntry, part, {}}, out);
    ZipError zipError;
    m_device = m_zip.openEntry(entry->name, m_limits.maxSheetSize, &zipError);
    if (!m_device)
        return failZip(zipError, out);
    m_sheet = index;
    m_sheetSize = entry->uncompressedSize;
    m_xml = std::make_unique<QXmlStreamReader>(m_device.get());
    return true;
}

bool XlsxReader::readRow(QList<XlsxCell> &cells)
{
    cells.clear();
    if (!m_xml || m_finished || hasError())
        return false;
    QXmlStreamReader &xml = *m_xml;
    const QString part = m_sheets.at(m_sheet).part;
    XlsxError *out = nullptr;
    while (!xml.atEnd()) {
        if (!nextToken(xml))
            break;
        if (xml.isStartElement()) {
            if (xml.name() == u"sheetData") {
                m_inSheetData = true;
            } else if (m_inSheetData && xml.name() == u"row") {
                if (!parseRow(cells))
                    return false;
                if (!cells.isEmpty())
                    return true;
            }
        } else if (xml.isEndElement() && xml.name() == u"sheetData") {
            m_inSheetData = false;
        }
    }
    if (xml.hasError()) {
        failXml(xml, part, out);
        return false;
    }
    finishSheet();
    return false;
}

bool XlsxReader::finishSheet()
{
    // Read to the end of the entry so its checksum is verified.
    char buffer[4096];
    qint64 n = 0;
    while ((n = m_device->read(buffer, sizeof buffer)) > 0) { }
    m_finished = true;
    const ZipError zipError = SafeZipArchive::entryError(m_device.get());
    if (zipError.isError())
        return failZip(zipError, nullptr);
    return true;
}

bool XlsxReader::parseRow(QList<XlsxCell> &cells)
{
    QXmlStreamReader &xml = *m_xml;
    const QString &part = m_sheets.at(m_sheet).part;
    XlsxError *out = nullptr;
    bool ok = false;
    const qint64 number = xml.attributes().value(QLatin1StringView("r")).toLongLong(&ok);
    m_rowNumber = ok && number > 0 ? number : m_rowNumber + 1;
    int nextColumn = 0;
    while (!xml.atEnd()) {
        if (!nextToken(xml))
            break;
        if (xml.isStartElement()) {
            if (xml.name() == u"c") {
                if (!parseCell(cells, &nextColumn))
                    return false;
            } else {
                xml.skipCurrentElement();
            }
        } else if (xml.isEndElement() && xml.name() == u"row") {
            while (!cells.isEmpty() && cells.constLast().isEmpty())
                cells.removeLast();
            return true;
        }
    }
    failXml(xml, part, out);
    return false;
}

XlsxCell XlsxReader::makeNumberCell(const QString &raw, int style, bool *ok) const
{
    XlsxCell cell;
    const double value = raw.trimmed().toDouble(ok);
    if (!*ok)
        return cell;
    cell.number = value;
    const XlsxDateKind kind = style >= 0 && style < m_xfKinds.size() ? m_xfKinds.at(style) : XlsxDateKind::None;
    if (kind != XlsxDateKind::None) {
        if (const std::optional<QDateTime> dateTime = xlsxSerialToDateTime(value, m_date1904)) {
            const bool timeOnly = kind == XlsxDateKind::Time && value < 1.0;
            const bool dateOnly = kind == XlsxDateKind::Date;
            if (timeOnly) {
                cell.type = XlsxCell::Type::Time;
                cell.value = dateTime->time();
                cell.text = dateTime->time().toString(dateTime->time().msec() ? u"HH:mm:ss.zzz" : u"HH:mm:ss");
            } else if (dateOnly) {
                cell.type = XlsxCell::Type::Date;
                cell.value = dateTime->date();
                cell.text = dateTime->date().toString(Qt::ISODate);
            } else {
                cell.type = XlsxCell::Type::DateTime;
                cell.value = *dateTime;
                cell.text =
                    dateTime->toString(dateTime->time().msec() ? u"yyyy-MM-dd HH:mm:ss.zzz" : u"yyyy-MM-dd HH:mm:ss");
            }
            return cell;
        }
        // No real date (negative, beyond 9999, or the fictitious 1900-02-29): keep the number.
        if (!m_date1904 && std::floor(value) == 60.0) {
            cell.type = XlsxCell::Type::Number;
            cell.value = value;
            cell.text = QStringLiteral("1900-02-29");
            return cell;
        }
    }
    cell.type = XlsxCell::Type::Number;
    cell.value = value;
    cell.text = numberText(value);
    return cell;
}

bool XlsxReader::parseCell(QList<XlsxCell> &cells, int *nextColumn)
{
    QXmlStreamReader &xml = *m_xml;
    const QString &part = m_sheets.at(m_sheet).part;
    XlsxError *out = nullptr;
    const auto damaged = [&](const QString &detail) {
        return fail(XlsxError::Kind::Damaged, part,
                    Text::tr("“%1” is not a valid Excel file: the part %2 is damaged (row %3: %4). Open and save it "
                             "again in Excel or LibreOffice, or ask for a new export.")
                        .arg(m_fileName, part)
                        .arg(m_rowNumber)
                        .arg(detail),
                    out);
    };

    const QXmlStreamAttributes attributes = xml.attributes();
    int column = *nextColumn;
    if (attributes.hasAttribute(QLatin1StringView("r"))) {
        column = columnOfReference(attributes.value(QLatin1StringView("r")));
        if (column < 0)
            return damaged(
                Text::tr("“%1” is not a cell reference").arg(attributes.value(QLatin1StringView("r")).toString()));
    }
    if (column >= MaxColumns)
        return damaged(Text::tr("more than %1 columns").arg(MaxColumns));
    *nextColumn = column + 1;
    const QStringView type = attributes.value(QLatin1StringView("t"));
    const int style = attributes.value(QLatin1StringView("s")).toInt();

    QString raw;
    bool hasValue = false;
    QString inlineText;
    bool hasInline = false;
    while (!xml.atEnd()) {
        if (!nextToken(xml))
            break;
        if (xml.isStartElement()) {
            const QStringView name = xml.name();
            if (name == u"v") {
                raw = xml.readElementText();
                hasValue = true;
            } else if (name == u"is") {
                if (!readRichText(xml, &inlineText))
                    break;
                hasInline = true;
            } else {
                xml.skipCurrentElement(); // formulas, extensions
            }
        } else if (xml.isEndElement() && xml.name() == u"c") {
            break;
        }
    }
    if (xml.hasError() || xml.atEnd()) {
        failXml(xml, part, out);
        return false;
    }

    XlsxCell cell;
    if (type == u"inlineStr") {
        if (hasInline || hasValue) {
            cell.type = XlsxCell::Type::Text;
            cell.text = hasInline ? inlineText : decodeEscapes(raw);
            cell.value = cell.text;
        }
    } else if (!hasValue) {
        // A formatted cell without a value, or a formula without a cached result.
    } else if (type == u"s") {
        bool ok = false;
        const int index = raw.trimmed().toInt(&ok);
        if (!ok || index < 0 || index >= m_sharedStrings.size())
            return damaged(Text::tr("shared string %1 does not exist").arg(raw.left(20)));
        cell.type = XlsxCell::Type::Text;
        cell.text = m_sharedStrings.at(index);
        cell.value = cell.text;
    } else if (type == u"str") {
        cell.type = XlsxCell::Type::Text;
        cell.text = decodeEscapes(raw);
        cell.value = cell.text;
    } else if (type == u"b") {
        const QString v = raw.trimmed();
        const bool value = v == u"1" || v.compare(u"true", Qt::CaseInsensitive) == 0;
        if (!value && v != u"0" && v.compare(u"false", Qt::CaseInsensitive) != 0)
            return damaged(Text::tr("“%1” is not a boolean").arg(raw.left(20)));
        cell.type = XlsxCell::Type::Boolean;
        cell.value = value;
        cell.text = value ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    } else if (type == u"e") {
        cell.type = XlsxCell::Type::Error;
        cell.text = raw;
        cell.value = raw;
    } else if (type == u"d") {
        // ISO 8601 dates (strict OOXML and a few writers).
        const QString v = raw.trimmed();
        if (v.size() <= 10) {
            const QDate date = QDate::fromString(v, Qt::ISODate);
            if (!date.isValid())
                return damaged(Text::tr("“%1” is not a date").arg(raw.left(40)));
            cell.type = XlsxCell::Type::Date;
            cell.value = date;
            cell.text = date.toString(Qt::ISODate);
        } else {
            QDateTime dateTime = QDateTime::fromString(v, Qt::ISODateWithMs);
            if (!dateTime.isValid())
                return damaged(Text::tr("“%1” is not a date").arg(raw.left(40)));
            dateTime = dateTime.toUTC();
            cell.type = XlsxCell::Type::DateTime;
            cell.value = dateTime;
            cell.text = dateTime.toString(u"yyyy-MM-dd HH:mm:ss");
        }
    } else if (raw.trimmed().isEmpty()) {
        // <v/>: nothing stored.
    } else {
        bool ok = false;
        cell = makeNumberCell(raw, style, &ok);
        if (!ok)
            return damaged(Text::tr("“%1” is not a number").arg(raw.left(40)));
    }
    if (cell.isEmpty())
        return true;
    if (cells.size() <= column)
        cells.resize(column + 1);
    cells[column] = std::move(cell);
    return true;
}

} // namespace jl::io
