extension HelpTopic {
  /// How periods and points in time are written on the command line: the periods'
  /// part is the help of `-p` itself (``PeriodExpression/helpText``), so the two never
  /// drift apart.
  static let periodsPage = """
    Periods and points in time

    \(PeriodExpression.helpText)

    Left out, kam events and kam transitions have no bound; value, clients and
    key-accounts count the policy's trailing window ending on --as-of or today,
    and kam service and kam report the 91 days ending on it. A period is cut at
    --as-of or today; one that begins after that day, or is empty, is refused
    (exit 64).

    --as-of DAY evaluates as of the end of that day, counting the events that
    occurred on or before it. --on DAY is the day a logged event happened (default
    today, never after it). Both take YYYY-MM-DD, today or yesterday. --known-at
    counts only what was recorded by an instant (ISO 8601 with Z or an offset; a
    bare date is the end of that day, UTC). --today pins today (also $KAM_TODAY),
    so that results are reproducible.

    """
}
