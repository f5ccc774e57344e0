#include "TextDecoding.h"

#include <QStringDecoder>

#include <algorithm>
#include <cstring>

namespace jl::io {

namespace {

// Windows-1252 differs from Latin-1 only in 0x80..0x9F. The five bytes the code page leaves
// undefined map to the C1 controls, as Windows' own MultiByteToWideChar does.
constexpr char16_t Cp1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, //
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F, //
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, //
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178, //
};

constexpr quint64 HighBits = 0x8080808080808080ULL;
constexpr quint64 LowBits = 0x0101010101010101ULL;

// BOM-less UTF-16: text that is mostly ASCII has a NUL in every other byte. Returns the
// encoding when one byte parity is clearly mostly NUL and the other is not.
bool guessUtf16(const QByteArray &sample, TextEncoding *encoding)
{
    const qsizetype pairs = std::min<qsizetype>(sample.size(), 4096) / 2;
    if (pairs < 2)
        return false;
    qsizetype evenNul = 0;
    qsizetype oddNul = 0;
    for (qsizetype i = 0; i < pairs; ++i) {
        evenNul += sample.at(2 * i) == '\0';
        oddNul += sample.at(2 * i + 1) == '\0';
    }
    // Thresholds leave room for non-Latin text and binary noise in the other parity.
    if (oddNul * 10 >= pairs * 4 && evenNul * 10 <= pairs) {
        *encoding = TextEncoding::Utf16LE;
        return true;
    }
    if (evenNul * 10 >= pairs * 4 && oddNul * 10 <= pairs) {
        *encoding = TextEncoding::Utf16BE;
        return true;
    }
    return false;
}

} // namespace

qsizetype validUtf8Prefix(const char *data, qsizetype size, bool *truncated)
{
    const auto *p = reinterpret_cast<const uchar *>(data);
    *truncated = false;
    qsizetype i = 0;
    while (i < size) {
        // ASCII fast path, 8 bytes at a time: stop at a high bit or a zero byte.
        while (i + 8 <= size) {
            quint64 w;
            std::memcpy(&w, p + i, 8);
            if ((w & HighBits) || ((w - LowBits) & ~w & HighBits))
                break;
            i += 8;
        }
        if (i >= size)
            break;
        const uchar c = p[i];
        if (c < 0x80) {
            if (c == 0)
                return i;
            ++i;
            continue;
        }
        qsizetype length = 0;
        if (c >= 0xC2 && c <= 0xDF)
            length = 2;
        else if ((c & 0xF0) == 0xE0)
            length = 3;
        else if (c >= 0xF0 && c <= 0xF4)
            length = 4;
        else
            return i; // continuation byte, overlong lead (C0/C1) or beyond U+10FFFF
        const qsizetype available = std::min(length, size - i);
        for (qsizetype k = 1; k < available; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
        }
        if (available >= 2) {
            const uchar c1 = p[i + 1];
            if ((c == 0xE0 && c1 < 0xA0) || (c == 0xF0 && c1 < 0x90)) // overlong
                return i;
            if (c == 0xED && c1 > 0x9F) // UTF-16 surrogates
                return i;
            if (c == 0xF4 && c1 > 0x8F) // beyond U+10FFFF
                return i;
        }
        if (available < length) {
            *truncated = true;
            return i;
        }
        i += length;
    }
    return size;
}

int bomLength(const QByteArray &data, TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8: return data.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    case TextEncoding::Utf16LE: return data.startsWith("\xFF\xFE") ? 2 : 0;
    case TextEncoding::Utf16BE: return data.startsWith("\xFE\xFF") ? 2 : 0;
    case TextEncoding::Windows1252: return 0;
    }
    return 0;
}

EncodingGuess detectEncoding(const QByteArray &sample)
{
    for (TextEncoding encoding : {TextEncoding::Utf8, TextEncoding::Utf16LE, TextEncoding::Utf16BE}) {
        if (const int length = bomLength(sample, encoding))
            return {encoding, length};
    }
    TextEncoding utf16 = TextEncoding::Utf16LE;
    if (guessUtf16(sample, &utf16))
        return {utf16, 0};
    bool truncated = false;
    const qsizetype valid = validUtf8Prefix(sample.constData(), sample.size(), &truncated);
    if (valid == sample.size() || truncated)
        return {TextEncoding::Utf8, 0};
    // A NUL in otherwise valid UTF-8 is binary data, which the reader reports; it is not a
    // reason to fall back to Windows-1252.
    if (sample.at(valid) == '\0')
        return {TextEncoding::Utf8, 0};
    return {TextEncoding::Windows1252, 0};
}

QString encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8: return QStringLiteral("UTF-8");
    case TextEncoding::Utf16LE: return QStringLiteral("UTF-16LE");
    case TextEncoding::Utf16BE: return QStringLiteral("UTF-16BE");
    case TextEncoding::Windows1252: return QStringLiteral("Windows-1252");
    }
    return {};
}

TextDecoder::TextDecoder(TextEncoding encoding)
    : m_encoding(encoding)
{
}

void TextDecoder::decode(const char *data, qsizetype size, bool atEnd, QString &out)
{
    out.resize(0);
    if (m_status != Status::Ok)
        return;
    switch (m_encoding) {
    case TextEncoding::Utf8: decodeUtf8(data, size, atEnd, out); break;
    case TextEncoding::Utf16LE:
    case TextEncoding::Utf16BE: decodeUtf16(data, size, atEnd, out); break;
    case TextEncoding::Windows1252: decodeWindows1252(data, size, out); break;
    }
}

void TextDecoder::decodeUtf8(const char *data, qsizetype size, bool atEnd, QString &out)
{
    if (!m_carry.isEmpty()) {
        m_joined.resize(0);
        m_joined.append(m_carry).append(data, size);
        m_carry.resize(0);
        data = m_joined.constData();
        size = m_joined.size();
    }
    bool truncated = false;
    const qsizetype valid = validUtf8Prefix(data, size, &truncated);
    if (valid > 0) {
        // Validated already, so Qt's fast (SIMD) converter cannot meet anything to replace.
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
        out.resize(valid);
        const QChar *end = decoder.appendToBuffer(out.data(), QByteArrayView(data, valid));
        out.resize(end - out.constData());
    }
    if (valid == size)
        return;
    if (truncated && !atEnd) {
        m_carry = QByteArray(data + valid, size - valid);
        return;
    }
    m_status = data[valid] == '\0' ? Status::NulCharacter : Status::InvalidSequence;
}

void TextDecoder::decodeUtf16(const char *data, qsizetype size, bool atEnd, QString &out)
{
    const bool littleEndian = m_encoding == TextEncoding::Utf16LE;
    out.resize((size + m_carry.size()) / 2);
    char16_t *dst = reinterpret_cast<char16_t *>(out.data());
    qsizetype written = 0;
    const auto *p = reinterpret_cast<const uchar *>(data);
    qsizetype i = 0;
    auto put = [&](uchar first, uchar second) {
        const char16_t unit = littleEndian ? char16_t(first | (second << 8)) : char16_t((first << 8) | second);
        if (unit == 0) {
            m_status = Status::NulCharacter;
            return false;
        }
        dst[written++] = unit;
        return true;
    };
    if (!m_carry.isEmpty() && size > 0) {
        const bool ok = put(uchar(m_carry.at(0)), p[0]);
        m_carry.resize(0);
        i = 1;
        if (!ok) {
            out.resize(written);
            return;
        }
    }
    for (; i + 1 < size; i += 2) {
        if (!put(p[i], p[i + 1])) {
            out.resize(written);
            return;
        }
    }
    out.resize(written);
    if (i < size)
        m_carry = QByteArray(data + i, 1);
    if (atEnd && !m_carry.isEmpty())
        m_status = Status::InvalidSequence; // the file ends inside a character
}

void TextDecoder::decodeWindows1252(const char *data, qsizetype size, QString &out)
{
    out.resize(size);
    char16_t *dst = reinterpret_cast<char16_t *>(out.data());
    const auto *p = reinterpret_cast<const uchar *>(data);
    for (qsizetype i = 0; i < size; ++i) {
        const uchar c = p[i];
        if (c == 0) {
            out.resize(i);
            m_status = Status::NulCharacter;
            return;
        }
        dst[i] = (c >= 0x80 && c < 0xA0) ? Cp1252High[c - 0x80] : char16_t(c);
    }
}

} // namespace jl::io
