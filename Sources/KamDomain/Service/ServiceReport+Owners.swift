extension ServiceReport {
  /// Quarters are 91 days, whatever the period asked about.
  static let quarterDays = 91.0

  /// Each owner's split of effort and the what-if, from the report's rows; only the owners
  /// named in `only`, when given (a focused report's).
  static func owners(
    _ rows: [ServiceRow], usualMeetings: [ServiceTier: Double], days: Int64,
    only: Set<String>? = nil
  ) -> [ServiceOwnerRow] {
    // What a tier warrants: the minutes its balanced clients usually get, the whole book's.
    var warranted: [ServiceTier: Double] = [:]
    for tier in ServiceTier.allCases {
      // Lazily: a copy of each matching row would cost more than its median.
      warranted[tier] = median(
        Array(
          rows.lazy.filter { $0.tier == tier && $0.verdict == .balanced }.map {
            Double($0.minutes)
          }))
    }
    let owned = only.map { owners in rows.filter { owners.contains($0.owner) } } ?? rows
    let byOwner = Dictionary(grouping: owned, by: \.owner)
    return byOwner.keys.sorted().map { owner in
      let rows = byOwner[owner]!
      let minutes = rows.map(\.minutes).reduce(0, +)
      var acquisition: Double?
      var byClass: [ParetoClass: Double] = [:]
      if minutes > 0 {
        let total = Double(minutes)
        acquisition =
          Double(rows.lazy.filter { $0.tier == .acquisition }.map(\.minutes).reduce(0, +))
          / total
        for paretoClass in ParetoClass.allCases {
          byClass[paretoClass] =
            Double(
              rows.lazy.filter { $0.tier != .acquisition && $0.paretoClass == paretoClass }
                .map(\.minutes).reduce(0, +)) / total
        }
      }
      return ServiceOwnerRow(
        owner: owner, clients: rows.count, minutes: minutes, acquisitionShare: acquisition,
        shareByClass: byClass,
        suggestion: suggestion(
          rows, usualMeetings: usualMeetings, warranted: warranted, days: days))
    }
  }

  /// Minutes that could move from the over-served rows to the under-served, per quarter.
  ///
  /// An over-served client gives its minutes above what its tier warrants (the median
  /// minutes of the tier's balanced clients); an under-served one needs its shortfall from
  /// that, and at least one usual meeting's minutes. The hours are the smaller side (both
  /// sides present), else the one side there is.
  static func suggestion(
    _ rows: [ServiceRow], usualMeetings: [ServiceTier: Double],
    warranted: [ServiceTier: Double], days: Int64
  ) -> ServiceSuggestion? {
    func usual(_ tier: ServiceTier) -> Double { warranted[tier] ?? 0 }
    let surplus = rows.filter { $0.verdict == .overServed }.map { row in
      (row.client, max(Double(row.minutes) - usual(row.tier), 0))
    }.filter { $0.1 > 0 }
    let shortfall = rows.filter { $0.verdict == .underServed }.map { row in
      let meetings = max(usualMeetings[row.tier] ?? 1, 1)
      return (row.client, max(usual(row.tier) - Double(row.minutes), usual(row.tier) / meetings))
    }.filter { $0.1 > 0 }
    let given = surplus.map(\.1).reduce(0, +)
    let needed = shortfall.map(\.1).reduce(0, +)
    let movable = surplus.isEmpty ? needed : shortfall.isEmpty ? given : min(given, needed)
    let hours = (movable * quarterDays / Double(max(days, 1)) / 60).rounded()
    guard hours >= 1 else { return nil }
    func ordered(_ pairs: [(ClientSlug, Double)]) -> [ClientSlug] {
      pairs.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.map(\.0)
    }
    return ServiceSuggestion(
      hoursPerQuarter: Int64(hours), from: ordered(surplus), to: ordered(shortfall))
  }
}
