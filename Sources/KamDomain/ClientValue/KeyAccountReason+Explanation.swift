extension KeyAccountReason {
  /// The rule that makes the reason hold for a client of `portfolio`, in words,
  /// with the figures it was judged on.
  public func rule(
    for history: ClientHistory, entry: PortfolioEntry, in portfolio: Portfolio, policy: Policy
  ) -> String {
    switch self {
    case .topProfit:
      return
        "class A: profit \(entry.value.profit) is among the top clients making \(Int(policy.paretoA * 100)) % of positive profit"
    case .potential:
      return
        "forecast profit \(entry.forecastProfit) for the next \(policy.windowDays) days reaches class A's cut-off \(portfolio.cutOffA?.description ?? "-")"
    case .likelyWin:
      return
        "a prospect with win probability \(history.winProbability(on: portfolio.date) ?? 0) ≥ \(policy.likelyWinProbability)"
    case .strategic:
      // The mark in force on the day, which a backdated or later mark may not be.
      let mark = history.latestStrategicMark(on: portfolio.date)
      return "marked strategic"
        + (mark.map { " on \($0.date) (event \($0.seq)): \($0.reason ?? "")" } ?? "")
    }
  }
}
