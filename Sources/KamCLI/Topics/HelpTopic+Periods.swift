extension HelpTopic {
  /// How periods and points in time are written on the command line.
  static let periodsPage = """
    Periods and points in time

    Commands that count over a period take --begin and --end, both business days
    written YYYY-MM-DD: --begin is the first day counted (inclusive) and --end the
    day to stop before (exclusive), so --begin 2026-01-01 --end 2026-04-01 is the
    first quarter of 2026. A --begin on or after --end is refused (exit 64). Left
    out, kam events and kam transitions have no bound on that side; kam service and
    kam report count the 91 days ending on --as-of or today.

    --as-of DAY evaluates as of the end of that day, counting the events that
    occurred on or before it. --on DAY is the day a logged event happened (default
    today, never after it). --known-at counts only what was recorded by an instant
    (ISO 8601 with Z or an offset; a bare date is the end of that day, UTC).
    --today pins today (also $KAM_TODAY), so that results are reproducible.

    """
}
