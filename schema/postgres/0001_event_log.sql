-- kam PostgreSQL schema 1: the event log, as schema/0001, 0007 and 0008 are for SQLite.
--
-- Run by the migrator in the book's schema (search_path) as kam_owner, which
-- then owns every object here. The rows and their hashes are those of SQLite's
-- log, byte for byte: a book moved across verifies with the same chain.
CREATE TABLE events (
  seq            bigint PRIMARY KEY,      -- global position, 1, 2, 3, … with no gaps
  event_id       text   NOT NULL UNIQUE,  -- a retried append with the same id is a no-op
  stream         text   NOT NULL,         -- the stream (for kam: the client's slug)
  stream_version bigint NOT NULL,         -- 1, 2, 3, … within the stream
  type           text   NOT NULL,         -- e.g. sale-recorded
  type_version   bigint NOT NULL,         -- the payload's schema version, upcast on read
  occurred_at    bigint NOT NULL,         -- business time, ms since 1970 UTC; may be backdated
  recorded_at    bigint NOT NULL,         -- system time, ms since 1970 UTC
  actor          text   NOT NULL,         -- who (default: the OS user)
  command_id     text   NOT NULL,         -- groups the events of one invocation (undo)
  correlation_id text,
  causation_id   text,
  payload        text   NOT NULL,         -- JSON
  hash           bytea  NOT NULL,         -- SHA-256(previous hash ‖ this row's fields)
  UNIQUE (stream, stream_version)
);

CREATE INDEX events_by_command ON events (command_id);
CREATE INDEX events_by_recorded_at ON events (recorded_at);

-- Events recorded earlier than an event before them (SQLite's schema 7): the
-- events recorded by K are the log's first S exactly when K falls in none of
-- the intervals [recorded_at, latest_before). The appender adds the rows.
CREATE TABLE events_out_of_order (
  seq            bigint PRIMARY KEY,   -- the event
  recorded_at    bigint NOT NULL,      -- its system time, ms since 1970 UTC
  latest_before  bigint NOT NULL       -- the latest system time of any earlier event
);

-- The last event and its hash (SQLite's schema 8), kept by a trigger on every
-- insert, so that writers need no UPDATE on any table. Events deleted from the
-- end behind kam's back leave no gap for the chain to show; this row still
-- says how far the log went, and verify compares.
CREATE TABLE log_head (
  id    integer PRIMARY KEY CHECK (id = 1),   -- one row
  seq   bigint  NOT NULL,
  hash  bytea   NOT NULL
);

-- The log is append-only: the database itself refuses edits, deletions and
-- truncation, whoever asks (the owner included, until they drop the trigger).
CREATE FUNCTION kam_refuse_edit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the event log is append-only: % on % is refused', TG_OP, TG_TABLE_NAME;
END
$$;

CREATE TRIGGER events_refuse_update BEFORE UPDATE ON events
  FOR EACH STATEMENT EXECUTE FUNCTION kam_refuse_edit();
CREATE TRIGGER events_refuse_delete BEFORE DELETE ON events
  FOR EACH STATEMENT EXECUTE FUNCTION kam_refuse_edit();
CREATE TRIGGER events_refuse_truncate BEFORE TRUNCATE ON events
  FOR EACH STATEMENT EXECUTE FUNCTION kam_refuse_edit();
CREATE TRIGGER events_out_of_order_refuse_update BEFORE UPDATE ON events_out_of_order
  FOR EACH STATEMENT EXECUTE FUNCTION kam_refuse_edit();
CREATE TRIGGER events_out_of_order_refuse_delete BEFORE DELETE ON events_out_of_order
  FOR EACH STATEMENT EXECUTE FUNCTION kam_refuse_edit();
CREATE TRIGGER events_out_of_order_refuse_truncate BEFORE TRUNCATE ON events_out_of_order
  FOR EACH STATEMENT EXECUTE FUNCTION kam_refuse_edit();

-- One writer at a time (docs/architecture.md, "PostgreSQL: one writer at a
-- time"): an append first takes this lock, which only another append
-- conflicts with (readers take ACCESS SHARE, which EXCLUSIVE admits), and
-- holds it until it commits. Its sequence numbers are max + 1 read under the
-- lock, so commits happen in sequence order and no reader ever sees seq 11
-- before seq 10. SECURITY DEFINER because LOCK in this mode needs UPDATE on
-- the table, which writers do not have.
CREATE FUNCTION kam_lock_log() RETURNS void LANGUAGE plpgsql
  SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
  LOCK TABLE events IN EXCLUSIVE MODE;
END
$$;
REVOKE ALL ON FUNCTION kam_lock_log() FROM PUBLIC;

-- An insert that does not hold the lock could interleave with an append: refused.
CREATE FUNCTION kam_require_lock() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (
    SELECT FROM pg_locks
    WHERE locktype = 'relation' AND relation = TG_RELID AND pid = pg_backend_pid()
      AND mode = 'ExclusiveLock' AND granted) THEN
    RAISE EXCEPTION 'the event log is appended one writer at a time: '
      'call kam_lock_log() in the transaction first';
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER events_one_writer BEFORE INSERT ON events
  FOR EACH STATEMENT EXECUTE FUNCTION kam_require_lock();

-- As SQLite's schema 8: an insert must be the next event and the next version
-- of its stream, so it can rewrite nothing and leave no gap. Each check is one
-- lookup in an index the insert updates anyway; earlier rows of the same
-- statement are visible to it.
CREATE FUNCTION kam_require_next() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.seq IS DISTINCT FROM (SELECT coalesce(max(seq), 0) + 1 FROM events) THEN
    RAISE EXCEPTION 'the event log is append-only: an insert must be the next event (seq = last + 1)';
  END IF;
  IF NEW.stream_version IS DISTINCT FROM
    (SELECT coalesce(max(stream_version), 0) + 1 FROM events WHERE stream = NEW.stream) THEN
    RAISE EXCEPTION 'the event log is append-only: an insert must be the next version of its stream';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER events_next BEFORE INSERT ON events
  FOR EACH ROW EXECUTE FUNCTION kam_require_next();

CREATE FUNCTION kam_store_head() RETURNS trigger LANGUAGE plpgsql
  SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
  INSERT INTO log_head (id, seq, hash) VALUES (1, NEW.seq, NEW.hash)
  ON CONFLICT (id) DO UPDATE SET seq = EXCLUDED.seq, hash = EXCLUDED.hash;
  RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION kam_store_head() FROM PUBLIC;
CREATE TRIGGER events_store_head AFTER INSERT ON events
  FOR EACH ROW EXECUTE FUNCTION kam_store_head();

-- Writers: INSERT and SELECT on the log, the lock; readers: SELECT.
DO $$
BEGIN
  EXECUTE format('GRANT USAGE ON SCHEMA %I TO kam_writer, kam_reader', current_schema());
END
$$;
GRANT SELECT ON events, events_out_of_order, log_head, kam_schema TO kam_writer, kam_reader;
GRANT INSERT ON events, events_out_of_order TO kam_writer;
GRANT EXECUTE ON FUNCTION kam_lock_log() TO kam_writer;
