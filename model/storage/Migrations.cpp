#include "Migrations.h"

#include "Schema.h"
#include "SqlSupport.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace jl::migrations {

namespace {

// Version 1: the journey model.
const char *const migration1 = R"SQL(
CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT);
CREATE TABLE channel (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, icon TEXT, description TEXT);
CREATE TABLE department (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE source_system (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, kind TEXT, description TEXT);
CREATE TABLE owner (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, role TEXT,
    department_id INTEGER REFERENCES department(id) ON DELETE SET NULL);
CREATE TABLE persona (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, quote TEXT, photo BLOB,
    goals TEXT, pains TEXT, needs TEXT, attributes TEXT, segment_rule TEXT);
CREATE TABLE persona_channel (
    id INTEGER PRIMARY KEY,
    persona_id INTEGER NOT NULL REFERENCES persona(id) ON DELETE CASCADE,
    channel_id INTEGER NOT NULL REFERENCES channel(id) ON DELETE CASCADE,
    UNIQUE (persona_id, channel_id));
CREATE TABLE journey (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL,
    level INTEGER NOT NULL DEFAULT 1 CHECK (level BETWEEN 0 AND 2),
    status INTEGER NOT NULL DEFAULT 0,
    owner_id INTEGER REFERENCES owner(id) ON DELETE SET NULL,
    description TEXT,
    detail_step_id INTEGER REFERENCES step(id) ON DELETE SET NULL);
CREATE TABLE journey_persona (
    id INTEGER PRIMARY KEY,
    journey_id INTEGER NOT NULL REFERENCES journey(id) ON DELETE CASCADE,
    persona_id INTEGER NOT NULL REFERENCES persona(id) ON DELETE CASCADE,
    UNIQUE (journey_id, persona_id));
CREATE TABLE stage (
    id INTEGER PRIMARY KEY,
    journey_id INTEGER NOT NULL REFERENCES journey(id) ON DELETE CASCADE,
    name TEXT NOT NULL, position INTEGER NOT NULL DEFAULT 0, description TEXT);
CREATE TABLE step (
    id INTEGER PRIMARY KEY,
    journey_id INTEGER NOT NULL REFERENCES journey(id) ON DELETE CASCADE,
    stage_id INTEGER REFERENCES stage(id) ON DELETE SET NULL,
    kind INTEGER NOT NULL DEFAULT 0 CHECK (kind BETWEEN 0 AND 4),
    name TEXT NOT NULL,
    channel_id INTEGER REFERENCES channel(id) ON DELETE SET NULL,
    department_id INTEGER REFERENCES department(id) ON DELETE SET NULL,
    owner_id INTEGER REFERENCES owner(id) ON DELETE SET NULL,
    source_system_id INTEGER REFERENCES source_system(id) ON DELETE SET NULL,
    emotion INTEGER NOT NULL DEFAULT 0 CHECK (emotion BETWEEN -2 AND 2),
    description TEXT, pains TEXT, ideas TEXT);
CREATE TABLE journey_trigger (
    id INTEGER PRIMARY KEY,
    journey_id INTEGER NOT NULL REFERENCES journey(id) ON DELETE CASCADE,
    from_step_id INTEGER NOT NULL REFERENCES step(id) ON DELETE CASCADE,
    to_step_id INTEGER NOT NULL REFERENCES step(id) ON DELETE CASCADE,
    kind INTEGER CHECK (kind IS NULL OR kind BETWEEN 0 AND 4),
    label TEXT, condition TEXT, engagement_action TEXT,
    expected_delay_s INTEGER NOT NULL DEFAULT 0);
CREATE TABLE glossary_term (
    id INTEGER PRIMARY KEY, term TEXT NOT NULL, definition TEXT, synonyms TEXT,
    owner_id INTEGER REFERENCES owner(id) ON DELETE SET NULL);
CREATE INDEX stage_journey ON stage(journey_id);
CREATE INDEX step_journey ON step(journey_id);
CREATE INDEX step_stage ON step(stage_id);
CREATE INDEX trigger_journey ON journey_trigger(journey_id);
CREATE INDEX trigger_from ON journey_trigger(from_step_id);
CREATE INDEX trigger_to ON journey_trigger(to_step_id);
CREATE INDEX journey_detail ON journey(detail_step_id);
)SQL";

// Version 2: KPI targets on steps and canvas positions.
const char *const migration2 = R"SQL(
CREATE TABLE kpi_target (
    id INTEGER PRIMARY KEY,
    step_id INTEGER NOT NULL REFERENCES step(id) ON DELETE CASCADE,
    measure INTEGER NOT NULL CHECK (measure BETWEEN 0 AND 6),
    target REAL NOT NULL, unit TEXT);
CREATE INDEX kpi_target_step ON kpi_target(step_id);
ALTER TABLE step ADD COLUMN pos_x REAL;
ALTER TABLE step ADD COLUMN pos_y REAL;
)SQL";

// Version 3: rules that keep a journey's graph inside the journey. The messages are codes that
// the Workspace turns into sentences for the user. A missing row (NULL) passes: foreign keys
// report that, and undo restores rows in an order where the other end may come later.
const char *const migration3 = R"SQL(
CREATE TRIGGER step_stage_in_journey_insert BEFORE INSERT ON step
WHEN NEW.stage_id IS NOT NULL AND (SELECT journey_id FROM stage WHERE id = NEW.stage_id) != NEW.journey_id
BEGIN SELECT RAISE(ABORT, 'JL_STAGE_OF_OTHER_JOURNEY'); END;
CREATE TRIGGER step_stage_in_journey_update BEFORE UPDATE OF stage_id ON step
WHEN NEW.stage_id IS NOT NULL AND (SELECT journey_id FROM stage WHERE id = NEW.stage_id) != NEW.journey_id
BEGIN SELECT RAISE(ABORT, 'JL_STAGE_OF_OTHER_JOURNEY'); END;
CREATE TRIGGER trigger_steps_in_journey_insert BEFORE INSERT ON journey_trigger
WHEN (SELECT journey_id FROM step WHERE id = NEW.from_step_id) != NEW.journey_id
  OR (SELECT journey_id FROM step WHERE id = NEW.to_step_id) != NEW.journey_id
BEGIN SELECT RAISE(ABORT, 'JL_TRIGGER_ACROSS_JOURNEYS'); END;
CREATE TRIGGER trigger_steps_in_journey_update BEFORE UPDATE OF from_step_id, to_step_id ON journey_trigger
WHEN (SELECT journey_id FROM step WHERE id = NEW.from_step_id) != NEW.journey_id
  OR (SELECT journey_id FROM step WHERE id = NEW.to_step_id) != NEW.journey_id
BEGIN SELECT RAISE(ABORT, 'JL_TRIGGER_ACROSS_JOURNEYS'); END;
CREATE TRIGGER journey_details_own_step_insert BEFORE INSERT ON journey
WHEN NEW.detail_step_id IS NOT NULL AND (SELECT journey_id FROM step WHERE id = NEW.detail_step_id) = NEW.id
BEGIN SELECT RAISE(ABORT, 'JL_DETAILS_OWN_STEP'); END;
CREATE TRIGGER journey_details_own_step_update BEFORE UPDATE OF detail_step_id ON journey
WHEN NEW.detail_step_id IS NOT NULL AND (SELECT journey_id FROM step WHERE id = NEW.detail_step_id) = NEW.id
BEGIN SELECT RAISE(ABORT, 'JL_DETAILS_OWN_STEP'); END;
)SQL";

// Version 4: workshop material. A persona's expected emotion at a step (overriding the step's
// own) for the emotion-curve lanes, and sticky notes (pains, ideas) with dot votes.
const char *const migration4 = R"SQL(
CREATE TABLE persona_emotion (
    id INTEGER PRIMARY KEY,
    step_id INTEGER NOT NULL REFERENCES step(id) ON DELETE CASCADE,
    persona_id INTEGER NOT NULL REFERENCES persona(id) ON DELETE CASCADE,
    emotion INTEGER NOT NULL CHECK (emotion BETWEEN -2 AND 2),
    UNIQUE (step_id, persona_id));
CREATE INDEX persona_emotion_persona ON persona_emotion(persona_id);
CREATE TABLE workshop_note (
    id INTEGER PRIMARY KEY,
    step_id INTEGER NOT NULL REFERENCES step(id) ON DELETE CASCADE,
    kind INTEGER NOT NULL DEFAULT 1 CHECK (kind BETWEEN 0 AND 1),
    text TEXT NOT NULL,
    votes INTEGER NOT NULL DEFAULT 0 CHECK (votes >= 0),
    position INTEGER NOT NULL DEFAULT 0);
CREATE INDEX workshop_note_step ON workshop_note(step_id);
)SQL";

// Version 5: a random id of the workspace, kept by copies (Save As, backups). It names the
// workspace's pseudonymisation key, which lives outside the file (privacy/KeyStore).
const char *const migration5 = R"SQL(
INSERT INTO meta (key, value) SELECT 'workspace_id', lower(hex(randomblob(16)))
WHERE NOT EXISTS (SELECT 1 FROM meta WHERE key = 'workspace_id');
)SQL";

const char *const allMigrations[] = {migration1, migration2, migration3, migration4, migration5};

} // namespace

int latestVersion()
{
    return int(std::size(allMigrations));
}

int userVersion(QSqlDatabase db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

bool migrate(QSqlDatabase db, QString *error, int targetVersion)
{
    static_assert(std::size(allMigrations) == schema::CurrentVersion);
    if (targetVersion < 0)
        targetVersion = latestVersion();
    int version = userVersion(db);
    if (version < 0) {
        if (error)
            *error = QCoreApplication::translate("jl::Workspace", "Cannot read the schema version.");
        return false;
    }
    while (version < targetVersion) {
        try {
            Transaction transaction(db);
            sql::execScript(db, QString::fromUtf8(allMigrations[version]));
            if (version == 0)
                sql::exec(db, QStringLiteral("PRAGMA application_id = %1").arg(schema::ApplicationId));
            sql::exec(db, QStringLiteral("PRAGMA user_version = %1").arg(version + 1));
            transaction.commit();
        } catch (const SqlError &e) {
            if (error)
                *error = QCoreApplication::translate("jl::Workspace", "Upgrading the workspace to version %1 failed: %2")
                             .arg(version + 1)
                             .arg(e.message());
            return false;
        }
        ++version;
    }
    return true;
}

} // namespace jl::migrations
