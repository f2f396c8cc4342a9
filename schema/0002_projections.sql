-- kam schema 2: projection bookkeeping and the client directory.
--
-- Projections are derived, disposable state: `kam rebuild` drops and refills
-- them from the log. Each keeps a checkpoint, the last sequence number it
-- applied, so catching up reads only what is new.
CREATE TABLE projection_checkpoints (
  name       TEXT    PRIMARY KEY,
  checkpoint INTEGER NOT NULL,                 -- last seq applied
  failed_seq INTEGER,                          -- the event it could not apply, if stopped
  failure    TEXT                              -- why
) STRICT;

-- One row per stream that is a client: registered clients and prospects, and
-- clients first met in an import.
CREATE TABLE client_directory (
  client        TEXT    PRIMARY KEY,
  name          TEXT    NOT NULL,
  prospect      INTEGER NOT NULL,              -- 1 while no sale counts
  segment       TEXT,
  owner         TEXT,
  registered_on TEXT,                          -- YYYY-MM-DD, null when met in an import
  events        INTEGER NOT NULL,              -- events in the stream
  last_seq      INTEGER NOT NULL
) STRICT;
