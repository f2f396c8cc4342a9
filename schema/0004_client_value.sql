-- kam schema 4: client value by business day.
--
-- Each client's revenue, cost of goods and cost to serve summed per business
-- day, from the facts that count (retracted ones left out), with meetings
-- priced by the policy in force. The value over a trailing window is the sum
-- of the days inside it, so `kam value` reads this table instead of folding
-- the log; a new event recomputes only its client's row, a policy change
-- every client's. A client with no day of its own yet (nothing that counts)
-- has no row.
--
-- `days` packs the client's days in date order, each as four zigzag LEB128
-- varints (the day as days since 1970-01-01, revenue, cost of goods, cost to
-- serve; amounts in minor units of the book's currency), about ten bytes a
-- day. One row per client rather than per day: a book of a million sales has
-- about as many client-days, and writing them as rows would cost a rebuild as
-- much as the log itself.
CREATE TABLE client_value (
  client     TEXT PRIMARY KEY,
  first_day  TEXT NOT NULL,   -- YYYY-MM-DD: registration or earliest fact that counts;
                              -- a client is in `kam value` as of a day from this one on
  days       BLOB NOT NULL
) STRICT;
