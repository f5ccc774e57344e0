#pragma once

// Streaming reader for CSV/TSV exports of silo systems (RFC 4180 plus what real exports do).
// It reads a QIODevice chunk by chunk, so memory follows the longest record, not the file.
//
// Dialect, decided once here so the wizard, the CLI and the import agree:
// - Fields may be quoted with "; "" inside quotes is one quote; CR, LF and CRLF may appear
//   inside quotes and are kept as written.
// - Records end at CRLF, LF or CR; a missing final line end is fine; empty lines are skipped
//   (readRecord never returns an empty record); "a,b," has three fields, the last empty.
// - A quote inside an unquoted field is kept literally (like Excel): a"b → a"b.
// - Text between a closing quote and the next delimiter is appended to the field
//   ("ab"c → abc) and counted as a warning: the data is kept, the user can be told.
// - Errors stop the reader (the records before the error have been returned): a quote never
//   closed (reported at the opening quote); a field longer than Options::maxFieldSize
//   characters (found within one chunk of the limit: the rest of the field is never
//   buffered); a record longer than Options::maxRecordSize (a file without line breaks
//   cannot fill the memory field by field); a NUL character (binary data); text that is
//   not valid in the encoding (never replaced silently); a read error of the device.
// - Encoding: BOM, else BOM-less UTF-16 by its NUL pattern, else UTF-8 when the sample is
//   valid UTF-8, else Windows-1252 (see detectEncoding). Invalid UTF-8 after the sample is
//   an error that suggests Windows-1252; the caller can then read again with that override.
// Lines and columns are 1-based, physical (a field with a line break moves on the line
// count), columns count UTF-16 code units from the start of the line.

#include "io/TextDecoding.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QIODevice;

namespace jl::io {

struct CsvFormat
{
    TextEncoding encoding = TextEncoding::Utf8;
    int bomLength = 0; // bytes of byte order mark the file starts with
    QChar delimiter = u',';
};

// A problem with the place it was found at; `message` is translated, complete and names the
// line and column (line 0: not tied to a line, e.g. a read error).
struct CsvError
{
    qint64 line = 0;
    qint64 column = 0;
    QString message;
};

// Encoding (see detectEncoding) and delimiter of a sample of the file's first bytes. The
// delimiter is the one of , ; tab | that splits the first lines (outside quotes) into the
// same number of fields as the first line does, in the most lines; ties go to the earlier
// one in that order; ',' when none splits the first line.
CsvFormat sniffCsvFormat(const QByteArray &sample);

// The delimiter guess alone, on decoded text (used by sniffCsvFormat).
QChar sniffDelimiter(QStringView text);

class CsvReader
{
public:
    struct Options
    {
        std::optional<TextEncoding> encoding; // detected from the first bytes when unset
        std::optional<QChar> delimiter; // sniffed from the first lines when unset
        qint64 maxFieldSize = 10 * 1024 * 1024; // characters; a longer field is an error
        qint64 maxRecordSize = 64 * 1024 * 1024; // characters, each field counting one more
        qsizetype chunkSize = 256 * 1024; // bytes per read of the device
        qsizetype sampleSize = 64 * 1024; // bytes read first to detect the format (min. 4)
        int maxWarnings = 100; // warnings kept (all are counted)
    };

    // `device` must be open for reading and outlive the reader; reading starts at its
    // current position. A BOM of the (detected or given) encoding is skipped.
    explicit CsvReader(QIODevice *device);
    CsvReader(QIODevice *device, const Options &options);

    // Reads the next record into `fields` (replaced). Returns false at the end of the data
    // and on an error (then hasError() is true and error() says what and where).
    bool readRecord(QStringList &fields);

    // The format in use; valid after the first readRecord().
    const CsvFormat &format() const { return m_format; }
    // Physical line the last record returned starts on.
    qint64 recordLine() const { return m_recordLine; }
    // Records returned so far.
    qint64 recordCount() const { return m_recordCount; }
    // Bytes read from the device and decoded so far, for progress; equals the data size at
    // the end. Advances a chunk at a time.
    qint64 bytesConsumed() const { return m_bytesConsumed; }
    bool atEnd() const { return m_atEnd; }

    bool hasError() const { return m_hasError; }
    const CsvError &error() const { return m_error; }

    // Lenient repairs made so far (text after a closing quote); the first maxWarnings are kept.
    const QList<CsvError> &warnings() const { return m_warnings; }
    qint64 warningCount() const { return m_warningCount; }

private:
    enum class State {
        RecordStart, // nothing of the record read yet (empty lines are skipped here)
        FieldStart, // after a delimiter
        Unquoted, // inside a field that did not start with a quote
        Quoted, // inside quotes
        QuoteInQuoted, // after a quote inside quotes: a doubled quote or the closing one
    };

    bool start();
    bool fillBuffer();
    bool parseBuffer();
    bool finishAtEnd();
    bool appendToField(const QChar *begin, qsizetype length);
    bool finishField(const QChar *begin, qsizetype length);
    void lineBreak(qsizetype index, qsizetype length);
    qint64 columnAt(qsizetype index) const;
    void fail(qint64 line, qint64 column, const QString &message);
    void failDecoding();

    QIODevice *m_device;
    Options m_options;
    CsvFormat m_format;
    std::optional<TextDecoder> m_decoder;
    bool m_started = false;
    bool m_inputDone = false;
    bool m_atEnd = false;

    QByteArray m_raw; // the chunk as read
    QString m_buffer; // the chunk decoded
    qsizetype m_pos = 0; // next unparsed index in m_buffer
    qint64 m_bufferBase = 0; // characters before m_buffer in the whole text
    qint64 m_lineStart = 0; // character index of the current line's first character
    qint64 m_line = 1;
    bool m_pendingCr = false; // the last chunk ended with CR: a leading LF belongs to it

    State m_state = State::RecordStart;
    QStringList m_record;
    QString m_field; // field text carried over chunks or with "" inside
    qsizetype m_spanStart = 0; // start of the field's text not yet in m_field
    qint64 m_fieldLine = 0; // where the current field started (for errors)
    qint64 m_fieldColumn = 0;

    qint64 m_recordLine = 0;
    qint64 m_nextRecordLine = 0;
    qint64 m_recordCount = 0;
    qint64 m_recordSize = 0; // characters in m_record, plus one per field
    qint64 m_bytesConsumed = 0;

    bool m_hasError = false;
    CsvError m_error;
    QList<CsvError> m_warnings;
    qint64 m_warningCount = 0;
};

// The first records of a file for the import wizard's preview.
struct CsvPreview
{
    CsvFormat format;
    QList<QStringList> records;
    QList<qint64> recordLines;
    bool complete = false; // the whole file fitted in the preview
    std::optional<CsvError> error;
};

CsvPreview readCsvPreview(QIODevice *device, const CsvReader::Options &options, int maxRecords);

} // namespace jl::io
