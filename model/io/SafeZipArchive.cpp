#include "SafeZipArchive.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QPointer>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipfileinfo.h>
#include <unzip.h>

#include <algorithm>
#include <cmath>
#include <vector>

namespace jl::io {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(jl::io::SafeZipArchive)
};

constexpr quint32 UnixFileTypeMask = 0170000;
constexpr quint32 UnixSymlink = 0120000;
constexpr quint16 FlagEncrypted = 0x1;

ZipError makeError(ZipError::Kind kind, const QString &entry, const QString &message)
{
    return ZipError{kind, entry, message};
}

// Why a name could escape an extraction directory or confuse a reader; empty when it is fine.
QString unsafeNameReason(const QString &name, int maxLength)
{
    if (name.isEmpty())
        return Text::tr("an entry has an empty name");
    if (name.size() > maxLength)
        return Text::tr("an entry name is longer than %n characters", nullptr, maxLength);
    for (const QChar c : name) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return Text::tr("an entry name contains control characters");
    }
    if (name.contains(u'\\'))
        return Text::tr("the entry name “%1” contains a backslash").arg(name);
    if (name.startsWith(u'/'))
        return Text::tr("the entry “%1” has an absolute path").arg(name);
    if (name.size() >= 2 && name.at(1) == u':' && name.at(0).isLetter())
        return Text::tr("the entry “%1” starts with a drive letter").arg(name);
    const QStringList segments = name.split(u'/');
    for (const QString &segment : segments) {
        if (segment == u"..")
            return Text::tr("the entry “%1” points outside the archive (“..”)").arg(name);
    }
    return {};
}

} // namespace

// Streams one entry and stops as soon as it inflates more than its limit.
class ZipEntryDevice : public QIODevice
{
public:
    ZipEntryDevice(QuaZip *zip, const ZipEntryInfo &info, qint64 limit, qint64 *inflated)
        : m_file(std::make_unique<QuaZipFile>(zip)),
          m_info(info),
          m_limit(limit),
          m_inflated(inflated)
    {
    }
    ~ZipEntryDevice() override { detach(); }

    bool start()
    {
        if (!m_file->open(QIODevice::ReadOnly)) {
            fail(ZipError::Kind::Damaged,
                 Text::tr("the entry %1 cannot be read (ZIP error %2)").arg(m_info.name).arg(m_file->getZipError()));
            return false;
        }
        return QIODevice::open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }

    // The archive goes away or moves to another entry: release the minizip state now.
    void detach()
    {
        if (m_file && m_file->isOpen())
            m_file->close();
        m_file.reset();
    }

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return 0; }

    const ZipError &entryError() const { return m_error; }
    qint64 delivered() const { return m_delivered; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_error.isError())
            return -1;
        if (m_finished || maxSize <= 0)
            return 0;
        if (!m_file) {
            fail(ZipError::Kind::Damaged, Text::tr("the entry %1 was closed while being read").arg(m_info.name));
            return -1;
        }
        // Never ask for more than one byte past the limit: the overflow is detected without
        // inflating a large block beyond it.
        const qint64 request = std::min(maxSize, m_limit - m_delivered + 1);
        const qint64 n = m_file->read(data, request);
        if (n < 0) {
            fail(ZipError::Kind::Damaged,
                 Text::tr("the entry %1 is damaged (ZIP error %2)").arg(m_info.name).arg(m_file->getZipError()));
            return -1;
        }
        if (n == 0)
            return finish();
        m_delivered += n;
        if (m_inflated)
            *m_inflated += n;
        if (m_delivered > m_limit) {
            const bool ratio = m_limit < m_sizeLimitOnly;
            fail(ratio ? ZipError::Kind::CompressionRatio : ZipError::Kind::TooLarge,
                 ratio ? Text::tr("the entry %1 inflates far beyond its compressed size").arg(m_info.name)
                       : Text::tr("the entry %1 is larger than the allowed %2 bytes").arg(m_info.name).arg(m_limit));
            return -1;
        }
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    friend class SafeZipArchive;

    qint64 finish()
    {
        m_finished = true;
        m_file->close();
        const int code = m_file->getZipError();
        if (code == UNZ_CRCERROR) {
            fail(ZipError::Kind::Damaged, Text::tr("the entry %1 fails its checksum").arg(m_info.name));
            return -1;
        }
        if (code != UNZ_OK) {
            fail(ZipError::Kind::Damaged,
                 Text::tr("the entry %1 is damaged (ZIP error %2)").arg(m_info.name).arg(code));
            return -1;
        }
        if (m_delivered != m_info.uncompressedSize) {
            fail(ZipError::Kind::Damaged, Text::tr("the entry %1 is shorter than its directory says").arg(m_info.name));
            return -1;
        }
        return 0;
    }

    void fail(ZipError::Kind kind, const QString &message)
    {
        m_error = makeError(kind, m_info.name, message);
        setErrorString(message);
    }

    std::unique_ptr<QuaZipFile> m_file;
    ZipEntryInfo m_info;
    qint64 m_limit = 0;
    qint64 m_sizeLimitOnly = 0; // the limit without the ratio rule, to name the right problem
    qint64 *m_inflated = nullptr;
    qint64 m_delivered = 0;
    bool m_finished = false;
    ZipError m_error;
};

struct SafeZipArchive::Impl
{
    QFile file;
    std::unique_ptr<QuaZip> zip;
    std::vector<unz64_file_pos> positions; // parallel to m_entries
    QHash<QString, int> exact;
    QHash<QString, int> folded;
    QPointer<ZipEntryDevice> current;

    int indexOf(const QString &name) const
    {
        if (const auto it = exact.constFind(name); it != exact.cend())
            return it.value();
        if (const auto it = folded.constFind(name.toCaseFolded()); it != folded.cend())
            return it.value();
        return -1;
    }

    void endCurrent()
    {
        if (current)
            current->detach();
        current = nullptr;
    }
};

SafeZipArchive::SafeZipArchive()
    : d(std::make_unique<Impl>())
{
}

SafeZipArchive::~SafeZipArchive()
{
    close();
}

void SafeZipArchive::close()
{
    d->endCurrent();
    if (d->zip) {
        d->zip->close();
        d->zip.reset();
    }
    d->file.close();
    d->positions.clear();
    d->exact.clear();
    d->folded.clear();
    m_entries.clear();
}

bool SafeZipArchive::isOpen() const
{
    return d->zip != nullptr;
}

bool SafeZipArchive::open(const QString &path, const ZipLimits &limits)
{
    close();
    m_path = path;
    m_limits = limits;
    m_error = {};
    m_bytesInflated = 0;

    const auto reject = [this](ZipError::Kind kind, const QString &entry, const QString &message) {
        m_error = makeError(kind, entry, message);
        close();
        return false;
    };

    d->file.setFileName(path);
    if (!d->file.open(QIODevice::ReadOnly))
        return reject(ZipError::Kind::CannotOpen, {}, d->file.errorString());
    const QByteArray head = d->file.peek(8);
    if (head == QByteArray::fromHex("d0cf11e0a1b11ae1"))
        return reject(ZipError::Kind::OleCompound, {},
                      Text::tr("the file is an OLE compound document, not a ZIP archive"));
    if (!head.startsWith("PK"))
        return reject(ZipError::Kind::NotZip, {}, Text::tr("the file is not a ZIP archive"));
    const qint64 fileSize = d->file.size();

    d->zip = std::make_unique<QuaZip>(&d->file);
    d->zip->setUtf8Enabled(true);
    // It starts like a ZIP archive: failing now means a damaged or incomplete file.
    if (!d->zip->open(QuaZip::mdUnzip))
        return reject(ZipError::Kind::Damaged, {}, Text::tr("its ZIP directory is damaged or the file is incomplete"));
    const int count = d->zip->getEntriesCount();
    if (count < 0)
        return reject(ZipError::Kind::Damaged, {}, Text::tr("its ZIP directory is damaged or the file is incomplete"));
    if (count > limits.maxEntries)
        return reject(
            ZipError::Kind::TooManyEntries, {},
            Text::tr("the archive has %1 entries, more than the allowed %2").arg(count).arg(limits.maxEntries));

    int seen = 0;
    for (bool more = d->zip->goToFirstFile(); more; more = d->zip->goToNextFile()) {
        // The count in the end record may lie; the walk itself is bounded too.
        if (++seen > limits.maxEntries)
            return reject(ZipError::Kind::TooManyEntries, {},
                          Text::tr("the archive has more than the allowed %1 entries").arg(limits.maxEntries));
        QuaZipFileInfo64 info;
        if (!d->zip->getCurrentFileInfo(&info))
            return reject(ZipError::Kind::Damaged, {}, Text::tr("its central directory is damaged"));
        const QString &name = info.name;
        if (const QString reason = unsafeNameReason(name, limits.maxNameLength); !reason.isEmpty())
            return reject(ZipError::Kind::UnsafeName, name.left(limits.maxNameLength), reason);
        if (((info.externalAttr >> 16) & UnixFileTypeMask) == UnixSymlink)
            return reject(ZipError::Kind::Symlink, name, Text::tr("the entry “%1” is a symbolic link").arg(name));
        if (info.flags & FlagEncrypted)
            return reject(ZipError::Kind::Encrypted, name, Text::tr("the entry “%1” is encrypted").arg(name));
        if (info.method != 0 && info.method != Z_DEFLATED)
            return reject(
                ZipError::Kind::UnsupportedMethod, name,
                Text::tr("the entry “%1” uses an unsupported compression method (%2)").arg(name).arg(info.method));
        const auto compressed = qint64(std::min<quint64>(info.compressedSize, quint64(fileSize) + 1));
        const auto uncompressed = qint64(std::min<quint64>(info.uncompressedSize, quint64(1) << 62));
        if (compressed > fileSize)
            return reject(ZipError::Kind::Damaged, name,
                          Text::tr("the entry “%1” claims to be larger than the archive").arg(name));
        if (uncompressed > limits.maxEntrySize)
            return reject(ZipError::Kind::TooLarge, name,
                          Text::tr("the entry “%1” unpacks to %2 bytes, more than the allowed %3")
                              .arg(name)
                              .arg(uncompressed)
                              .arg(limits.maxEntrySize));
        if (uncompressed > limits.ratioAllowance
            && double(uncompressed) > limits.maxCompressionRatio * double(std::max<qint64>(compressed, 1)))
            return reject(ZipError::Kind::CompressionRatio, name,
                          Text::tr("the entry “%1” is compressed %2 to 1 (more than the allowed %3 to 1), "
                                   "which is typical of a ZIP bomb")
                              .arg(name)
                              .arg(qRound64(double(uncompressed) / double(std::max<qint64>(compressed, 1))))
                              .arg(limits.maxCompressionRatio));
        const QString key = name.endsWith(u'/') ? name.chopped(1) : name;
        const QString foldedKey = key.toCaseFolded();
        if (d->folded.contains(foldedKey))
            return reject(ZipError::Kind::DuplicateName, name,
                          Text::tr("the entry “%1” occurs more than once").arg(name));
        unz64_file_pos position{};
        if (unzGetFilePos64(d->zip->getUnzFile(), &position) != UNZ_OK)
            return reject(ZipError::Kind::Damaged, name, Text::tr("its central directory is damaged"));
        d->positions.push_back(position);
        d->exact.insert(name, int(m_entries.size()));
        d->folded.insert(foldedKey, int(m_entries.size()));
        m_entries.append(ZipEntryInfo{name, compressed, uncompressed, name.endsWith(u'/')});
    }
    if (d->zip->getZipError() != UNZ_OK)
        return reject(ZipError::Kind::Damaged, {}, Text::tr("its central directory is damaged"));
    return true;
}

std::optional<ZipEntryInfo> SafeZipArchive::entry(const QString &name) const
{
    const int index = d->indexOf(name);
    if (index < 0)
        return std::nullopt;
    return m_entries.at(index);
}

std::unique_ptr<QIODevice> SafeZipArchive::openEntry(const QString &name, qint64 maxSize, ZipError *error)
{
    const auto failWith = [error](ZipError e) -> std::unique_ptr<QIODevice> {
        if (error)
            *error = std::move(e);
        return nullptr;
    };
    if (!isOpen())
        return failWith(makeError(ZipError::Kind::CannotOpen, name, Text::tr("the archive is not open")));
    d->endCurrent();
    const int index = d->indexOf(name);
    if (index < 0)
        return failWith(makeError(ZipError::Kind::MissingEntry, name, Text::tr("the entry %1 is missing").arg(name)));
    const ZipEntryInfo &info = m_entries.at(index);
    const qint64 sizeLimit = std::min(maxSize, m_limits.maxEntrySize);
    if (info.uncompressedSize > sizeLimit)
        return failWith(makeError(ZipError::Kind::TooLarge, info.name,
                                  Text::tr("the entry %1 unpacks to %2 bytes, more than the allowed %3")
                                      .arg(info.name)
                                      .arg(info.uncompressedSize)
                                      .arg(sizeLimit)));
    const auto ratioLimit =
        std::max<qint64>(m_limits.ratioAllowance,
                         qint64(m_limits.maxCompressionRatio * double(std::max<qint64>(info.compressedSize, 1))));
    const qint64 limit = std::min(sizeLimit, ratioLimit);

    // QuaZipFile reads "the current file": make QuaZip have one, then jump to the recorded
    // position (names may not be unique to minizip's lookup; positions are).
    unz64_file_pos position = d->positions.at(std::size_t(index));
    if (!d->zip->goToFirstFile() || unzGoToFilePos64(d->zip->getUnzFile(), &position) != UNZ_OK)
        return failWith(
            makeError(ZipError::Kind::Damaged, info.name, Text::tr("the entry %1 cannot be found").arg(info.name)));
    auto device = std::make_unique<ZipEntryDevice>(d->zip.get(), info, limit, &m_bytesInflated);
    device->m_sizeLimitOnly = sizeLimit;
    if (!device->start())
        return failWith(device->entryError());
    d->current = device.get();
    return device;
}

std::optional<QByteArray> SafeZipArchive::readEntry(const QString &name, qint64 maxSize, ZipError *error)
{
    std::unique_ptr<QIODevice> device = openEntry(name, maxSize, error);
    if (!device)
        return std::nullopt;
    const std::optional<ZipEntryInfo> info = entry(name);
    QByteArray data;
    data.reserve(qsizetype(std::min<qint64>(info ? info->uncompressedSize : 0, maxSize)));
    char buffer[16384];
    for (;;) {
        const qint64 n = device->read(buffer, sizeof buffer);
        if (n < 0) {
            if (error)
                *error = entryError(device.get());
            return std::nullopt;
        }
        if (n == 0)
            break;
        data.append(buffer, qsizetype(n));
    }
    return data;
}

ZipError SafeZipArchive::entryError(const QIODevice *device)
{
    if (const auto *entryDevice = dynamic_cast<const ZipEntryDevice *>(device))
        return entryDevice->entryError();
    return {};
}

qint64 SafeZipArchive::entryBytesRead(const QIODevice *device)
{
    if (const auto *entryDevice = dynamic_cast<const ZipEntryDevice *>(device))
        return entryDevice->delivered();
    return 0;
}

} // namespace jl::io
