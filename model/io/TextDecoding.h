#pragma once

// Text encodings of silo exports and a chunk-wise decoder for them. The CSV reader feeds raw
// chunks in and gets UTF-16 text out; the decoder carries split multi-byte sequences over
// chunk boundaries and stops (instead of replacing) at the first invalid byte or NUL, so the
// reader can name the line and column of the problem.

#include <QByteArray>
#include <QString>

namespace jl::io {

enum class TextEncoding {
    Utf8,
    Utf16LE,
    Utf16BE,
    Windows1252,
};

// How the encoding of a sample was found (the import wizard shows it).
struct EncodingGuess
{
    TextEncoding encoding = TextEncoding::Utf8;
    int bomLength = 0; // bytes of byte order mark at the start of the sample (0 when none)
};

// BOM first; else BOM-less UTF-16 from the NUL pattern; else UTF-8 when the sample is valid
// UTF-8 (a sequence cut at the end of the sample is allowed); else Windows-1252.
EncodingGuess detectEncoding(const QByteArray &sample);

// Length of the byte order mark of `encoding` at the start of `data` (0 when there is none).
int bomLength(const QByteArray &data, TextEncoding encoding);

// Stable, untranslated name ("UTF-8", "UTF-16LE", "UTF-16BE", "Windows-1252").
QString encodingName(TextEncoding encoding);

class TextDecoder
{
public:
    enum class Status {
        Ok,
        InvalidSequence, // invalid UTF-8, or a file ending inside a character
        NulCharacter, // U+0000: binary data, not text
    };

    explicit TextDecoder(TextEncoding encoding);

    // Decodes `size` bytes, replacing the contents of `out` (its capacity is reused). An
    // incomplete trailing sequence is kept for the next call; with `atEnd` it is an error.
    // Decoding stops before the first bad byte: `out` then holds the text before it and
    // status() says what was wrong; later calls return nothing.
    void decode(const char *data, qsizetype size, bool atEnd, QString &out);

    Status status() const { return m_status; }
    TextEncoding encoding() const { return m_encoding; }

private:
    void decodeUtf8(const char *data, qsizetype size, bool atEnd, QString &out);
    void decodeUtf16(const char *data, qsizetype size, bool atEnd, QString &out);
    void decodeWindows1252(const char *data, qsizetype size, QString &out);

    TextEncoding m_encoding;
    Status m_status = Status::Ok;
    QByteArray m_carry; // bytes of a sequence split by the chunk boundary (at most 3)
    QByteArray m_joined;
};

// Length of the longest prefix of `data` that is valid UTF-8 without NUL bytes. When the
// whole rest is a sequence cut short, `*truncated` is set and that rest is not counted.
qsizetype validUtf8Prefix(const char *data, qsizetype size, bool *truncated);

} // namespace jl::io
