#pragma once

// Read-only access to an untrusted ZIP archive without ever extracting it to disk.
// open() validates the whole central directory first (entry count, names, duplicates, symlinks,
// encryption, sizes and compression ratios) and rejects the archive on the first problem, so a
// hostile archive costs a few milliseconds and no memory. Entries are then read in memory or
// streamed through a device that enforces the same limits on the bytes actually inflated.

#include "ZipLimits.h"

#include <QIODevice>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace jl::io {

struct ZipEntryInfo
{
    QString name;
    qint64 compressedSize = 0;
    qint64 uncompressedSize = 0;
    bool isDirectory = false;
};

// What went wrong; message is a translated sentence fragment without the archive's file name
// (callers put the file name and the advice around it).
struct ZipError
{
    enum class Kind {
        None,
        CannotOpen, // the file itself cannot be read
        NotZip,
        OleCompound, // an old .xls / password-protected Office file
        TooManyEntries,
        UnsafeName, // "..", absolute, backslash, drive letter, control characters
        DuplicateName,
        Symlink,
        Encrypted,
        UnsupportedMethod,
        TooLarge,
        CompressionRatio,
        Damaged,
        MissingEntry,
    };
    Kind kind = Kind::None;
    QString entry;
    QString message;

    bool isError() const { return kind != Kind::None; }
};

class SafeZipArchive
{
public:
    SafeZipArchive();
    ~SafeZipArchive();
    SafeZipArchive(const SafeZipArchive &) = delete;
    SafeZipArchive &operator=(const SafeZipArchive &) = delete;

    bool open(const QString &path, const ZipLimits &limits = {});
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    const ZipError &error() const { return m_error; }
    const ZipLimits &limits() const { return m_limits; }

    const QList<ZipEntryInfo> &entries() const { return m_entries; }
    // Exact match first, then case-insensitive (OPC part names are case-insensitive).
    std::optional<ZipEntryInfo> entry(const QString &name) const;

    // A sequential read-only device over one entry, inflating at most maxSize bytes (and never
    // more than the ratio limit allows for its compressed size). Only one entry device is open
    // at a time: opening another, close() or destroying the archive ends the previous one.
    // On a read error the device returns -1 and entryError() of the device tells why.
    std::unique_ptr<QIODevice> openEntry(const QString &name, qint64 maxSize, ZipError *error);
    // The whole entry in memory (for small parts), nullopt with *error set on failure.
    std::optional<QByteArray> readEntry(const QString &name, qint64 maxSize, ZipError *error);

    // The error of a device from openEntry() (Kind::None while it reads fine).
    static ZipError entryError(const QIODevice *device);
    // Bytes the device has delivered so far.
    static qint64 entryBytesRead(const QIODevice *device);

    // All bytes inflated by entry devices since open(); lets tests prove an early stop.
    qint64 bytesInflated() const { return m_bytesInflated; }

private:
    struct Impl;
    std::unique_ptr<Impl> d;
    QString m_path;
    ZipLimits m_limits;
    ZipError m_error;
    QList<ZipEntryInfo> m_entries;
    qint64 m_bytesInflated = 0;
};

} // namespace jl::io
