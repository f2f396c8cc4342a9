-- kam schema 9: the whole-book models kept beside the projections.
--
-- The fits every risk query makes over the whole book (the purchase model on the
-- day and at the calibration's cut, the calibration, the Gamma-Gamma spend model),
-- one row per model and business day, with the log's last seq when it was fitted
-- (body: ChurnRiskModels.encoded or SpendModelFit.encoded, a format number and the
-- parameters bit for bit; the stored listings likewise). A row is read only while
-- the log still ends at log_seq: any new event makes it stale, and the next query
-- fits again and replaces it, dropping the rows of its name of an earlier log_seq.
-- One exception: the clients' risk facts (name 'risk-facts', day 1970-01-01, as
-- they hold for every day; BookRiskFacts.encoded) are read at an earlier log_seq
-- too and caught up from the snapshots of the clients whose streams took an event
-- since. Derived and disposable.
CREATE TABLE stored_models (
  name     TEXT    NOT NULL,
  day      TEXT    NOT NULL,               -- YYYY-MM-DD
  log_seq  INTEGER NOT NULL,
  body     BLOB    NOT NULL,
  PRIMARY KEY (name, day)
) STRICT;
