-- kam schema 8 (the log's): refuse every insert that is not a new last event,
-- and keep the head of the chain where verify can compare it.
--
-- Schema 1 refuses UPDATE and DELETE, but `INSERT OR REPLACE` (and an upsert
-- whose conflict resolves by REPLACE) deletes the row it conflicts with
-- without firing the delete trigger, and so rewrote history. This trigger
-- runs before any conflict is resolved: an insert must carry the next
-- sequence number and the next version of its stream, so it can conflict
-- with no stored row but by its event id. An event id already stored is the
-- retried append that schema 1 promises is a no-op: RAISE(IGNORE) keeps the
-- stored row and writes nothing (kam's appender then returns the stored event).
-- Each check is one lookup in an index the insert updates anyway.
CREATE TRIGGER events_refuse_rewrite BEFORE INSERT ON events
BEGIN
  SELECT RAISE(IGNORE) WHERE EXISTS (SELECT 1 FROM events WHERE event_id = NEW.event_id);
  SELECT RAISE(ABORT, 'the event log is append-only: an insert must be the next event (seq = last + 1)')
  WHERE NEW.seq IS NOT (SELECT coalesce(max(seq), 0) + 1 FROM events);
  SELECT RAISE(ABORT, 'the event log is append-only: an insert must be the next version of its stream')
  WHERE NEW.stream_version IS NOT
    (SELECT coalesce(max(stream_version), 0) + 1 FROM events WHERE stream = NEW.stream);
END;

-- The last event the appender wrote, and its hash, updated in the transaction
-- of every append. Events deleted from the end of the log behind kam's back
-- leave no gap for the chain to show; this row (with the projections'
-- checkpoints) still says how far the log went, and `kam verify` compares.
CREATE TABLE log_head (
  id    INTEGER PRIMARY KEY CHECK (id = 1),   -- one row
  seq   INTEGER NOT NULL,
  hash  BLOB    NOT NULL
) STRICT;

INSERT INTO log_head (id, seq, hash)
SELECT 1, seq, hash FROM events ORDER BY seq DESC LIMIT 1;
