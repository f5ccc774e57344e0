#pragma once

// The per-workspace secret key of pseudonymisation (see Pseudonymiser), kept OUTSIDE the
// workspace file so a copied or leaked workspace does not reveal its identifiers: one file
// "<directory>/<workspaceId>.key" (by default in the user's config dir, "…/keys"), mode 0600
// in a 0700 directory, created from the system's random generator on first use and written
// atomically. A colleague who must import into the same workspace gets the key as one line of
// text (exportLine / importLine) with a checksum that catches typos.
//
// Errors are values with a translated message that names the file; nothing here logs keys.

#include <QByteArray>
#include <QString>

namespace jl::privacy {

class KeyStore
{
public:
    static constexpr qsizetype KeySize = 32;

    struct KeyResult
    {
        QByteArray key; // KeySize bytes when ok()
        QString error; // user-facing, empty on success
        bool created = false; // loadOrCreate() made a new key
        bool ok() const { return error.isEmpty(); }
    };

    struct ImportResult
    {
        QString workspaceId;
        QString error;
        bool replaced = false; // a different key was overwritten (only with Overwrite)
        bool ok() const { return error.isEmpty(); }
    };

    enum class ImportMode {
        KeepExisting, // refuse when the id already has a different key
        Overwrite,
    };

    // `directory` overrides the keys directory (tests); empty uses defaultDirectory().
    explicit KeyStore(const QString &directory = QString());

    // QStandardPaths::AppConfigLocation + "/keys".
    static QString defaultDirectory();

    QString directory() const { return m_directory; }
    QString keyFilePath(const QString &workspaceId) const;

    // Workspace ids become file names: 1–128 characters of A–Z, a–z, 0–9, '-', '_' and '.'
    // (not first). A QUuid written WithoutBraces qualifies.
    static bool isValidWorkspaceId(const QString &workspaceId);

    bool hasKey(const QString &workspaceId) const;

    // Reads the key; an error when it is missing, unreadable or damaged.
    KeyResult load(const QString &workspaceId) const;

    // Reads the key, or creates it when there is no key file yet. A damaged file is reported,
    // never replaced: data pseudonymised under it would become unmatchable.
    KeyResult loadOrCreate(const QString &workspaceId) const;

    // "journeylens-key-v1:<workspaceId>:<base64url key>:<checksum>", the checksum being the
    // first 8 hex digits of SHA-256 over the id, a newline and the key.
    static QString exportLine(const QString &workspaceId, const QByteArray &key);

    // Parses and checks a line from exportLine() and stores its key. Refuses a malformed line,
    // a wrong checksum, and (with KeepExisting) a different key already stored for that id.
    ImportResult importLine(const QString &line, ImportMode mode = ImportMode::KeepExisting) const;

private:
    QString save(const QString &workspaceId, const QByteArray &key) const;

    QString m_directory;
};

} // namespace jl::privacy
