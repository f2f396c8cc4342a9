public import KamTime

extension KeyAccountReason {
  /// Three decimals, for a probability in words.
  static func rounded(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }

  /// The rule that makes the reason hold for a client of `portfolio`, in words,
  /// with the figures it was judged on.
  public func rule(
    for history: ClientHistory, entry: PortfolioEntry, in portfolio: Portfolio, policy: Policy
  ) -> String {
    rule(for: history, profit: entry.value.profit, on: portfolio.date, policy: policy)
      ?? portfolioRule(for: history, entry: entry, in: portfolio, policy: policy)
  }

  /// The rule in words of a reason that weighs no whole-book figure (top profit, a
  /// strategic mark), for a client with `profit` on `date`; nil for potential and
  /// likely-win, which read the portfolio's cut-off and the key-client profile.
  public func rule(
    for history: ClientHistory, profit: Money, on date: CalendarDate, policy: Policy
  ) -> String? {
    switch self {
    case .topProfit:
      return
        "class A: profit \(profit) is among the top clients making \(Int(policy.paretoA * 100)) % of positive profit"
    case .strategic:
      // The mark in force on the day, which a backdated or later mark may not be.
      let mark = history.latestStrategicMark(on: date)
      return "marked strategic"
        + (mark.map { " on \($0.date) (event \($0.seq)): \($0.reason ?? "")" } ?? "")
    case .potential, .likelyWin:
      return nil
    }
  }

  /// The rule of a reason that reads the portfolio: potential and likely-win.
  private func portfolioRule(
    for history: ClientHistory, entry: PortfolioEntry, in portfolio: Portfolio, policy: Policy
  ) -> String {
    switch self {
    case .topProfit, .strategic:
      // Worded by rule(for:profit:on:policy:), which answers for them.
      return rawValue
    case .potential:
      if let cutOffA = portfolio.cutOffA, entry.forecastProfit < cutOffA, let fit = entry.fit,
        let fitted = fit.fit, let profile = portfolio.fitProfile
      {
        return
          "in its first year, fit \(Self.rounded(fitted)) to the profile of lasting key clients is high: odds at least twice the base rate's \(Self.rounded(profile.baseRate)) (forecast profit \(entry.forecastProfit) is below class A's cut-off \(cutOffA))"
      }
      return
        "forecast profit \(entry.forecastProfit) for the next \(policy.windowDays) days reaches class A's cut-off \(portfolio.cutOffA?.description ?? "-")"
    case .likelyWin:
      if let fit = entry.fit, let fitted = fit.fit, let profile = portfolio.fitProfile {
        return
          "a prospect whose fit \(Self.rounded(fitted)) to the profile (\(profile.label.rawValue)) is high: odds at least twice the base rate's \(Self.rounded(profile.baseRate))"
          + (fit.winProbability.map { "; stated win probability \($0)" } ?? "")
      }
      return
        "a prospect with win probability \(history.winProbability(on: portfolio.date) ?? 0) ≥ \(policy.likelyWinProbability)"
    }
  }
}
