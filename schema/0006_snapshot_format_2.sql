-- kam schema 6: snapshots that can be cut back to any earlier event.
--
-- Format 2 of ClientHistory.snapshot keeps every registration whole (name,
-- segment, owner, a prospect's terms) and every ending of an initiative, so a
-- stored history can be cut back to the events numbered up to any S
-- (ClientHistory.truncated(through:)). A replay `--known-at` an earlier instant
-- whose events are the log's first S then starts from the snapshots instead of
-- folding the log. Format 1 snapshots are dropped here; the next catch-up folds
-- the log once to write them again.
DELETE FROM client_snapshots;
DELETE FROM projection_checkpoints WHERE name = 'client-snapshot';
