// Pseudonymisation building blocks: normal forms of identifiers, HMAC tokens and the
// per-workspace key store (file mode, reuse, damage, export/import for a colleague).

#include "privacy/KeyStore.h"
#include "privacy/Normalise.h"
#include "privacy/Pseudonymiser.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace jl::privacy;
using namespace Qt::StringLiterals;

namespace {

QByteArray keyOf(char fill)
{
    return QByteArray(Pseudonymiser::KeySize, fill);
}

mode_t rawMode(const QString &path)
{
    struct stat info
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return 0;
    return info.st_mode & 07777;
}

} // namespace

class TestPrivacy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void email_data();
    void email();
    void phone_data();
    void phone();
    void identifier_data();
    void identifier();
    void cookieIdKeepsCase();
    void fieldDispatch();

    void tokenIsDeterministic();
    void tokenSeparatesFields();
    void tokenDependsOnKey();
    void tokenHidesValue();
    void pseudonymiseNormalisesFirst();
    void invalidKeyGivesNoToken();

    void keyStoreCreatesPrivateFile();
    void keyStoreReusesKey();
    void keyStoreDefaultDirectory();
    void keyStoreReportsDamagedFile_data();
    void keyStoreReportsDamagedFile();
    void keyStoreRejectsBadWorkspaceId();
    void exportImportRoundTrip();
    void importRefusesTypo();
    void importRefusesMalformedLine_data();
    void importRefusesMalformedLine();
    void importRefusesConflictingKey();
};

void TestPrivacy::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestPrivacy::email_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << u"anna@example.com"_s << true << u"anna@example.com"_s;
    QTest::newRow("spaces and case") << u"  Anna.Schmidt@Example.DE \t"_s << true << u"anna.schmidt@example.de"_s;
    QTest::newRow("trailing dot") << u"Bob@Mail.Example.com."_s << true << u"bob@mail.example.com"_s;
    QTest::newRow("plus tag kept") << u"bob+news@example.com"_s << true << u"bob+news@example.com"_s;
    QTest::newRow("no at") << u"anna.example.com"_s << false << QString();
    QTest::newRow("two at") << u"anna@b@example.com"_s << false << QString();
    QTest::newRow("empty local") << u"@example.com"_s << false << QString();
    QTest::newRow("empty domain") << u"anna@"_s << false << QString();
    QTest::newRow("domain only dot") << u"anna@."_s << false << QString();
    QTest::newRow("inner space") << u"anna schmidt@example.com"_s << false << QString();
    QTest::newRow("empty") << u"   "_s << false << QString();
}

void TestPrivacy::email()
{
    QFETCH(QString, input);
    QFETCH(bool, valid);
    QFETCH(QString, expected);
    const std::optional<QString> result = normaliseEmail(input);
    QCOMPARE(result.has_value(), valid);
    if (valid)
        QCOMPARE(*result, expected);
}

void TestPrivacy::phone_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("expected"); // empty: invalid

    QTest::newRow("DE +49 (0)") << u"+49 (0)30 1234567"_s << u"DE"_s << u"+49301234567"_s;
    QTest::newRow("DE 0049") << u"0049 30 1234567"_s << u"DE"_s << u"+49301234567"_s;
    QTest::newRow("DE slash") << u"030/1234567"_s << u"DE"_s << u"+49301234567"_s;
    QTest::newRow("DE dashes dots") << u"030-123.45.67"_s << u"de"_s << u"+49301234567"_s;
    QTest::newRow("DE mobile") << u"0151 2345 6789"_s << u"DE"_s << u"+4915123456789"_s;
    QTest::newRow("DE national (0)") << u"(0)30 1234567"_s << u"DE"_s << u"+49301234567"_s;
    QTest::newRow("international in other region") << u"+49 30 1234567"_s << u"US"_s << u"+49301234567"_s;
    QTest::newRow("US parentheses") << u"(415) 555-2671"_s << u"US"_s << u"+14155552671"_s;
    QTest::newRow("US leading 1") << u"1-415-555-2671"_s << u"US"_s << u"+14155552671"_s;
    QTest::newRow("US 011 prefix") << u"011 49 30 1234567"_s << u"US"_s << u"+49301234567"_s;
    QTest::newRow("CA dots") << u"416.555.0199"_s << u"CA"_s << u"+14165550199"_s;
    QTest::newRow("GB London") << u"020 7946 0958"_s << u"GB"_s << u"+442079460958"_s;
    QTest::newRow("NL mobile") << u"06 12345678"_s << u"NL"_s << u"+31612345678"_s;
    QTest::newRow("AT") << u"01 5880 0"_s << u"AT"_s << u"+43158800"_s;
    QTest::newRow("CH") << u"044 668 18 00"_s << u"CH"_s << u"+41446681800"_s;
    QTest::newRow("FR") << u"01 23 45 67 89"_s << u"FR"_s << u"+33123456789"_s;
    QTest::newRow("IT keeps 0") << u"06 1234 5678"_s << u"IT"_s << u"+390612345678"_s;
    QTest::newRow("ES no trunk") << u"912 345 678"_s << u"ES"_s << u"+34912345678"_s;
    QTest::newRow("DK no trunk") << u"32 12 34 56"_s << u"DK"_s << u"+4532123456"_s;
    QTest::newRow("AU mobile") << u"0412 345 678"_s << u"AU"_s << u"+61412345678"_s;
    QTest::newRow("AU 0011 prefix") << u"0011 44 20 7946 0958"_s << u"AU"_s << u"+442079460958"_s;
    QTest::newRow("NZ") << u"09 123 4567"_s << u"NZ"_s << u"+6491234567"_s;

    QTest::newRow("letters") << u"030 CALL-NOW"_s << u"DE"_s << QString();
    QTest::newRow("extension text") << u"030 1234567 ext 12"_s << u"DE"_s << QString();
    QTest::newRow("too short") << u"+49 30 12"_s << u"DE"_s << QString();
    QTest::newRow("too long") << u"+49 30 1234567890123"_s << u"DE"_s << QString();
    QTest::newRow("DE without trunk prefix") << u"30 1234567"_s << u"DE"_s << QString();
    QTest::newRow("US nine digits") << u"415 555 267"_s << u"US"_s << QString();
    QTest::newRow("US area code 0") << u"(015) 555-2671"_s << u"US"_s << QString();
    QTest::newRow("unknown region national") << u"030 1234567"_s << u"XX"_s << QString();
    QTest::newRow("no region national") << u"030 1234567"_s << QString() << QString();
    QTest::newRow("plus inside") << u"030+1234567"_s << u"DE"_s << QString();
    QTest::newRow("empty") << u"  "_s << u"DE"_s << QString();
    QTest::newRow("plus zero") << u"+0 30 1234567"_s << u"DE"_s << QString();
}

void TestPrivacy::phone()
{
    QFETCH(QString, input);
    QFETCH(QString, region);
    QFETCH(QString, expected);
    const std::optional<QString> result = normalisePhone(input, region);
    if (expected.isEmpty()) {
        QVERIFY2(!result.has_value(), qPrintable(result.value_or(QString())));
    } else {
        QVERIFY(result.has_value());
        QCOMPARE(*result, expected);
    }
}

void TestPrivacy::identifier_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("customer no") << u" k-100 234 "_s << u"K100234"_s;
    QTest::newRow("loyalty card") << u"4711-0815-abcd"_s << u"47110815ABCD"_s;
    QTest::newRow("order id tab") << u"ord\t12-3"_s << u"ORD123"_s;
    QTest::newRow("already normal") << u"T12345"_s << u"T12345"_s;
    QTest::newRow("only separators") << u" - - "_s << QString();
}

void TestPrivacy::identifier()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(normaliseIdentifier(input), expected);
}

void TestPrivacy::cookieIdKeepsCase()
{
    QCOMPARE(normaliseCookieId(u"  GA1.2.AbC-def  "), u"GA1.2.AbC-def"_s);
    QVERIFY(normaliseCookieId(u"AbC") != normaliseCookieId(u"abc"));
}

void TestPrivacy::fieldDispatch()
{
    QCOMPARE(normaliseIdentifierField(u"email", u" A@B.de ", u"DE"), std::optional(u"a@b.de"_s));
    QCOMPARE(normaliseIdentifierField(u"phone", u"030 1234567", u"DE"), std::optional(u"+49301234567"_s));
    QCOMPARE(normaliseIdentifierField(u"ticket_id", u"t-1 2", u"DE"), std::optional(u"T12"_s));
    QCOMPARE(normaliseIdentifierField(u"cookie_id", u" aB ", u"DE"), std::optional(u"aB"_s));
    QVERIFY(!normaliseIdentifierField(u"customer_no", u" - ", u"DE").has_value());
    QVERIFY(!normaliseIdentifierField(u"last_name", u"Schmidt", u"DE").has_value());
    QVERIFY(isIdentifierField(u"loyalty_card"));
    QVERIFY(!isIdentifierField(u"country"));
    QCOMPARE(countryCallingCode(u"cz"), 420);
    QCOMPARE(countryCallingCode(u"ZZ"), 0);
}

void TestPrivacy::tokenIsDeterministic()
{
    const Pseudonymiser a(keyOf('k'));
    const Pseudonymiser b(keyOf('k'));
    const QString token = a.token(u"email", u"anna@example.com");
    QCOMPARE(token.size(), Pseudonymiser::TokenLength);
    QCOMPARE(a.token(u"email", u"anna@example.com"), token);
    QCOMPARE(b.token(u"email", u"anna@example.com"), token);
    QVERIFY(a.token(u"email", u"anna@example.org") != token);
    // base64url alphabet only: printable and safe in CSV, JSON and SQL.
    for (const QChar c : token)
        QVERIFY(c.isLetterOrNumber() || c == u'-' || c == u'_');
}

void TestPrivacy::tokenSeparatesFields()
{
    const Pseudonymiser p(keyOf('k'));
    QVERIFY(p.token(u"customer_no", u"12345") != p.token(u"order_id", u"12345"));
    // The separator keeps field and value apart: a field name containing it is refused.
    QVERIFY(p.token(u"a\nb", u"c").isEmpty());
    QVERIFY(!p.token(u"a", u"b\nc").isEmpty());
}

void TestPrivacy::tokenDependsOnKey()
{
    const Pseudonymiser a(keyOf('k'));
    const Pseudonymiser b(keyOf('l'));
    QVERIFY(a.token(u"phone", u"+49301234567") != b.token(u"phone", u"+49301234567"));
}

void TestPrivacy::tokenHidesValue()
{
    const Pseudonymiser p(keyOf('k'));
    const QStringList values{u"anna@example.com"_s, u"+49301234567"_s, u"K100234"_s, u"49301234567"_s, u"ANNA"_s};
    for (const QString &value : values) {
        const QString token = p.token(u"email", value);
        QCOMPARE(token.size(), Pseudonymiser::TokenLength);
        QVERIFY(!token.contains(value, Qt::CaseInsensitive));
        const QByteArray utf8 = token.toUtf8();
        QVERIFY(!utf8.contains(value.toUtf8()));
        QVERIFY(!utf8.contains(value.toUtf8().toBase64()));
    }
}

void TestPrivacy::pseudonymiseNormalisesFirst()
{
    const Pseudonymiser p(keyOf('k'));
    QCOMPARE(p.pseudonymise(u"email", u"  Anna@Example.COM "), std::optional(p.token(u"email", u"anna@example.com")));
    QCOMPARE(p.pseudonymise(u"phone", u"+49 (0)30 1234567", u"DE"), p.pseudonymise(u"phone", u"030/1234567", u"DE"));
    QCOMPARE(p.pseudonymise(u"customer_no", u"k-100 234"), std::optional(p.token(u"customer_no", u"K100234")));
    QVERIFY(!p.pseudonymise(u"email", u"not an address").has_value());
    QVERIFY(!p.pseudonymise(u"phone", u"030 1234567", u"XX").has_value());
}

void TestPrivacy::invalidKeyGivesNoToken()
{
    const Pseudonymiser shortKey(QByteArray(16, 'k'));
    QVERIFY(!shortKey.isValid());
    QVERIFY(shortKey.token(u"email", u"anna@example.com").isEmpty());
    QVERIFY(!shortKey.pseudonymise(u"email", u"anna@example.com").has_value());
}

void TestPrivacy::keyStoreCreatesPrivateFile()
{
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    const QString dir = temp.filePath(u"config/keys"_s);
    const KeyStore store(dir);
    QVERIFY(!store.hasKey(u"ws-1"_s));

    const KeyStore::KeyResult result = store.loadOrCreate(u"ws-1"_s);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(result.created);
    QCOMPARE(result.key.size(), KeyStore::KeySize);
    QVERIFY(result.key != QByteArray(KeyStore::KeySize, '\0'));

    const QString path = store.keyFilePath(u"ws-1"_s);
    QCOMPARE(path, dir + u"/ws-1.key"_s);
    QVERIFY(QFileInfo::exists(path));
    // Owner, group and other bits (the "User" bits repeat the owner's for the current user).
    const QFileDevice::Permissions ownerGroupOther{0x7077};
    QCOMPARE(QFile::permissions(path) & ownerGroupOther, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QCOMPARE(QFileInfo(path).permissions() & ownerGroupOther, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QCOMPARE(rawMode(path), mode_t(0600));
    QCOMPARE(rawMode(dir), mode_t(0700));

    // The key never appears in plain bytes in the file (it is encoded), and no temp file is left.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(result.key));
    QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden), QStringList{u"ws-1.key"_s});

    // Another workspace gets another key.
    const KeyStore::KeyResult other = store.loadOrCreate(u"ws-2"_s);
    QVERIFY(other.ok());
    QVERIFY(other.key != result.key);
}

void TestPrivacy::keyStoreReusesKey()
{
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    const KeyStore::KeyResult first = KeyStore(temp.path()).loadOrCreate(u"ws"_s);
    QVERIFY(first.ok());
    const KeyStore::KeyResult again = KeyStore(temp.path()).loadOrCreate(u"ws"_s);
    QVERIFY2(again.ok(), qPrintable(again.error));
    QVERIFY(!again.created);
    QCOMPARE(again.key, first.key);
    const KeyStore::KeyResult loaded = KeyStore(temp.path()).load(u"ws"_s);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded.key, first.key);

    const KeyStore::KeyResult missing = KeyStore(temp.path()).load(u"other"_s);
    QVERIFY(!missing.ok());
    QVERIFY(missing.error.contains(u"other.key"_s));
}

void TestPrivacy::keyStoreDefaultDirectory()
{
    // Test mode keeps this inside ~/.qttest; the directory is the app config dir's "keys".
    const QString expected = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + u"/keys"_s;
    QCOMPARE(KeyStore::defaultDirectory(), expected);
    QCOMPARE(KeyStore().directory(), expected);
    QCOMPARE(KeyStore().keyFilePath(u"abc"_s), expected + u"/abc.key"_s);
}

void TestPrivacy::keyStoreReportsDamagedFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("raw bytes") << QByteArray(32, 'x');
    QTest::newRow("truncated key") << QByteArray("journeylens-workspace-key-v1\nAAAA\n");
    QTest::newRow("bad characters") << QByteArray(
        "journeylens-workspace-key-v1\n!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n");
    QTest::newRow("wrong header") << QByteArray("something-else\n")
            + QByteArray(32, 'k').toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

void TestPrivacy::keyStoreReportsDamagedFile()
{
    QFETCH(QByteArray, content);
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    const KeyStore store(temp.path());
    const QString path = store.keyFilePath(u"ws"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    const KeyStore::KeyResult loaded = store.load(u"ws"_s);
    QVERIFY(!loaded.ok());
    QVERIFY(loaded.key.isEmpty());
    QVERIFY2(loaded.error.contains(QDir::toNativeSeparators(path)), qPrintable(loaded.error));
    QVERIFY(loaded.error.contains(u"damaged"_s));

    // A damaged key is reported, never silently replaced.
    const KeyStore::KeyResult again = store.loadOrCreate(u"ws"_s);
    QVERIFY(!again.ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), content);
}

void TestPrivacy::keyStoreRejectsBadWorkspaceId()
{
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    const KeyStore store(temp.path());
    for (const QString &id : {u"../evil"_s, u""_s, u".hidden"_s, u"a/b"_s, u"a:b"_s}) {
        QVERIFY(!KeyStore::isValidWorkspaceId(id));
        QVERIFY(!store.loadOrCreate(id).ok());
    }
    QVERIFY(KeyStore::isValidWorkspaceId(u"3f2b1c9e-7d4a-4e1b-9a0c-123456789abc"_s));
    QVERIFY(QDir(temp.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
}

void TestPrivacy::exportImportRoundTrip()
{
    QTemporaryDir mine;
    QTemporaryDir colleague;
    QVERIFY(mine.isValid() && colleague.isValid());
    const KeyStore::KeyResult key = KeyStore(mine.path()).loadOrCreate(u"ws-7"_s);
    QVERIFY(key.ok());

    const QString line = KeyStore::exportLine(u"ws-7"_s, key.key);
    QVERIFY(line.startsWith(u"journeylens-key-v1:ws-7:"_s));
    QCOMPARE(line.split(u':').size(), 4);
    QCOMPARE(line.split(u':').at(3).size(), 8);
    QVERIFY(!line.contains(u'\n'));

    const KeyStore theirs(colleague.path() + u"/keys"_s);
    // Surrounding whitespace from copy and paste is fine.
    const KeyStore::ImportResult imported = theirs.importLine(u"  "_s + line + u"\n"_s);
    QVERIFY2(imported.ok(), qPrintable(imported.error));
    QCOMPARE(imported.workspaceId, u"ws-7"_s);
    QVERIFY(!imported.replaced);
    const KeyStore::KeyResult loaded = theirs.load(u"ws-7"_s);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded.key, key.key);
    QCOMPARE(rawMode(theirs.keyFilePath(u"ws-7"_s)), mode_t(0600));

    // Same tokens on both sides: the colleague's imports link with ours.
    QCOMPARE(Pseudonymiser(loaded.key).pseudonymise(u"email", u"x@y.de"),
             Pseudonymiser(key.key).pseudonymise(u"email", u"X@Y.DE"));

    // Importing the same key again is harmless.
    QVERIFY(theirs.importLine(line).ok());
}

void TestPrivacy::importRefusesTypo()
{
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    const QByteArray key = keyOf('k');
    const QString line = KeyStore::exportLine(u"ws"_s, key);
    const KeyStore store(temp.path());

    // One changed character of the key (still valid base64url, still 32 bytes).
    QString typo = line;
    const qsizetype keyStart = line.indexOf(u':', line.indexOf(u':') + 1) + 1;
    typo[keyStart + 3] = typo.at(keyStart + 3) == u'A' ? u'B' : u'A';
    const KeyStore::ImportResult result = store.importLine(typo);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(u"checksum"_s), qPrintable(result.error));
    QVERIFY(!store.hasKey(u"ws"_s));

    // A wrong checksum digit, and a changed workspace id, are refused too.
    QString badSum = line;
    badSum[badSum.size() - 1] = badSum.back() == u'0' ? u'1' : u'0';
    QVERIFY(!store.importLine(badSum).ok());
    QString otherId = line;
    otherId.replace(u":ws:"_s, u":wt:"_s);
    QVERIFY(!store.importLine(otherId).ok());
    QVERIFY(QDir(temp.path()).entryList(QDir::Files).isEmpty());
}

void TestPrivacy::importRefusesMalformedLine_data()
{
    QTest::addColumn<QString>("line");
    const QString good = KeyStore::exportLine(u"ws"_s, keyOf('k'));
    const QStringList parts = good.split(u':');
    QTest::newRow("empty") << QString();
    QTest::newRow("random text") << u"hello world"_s;
    QTest::newRow("wrong prefix") << QString(u"journeylens-key-v2:"_s + parts.mid(1).join(u':'));
    QTest::newRow("missing checksum") << parts.mid(0, 3).join(u':');
    QTest::newRow("extra part") << QString(good + u":x"_s);
    QTest::newRow("short key") << QStringList{parts[0], parts[1], parts[2].left(20), parts[3]}.join(u':');
    QTest::newRow("padded key") << QStringList{parts[0], parts[1], parts[2] + u"="_s, parts[3]}.join(u':');
    QTest::newRow("bad id") << QStringList{parts[0], u"../x"_s, parts[2], parts[3]}.join(u':');
}

void TestPrivacy::importRefusesMalformedLine()
{
    QFETCH(QString, line);
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    const KeyStore store(temp.path());
    const KeyStore::ImportResult result = store.importLine(line);
    QVERIFY(!result.ok());
    QVERIFY(!result.error.isEmpty());
    QVERIFY(QDir(temp.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
}

void TestPrivacy::importRefusesConflictingKey()
{
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    const KeyStore store(temp.path());
    const KeyStore::KeyResult existing = store.loadOrCreate(u"ws"_s);
    QVERIFY(existing.ok());

    QByteArray otherKey = existing.key;
    otherKey[0] = char(otherKey.at(0) ^ 0x5a);
    const QString line = KeyStore::exportLine(u"ws"_s, otherKey);

    const KeyStore::ImportResult refused = store.importLine(line);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error.contains(u"different key"_s), qPrintable(refused.error));
    QVERIFY(refused.error.contains(QDir::toNativeSeparators(store.keyFilePath(u"ws"_s))));
    QCOMPARE(store.load(u"ws"_s).key, existing.key);

    const KeyStore::ImportResult forced = store.importLine(line, KeyStore::ImportMode::Overwrite);
    QVERIFY2(forced.ok(), qPrintable(forced.error));
    QVERIFY(forced.replaced);
    QCOMPARE(store.load(u"ws"_s).key, otherKey);
    QCOMPARE(rawMode(store.keyFilePath(u"ws"_s)), mode_t(0600));
}

QTEST_GUILESS_MAIN(TestPrivacy)
#include "tst_privacy.moc"
