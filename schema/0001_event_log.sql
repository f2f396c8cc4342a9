-- kam schema 1: the event log.
--
-- One append-only table. Every row is an event: a gap-free global sequence
-- number, the stream (a client) and the event's version within it, two times
-- (business and system), who and which command wrote it, the JSON payload, and
-- a SHA-256 hash chained to the previous row, so that edits made behind kam's
-- back are detectable by `kam verify`.
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

CREATE INDEX events_by_command ON events (command_id);
CREATE INDEX events_by_recorded_at ON events (recorded_at);

-- The log is append-only: the database itself refuses edits and deletions.
CREATE TRIGGER events_refuse_update BEFORE UPDATE ON events
BEGIN
  SELECT RAISE(ABORT, 'the event log is append-only: UPDATE is refused');
END;

CREATE TRIGGER events_refuse_delete BEFORE DELETE ON events
BEGIN
  SELECT RAISE(ABORT, 'the event log is append-only: DELETE is refused');
END;
