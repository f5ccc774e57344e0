// Schema version 4: persona emotions and workshop notes (storage, undo, cascades) and the
// glossary synonym detection behind the "glossary_synonym" check.

#include "TestSupport.h"
#include "analysis/GlossaryUsage.h"
#include "analysis/ModelChecks.h"
#include "storage/CanonicalDump.h"

#include <QTest>
#include <QUndoStack>

using namespace jl;

class TestWorkshopData : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void personaEmotionSetChangeClear();
    void personaEmotionRejectsOutOfRange();
    void notesAddVoteUndo();
    void notesFollowTheirStep();
    void emptyNoteIsRefused();
    void synonymUses_data();
    void synonymUses();
    void synonymCheckFindsAndClears();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
    JourneyId m_journey;
};

void TestWorkshopData::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_ws = test::createWorkspace(*m_dir);
    QVERIFY(m_ws);
    m_journey = test::buildSmallModel(*m_ws);
}

void TestWorkshopData::cleanup()
{
    m_ws.reset();
    m_dir.reset();
}

void TestWorkshopData::personaEmotionSetChangeClear()
{
    const ModelReader reader = m_ws->reader();
    const Step step = reader.steps(m_journey).first();
    const PersonaId persona = reader.personas().first().id;
    QVERIFY(reader.personaEmotions(m_journey).isEmpty());

    QVERIFY(m_ws->setPersonaEmotion(step.id, persona, -2));
    QCOMPARE(reader.personaEmotions(m_journey).size(), 1);
    QCOMPARE(reader.personaEmotions(m_journey).first().emotion, -2);
    // A second value changes the same row and is an undo step of its own.
    QVERIFY(m_ws->setPersonaEmotion(step.id, persona, 1));
    QCOMPARE(reader.personaEmotions(m_journey).size(), 1);
    QCOMPARE(reader.personaEmotions(m_journey).first().emotion, 1);
    QVERIFY(m_ws->setPersonaEmotion(step.id, persona, std::nullopt));
    QVERIFY(reader.personaEmotions(m_journey).isEmpty());
    // Clearing what is not there is no edit.
    const int steps = m_ws->undoStack()->count();
    QVERIFY(m_ws->setPersonaEmotion(step.id, persona, std::nullopt));
    QCOMPARE(m_ws->undoStack()->count(), steps);

    m_ws->undoStack()->undo();
    QCOMPARE(reader.personaEmotions(m_journey).first().emotion, 1);
    m_ws->undoStack()->undo();
    QCOMPARE(reader.personaEmotions(m_journey).first().emotion, -2);
    m_ws->undoStack()->undo();
    QVERIFY(reader.personaEmotions(m_journey).isEmpty());
}

void TestWorkshopData::personaEmotionRejectsOutOfRange()
{
    const ModelReader reader = m_ws->reader();
    const Step step = reader.steps(m_journey).first();
    const PersonaId persona = reader.personas().first().id;
    const int steps = m_ws->undoStack()->count();
    QVERIFY(!m_ws->setPersonaEmotion(step.id, persona, 3));
    QVERIFY(!m_ws->lastError().isEmpty());
    QCOMPARE(m_ws->undoStack()->count(), steps);
    QVERIFY(reader.personaEmotions(m_journey).isEmpty());
}

void TestWorkshopData::notesAddVoteUndo()
{
    const ModelReader reader = m_ws->reader();
    const QList<Step> steps = reader.steps(m_journey);
    const WorkshopNoteId idea =
        m_ws->addWorkshopNote({{}, steps.at(1).id, NoteKind::Idea, QStringLiteral("Save the basket"), 0, 0});
    const WorkshopNoteId pain =
        m_ws->addWorkshopNote({{}, steps.at(1).id, NoteKind::Pain, QStringLiteral("Login again?"), 0, 0});
    QVERIFY(idea && pain);
    QCOMPARE(reader.workshopNote(idea)->position, 1);
    QCOMPARE(reader.workshopNote(pain)->position, 2); // placed after the step's other notes

    QVERIFY(m_ws->voteOnNote(idea, +1));
    QVERIFY(m_ws->voteOnNote(idea, +1));
    QVERIFY(m_ws->voteOnNote(idea, +1));
    QCOMPARE(reader.workshopNote(idea)->votes, 3);
    // Each vote is its own undo step (no merging of consecutive votes).
    m_ws->undoStack()->undo();
    QCOMPARE(reader.workshopNote(idea)->votes, 2);
    // Never below zero; taking back a vote that is not there is no edit.
    QVERIFY(m_ws->voteOnNote(pain, -1));
    QCOMPARE(reader.workshopNote(pain)->votes, 0);

    QVERIFY(m_ws->setProperty({EntityType::WorkshopNote, idea.value()}, QStringLiteral("text"), QStringLiteral("Keep the basket")));
    QCOMPARE(reader.workshopNote(idea)->text, QStringLiteral("Keep the basket"));
    const QList<WorkshopNote> notes = reader.workshopNotes(m_journey);
    QCOMPARE(notes.size(), 2);
    QCOMPARE(notes.first().id, idea);

    QVERIFY(m_ws->remove({EntityType::WorkshopNote, idea.value()}));
    QVERIFY(!reader.workshopNote(idea));
    m_ws->undoStack()->undo();
    QCOMPARE(reader.workshopNote(idea)->votes, 2);
    QCOMPARE(reader.workshopNote(idea)->text, QStringLiteral("Keep the basket"));
}

void TestWorkshopData::notesFollowTheirStep()
{
    const ModelReader reader = m_ws->reader();
    const Step step = reader.steps(m_journey).first();
    const PersonaId persona = reader.personas().first().id;
    QVERIFY(m_ws->addWorkshopNote({{}, step.id, NoteKind::Pain, QStringLiteral("Too many fields"), 4, 0}));
    QVERIFY(m_ws->setPersonaEmotion(step.id, persona, -1));
    const QString before = canonicalDump(m_ws->database());

    QVERIFY(m_ws->remove({EntityType::Step, step.id.value()}));
    QVERIFY(reader.workshopNotes(m_journey).isEmpty());
    QVERIFY(reader.personaEmotions(m_journey).isEmpty());
    m_ws->undoStack()->undo();
    QCOMPARE(canonicalDump(m_ws->database()), before);
    QCOMPARE(reader.workshopNotes(m_journey).first().votes, 4);

    // Removing the persona takes its emotion curve along, and undo brings it back.
    QVERIFY(m_ws->remove({EntityType::Persona, persona.value()}));
    QVERIFY(reader.personaEmotions(m_journey).isEmpty());
    m_ws->undoStack()->undo();
    QCOMPARE(canonicalDump(m_ws->database()), before);
}

void TestWorkshopData::emptyNoteIsRefused()
{
    const Step step = m_ws->reader().steps(m_journey).first();
    const int steps = m_ws->undoStack()->count();
    QVERIFY(!m_ws->addWorkshopNote({{}, step.id, NoteKind::Idea, QStringLiteral("   "), 0, 0}));
    QCOMPARE(m_ws->undoStack()->count(), steps);
    QVERIFY(m_ws->reader().workshopNotes(m_journey).isEmpty());
}

void TestWorkshopData::synonymUses_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expectedSynonym"); // empty: no use

    QTest::newRow("synonym") << QStringLiteral("Add to basket") << QStringLiteral("basket");
    QTest::newRow("case") << QStringLiteral("BASKET reminder") << QStringLiteral("basket");
    QTest::newRow("multi-word") << QStringLiteral("Review shopping  bag") << QStringLiteral("shopping bag");
    QTest::newRow("inside a word") << QStringLiteral("Basketball offer") << QString();
    QTest::newRow("preferred term") << QStringLiteral("Shopping cart summary") << QString();
    QTest::newRow("short synonym") << QStringLiteral("Add to cart") << QStringLiteral("cart");
    QTest::newRow("part of the preferred term") << QStringLiteral("Open shopping cart") << QString();
    QTest::newRow("umlaut boundary") << QStringLiteral("Warenkorbübersicht") << QString();
    QTest::newRow("german synonym") << QStringLiteral("Zum Warenkorb") << QStringLiteral("Warenkorb");
}

void TestWorkshopData::synonymUses()
{
    QFETCH(QString, name);
    QFETCH(QString, expectedSynonym);
    const GlossaryTerm cart{GlossaryTermId(7), QStringLiteral("shopping cart"), {},
                            {QStringLiteral("basket"), QStringLiteral("shopping bag"), QStringLiteral("cart"),
                             QStringLiteral("Warenkorb")},
                            {}};
    Step step;
    step.id = StepId(3);
    step.name = name;
    const QList<SynonymUse> uses = findSynonymUses({cart}, {step});
    if (expectedSynonym.isEmpty()) {
        QVERIFY2(uses.isEmpty(), qPrintable(uses.value(0).synonym));
    } else {
        QCOMPARE(uses.size(), 1);
        QCOMPARE(uses.first().synonym, expectedSynonym);
        QCOMPARE(uses.first().step, StepId(3));
        QCOMPARE(uses.first().term, GlossaryTermId(7));
        QCOMPARE(uses.first().preferredTerm, QStringLiteral("shopping cart"));
    }
}

void TestWorkshopData::synonymCheckFindsAndClears()
{
    const ModelReader reader = m_ws->reader();
    // The small model's glossary ("Basket", synonym "Cart") flags "Add to cart".
    const auto cartFindings = [&] {
        int count = 0;
        for (const Finding &finding : runModelChecks(reader))
            count += finding.check == QLatin1String("glossary_synonym") ? 1 : 0;
        return count;
    };
    QCOMPARE(cartFindings(), 1);
    for (const Step &step : reader.steps(m_journey)) {
        if (step.name == QLatin1String("Add to cart"))
            QVERIFY(m_ws->setProperty({EntityType::Step, step.id.value()}, QStringLiteral("name"), QStringLiteral("Add to basket")));
    }
    QCOMPARE(cartFindings(), 0);
    const Step step = reader.steps(m_journey).first();
    const GlossaryTermId term =
        m_ws->addGlossaryTerm({{}, QStringLiteral("order"), {}, {QStringLiteral("purchase")}, {}});
    QVERIFY(term);
    const auto synonymFindings = [&] {
        QList<Finding> found;
        for (const Finding &finding : runModelChecks(reader)) {
            if (finding.check == QLatin1String("glossary_synonym"))
                found << finding;
        }
        return found;
    };
    QVERIFY(synonymFindings().isEmpty());
    QVERIFY(m_ws->setProperty({EntityType::Step, step.id.value()}, QStringLiteral("name"), QStringLiteral("Confirm purchase")));
    const QList<Finding> found = synonymFindings();
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().element, (EntityRef{EntityType::Step, step.id.value()}));
    QCOMPARE(found.first().journey, m_journey);
    QVERIFY(found.first().message.contains(QStringLiteral("purchase")));
    QVERIFY(found.first().message.contains(QStringLiteral("order")));
    QVERIFY(modelCheckIds().contains(QStringLiteral("glossary_synonym")));
    QVERIFY(modelCheckTitle(QStringLiteral("glossary_synonym")) != QStringLiteral("glossary_synonym"));
    m_ws->undoStack()->undo();
    QVERIFY(synonymFindings().isEmpty());
}

QTEST_GUILESS_MAIN(TestWorkshopData)
#include "tst_workshopdata.moc"
