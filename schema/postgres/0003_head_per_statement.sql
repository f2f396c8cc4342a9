-- kam on PostgreSQL, schema 3: the log's head is stored once per INSERT
-- statement, not once per row.
--
-- Schema 1 upserted log_head for every inserted event. An append sends its
-- whole batch as one INSERT; row by row, each update of the one head row in a
-- transaction walked the versions the earlier ones left, so a batch of n events
-- cost O(n²) and a 5,000-event slice of `kam migrate` seconds. The statement's
-- new rows (a transition table) give the head in one step. The row-level check
-- that each insert is the next event and the next version of its stream stays
-- (schema 1, kam_require_next): it sees the rows of the same statement before it.
CREATE FUNCTION kam_store_head_of_statement() RETURNS trigger LANGUAGE plpgsql
  SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
  INSERT INTO log_head (id, seq, hash)
  SELECT 1, seq, hash FROM inserted ORDER BY seq DESC LIMIT 1
  ON CONFLICT (id) DO UPDATE SET seq = EXCLUDED.seq, hash = EXCLUDED.hash;
  RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION kam_store_head_of_statement() FROM PUBLIC;

DROP TRIGGER events_store_head ON events;
DROP FUNCTION kam_store_head();
CREATE TRIGGER events_store_head AFTER INSERT ON events
  REFERENCING NEW TABLE AS inserted
  FOR EACH STATEMENT EXECUTE FUNCTION kam_store_head_of_statement();
