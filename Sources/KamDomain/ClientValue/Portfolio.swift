public import KamTime

/// Every client evaluated on one date: value, Pareto class, key-account reasons,
/// portfolio quadrant, and the whale curve over them all.
public struct Portfolio: Hashable, Sendable {
  /// The evaluation date: the last day of the window.
  public let date: CalendarDate
  /// One entry per client, in rank order (profit highest first, then slug).
  public let entries: [PortfolioEntry]
  /// The whale curve, in the same order.
  public let whaleCurve: WhaleCurve
  /// The profit of the lowest-profit class A client; nil when there is no class A.
  public let cutOffA: Money?
  /// The label and base rate of the fitted key-client profile the reasons used; nil
  /// without one (none given, or it fell back to the stated win probability).
  public let fitProfile: (label: ProfileLabel, baseRate: Double)?

  public static func == (lhs: Portfolio, rhs: Portfolio) -> Bool {
    lhs.date == rhs.date && lhs.entries == rhs.entries && lhs.whaleCurve == rhs.whaleCurve
      && lhs.cutOffA == rhs.cutOffA && lhs.fitProfile?.label == rhs.fitProfile?.label
      && lhs.fitProfile?.baseRate == rhs.fitProfile?.baseRate
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(date)
    hasher.combine(entries)
  }

  /// Evaluates every client on `date`.
  ///
  /// Prospects are included: with no sales their profit is zero or, with costs
  /// to serve, negative, so they are class C unless they somehow earn. One sort
  /// for the ranking; everything else is a linear pass per client, on every core. Each history
  /// should be a different client.
  ///
  /// With a fitted `profile` (learned on `date`), prospects and first-year clients are
  /// scored against it, and "potential" and "likely-win" read their fit (docs/value.md).
  public init(
    _ histories: [ClientHistory], on date: CalendarDate, policy: Policy,
    forecaster: some ProfitForecaster = RunRateForecaster(), profile: KeyClientProfile? = nil
  ) {
    let profile = profile.flatMap { $0.fitted && $0.date == date ? $0 : nil }
    // Positions, not copies: a history is a dozen arrays to retain and release.
    var byClient: [ClientSlug: Int] = [:]
    byClient.reserveCapacity(histories.count)
    for (index, history) in histories.enumerated() { byClient[history.client] = index }
    let values = ParallelMap.map(histories) { ClientValue.evaluate($0, on: date, policy: policy) }
    let ranking = ProfitRanking(values)
    let classification = ParetoClassification(ranking, policy: policy)
    let cutOffA = classification.cutOffA
    let ranked = zip(ranking.values, classification.classes).compactMap { value, paretoClass in
      byClient[value.client].map { (value, paretoClass, $0) }
    }
    let entries = InPlace.lending(histories) { histories in
      ParallelMap.map(ranked) { value, paretoClass, index in
        Self.entry(
          histories[index], value: value, paretoClass: paretoClass, cutOffA: cutOffA, on: date,
          policy: policy, forecaster: forecaster, profile: profile)
      }
    }
    self.date = date
    self.entries = entries
    self.whaleCurve = WhaleCurve(ranking)
    self.cutOffA = classification.cutOffA
    self.fitProfile = profile.flatMap { profile in
      profile.label.flatMap { label in profile.baseRate.map { (label, $0) } }
    }
  }

  /// One client's entry, its history lent rather than copied.
  private static func entry(
    _ history: borrowing ClientHistory, value: ClientValue, paretoClass: ParetoClass,
    cutOffA: Money?, on date: CalendarDate, policy: Policy,
    forecaster: some ProfitForecaster, profile: KeyClientProfile?
  ) -> PortfolioEntry {
    let forecast = forecaster.forecastProfit(of: history, value: value, on: date, policy: policy)
    let quadrant = MatrixQuadrant(history, on: date, policy: policy)
    var fit: ProspectFit?
    if let profile, let facts = EarlyFacts(history, on: date, earlyDays: profile.earlyDays),
      KeyClientProfile.isNew(facts, on: date, policy: policy)
    {
      fit = profile.score(history, facts: facts, policy: policy)
    }
    return PortfolioEntry(
      value: value, paretoClass: paretoClass,
      keyAccountReasons: KeyAccountReason.reasons(
        for: history, paretoClass: paretoClass, forecastProfit: forecast,
        cutOffA: cutOffA, on: date, policy: policy, fit: fit, label: profile?.label),
      forecastProfit: forecast, quadrant: quadrant,
      quadrantLabel: quadrant?.label(in: policy),
      isProspect: history.isProspect(on: date), fit: fit)
  }

  /// The entry of one client, if it is in the portfolio.
  public func entry(for client: ClientSlug) -> PortfolioEntry? {
    entries.first { $0.client == client }
  }
}
