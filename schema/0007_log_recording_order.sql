-- kam schema 7 (the log's): events recorded earlier than an event before them.
--
-- System time is the instant the appender gave, not the log's order: a clock
-- set back, or another machine's, can record an event earlier than one before
-- it. Then "the events recorded by K" is not the log's first S events for every
-- K, and a replay as known at K cannot start from state kept by sequence number.
-- This table lists each such event with the latest instant recorded before it:
-- the events recorded by K are the log's first S exactly when K falls in none of
-- the intervals [recorded_at, latest_before). The appender adds a row whenever
-- it records out of order; the statement below finds those already in the log.
CREATE TABLE events_out_of_order (
  seq            INTEGER PRIMARY KEY,   -- the event
  recorded_at    INTEGER NOT NULL,      -- its system time, ms since 1970 UTC
  latest_before  INTEGER NOT NULL       -- the latest system time of any earlier event
) STRICT;

INSERT INTO events_out_of_order (seq, recorded_at, latest_before)
SELECT seq, recorded_at, latest_before
FROM (
  SELECT seq, recorded_at,
         max(recorded_at) OVER (ORDER BY seq ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
           AS latest_before
  FROM events
)
WHERE recorded_at < latest_before;
