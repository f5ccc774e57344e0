// Export of a journey's canvas: a PNG that decodes, has the journey's proportions and is not
// blank; an SVG that is well-formed and carries the step names as text; failures that say why
// and leave no file behind.

#include "TestSupport.h"
#include "canvas/CanvasExport.h"
#include "canvas/JourneyScene.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QTest>
#include <QXmlStreamReader>

using namespace jl;

class TestCanvasExport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void png_data();
    void png();
    void svg();
    void replacesExistingFile();
    void unwritableTarget_data();
    void unwritableTarget();
    void formatForPath();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    JourneyId m_journey;
};

void TestCanvasExport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_workspace = test::createWorkspace(*m_dir);
    QVERIFY(m_workspace);
    m_journey = test::buildSmallModel(*m_workspace);
    QVERIFY(m_journey.isValid());
}

void TestCanvasExport::cleanup()
{
    m_workspace.reset();
    m_dir.reset();
}

void TestCanvasExport::png_data()
{
    QTest::addColumn<double>("scale");
    QTest::newRow("default 2x") << 2.0;
    QTest::newRow("1x") << 1.0;
}

void TestCanvasExport::png()
{
    QFETCH(double, scale);
    const QString path = m_dir->filePath(QStringLiteral("journey.png"));
    canvasexport::Options options;
    options.scale = scale;
    const QString error =
        canvasexport::exportJourney(*m_workspace, m_journey, path, canvasexport::Format::Png, options);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    const QImage image(path);
    QVERIFY(!image.isNull());
    JourneyScene scene;
    scene.setWorkspace(m_workspace.get());
    scene.setJourney(m_journey);
    const QRectF content = scene.contentRect().adjusted(-16, -16, 16, 16);
    QVERIFY(qAbs(image.width() - content.width() * scale) <= 1);
    QVERIFY(qAbs(image.height() - content.height() * scale) <= 1);
    QVERIFY(qAbs(double(image.width()) / image.height() - content.width() / content.height()) < 0.01);

    // Not blank: many pixels differ from the corner's background.
    const QRgb background = image.pixel(0, 0);
    int different = 0;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4) {
            if (image.pixel(x, y) != background)
                ++different;
        }
    }
    QVERIFY2(different > (image.width() / 4) * (image.height() / 4) / 20, qPrintable(QString::number(different)));
    // Nothing but the image in the folder: no temporary file left.
    QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("journey*")}, QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("journey.png")});
}

void TestCanvasExport::svg()
{
    const QString path = m_dir->filePath(QStringLiteral("journey.svg"));
    const QString error = canvasexport::exportJourney(*m_workspace, m_journey, path, canvasexport::Format::Svg);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString text;
    QString title;
    bool sawSvg = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("svg"))
            sawSvg = true;
        if (xml.isStartElement() && xml.name() == QLatin1String("title") && title.isEmpty())
            title = xml.readElementText();
        else if (xml.isCharacters())
            text += xml.text() + QLatin1Char(' ');
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(sawSvg);
    QCOMPARE(title, QStringLiteral("Buy online"));
    const QString words = text.simplified();
    for (const char *name : {"Visit shop", "Add to cart", "Pay", "Ship order", "Pick up in store"}) {
        for (const QString &word : QString::fromUtf8(name).split(QLatin1Char(' ')))
            QVERIFY2(words.contains(word), name);
    }
}

void TestCanvasExport::replacesExistingFile()
{
    const QString path = m_dir->filePath(QStringLiteral("journey.png"));
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old");
    }
    QVERIFY(canvasexport::exportJourney(*m_workspace, m_journey, path, canvasexport::Format::Png).isEmpty());
    QVERIFY(!QImage(path).isNull());
}

void TestCanvasExport::unwritableTarget_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("png") << int(canvasexport::Format::Png);
    QTest::newRow("svg") << int(canvasexport::Format::Svg);
}

void TestCanvasExport::unwritableTarget()
{
    QFETCH(int, format);
    const QString missing = m_dir->filePath(QStringLiteral("missing/journey.img"));
    QString error = canvasexport::exportJourney(*m_workspace, m_journey, missing, canvasexport::Format(format));
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(QStringLiteral("journey.img")), qPrintable(error));
    QVERIFY(!QFile::exists(missing));

    // A read-only folder (only where permissions bind: not for root).
    const QString folder = m_dir->filePath(QStringLiteral("readonly"));
    QVERIFY(QDir().mkdir(folder));
    QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    if (!QFileInfo(folder).isWritable()) {
        const QString target = QDir(folder).filePath(QStringLiteral("journey.img"));
        error = canvasexport::exportJourney(*m_workspace, m_journey, target, canvasexport::Format(format));
        QVERIFY(!error.isEmpty());
        QVERIFY(QDir(folder).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

void TestCanvasExport::formatForPath()
{
    canvasexport::Format format = canvasexport::Format::Svg;
    QVERIFY(canvasexport::formatForPath(QStringLiteral("a/b.PNG"), &format));
    QCOMPARE(format, canvasexport::Format::Png);
    QVERIFY(canvasexport::formatForPath(QStringLiteral("b.svg"), &format));
    QCOMPARE(format, canvasexport::Format::Svg);
    QVERIFY(!canvasexport::formatForPath(QStringLiteral("b.pdf"), &format));
}

QTEST_MAIN(TestCanvasExport)
#include "tst_canvasexport.moc"
