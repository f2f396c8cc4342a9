public import KamTime

extension KeyAccountReason {
  /// The reasons that hold for one client on `date`, in declaration order.
  ///
  /// - Parameters:
  ///   - history: the client's folded stream.
  ///   - paretoClass: its class among all clients on `date`.
  ///   - forecastProfit: its forecast profit for the next window (see ``ProfitForecaster``).
  ///   - cutOffA: the profit of the lowest-profit class A client, nil when there is no class A.
  public static func reasons(
    for history: ClientHistory, paretoClass: ParetoClass, forecastProfit: Money,
    cutOffA: Money?, on date: CalendarDate, policy: Policy
  ) -> [KeyAccountReason] {
    var reasons: [KeyAccountReason] = []
    if paretoClass == .a {
      reasons.append(.topProfit)
    } else if let cutOffA, forecastProfit >= cutOffA {
      reasons.append(.potential)
    }
    if isLikelyWin(history, on: date, policy: policy) { reasons.append(.likelyWin) }
    if history.isStrategic(on: date) { reasons.append(.strategic) }
    return reasons
  }

  /// A prospect on `date` (no sale that counts yet) whose win probability on that
  /// date (``ClientHistory/winProbability(on:)``) reaches the policy's threshold.
  public static func isLikelyWin(
    _ history: ClientHistory, on date: CalendarDate, policy: Policy
  ) -> Bool {
    guard let probability = history.winProbability(on: date), history.isProspect(on: date)
    else {
      return false
    }
    return probability >= policy.likelyWinProbability
  }
}
