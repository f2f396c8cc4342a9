-- kam schema 5: every client's history, folded and stored.
--
-- The fold of a client's stream (ClientHistory in the domain) in a compact
-- binary form (ClientHistory.snapshot: zigzag varint integers, length-prefixed
-- strings; it starts with its format number). Queries over every client
-- and logging commands read these instead of folding the log again, while the
-- projection is current; replays `--known-at` an earlier instant fold the log.
-- A new event rewrites only its client's row.
CREATE TABLE client_snapshots (
  client   TEXT PRIMARY KEY,
  history  BLOB NOT NULL
) STRICT;
