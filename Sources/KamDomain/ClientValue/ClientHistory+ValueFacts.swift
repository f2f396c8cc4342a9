public import KamTime

// The facts value, key-account reasons and the portfolio matrix read "as of" a
// business date. The fold appends facts in stream order, and backdated events
// are normal, so every question here is answered by business date (ties by
// sequence number, the later event winning) and never by position in the array.

extension ClientHistory {
  /// True when the client has no sale that counts dated on or before `date`: a prospect then.
  public func isProspect(on date: CalendarDate) -> Bool {
    !sales.contains { $0.date <= date && !isRetracted($0.seq) }
  }

  /// The business date of the first sale that counts, dated on or before `date`.
  public func firstSaleDate(on date: CalendarDate) -> CalendarDate? {
    var first: CalendarDate?
    for sale in sales where sale.date <= date && !isRetracted(sale.seq) {
      if first.map({ sale.date < $0 }) ?? true { first = sale.date }
    }
    return first
  }

  /// The latest assessment that counts, dated on or before `date`.
  public func latestAssessment(on date: CalendarDate) -> Assessment? {
    latest(of: assessments, on: date, seq: \.seq, date: \.date)
  }

  /// The latest strategic mark (set or cleared) that counts, dated on or before `date`.
  public func latestStrategicMark(on date: CalendarDate) -> StrategicMark? {
    latest(of: strategicMarks, on: date, seq: \.seq, date: \.date)
  }

  /// True when the latest strategic mark on `date` is a set, not a clear.
  public func isStrategic(on date: CalendarDate) -> Bool {
    latestStrategicMark(on: date)?.isSet ?? false
  }

  /// The fact with the greatest (date, seq) among those that count on `date`.
  private func latest<Fact>(
    of facts: [Fact], on date: CalendarDate, seq: KeyPath<Fact, Int64>,
    date factDate: KeyPath<Fact, CalendarDate>
  ) -> Fact? {
    var best: Fact?
    for fact in facts where fact[keyPath: factDate] <= date && !isRetracted(fact[keyPath: seq]) {
      guard let current = best else {
        best = fact
        continue
      }
      let key = (fact[keyPath: factDate], fact[keyPath: seq])
      if key > (current[keyPath: factDate], current[keyPath: seq]) { best = fact }
    }
    return best
  }
}

extension ClientHistory.Meeting {
  /// The meeting's cost to serve: its explicit cost, else its minutes at the
  /// policy's hourly rate (rounded half-up to minor units), else nothing.
  public func costToServe(policy: Policy) -> Money {
    if let cost { return cost }
    guard let minutes else { return .zero }
    return Money(minorUnits: policy.hourlyRateMinor).scaled(by: minutes, over: 60)
  }
}
