#include "KeyStore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QStandardPaths>

#include <optional>

namespace jl::privacy {

namespace {

// Free functions translate in this context (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(jl::privacy::KeyStore)
};

const QByteArray FileHeader = QByteArrayLiteral("journeylens-workspace-key-v1");
const QString LinePrefix = QStringLiteral("journeylens-key-v1");
constexpr qint64 MaxFileSize = 1024; // a key file is ~75 bytes; anything big is not ours
constexpr qsizetype ChecksumLength = 8;

QByteArray encodeKey(const QByteArray &key)
{
    return key.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// Strict: any character outside base64url, or a length other than KeySize, fails.
std::optional<QByteArray> decodeKey(const QByteArray &text)
{
    const auto decoded =
        QByteArray::fromBase64Encoding(text, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != KeyStore::KeySize || encodeKey(decoded.decoded) != text)
        return std::nullopt;
    return decoded.decoded;
}

QString checksum(const QString &workspaceId, const QByteArray &key)
{
    const QByteArray input = workspaceId.toUtf8() + '\n' + key;
    const QByteArray hash = QCryptographicHash::hash(input, QCryptographicHash::Sha256);
    return QString::fromLatin1(hash.toHex().left(ChecksumLength));
}

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

KeyStore::KeyStore(const QString &directory)
    : m_directory(directory.isEmpty() ? defaultDirectory() : directory)
{
}

QString KeyStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/keys");
}

QString KeyStore::keyFilePath(const QString &workspaceId) const
{
    return m_directory + u'/' + workspaceId + QStringLiteral(".key");
}

bool KeyStore::isValidWorkspaceId(const QString &workspaceId)
{
    if (workspaceId.isEmpty() || workspaceId.size() > 128 || workspaceId.startsWith(u'.'))
        return false;
    for (const QChar c : workspaceId) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'-'
            || u == u'_' || u == u'.';
        if (!ok)
            return false;
    }
    return true;
}

bool KeyStore::hasKey(const QString &workspaceId) const
{
    return isValidWorkspaceId(workspaceId) && QFileInfo::exists(keyFilePath(workspaceId));
}

KeyStore::KeyResult KeyStore::load(const QString &workspaceId) const
{
    KeyResult result;
    if (!isValidWorkspaceId(workspaceId)) {
        result.error = Text::tr("“%1” is not a valid workspace id for a key file.").arg(workspaceId);
        return result;
    }
    const QString path = keyFilePath(workspaceId);
    QFile file(path);
    if (!file.exists()) {
        result.error = Text::tr("There is no key file for this workspace: %1").arg(nativePath(path));
        return result;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = Text::tr("The key file %1 cannot be read: %2").arg(nativePath(path), file.errorString());
        return result;
    }
    const QByteArray content = file.read(MaxFileSize + 1);
    const QList<QByteArray> lines = content.trimmed().split('\n');
    std::optional<QByteArray> key;
    if (content.size() <= MaxFileSize && lines.size() == 2 && lines.at(0).trimmed() == FileHeader)
        key = decodeKey(lines.at(1).trimmed());
    if (!key) {
        result.error = Text::tr("The key file %1 is damaged: it does not hold a JourneyLens "
                                "workspace key. Restore it from a backup or import the key "
                                "from a colleague; without it, pseudonymised identifiers "
                                "cannot be matched with new imports.")
                           .arg(nativePath(path));
        return result;
    }
    result.key = *key;
    return result;
}

KeyStore::KeyResult KeyStore::loadOrCreate(const QString &workspaceId) const
{
    if (!isValidWorkspaceId(workspaceId) || hasKey(workspaceId))
        return load(workspaceId);
    KeyResult result;
    QByteArray key(KeySize, Qt::Uninitialized);
    QRandomGenerator::system()->generate(key.begin(), key.end());
    result.error = save(workspaceId, key);
    if (result.ok()) {
        result.key = key;
        result.created = true;
    }
    return result;
}

QString KeyStore::save(const QString &workspaceId, const QByteArray &key) const
{
    const QFileDevice::Permissions dirPermissions =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
    if (!QDir().mkpath(m_directory) || !QFile::setPermissions(m_directory, dirPermissions))
        return Text::tr("The key folder %1 cannot be created.").arg(nativePath(m_directory));

    const QString path = keyFilePath(workspaceId);
    const QFileDevice::Permissions filePermissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    QSaveFile file(path);
    // Restrict the temporary file before the key is written into it.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(filePermissions))
        return Text::tr("The key file %1 cannot be written: %2").arg(nativePath(path), file.errorString());
    const QByteArray content = FileHeader + '\n' + encodeKey(key) + '\n';
    file.write(content);
    if (!file.commit() || !QFile::setPermissions(path, filePermissions))
        return Text::tr("The key file %1 cannot be written: %2").arg(nativePath(path), file.errorString());
    return {};
}

QString KeyStore::exportLine(const QString &workspaceId, const QByteArray &key)
{
    return LinePrefix + u':' + workspaceId + u':' + QString::fromLatin1(encodeKey(key)) + u':'
        + checksum(workspaceId, key);
}

KeyStore::ImportResult KeyStore::importLine(const QString &line, ImportMode mode) const
{
    ImportResult result;
    const QStringList parts = line.trimmed().split(u':');
    if (parts.size() != 4 || parts.at(0) != LinePrefix) {
        result.error = Text::tr("This is not a JourneyLens key: expected one line starting with "
                                "“%1:”.")
                           .arg(LinePrefix);
        return result;
    }
    const QString &workspaceId = parts.at(1);
    if (!isValidWorkspaceId(workspaceId)) {
        result.error = Text::tr("The key line names an invalid workspace id.");
        return result;
    }
    const std::optional<QByteArray> key = decodeKey(parts.at(2).toLatin1());
    if (!key) {
        result.error = Text::tr("The key in this line is damaged or incomplete. Ask for the "
                                "key line again and copy it whole.");
        return result;
    }
    if (parts.at(3).compare(checksum(workspaceId, *key), Qt::CaseInsensitive) != 0) {
        result.error = Text::tr("The checksum of this key line does not match: it was mistyped "
                                "or cut. Ask for the key line again and copy it whole.");
        return result;
    }
    result.workspaceId = workspaceId;

    if (hasKey(workspaceId)) {
        const KeyResult existing = load(workspaceId);
        if (existing.ok() && existing.key == *key)
            return result; // already there
        if (mode != ImportMode::Overwrite) {
            result.error = existing.ok() ? Text::tr("A different key for workspace “%1” is already stored in %2. "
                                                    "Replacing it makes the identifiers pseudonymised under it "
                                                    "unmatchable; replace it only if you are sure.")
                                               .arg(workspaceId, nativePath(keyFilePath(workspaceId)))
                                         : existing.error;
            return result;
        }
        result.replaced = true;
    }
    result.error = save(workspaceId, *key);
    return result;
}

} // namespace jl::privacy
