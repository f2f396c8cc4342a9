-- kam on PostgreSQL, schema 2: the projections' tables (as schema/0002–0006 for SQLite).
--
-- Derived, disposable state: `kam rebuild` empties and refills them from the
-- log. Writers keep them up to date as they append, so kam_writer may change
-- them (and only them); kam_reader reads them.
CREATE TABLE projection_checkpoints (
  name       text   PRIMARY KEY,
  checkpoint bigint NOT NULL,                -- last seq applied
  failed_seq bigint,                         -- the event it could not apply, if stopped
  failure    text                            -- why
);

CREATE TABLE client_directory (
  client        text    PRIMARY KEY,
  name          text    NOT NULL,
  prospect      boolean NOT NULL,            -- true while no sale counts
  segment       text,
  owner         text,
  registered_on text,                        -- YYYY-MM-DD, null when met in an import
  events        bigint  NOT NULL,            -- events in the stream
  last_seq      bigint  NOT NULL
);

CREATE TABLE stage_transitions (
  client         text    NOT NULL,
  n              bigint  NOT NULL,           -- 1, 2, 3, … within the client
  from_stage     text,                       -- null for the first
  to_stage       text    NOT NULL,
  on_date        text    NOT NULL,           -- YYYY-MM-DD
  rule           text    NOT NULL,
  cause_seq      bigint,
  policy_version bigint  NOT NULL,
  PRIMARY KEY (client, n)
);

CREATE INDEX stage_transitions_by_date ON stage_transitions (on_date);

-- Each client's value days packed as in SQLite's client_value (schema/0004).
CREATE TABLE client_value (
  client    text  PRIMARY KEY,
  first_day text  NOT NULL,
  days      bytea NOT NULL
);

-- Each client's folded history (ClientHistory.snapshot, format 2).
CREATE TABLE client_snapshots (
  client  text  PRIMARY KEY,
  history bytea NOT NULL
);

GRANT SELECT ON projection_checkpoints, client_directory, stage_transitions, client_value,
  client_snapshots TO kam_writer, kam_reader;
GRANT INSERT, UPDATE, DELETE ON projection_checkpoints, client_directory, stage_transitions,
  client_value, client_snapshots TO kam_writer;
