// The headless commands, run as a user runs them: the real executable, no display.

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "document/Workspace.h"
#include "storage/Schema.h"

#include <QUndoStack>

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void version();
    void help();
    void demoThenInfoJson();
    void infoText();
    void checkJson();
    void infoWhileOpenElsewhere();
    void germanMessages();
    void errors_data();
    void errors();
    void exportImageAndBench();

private:
    struct Result
    {
        int code = -1;
        QString out;
        QString err;
    };
    Result run(const QStringList &arguments) const;

    QTemporaryDir m_dir;
    QString m_demo;
};

TestCli::Result TestCli::run(const QStringList &arguments) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Headless commands must not need a display or a platform plugin.
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(JOURNEYLENS_EXECUTABLE), arguments);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo.jlens"));
    const Result result = run({QStringLiteral("demo"), m_demo});
    QVERIFY2(result.code == 0, qPrintable(result.err));
    QVERIFY(result.out.contains(QStringLiteral("demo.jlens")));
}

void TestCli::version()
{
    const Result result = run({QStringLiteral("--version")});
    QCOMPARE(result.code, 0);
    QCOMPARE(result.out.trimmed(), QStringLiteral("JourneyLens " JOURNEYLENS_VERSION));
}

void TestCli::help()
{
    const Result result = run({QStringLiteral("--help")});
    QCOMPARE(result.code, 0);
    QVERIFY(result.out.contains(QStringLiteral("Usage: journeylens")));
    QVERIFY(result.out.contains(QStringLiteral("  demo ")));
    QVERIFY(result.out.contains(QStringLiteral("  info ")));
    const Result commandHelp = run({QStringLiteral("info"), QStringLiteral("--help")});
    QCOMPARE(commandHelp.code, 0);
    QVERIFY(commandHelp.out.contains(QStringLiteral("--json")));
}

void TestCli::demoThenInfoJson()
{
    const Result result = run({QStringLiteral("info"), m_demo, QStringLiteral("--json")});
    QVERIFY2(result.code == 0, qPrintable(result.err));
    QJsonParseError error;
    const QJsonObject info = QJsonDocument::fromJson(result.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    for (const char *key : {"schema_version", "personas", "journeys", "max_journey_depth", "stages", "steps", "triggers",
                            "channels", "glossary_terms"})
        QVERIFY2(info.value(QLatin1String(key)).isDouble(), key);
    QCOMPARE(info.value(QStringLiteral("schema_version")).toInt(), jl::schema::CurrentVersion);
    QCOMPARE(info.value(QStringLiteral("title")).toString(), QStringLiteral("Retail: lead to cash"));
    // What the demo promises (see the README).
    QVERIFY(info.value(QStringLiteral("personas")).toInt() >= 3);
    QVERIFY(info.value(QStringLiteral("journeys")).toInt() >= 5);
    QCOMPARE(info.value(QStringLiteral("max_journey_depth")).toInt(), 3);
    QVERIFY(info.value(QStringLiteral("stages")).toInt() >= 6);
    QVERIFY(info.value(QStringLiteral("steps")).toInt() >= 40);
    QVERIFY(info.value(QStringLiteral("triggers")).toInt() >= 30);
    QVERIFY(info.value(QStringLiteral("channels")).toInt() >= 8);
    QVERIFY(info.value(QStringLiteral("glossary_terms")).toInt() >= 10);
}

void TestCli::infoText()
{
    const Result result = run({QStringLiteral("info"), m_demo});
    QVERIFY2(result.code == 0, qPrintable(result.err));
    QVERIFY(result.out.startsWith(QStringLiteral("Retail: lead to cash\n")));
    QVERIFY(result.out.contains(QStringLiteral("personas")));
    QVERIFY(result.out.contains(QStringLiteral("3 levels deep")));
}

void TestCli::infoWhileOpenElsewhere()
{
    // `info` only reads: it works while the workspace is open for editing, and changes nothing.
    jl::WorkspaceError error;
    auto ws = jl::Workspace::open(m_demo, &error);
    QVERIFY2(ws, qPrintable(error.message));
    QVERIFY(ws->addChannel({{}, QStringLiteral("Kiosk"), QStringLiteral("store"), {}}));
    const Result result = run({QStringLiteral("info"), m_demo, QStringLiteral("--json")});
    QVERIFY2(result.code == 0, qPrintable(result.err));
    const QJsonObject info = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(info.value(QStringLiteral("channels")).toInt(), ws->reader().count(jl::EntityType::Channel));
    ws->undoStack()->undo();
}

void TestCli::checkJson()
{
    // The demo passes every check: an empty array, exit code 0.
    const Result clean = run({QStringLiteral("check"), m_demo, QStringLiteral("--json")});
    QVERIFY2(clean.code == 0, qPrintable(clean.err));
    QJsonParseError error;
    const QJsonDocument cleanDoc = QJsonDocument::fromJson(clean.out.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(cleanDoc.isArray());
    QCOMPARE(cleanDoc.array().size(), 0);

    // Two flaws, made while the workspace is open for editing (check only reads): a touchpoint
    // without owner and a persona assigned to no journey.
    jl::WorkspaceError openError;
    auto ws = jl::Workspace::open(m_demo, &openError);
    QVERIFY2(ws, qPrintable(openError.message));
    const jl::Journey lifecycle = ws->reader().journeys().constFirst();
    jl::Step touchpoint;
    for (const jl::Step &step : ws->reader().steps(lifecycle.id)) {
        if (step.kind == jl::StepKind::Touchpoint) {
            touchpoint = step;
            break;
        }
    }
    QVERIFY(touchpoint.id);
    QVERIFY(ws->setProperty({jl::EntityType::Step, touchpoint.id.value()}, QStringLiteral("owner_id"), QVariant()));
    jl::Persona ghost;
    ghost.name = QStringLiteral("Ghost");
    const jl::PersonaId ghostId = ws->addPersona(ghost);
    QVERIFY(ghostId);

    const Result result = run({QStringLiteral("check"), m_demo, QStringLiteral("--json")});
    QVERIFY2(result.code == 0, qPrintable(result.err));
    const QJsonArray findings = QJsonDocument::fromJson(result.out.toUtf8(), &error).array();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(findings.size(), 2);
    for (const QJsonValue &value : findings) {
        const QJsonObject finding = value.toObject();
        for (const char *key : {"check", "journey", "journey_id", "element", "element_type", "element_id",
                                "element_name", "message"})
            QVERIFY2(finding.contains(QLatin1String(key)), key);
    }
    // Sorted by journey, workspace-wide findings last.
    const QJsonObject owner = findings.at(0).toObject();
    QCOMPARE(owner.value(QStringLiteral("check")).toString(), QStringLiteral("touchpoint_without_owner"));
    QCOMPARE(owner.value(QStringLiteral("journey")).toString(), lifecycle.name);
    QCOMPARE(owner.value(QStringLiteral("journey_id")).toInteger(), lifecycle.id.value());
    QCOMPARE(owner.value(QStringLiteral("element")).toString(),
             QStringLiteral("step:%1").arg(touchpoint.id.value()));
    QCOMPARE(owner.value(QStringLiteral("element_type")).toString(), QStringLiteral("step"));
    QCOMPARE(owner.value(QStringLiteral("element_id")).toInteger(), touchpoint.id.value());
    QCOMPARE(owner.value(QStringLiteral("element_name")).toString(), touchpoint.name);
    QCOMPARE(owner.value(QStringLiteral("message")).toString(),
             QStringLiteral("The touchpoint “%1” has no owner").arg(touchpoint.name));
    const QJsonObject persona = findings.at(1).toObject();
    QCOMPARE(persona.value(QStringLiteral("check")).toString(), QStringLiteral("unused_persona"));
    QVERIFY(persona.value(QStringLiteral("journey")).isNull());
    QVERIFY(persona.value(QStringLiteral("journey_id")).isNull());
    QCOMPARE(persona.value(QStringLiteral("element")).toString(), QStringLiteral("persona:%1").arg(ghostId.value()));
    QCOMPARE(persona.value(QStringLiteral("element_type")).toString(), QStringLiteral("persona"));
    QCOMPARE(persona.value(QStringLiteral("element_name")).toString(), QStringLiteral("Ghost"));

    // Text mode: grouped by journey, a summary line; findings are no failure.
    const Result text = run({QStringLiteral("check"), m_demo});
    QVERIFY2(text.code == 0, qPrintable(text.err));
    QVERIFY2(text.out.startsWith(lifecycle.name + QLatin1Char('\n')), qPrintable(text.out));
    QVERIFY(text.out.contains(QStringLiteral("  [touchpoint_without_owner] ")));
    QVERIFY(text.out.contains(QStringLiteral("Workspace\n  [unused_persona] The persona “Ghost” is assigned to no journey\n")));
    QVERIFY(text.out.endsWith(QStringLiteral("2 findings\n")));

    ws->undoStack()->undo();
    ws->undoStack()->undo();
}

void TestCli::germanMessages()
{
    const Result help = run({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--help")});
    QCOMPARE(help.code, 0);
    QVERIFY2(help.out.contains(QStringLiteral("Befehle")), qPrintable(help.out));
    const Result info = run({QStringLiteral("--lang=de"), QStringLiteral("info"), m_demo});
    QCOMPARE(info.code, 0);
    QVERIFY2(info.out.contains(QStringLiteral("Ebenen tief")), qPrintable(info.out));
}

void TestCli::errors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("info without file") << QStringList{QStringLiteral("info")} << 2 << "exactly one workspace";
    QTest::newRow("info missing file") << QStringList{QStringLiteral("info"), QStringLiteral("/nonexistent/x.jlens")} << 1
                                       << "does not exist";
    QTest::newRow("info unknown option") << QStringList{QStringLiteral("info"), QStringLiteral("--frobnicate")} << 2
                                         << "frobnicate";
    QTest::newRow("check without file") << QStringList{QStringLiteral("check")} << 2 << "exactly one workspace";
    QTest::newRow("check missing file") << QStringList{QStringLiteral("check"), QStringLiteral("/nonexistent/x.jlens")}
                                        << 1 << "does not exist";
    QTest::newRow("demo without file") << QStringList{QStringLiteral("demo")} << 2 << "give the file";
}

void TestCli::errors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, code);
    QFETCH(QString, message);
    const Result result = run(arguments);
    QCOMPARE(result.code, code);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());

    // demo refuses to overwrite without --force, and leaves the file alone.
    if (qstrcmp(QTest::currentDataTag(), "demo without file") == 0) {
        const Result again = run({QStringLiteral("demo"), m_demo});
        QCOMPARE(again.code, 1);
        QVERIFY(again.err.contains(QStringLiteral("--force")));
    }
}

void TestCli::exportImageAndBench()
{
    // export-image draws on the offscreen platform: no display needed, the workspace only read.
    const QString png = m_dir.filePath(QStringLiteral("lifecycle.png"));
    Result result = run({QStringLiteral("export-image"), m_demo, QStringLiteral("-o"), png});
    QVERIFY2(result.code == 0, qPrintable(result.err));
    QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > 400 && image.height() > 200);

    const QString svg = m_dir.filePath(QStringLiteral("purchase.svg"));
    result = run({QStringLiteral("export-image"), m_demo, QStringLiteral("--journey"), QStringLiteral("Purchase online"),
                  QStringLiteral("-o"), svg});
    QVERIFY2(result.code == 0, qPrintable(result.err));
    QFile svgFile(svg);
    QVERIFY(svgFile.open(QIODevice::ReadOnly));
    const QByteArray svgText = svgFile.readAll();
    QVERIFY(svgText.contains("<svg"));
    QVERIFY(svgText.contains("Purchase online"));

    const QString scaled = m_dir.filePath(QStringLiteral("scale1.png"));
    result = run({QStringLiteral("export-image"), m_demo, QStringLiteral("-o"), scaled, QStringLiteral("--scale"),
                  QStringLiteral("1")});
    QVERIFY2(result.code == 0, qPrintable(result.err));
    QVERIFY(qAbs(QImage(scaled).width() * 2 - image.width()) <= 2);

    result = run({QStringLiteral("export-image"), m_demo, QStringLiteral("--journey"), QStringLiteral("No such journey"),
                  QStringLiteral("-o"), m_dir.filePath(QStringLiteral("none.png"))});
    QCOMPARE(result.code, 1);
    QVERIFY2(result.err.contains(QStringLiteral("Purchase online")), qPrintable(result.err));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("none.png"))));

    result = run({QStringLiteral("export-image"), m_demo, QStringLiteral("-o"), m_dir.filePath(QStringLiteral("x.gif"))});
    QCOMPARE(result.code, 2);

    result = run({QStringLiteral("bench"), QStringLiteral("canvas"), QStringLiteral("--steps"), QStringLiteral("200"),
                  QStringLiteral("--json")});
    QVERIFY2(result.code == 0, qPrintable(result.err));
    const QJsonObject bench = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(bench.value(QStringLiteral("steps")).toInt(), 200);
    QCOMPARE(bench.value(QStringLiteral("triggers")).toInt(), 400);
    for (const char *key : {"open_ms", "layout_ms", "frame_ms_p95", "frames"})
        QVERIFY2(bench.value(QLatin1String(key)).toDouble() > 0, key);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
