public import KamTime

extension ClientValue {
  /// The client's value over the policy's window ending on `date` (see ``ValueWindow``).
  ///
  /// Facts are taken by business date, wherever they sit in the stream, so a
  /// backdated sale recorded after later events still counts on its own date.
  /// Retracted facts are left out (``ClientHistory/valueDays(policy:)`` reads them alike).
  public static func evaluate(
    _ history: ClientHistory, on date: CalendarDate, policy: Policy
  ) -> ClientValue {
    evaluate(history, in: ValueWindow(endingOn: date, policy: policy), policy: policy)
  }

  /// The client's value over an explicit window.
  public static func evaluate(
    _ history: ClientHistory, in window: ValueWindow, policy: Policy
  ) -> ClientValue {
    var revenue = Money.zero
    var cogs = Money.zero
    var costToServe = Money.zero
    history.forEachValueFact(policy: policy, where: window.contains) { _, earned, goods, serve in
      revenue += earned
      cogs += goods
      costToServe += serve
    }
    return ClientValue(
      client: history.client, revenue: revenue, cogs: cogs, costToServe: costToServe)
  }
}
