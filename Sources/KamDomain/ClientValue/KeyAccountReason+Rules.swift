public import KamTime

extension KeyAccountReason {
  /// The reasons that hold for one client on `date`, in declaration order.
  ///
  /// - Parameters:
  ///   - history: the client's folded stream.
  ///   - paretoClass: its class among all clients on `date`.
  ///   - forecastProfit: its forecast profit for the next window (see ``ProfitForecaster``).
  ///   - cutOffA: the profit of the lowest-profit class A client, nil when there is no class A.
  ///   - fit: the client's fit against a fitted key-client profile, for a prospect or a
  ///     first-year client (nil otherwise, and whenever the profile fell back).
  ///   - label: what that profile learned to tell apart.
  public static func reasons(
    for history: ClientHistory, paretoClass: ParetoClass, forecastProfit: Money,
    cutOffA: Money?, on date: CalendarDate, policy: Policy, fit: ProspectFit? = nil,
    label: ProfileLabel? = nil
  ) -> [KeyAccountReason] {
    var reasons: [KeyAccountReason] = []
    if paretoClass == .a {
      reasons.append(.topProfit)
    } else if let cutOffA, forecastProfit >= cutOffA {
      reasons.append(.potential)
    } else if cutOffA != nil, isPotentialByFit(fit, label: label) {
      reasons.append(.potential)
    }
    if let fit, fit.fit != nil, history.isProspect(on: date) {
      if isLikelyWinByFit(fit, history, on: date, policy: policy) { reasons.append(.likelyWin) }
    } else if isLikelyWin(history, on: date, policy: policy) {
      reasons.append(.likelyWin)
    }
    if history.isStrategic(on: date) { reasons.append(.strategic) }
    return reasons
  }

  /// A first-year client whose fit to a profile of lasting key clients is high: it looks,
  /// from its first months, like the clients that became lasting key accounts.
  public static func isPotentialByFit(_ fit: ProspectFit?, label: ProfileLabel?) -> Bool {
    guard let fit, label == .lastingKeyClient, fit.firstSale != nil else { return false }
    return fit.band == .high
  }

  /// A prospect scored against a fitted profile: a high fit, or a medium one with the stated
  /// win probability at the threshold. A low fit vetoes the owner's forecast: prospects
  /// that looked like this one seldom became lasting clients.
  public static func isLikelyWinByFit(
    _ fit: ProspectFit, _ history: ClientHistory, on date: CalendarDate, policy: Policy
  ) -> Bool {
    switch fit.band {
    case .high: true
    case .medium: isLikelyWin(history, on: date, policy: policy)
    case .low, nil: false
    }
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
