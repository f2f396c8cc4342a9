-- kam on PostgreSQL: the roles a team's server needs, once per server (roles
-- belong to the server, not to a database). Run by a superuser or a role with
-- CREATEROLE; safe to run again.
--
--   kam_owner   owns every book's tables and functions; grant it to the admin
--               who creates and migrates books (NOLOGIN: a group, not a person)
--   kam_writer  appends and reads: INSERT and SELECT on the log, nothing else;
--               no UPDATE, DELETE or TRUNCATE, so history cannot be rewritten
--               through it even without the triggers
--   kam_reader  SELECT only
--
-- A person logs in as their own role, member of one of these:
--   CREATE ROLE alice LOGIN PASSWORD '…' IN ROLE kam_writer;
--
-- The advisory lock serialises two setups run at once (tests do).
SELECT pg_advisory_xact_lock(hashtext('kam roles'));
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'kam_owner') THEN
    CREATE ROLE kam_owner NOLOGIN;
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'kam_writer') THEN
    CREATE ROLE kam_writer NOLOGIN;
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'kam_reader') THEN
    CREATE ROLE kam_reader NOLOGIN;
  END IF;
END
$$;
