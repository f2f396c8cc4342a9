-- kam schema 4: client value by business day.
--
-- Each client's revenue, cost of goods and cost to serve summed per business
-- day, from the facts that count (retracted ones left out), with meetings
-- priced by the policy in force. The value over a trailing window is the sum
-- of the days inside it, so `kam value` reads this table instead of folding
-- the log; a new event recomputes only its client's rows, a policy change
-- every client's. Amounts are integer minor units of the book's currency.
CREATE TABLE client_value_days (
  client         TEXT    NOT NULL,
  on_date        TEXT    NOT NULL,            -- YYYY-MM-DD
  revenue        INTEGER NOT NULL,
  cogs           INTEGER NOT NULL,
  cost_to_serve  INTEGER NOT NULL,
  PRIMARY KEY (client, on_date)
) STRICT, WITHOUT ROWID;

CREATE INDEX client_value_days_by_date ON client_value_days (on_date);
