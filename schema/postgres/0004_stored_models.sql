-- kam on PostgreSQL, schema 4: the whole-book models kept beside the projections
-- (as schema/0009 for SQLite).
--
-- One row per model and business day, with the log's last seq when it was fitted;
-- read only while the log still ends there (the risk facts are caught up from it). Any reader may fit them, but only
-- kam_writer stores them: a kam_reader's query fits each time.
CREATE TABLE stored_models (
  name     text    NOT NULL,
  day      text    NOT NULL,               -- YYYY-MM-DD
  log_seq  bigint  NOT NULL,
  body     bytea   NOT NULL,
  PRIMARY KEY (name, day)
);

GRANT SELECT ON stored_models TO kam_writer, kam_reader;
GRANT INSERT, UPDATE, DELETE ON stored_models TO kam_writer;
