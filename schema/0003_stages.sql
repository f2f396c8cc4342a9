-- kam schema 3: relationship stage transitions.
--
-- Every change of stage of every client, dated on the day it happens, through
-- the day the client's timeline settles (after it only new events can change
-- the stage). Queries "as of" a day ignore the rows dated after it, so passing
-- time needs no recomputation; a new event recomputes only its client's rows.
CREATE TABLE stage_transitions (
  client         TEXT    NOT NULL,
  n              INTEGER NOT NULL,            -- 1, 2, 3, … within the client
  from_stage     TEXT,                        -- null for the first
  to_stage       TEXT    NOT NULL,
  on_date        TEXT    NOT NULL,            -- YYYY-MM-DD
  rule           TEXT    NOT NULL,            -- the rule that flipped (docs/stages.md)
  cause_seq      INTEGER,                     -- the event that caused it, if one did
  policy_version INTEGER NOT NULL,
  PRIMARY KEY (client, n)
) STRICT;

CREATE INDEX stage_transitions_by_date ON stage_transitions (on_date);
