// Creating, opening, saving and closing workspace files, and every way opening can fail:
// each failure gives a clear message naming the file and leaves the file as it was.

#include "TestSupport.h"

#include "document/Workspace.h"
#include "storage/CanonicalDump.h"
#include "storage/SqlSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QTest>
#include <QUndoStack>

using namespace jl;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

// A closed workspace with the small model, as bytes.
QByteArray workspaceBytes(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("template.jlens"));
    {
        auto ws = Workspace::create(path, QStringLiteral("Template"), nullptr);
        if (!ws)
            return {};
        test::buildSmallModel(*ws);
    }
    const QByteArray bytes = readAll(path);
    QFile::remove(path);
    return bytes;
}

} // namespace

class TestWorkspaceFiles : public QObject
{
    Q_OBJECT

private slots:
    void openErrors_data();
    void openErrors();
    void lockedByAnotherInstance();
    void createRefusesExistingFile();
    void closeLeavesSingleFile();
    void saveMarksClean();
    void saveAsContinuesOnCopyWithUndo();
    void saveCopyKeepsEditingOriginal();
    void workspaceIdIsRandomAndKept();
};

void TestWorkspaceFiles::openErrors_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("hint");
    QTest::newRow("missing") << "missing" << int(WorkspaceError::Kind::NotFound) << "does not exist";
    QTest::newRow("empty") << "empty" << int(WorkspaceError::Kind::NotAWorkspace) << "empty";
    QTest::newRow("csv text") << "text" << int(WorkspaceError::Kind::NotAWorkspace) << "not a JourneyLens workspace";
    QTest::newRow("other sqlite") << "sqlite" << int(WorkspaceError::Kind::NotAWorkspace) << "SQLite database";
    QTest::newRow("newer version") << "newer" << int(WorkspaceError::Kind::NewerVersion) << "newer version";
    QTest::newRow("truncated") << "truncated" << int(WorkspaceError::Kind::Truncated) << "truncated";
    QTest::newRow("header only") << "header" << int(WorkspaceError::Kind::Truncated) << "truncated";
    QTest::newRow("corrupt pages") << "corrupt" << int(WorkspaceError::Kind::Corrupt) << "damaged";
    QTest::newRow("read-only") << "readonly" << int(WorkspaceError::Kind::ReadOnly) << "read-only";
}

void TestWorkspaceFiles::openErrors()
{
    QFETCH(QString, damage);
    QFETCH(int, kind);
    QFETCH(QString, hint);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.jlens"));
    const QByteArray good = workspaceBytes(dir);
    QVERIFY(good.size() > 4096);

    if (damage == QLatin1String("empty")) {
        writeAll(path, {});
    } else if (damage == QLatin1String("text")) {
        writeAll(path, "customer_no;email\n1;a@example.org\n");
    } else if (damage == QLatin1String("sqlite")) {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            sql::exec(db, QStringLiteral("CREATE TABLE t (x)"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
    } else if (damage == QLatin1String("newer")) {
        QByteArray bytes = good;
        bytes[60] = 0; bytes[61] = 0; bytes[62] = 0; bytes[63] = 99; // user_version
        writeAll(path, bytes);
    } else if (damage == QLatin1String("truncated")) {
        writeAll(path, good.left(good.size() / 2));
    } else if (damage == QLatin1String("header")) {
        writeAll(path, good.left(60));
    } else if (damage == QLatin1String("corrupt")) {
        QByteArray bytes = good;
        for (qsizetype i = 4096; i < bytes.size(); ++i)
            bytes[i] = char(0xA5 ^ (i & 0xFF));
        writeAll(path, bytes);
    } else if (damage == QLatin1String("readonly")) {
        writeAll(path, good);
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    }

    const bool existed = QFileInfo::exists(path);
    const QByteArray before = readAll(path);
    const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);

    WorkspaceError error;
    auto ws = Workspace::open(path, &error);
    QVERIFY(!ws);
    QCOMPARE(int(error.kind), kind);
    QVERIFY2(error.message.contains(QStringLiteral("damaged.jlens")), qPrintable(error.message));
    QVERIFY2(error.message.contains(hint), qPrintable(error.message));
    // Nothing changed: same bytes, no new files (no lock, no -wal or -shm left behind).
    QCOMPARE(QFileInfo::exists(path), existed);
    QCOMPARE(readAll(path), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), filesBefore);
    if (damage == QLatin1String("readonly"))
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
}

void TestWorkspaceFiles::lockedByAnotherInstance()
{
    QTemporaryDir dir;
    auto first = test::createWorkspace(dir);
    QVERIFY(first);
    WorkspaceError error;
    auto second = Workspace::open(first->filePath(), &error);
    QVERIFY(!second);
    QCOMPARE(error.kind, WorkspaceError::Kind::Locked);
    QVERIFY2(error.message.contains(QStringLiteral("already open")), qPrintable(error.message));
    QVERIFY(error.message.contains(QString::number(QCoreApplication::applicationPid())));
    // The first instance is unaffected and can still edit.
    QVERIFY(first->addChannel({{}, QStringLiteral("App"), QStringLiteral("app"), {}}));
    const QString path = first->filePath();
    first.reset();
    auto again = Workspace::open(path, &error);
    QVERIFY2(again, qPrintable(error.message));
}

void TestWorkspaceFiles::createRefusesExistingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("exists.jlens"));
    writeAll(path, "keep me");
    WorkspaceError error;
    QVERIFY(!Workspace::create(path, QStringLiteral("x"), &error));
    QCOMPARE(error.kind, WorkspaceError::Kind::AlreadyExists);
    QCOMPARE(readAll(path), QByteArray("keep me"));
}

void TestWorkspaceFiles::closeLeavesSingleFile()
{
    QTemporaryDir dir;
    QString path;
    {
        auto ws = test::createWorkspace(dir);
        QVERIFY(ws);
        test::buildSmallModel(*ws);
        path = ws->filePath();
        QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal"))); // WAL while open
    }
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-shm")));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("test.jlens")});
    // The closed file is in rollback-journal mode: safe to copy or mail as one file.
    QCOMPARE(char(readAll(path).at(18)), char(1));
}

void TestWorkspaceFiles::saveMarksClean()
{
    QTemporaryDir dir;
    auto ws = test::createWorkspace(dir);
    QVERIFY(ws);
    test::buildSmallModel(*ws);
    QVERIFY(ws->isModified());
    WorkspaceError error;
    QVERIFY2(ws->save(&error), qPrintable(error.message));
    QVERIFY(!ws->isModified());
    QCOMPARE(QFileInfo(ws->filePath() + QStringLiteral("-wal")).size(), 0); // checkpointed
}

void TestWorkspaceFiles::saveAsContinuesOnCopyWithUndo()
{
    QTemporaryDir dir;
    auto ws = test::createWorkspace(dir);
    QVERIFY(ws);
    const JourneyId journey = test::buildSmallModel(*ws);
    const QString original = ws->filePath();
    const QString dumpBefore = canonicalDump(ws->database());
    const QString copy = dir.filePath(QStringLiteral("copy.jlens"));
    WorkspaceError error;
    QVERIFY2(ws->saveAs(copy, &error), qPrintable(error.message));
    QCOMPARE(ws->filePath(), QFileInfo(copy).absoluteFilePath());
    QVERIFY(!ws->isModified());
    QCOMPARE(canonicalDump(ws->database()), dumpBefore);

    // Edits and undo continue on the copy; the original no longer changes.
    QVERIFY(ws->setProperty({EntityType::Journey, journey.value()}, QStringLiteral("name"), QStringLiteral("Renamed")));
    QVERIFY(ws->isModified());
    ws->undoStack()->undo();
    ws->undoStack()->undo(); // also undoes an edit made before Save As
    ws.reset();

    auto reopenedOriginal = Workspace::open(original, &error);
    QVERIFY2(reopenedOriginal, qPrintable(error.message));
    QCOMPARE(canonicalDump(reopenedOriginal->database()), dumpBefore);
    auto reopenedCopy = Workspace::open(copy, &error);
    QVERIFY2(reopenedCopy, qPrintable(error.message));
    QVERIFY(canonicalDump(reopenedCopy->database()) != dumpBefore);
}

void TestWorkspaceFiles::saveCopyKeepsEditingOriginal()
{
    QTemporaryDir dir;
    auto ws = test::createWorkspace(dir);
    QVERIFY(ws);
    test::buildSmallModel(*ws);
    const QString backup = dir.filePath(QStringLiteral("backup.jlens"));
    writeAll(backup, "old backup");
    WorkspaceError error;
    QVERIFY2(ws->saveCopy(backup, &error), qPrintable(error.message));
    QVERIFY(!QFileInfo::exists(backup + QStringLiteral(".part")));
    QVERIFY(ws->filePath().endsWith(QStringLiteral("test.jlens")));
    const QString dump = canonicalDump(ws->database());
    auto copy = Workspace::open(backup, &error);
    QVERIFY2(copy, qPrintable(error.message));
    QCOMPARE(canonicalDump(copy->database()), dump);
}

void TestWorkspaceFiles::workspaceIdIsRandomAndKept()
{
    QTemporaryDir dir;
    WorkspaceError error;
    auto first = Workspace::create(dir.filePath(QStringLiteral("a.jlens")), QStringLiteral("A"), &error);
    auto second = Workspace::create(dir.filePath(QStringLiteral("b.jlens")), QStringLiteral("B"), &error);
    QVERIFY(first && second);
    const QString id = first->workspaceId();
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$")).match(id).hasMatch());
    QVERIFY(id != second->workspaceId());
    // A copy is the same workspace: it keeps the id (and so the pseudonymisation key).
    QVERIFY(first->saveCopy(dir.filePath(QStringLiteral("copy.jlens"))));
    first.reset();
    auto reopened = Workspace::open(dir.filePath(QStringLiteral("a.jlens")), &error);
    QVERIFY(reopened);
    QCOMPARE(reopened->workspaceId(), id);
    auto copy = Workspace::open(dir.filePath(QStringLiteral("copy.jlens")), &error);
    QVERIFY(copy);
    QCOMPARE(copy->workspaceId(), id);
}

QTEST_GUILESS_MAIN(TestWorkspaceFiles)
#include "tst_workspacefiles.moc"
