// Migration from an older file format: the test builds a version-1 workspace the way version 1
// wrote it, then opens it with the current code.

#include "TestSupport.h"

#include "document/Workspace.h"
#include "storage/Migrations.h"
#include "storage/ModelReader.h"
#include "storage/SqlSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTest>

using namespace jl;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Writes a version-1 workspace with a small model, using only version-1 tables and columns.
void writeVersion1Fixture(const QString &path, bool sabotage = false)
{
    const QString name = QStringLiteral("fixture");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QString error;
        QVERIFY2(migrations::migrate(db, &error, 1), qPrintable(error));
        QCOMPARE(migrations::userVersion(db), 1);
        const QStringList statements = {
            QStringLiteral("INSERT INTO meta (key, value) VALUES ('title', 'Old workspace')"),
            QStringLiteral("INSERT INTO channel (id, name, icon) VALUES (1, 'Store', 'store')"),
            QStringLiteral("INSERT INTO journey (id, name, level) VALUES (1, 'In-store purchase', 1)"),
            QStringLiteral("INSERT INTO stage (id, journey_id, name, position) VALUES (1, 1, 'Buy', 0)"),
            QStringLiteral("INSERT INTO step (id, journey_id, stage_id, kind, name, channel_id, emotion) "
                           "VALUES (1, 1, 1, 0, 'Pay at till', 1, 1)"),
            QStringLiteral("INSERT INTO step (id, journey_id, stage_id, kind, name, emotion) VALUES (2, 1, 1, 4, 'Receipt', 2)"),
            QStringLiteral("INSERT INTO journey_trigger (id, journey_id, from_step_id, to_step_id, kind, label) "
                           "VALUES (1, 1, 1, 2, 0, 'Pays')"),
        };
        for (const QString &statement : statements)
            sql::exec(db, statement);
        if (sabotage) // a table version 2 wants to create already exists: migration 2 must fail
            sql::exec(db, QStringLiteral("CREATE TABLE kpi_target (x INTEGER)"));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void currentVersionMatchesMigrations();
    void upgradesVersion1();
    void failedMigrationChangesNothing();
};

void TestMigrations::currentVersionMatchesMigrations()
{
    QCOMPARE(migrations::latestVersion(), schema::CurrentVersion);
    QTemporaryDir dir;
    auto ws = test::createWorkspace(dir);
    QVERIFY(ws);
    QCOMPARE(migrations::userVersion(ws->database()), schema::CurrentVersion);
    QCOMPARE(sql::scalar(ws->database(), QStringLiteral("PRAGMA application_id")).toInt(), schema::ApplicationId);
    QCOMPARE(sql::scalar(ws->database(), QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(sql::scalar(ws->database(), QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
}

void TestMigrations::upgradesVersion1()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.jlens"));
    writeVersion1Fixture(path);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!Workspace::probe(path));

    WorkspaceError error;
    auto ws = Workspace::open(path, &error);
    QVERIFY2(ws, qPrintable(error.message));
    QCOMPARE(migrations::userVersion(ws->database()), schema::CurrentVersion);
    QCOMPARE(ws->title(), QStringLiteral("Old workspace"));
    QCOMPARE(ws->workspaceId().size(), 32); // given one on the way to format 5
    const ModelReader reader = ws->reader();
    const QList<Step> steps = reader.steps(JourneyId(1));
    QCOMPARE(steps.size(), 2);
    QCOMPARE(steps.first().name, QStringLiteral("Pay at till"));
    QCOMPARE(steps.first().channel, ChannelId(1));
    QCOMPARE(steps.first().emotion, 1);
    QVERIFY(!steps.first().hasPosition); // new column, empty for old steps
    QCOMPARE(reader.triggers(JourneyId(1)).first().label, QStringLiteral("Pays"));

    // What version 2 added works on the upgraded file.
    QVERIFY(ws->addKpiTarget({{}, StepId(1), KpiMeasure::Conversion, 0.9, QStringLiteral("%")}));
    QVERIFY(ws->setProperty({EntityType::Step, 1}, QStringLiteral("pos_x"), 10.0));
    QCOMPARE(reader.step(StepId(1))->kpiTargets.size(), 1);
    // ... and so do the rules of version 3: no trigger across journeys.
    const JourneyId other = ws->addJourney({{}, QStringLiteral("Other"), JourneyLevel::Task, {}, {}, {}, {}, {}});
    const StepId foreign = ws->addStep({{}, other, {}, StepKind::Outcome, QStringLiteral("F"), {}, {}, {}, {}, 0, {}, {}, {}, false, 0, 0, {}});
    QVERIFY(foreign);
    QVERIFY(!ws->addTrigger({{}, JourneyId(1), StepId(1), foreign, TriggerKind::Time, {}, {}, {}, 0}));
}

void TestMigrations::failedMigrationChangesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.jlens"));
    writeVersion1Fixture(path, true);
    if (QTest::currentTestFailed())
        return;
    const QByteArray before = fileHash(path);
    WorkspaceError error;
    QVERIFY(!Workspace::open(path, &error));
    QVERIFY(error.message.contains(QStringLiteral("version 2")));
    QVERIFY(error.message.contains(QStringLiteral("broken.jlens")));
    QCOMPARE(fileHash(path), before);
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
