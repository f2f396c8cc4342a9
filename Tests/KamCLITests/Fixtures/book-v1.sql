PRAGMA application_id = 1801547057;
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE kam_migrations (
  version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT;
INSERT INTO kam_migrations VALUES(1,'event_log','2026-11-28T23:38:18.715Z');
INSERT INTO kam_migrations VALUES(2,'projections','2026-11-28T23:38:18.715Z');
CREATE TABLE events (
  seq            INTEGER PRIMARY KEY,         -- global position, 1, 2, 3, … with no gaps
  event_id       TEXT    NOT NULL UNIQUE,     -- a retried append with the same id is a no-op
  stream         TEXT    NOT NULL,            -- the stream (for kam: the client's slug)
  stream_version INTEGER NOT NULL,            -- 1, 2, 3, … within the stream
  type           TEXT    NOT NULL,            -- e.g. sale-recorded
  type_version   INTEGER NOT NULL,            -- the payload's schema version, upcast on read
  occurred_at    INTEGER NOT NULL,            -- business time, ms since 1970 UTC; may be backdated
  recorded_at    INTEGER NOT NULL,            -- system time, ms since 1970 UTC
  actor          TEXT    NOT NULL,            -- who (default: the OS user)
  command_id     TEXT    NOT NULL,            -- groups the events of one invocation (undo)
  correlation_id TEXT,
  causation_id   TEXT,
  payload        TEXT    NOT NULL,            -- JSON
  hash           BLOB    NOT NULL,            -- SHA-256(previous hash ‖ this row's fields)
  UNIQUE (stream, stream_version)
) STRICT;
INSERT INTO events VALUES(1,'e1','$book',1,'book-created',1,1748779200000,1748779200000,'kam-0.1','c0',NULL,NULL,'{"currency":"PLN"}',X'560cab37691ebedea11cdeb07138a97542636656d616b167342a18d8d2921446');
INSERT INTO events VALUES(2,'e2','acme',1,'client-registered',1,1748779200000,1748779200000,'kam-0.1','c0',NULL,NULL,'{"client":"acme","name":"ACME"}',X'7bede8fe47cf03d80960bcbb3d5886a1492bed1a13f64e112548f84b844ca15e');
INSERT INTO events VALUES(3,'e3','acme',2,'sale-recorded',1,1748779200000,1748779200000,'kam-0.1','c0',NULL,NULL,'{"client":"acme","amount":"120.50","cost":"80.00"}',X'a6d97a2aae4d4edea9a43bdb48f97f04b06be378fdd47e9e5596a528813117ed');
CREATE TABLE projection_checkpoints (
  name       TEXT    PRIMARY KEY,
  checkpoint INTEGER NOT NULL,                 -- last seq applied
  failed_seq INTEGER,                          -- the event it could not apply, if stopped
  failure    TEXT                              -- why
) STRICT;
CREATE TABLE client_directory (
  client        TEXT    PRIMARY KEY,
  name          TEXT    NOT NULL,
  prospect      INTEGER NOT NULL,              -- 1 while no sale counts
  segment       TEXT,
  owner         TEXT,
  registered_on TEXT,                          -- YYYY-MM-DD, null when met in an import
  events        INTEGER NOT NULL,              -- events in the stream
  last_seq      INTEGER NOT NULL
) STRICT;
CREATE INDEX events_by_command ON events (command_id);
CREATE INDEX events_by_recorded_at ON events (recorded_at);
CREATE TRIGGER events_refuse_update BEFORE UPDATE ON events
BEGIN
  SELECT RAISE(ABORT, 'the event log is append-only: UPDATE is refused');
END;
CREATE TRIGGER events_refuse_delete BEFORE DELETE ON events
BEGIN
  SELECT RAISE(ABORT, 'the event log is append-only: DELETE is refused');
END;
COMMIT;
