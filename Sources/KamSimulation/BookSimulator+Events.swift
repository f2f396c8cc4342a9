import KamDomain
import KamTime

extension BookSimulator {
  /// Cost to serve of a meeting minute at the default policy's hourly rate.
  static let minuteCost = Double(Policy().hourlyRateMinor) / 60

  /// A sale at `list` less a discount in basis points; cost of goods follows the list price.
  mutating func sell(_ a: inout SimulatedAccount, _ t: Int, list: Double, discount: Int) {
    let amount = Int64((list * (1 - Double(discount) / 10_000)).rounded())
    let cost = Int64((list * (1 - a.margin)).rounded())
    a.sales += 1
    let sale = SaleRecorded(
      client: a.slug, amount: Money(minorUnits: amount), cost: Money(minorUnits: cost),
      ref: "FV/\(date(t).components.year)/\(a.index + 1)-\(a.sales)")
    emit(&a, .saleRecorded(sale), on: t)
    if a.random.chance(0.003) {
      // Typed in twice by mistake; someone notices and retracts the copy.
      emit(&a, .saleRecorded(sale), on: t, retractAfter: a.random.int(1...10))
    }
    a.lastSaleDay = t
    if a.nextComplaint == nil, a.random.chance(a.complaintRate) {
      a.nextComplaint = t + a.random.int(2...20)
    }
  }

  /// A price negotiation; returns the discount granted, in basis points.
  @discardableResult
  mutating func negotiate(
    _ a: inout SimulatedAccount, _ t: Int, list: Double, outcome: NegotiationOutcome
  ) -> Int {
    let asked = a.random.int(6...50) * 50
    let share = outcome == .won ? a.random.uniform(0.3, 1) : a.random.uniform(0, 0.5)
    let granted = Int((Double(asked) * share / 50).rounded()) * 50
    let event = PriceNegotiated(
      client: a.slug, listAmount: Money(minorUnits: Int64(list.rounded())),
      asked: Percentage(basisPoints: asked), granted: Percentage(basisPoints: granted),
      outcome: outcome)
    emit(&a, .priceNegotiated(event), on: t)
    return granted
  }

  /// A meeting; visits often carry their travel cost explicitly.
  mutating func meet(_ a: inout SimulatedAccount, _ t: Int, prospect: Bool) {
    let kind: MeetingKind =
      prospect
      ? a.random.pick([(.visit, 0.45), (.call, 0.4), (.workshop, 0.15)])
      : a.tier == .key
        ? a.random.pick([(.review, 0.25), (.visit, 0.35), (.call, 0.3), (.workshop, 0.1)])
        : a.tier == .mid || a.demanding
          ? a.random.pick([(.call, 0.55), (.visit, 0.4), (.review, 0.05)])
          : a.random.pick([(.call, 0.75), (.visit, 0.25)])
    let minutes: Int
    switch kind {
    case .visit: minutes = a.random.int(4...12) * 15
    case .call: minutes = a.random.int(2...9) * 5
    case .workshop: minutes = a.random.int(4...12) * 30
    case .review: minutes = a.random.int(4...8) * 15
    }
    var cost: Money?
    if kind == .visit, a.random.chance(a.demanding ? 0.8 : 0.4) {
      let travel = a.random.uniform(10_000, 60_000)
      cost = Money(minorUnits: Int64((Double(minutes) * Self.minuteCost + travel).rounded()))
    }
    let meeting = MeetingHeld(client: a.slug, kind: kind, minutes: Int64(minutes), cost: cost)
    emit(&a, .meetingHeld(meeting), on: t)
  }

  static let complaintTopics = [
    "late delivery", "damaged goods", "invoice error", "quality defect", "missing items",
    "wrong product delivered", "slow support",
  ]

  /// A complaint, with its resolution planned: mostly within days, some late.
  mutating func fileComplaint(_ a: inout SimulatedAccount, _ t: Int) {
    a.complaintCount += 1
    a.complaintsSinceAssessment += 1
    let id = "\(a.slug)-\(a.complaintCount)"
    let severity: Severity = a.random.pick([(.low, 0.55), (.medium, 0.33), (.high, 0.12)])
    let event = ComplaintFiled(
      client: a.slug, complaint: id, severity: severity,
      about: a.random.element(Self.complaintTopics))
    let entered = emit(&a, .complaintFiled(event), on: t)
    let late = a.demanding ? 0.2 : 0.08
    let delay: Int = a.random.pick([
      (a.random.int(1...10), 0.9 - late - 0.02), (a.random.int(11...30), 0.1),
      (a.random.int(31...90), late), (Int.max - t, 0.02),
    ])
    var cost: Double
    switch severity {
    case .low: cost = a.random.chance(0.5) ? 0 : a.random.uniform(5_000, 20_000)
    case .medium: cost = a.random.uniform(10_000, 50_000)
    case .high: cost = a.random.uniform(30_000, 150_000)
    }
    if a.random.chance(0.25) { cost += a.orderSize * a.random.uniform(0.05, 0.3) }
    a.complaints.append(
      .init(
        id: id, filedDay: t, resolveDay: t + delay, recordedDay: entered,
        cost: Int64(cost.rounded())))
  }

  /// Resolves the complaints whose day has come.
  mutating func resolveComplaints(_ a: inout SimulatedAccount, _ t: Int) {
    guard a.complaints.contains(where: { $0.resolveDay <= t }) else { return }
    for complaint in a.complaints where complaint.resolveDay <= t {
      let event = ComplaintResolved(
        client: a.slug, complaint: complaint.id, cost: Money(minorUnits: complaint.cost))
      emit(&a, .complaintResolved(event), on: t, notBefore: complaint.recordedDay)
    }
    a.complaints.removeAll { $0.resolveDay <= t }
  }
}
