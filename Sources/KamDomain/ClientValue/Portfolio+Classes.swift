public import KamTime

extension Portfolio {
  /// The Pareto class on `date` of each client at `positions` in `histories`, ranked among
  /// those clients alone: the classes of a ``Portfolio`` of them, without its forecasts,
  /// quadrants and reasons.
  ///
  /// For what reads the classes alone: the key-client profile labels its training clients
  /// by their class on each outcome day, a whole-book ranking per training cut.
  public static func paretoClasses(
    of histories: [ClientHistory], at positions: [Int], on date: CalendarDate, policy: Policy
  ) -> [ClientSlug: ParetoClass] {
    let values = InPlace.lending(histories) { histories in
      ParallelMap.map(positions) { ClientValue.evaluate(histories[$0], on: date, policy: policy) }
    }
    let ranking = ProfitRanking(values)
    let classification = ParetoClassification(ranking, policy: policy)
    return Dictionary(
      zip(ranking.values.map(\.client), classification.classes),
      uniquingKeysWith: { first, _ in first })
  }
}
