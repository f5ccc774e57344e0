#include "CsvReader.h"

#include <QCoreApplication>
#include <QIODevice>

#include <algorithm>
#include <array>
#include <utility>

namespace jl::io {

namespace {

// Free functions translate in this context (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(jl::io::CsvReader)
};

constexpr char16_t Quote = u'"';
constexpr char16_t Lf = u'\n';
constexpr char16_t Cr = u'\r';
constexpr std::array<char16_t, 4> DelimiterCandidates = {u',', u';', u'\t', u'|'};
constexpr int SniffLines = 50;

} // namespace

QChar sniffDelimiter(QStringView text)
{
    // Field separators per line, counted outside quotes. Every quote toggles: a doubled
    // quote toggles twice, so only the rare literal quote in an unquoted field misleads.
    QList<std::array<int, 4>> lines;
    std::array<int, 4> counts{};
    bool inQuotes = false;
    bool lineHasText = false;
    for (qsizetype i = 0; i < text.size() && lines.size() < SniffLines; ++i) {
        const char16_t c = text[i].unicode();
        if (c == Quote) {
            inQuotes = !inQuotes;
        } else if (!inQuotes && (c == Lf || c == Cr)) {
            if (lineHasText)
                lines.append(counts);
            counts = {};
            lineHasText = false;
            continue;
        } else if (!inQuotes) {
            for (size_t k = 0; k < DelimiterCandidates.size(); ++k)
                counts[k] += c == DelimiterCandidates[k];
        }
        lineHasText = true;
    }
    // The sample may end inside a line: use that partial line only when it is the only one.
    if (lineHasText && lines.isEmpty())
        lines.append(counts);
    if (lines.isEmpty())
        return QChar(u',');

    int best = -1;
    qsizetype bestScore = 0;
    for (size_t k = 0; k < DelimiterCandidates.size(); ++k) {
        const int first = lines.first()[k];
        if (first == 0)
            continue;
        qsizetype score = 0;
        for (const auto &line : std::as_const(lines))
            score += line[k] == first;
        if (score > bestScore) {
            bestScore = score;
            best = int(k);
        }
    }
    return QChar(best < 0 ? u',' : DelimiterCandidates[size_t(best)]);
}

CsvFormat sniffCsvFormat(const QByteArray &sample)
{
    const EncodingGuess guess = detectEncoding(sample);
    TextDecoder decoder(guess.encoding);
    QString text;
    decoder.decode(sample.constData() + guess.bomLength, sample.size() - guess.bomLength, false, text);
    return {guess.encoding, guess.bomLength, sniffDelimiter(text)};
}

CsvReader::CsvReader(QIODevice *device)
    : CsvReader(device, Options())
{
}

CsvReader::CsvReader(QIODevice *device, const Options &options)
    : m_device(device),
      m_options(options)
{
    m_options.chunkSize = std::max<qsizetype>(1, m_options.chunkSize);
    m_options.sampleSize = std::max<qsizetype>(4, m_options.sampleSize); // a BOM must fit
}

void CsvReader::fail(qint64 line, qint64 column, const QString &message)
{
    m_hasError = true;
    m_error = {line, column, message};
}

qint64 CsvReader::columnAt(qsizetype index) const
{
    return m_bufferBase + index - m_lineStart + 1;
}

void CsvReader::lineBreak(qsizetype index, qsizetype length)
{
    ++m_line;
    m_lineStart = m_bufferBase + index + length;
}

bool CsvReader::start()
{
    m_started = true;
    if (!m_device || !m_device->isReadable()) {
        fail(0, 0, Text::tr("The file is not open for reading."));
        return false;
    }
    // The sample is read whole even from a device that hands out a few bytes at a time.
    QByteArray sample(m_options.sampleSize, Qt::Uninitialized);
    qsizetype filled = 0;
    while (filled < sample.size()) {
        const qint64 got = m_device->read(sample.data() + filled, sample.size() - filled);
        if (got < 0) {
            fail(0, 0, Text::tr("The file could not be read: %1").arg(m_device->errorString()));
            return false;
        }
        if (got == 0) {
            m_inputDone = true;
            break;
        }
        filled += got;
    }
    sample.resize(filled);
    m_bytesConsumed = filled;

    if (m_options.encoding) {
        m_format.encoding = *m_options.encoding;
        m_format.bomLength = bomLength(sample, m_format.encoding);
    } else {
        const EncodingGuess guess = detectEncoding(sample);
        m_format.encoding = guess.encoding;
        m_format.bomLength = guess.bomLength;
    }
    m_decoder.emplace(m_format.encoding);
    m_decoder->decode(sample.constData() + m_format.bomLength, sample.size() - m_format.bomLength, m_inputDone,
                      m_buffer);

    m_format.delimiter = m_options.delimiter ? *m_options.delimiter : sniffDelimiter(m_buffer);
    const char16_t delimiter = m_format.delimiter.unicode();
    if (delimiter == 0 || delimiter == Quote || delimiter == Cr || delimiter == Lf) {
        fail(0, 0, Text::tr("The field delimiter cannot be a quote or a line break."));
        return false;
    }
    return true;
}

bool CsvReader::fillBuffer()
{
    m_bufferBase += m_buffer.size();
    m_buffer.resize(0);
    m_pos = 0;
    m_spanStart = 0;
    if (m_decoder->status() != TextDecoder::Status::Ok) {
        failDecoding();
        return false;
    }
    if (m_inputDone)
        return false;
    m_raw.resize(m_options.chunkSize);
    const qint64 got = m_device->read(m_raw.data(), m_raw.size());
    if (got < 0) {
        fail(0, 0, Text::tr("The file could not be read: %1").arg(m_device->errorString()));
        return false;
    }
    m_inputDone = got == 0;
    m_bytesConsumed += got;
    m_decoder->decode(m_raw.constData(), got, m_inputDone, m_buffer);
    return true;
}

void CsvReader::failDecoding()
{
    // The decoder stopped right before the bad byte, which is where the parser now is.
    const qint64 column = columnAt(0);
    if (m_decoder->status() == TextDecoder::Status::NulCharacter) {
        fail(m_line, column,
             Text::tr("Line %1, column %2: the file contains binary data (a NUL byte). "
                      "It is not a text file in the chosen encoding (%3).")
                 .arg(m_line)
                 .arg(column)
                 .arg(encodingName(m_format.encoding)));
    } else if (m_format.encoding == TextEncoding::Utf8) {
        fail(m_line, column,
             Text::tr("Line %1, column %2: the text is not valid UTF-8. "
                      "Try reading the file as Windows-1252.")
                 .arg(m_line)
                 .arg(column));
    } else {
        fail(m_line, column,
             Text::tr("Line %1, column %2: the file ends in the middle of a character. "
                      "It may be cut short.")
                 .arg(m_line)
                 .arg(column));
    }
}

bool CsvReader::appendToField(const QChar *begin, qsizetype length)
{
    if (m_field.size() + length > m_options.maxFieldSize) {
        fail(m_fieldLine, m_fieldColumn,
             Text::tr("Line %1, column %2: a field is longer than %L3 characters. "
                      "A quote (\") may be missing, or the file is not a CSV file.")
                 .arg(m_fieldLine)
                 .arg(m_fieldColumn)
                 .arg(m_options.maxFieldSize));
        return false;
    }
    m_field.append(begin, length);
    return true;
}

bool CsvReader::finishField(const QChar *begin, qsizetype length)
{
    if (m_field.isEmpty() && length <= m_options.maxFieldSize) {
        // The common case: the whole field is one span of the chunk.
        m_record.append(QString(begin, length));
    } else {
        if (!appendToField(begin, length))
            return false;
        m_record.append(std::move(m_field));
        m_field = QString();
    }
    m_recordSize += m_record.constLast().size() + 1;
    if (m_recordSize > m_options.maxRecordSize) {
        fail(m_nextRecordLine, 1,
             Text::tr("Line %1, column %2: a record is longer than %L3 characters. "
                      "A quote (\") may be missing, or the file is not a CSV file.")
                 .arg(m_nextRecordLine)
                 .arg(1)
                 .arg(m_options.maxRecordSize));
        return false;
    }
    return true;
}

// Parses from m_pos. True when a record is complete (m_pos is then after its line end);
// false when the chunk is used up (the open field's text is saved) or on an error.
bool CsvReader::parseBuffer()
{
    const auto *p = reinterpret_cast<const char16_t *>(m_buffer.constData());
    const QChar *chars = m_buffer.constData();
    const qsizetype n = m_buffer.size();
    const char16_t delimiter = m_format.delimiter.unicode();
    qsizetype i = m_pos;

    if (m_pendingCr) {
        // A CRLF split by the chunk boundary: the LF is no new line (inside quotes it stays
        // part of the field, whose span starts at 0).
        m_pendingCr = false;
        if (i == 0 && n > 0 && p[0] == Lf) {
            m_lineStart = m_bufferBase + 1;
            i = 1;
        }
    }

    // Ends the line at p[j] (CR, LF or CRLF) and returns the index after it.
    auto endOfLine = [&](qsizetype j) {
        if (p[j] == Cr) {
            if (j + 1 < n) {
                const qsizetype length = p[j + 1] == Lf ? 2 : 1;
                lineBreak(j, length);
                return j + length;
            }
            m_pendingCr = true;
        }
        lineBreak(j, 1);
        return j + 1;
    };

    while (i < n) {
        switch (m_state) {
        case State::RecordStart: {
            const char16_t c = p[i];
            if (c == Lf || c == Cr) { // an empty line
                i = endOfLine(i);
                continue;
            }
            m_nextRecordLine = m_line;
            m_state = State::FieldStart;
            continue;
        }
        case State::FieldStart:
            m_fieldLine = m_line;
            m_fieldColumn = columnAt(i);
            if (p[i] == Quote) {
                m_state = State::Quoted;
                m_spanStart = ++i;
            } else {
                m_state = State::Unquoted;
                m_spanStart = i;
            }
            continue;
        case State::Unquoted: {
            qsizetype j = i;
            while (j < n) {
                const char16_t c = p[j];
                if (c == delimiter || c == Lf || c == Cr)
                    break;
                ++j;
            }
            if (j == n) {
                i = n;
                break;
            }
            if (!finishField(chars + m_spanStart, j - m_spanStart))
                return false;
            if (p[j] == delimiter) {
                m_state = State::FieldStart;
                i = j + 1;
                continue;
            }
            m_pos = endOfLine(j);
            m_state = State::RecordStart;
            return true;
        }
        case State::Quoted: {
            qsizetype j = i;
            for (;;) {
                while (j < n) {
                    const char16_t c = p[j];
                    if (c == Quote || c == Lf || c == Cr)
                        break;
                    ++j;
                }
                if (j == n || p[j] == Quote)
                    break;
                j = endOfLine(j); // a line break inside the field
            }
            if (j == n) {
                i = n;
                break;
            }
            if (!appendToField(chars + m_spanStart, j - m_spanStart))
                return false;
            m_state = State::QuoteInQuoted;
            i = j + 1;
            continue;
        }
        case State::QuoteInQuoted: {
            const char16_t c = p[i];
            if (c == Quote) {
                // A doubled quote: the second one starts the next span, so one is kept.
                m_state = State::Quoted;
                m_spanStart = i;
                ++i;
                continue;
            }
            if (c == delimiter || c == Lf || c == Cr) {
                if (!finishField(chars, 0))
                    return false;
                if (c == delimiter) {
                    m_state = State::FieldStart;
                    ++i;
                    continue;
                }
                m_pos = endOfLine(i);
                m_state = State::RecordStart;
                return true;
            }
            // Text after the closing quote: kept, like Excel does, and counted.
            ++m_warningCount;
            if (m_warnings.size() < m_options.maxWarnings) {
                const qint64 column = columnAt(i);
                m_warnings.append({m_line, column,
                                   Text::tr("Line %1, column %2: text after a closing quote was added to the field.")
                                       .arg(m_line)
                                       .arg(column)});
            }
            m_state = State::Unquoted;
            m_spanStart = i;
            continue;
        }
        }
    }

    // The chunk is used up inside a field: keep its text for the next chunk.
    if ((m_state == State::Unquoted || m_state == State::Quoted)
        && !appendToField(chars + m_spanStart, n - m_spanStart))
        return false;
    m_pos = n;
    return false;
}

bool CsvReader::finishAtEnd()
{
    m_atEnd = true;
    switch (m_state) {
    case State::RecordStart: return false;
    case State::Quoted:
        fail(m_fieldLine, m_fieldColumn,
             Text::tr("Line %1, column %2: a quoted field is never closed. "
                      "Check for a missing quote (\") in that line.")
                 .arg(m_fieldLine)
                 .arg(m_fieldColumn));
        return false;
    case State::FieldStart: // "a,b," ends with an empty field
    case State::Unquoted:
    case State::QuoteInQuoted:
        if (!finishField(m_buffer.constData(), 0))
            return false;
        m_state = State::RecordStart;
        return true;
    }
    return false;
}

bool CsvReader::readRecord(QStringList &fields)
{
    fields.clear();
    if (m_hasError || m_atEnd)
        return false;
    if (!m_started && !start())
        return false;
    for (;;) {
        bool complete = false;
        if (m_pos < m_buffer.size()) {
            complete = parseBuffer();
            if (!complete && !m_hasError)
                continue;
        } else if (!fillBuffer()) {
            if (!m_hasError)
                complete = finishAtEnd();
        } else {
            continue;
        }
        if (!complete)
            return false;
        fields.swap(m_record);
        m_record.clear();
        m_recordSize = 0;
        m_recordLine = m_nextRecordLine;
        ++m_recordCount;
        return true;
    }
}

CsvPreview readCsvPreview(QIODevice *device, const CsvReader::Options &options, int maxRecords)
{
    CsvPreview preview;
    CsvReader reader(device, options);
    QStringList fields;
    while (preview.records.size() < maxRecords && reader.readRecord(fields)) {
        preview.records.append(fields);
        preview.recordLines.append(reader.recordLine());
    }
    preview.format = reader.format();
    if (reader.hasError())
        preview.error = reader.error();
    preview.complete = reader.atEnd() && !reader.hasError();
    return preview;
}

} // namespace jl::io
