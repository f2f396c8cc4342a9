import KamDomain
import KamTime

extension BookSimulator {
  /// A buying client's day: orders, service, attention and perhaps churn.
  mutating func serve(_ a: inout SimulatedAccount, _ t: Int) {
    if t >= a.nextYear {
      // Clients grow and shrink: their rhythm and order size drift year by year.
      a.rate = min(max(a.rate * a.random.logNormal(mu: a.growth, sigma: 0.3), 0.3), 100)
      a.orderSize *= a.random.logNormal(mu: 0.03, sigma: 0.12)
      a.nextYear += 365
    }
    let focus = owners[a.owner].focus(at: t)
    closeNeglect(&a, t)
    if let fading = a.fading, t >= fading.until {
      churn(&a, t, cause: fading.cause)
      return
    }
    if a.fading == nil, churns(&a, t) {
      // Clients fade before they go: orders thin out and shrink while the business moves
      // to a competitor, and the decision to stop (the truth's churn day) comes at the end.
      let cause =
        a.neglectedSince != nil ? "neglected" : staleComplaint(a, t) ? "complaints" : "natural"
      a.fading = (t + a.random.int(Self.fadeDays), cause)
      if a.nextSale > t { a.nextSale = t + gap(&a, t) }
    }
    order(&a, t)
    resolveComplaints(&a, t)
    if let day = a.nextComplaint, t >= day {
      a.nextComplaint = nil
      fileComplaint(&a, t)
    }
    if t >= a.nextMeeting {
      if let focus, a.isLoyal(at: t), deprioritized(&a, in: focus), a.random.chance(0.8) {
        // The owner is chasing new business: the loyal client's visit is skipped.
        a.neglectedSince = a.neglectedSince ?? t
        a.neglectedSinceAssessment = true
      } else {
        meet(&a, t, prospect: false)
        // A good fit often answers a visit with an order it would have placed later.
        if a.fading == nil, a.nextSale > t + 14, a.pendingOrder == nil,
          a.random.chance(a.responsiveness)
        {
          a.nextSale = t + a.random.int(3...14)
        }
      }
      let onboarding = focus != nil && !a.isLoyal(at: t)
      let spacing = a.cadence * a.random.logNormal(mu: 0, sigma: 0.3) * (onboarding ? 0.6 : 1)
      a.nextMeeting = t + max(1, Int(spacing))
    }
    if t >= a.nextAssessment {
      assess(&a, t)
      a.nextAssessment = t + a.random.int(300...420)
    }
    if let initiative = a.initiative, t >= initiative.lastDay { endInitiative(&a, t) }
    if let day = a.nextStrategic, t >= day { toggleStrategic(&a, t) }
  }

  /// How long a leaving client fades before it stops, in days.
  static let fadeDays = 30...150
  /// While fading, orders come this many times less often ...
  static let fadeSlowdown = 3.0
  /// ... and are this much of their usual size.
  static let fadeSize = 0.6

  /// Whether the owner lets this loyal client slide during the push `focus`:
  /// decided once per push, and key clients are kept up more often.
  private mutating func deprioritized(
    _ a: inout SimulatedAccount, in focus: ClosedRange<Int>
  ) -> Bool {
    if a.focusDecision?.start != focus.lowerBound {
      let odds = a.tier == .key ? 0.15 : 0.4
      a.focusDecision = (focus.lowerBound, a.random.chance(odds))
    }
    return a.focusDecision?.neglect ?? false
  }

  /// Places orders when due: sometimes haggled over first.
  private mutating func order(_ a: inout SimulatedAccount, _ t: Int) {
    if let pending = a.pendingOrder, t >= pending.day {
      a.pendingOrder = nil
      sell(&a, t, list: pending.list, discount: pending.discount)
    }
    guard t >= a.nextSale else { return }
    a.nextSale = t + gap(&a, t)
    let list =
      a.orderSize * a.random.logNormal(mu: 0, sigma: 0.35) * (a.fading == nil ? 1 : Self.fadeSize)
    guard a.pendingOrder == nil, a.random.chance(a.negotiates) else {
      if a.pendingOrder == nil { sell(&a, t, list: list, discount: 0) }
      return
    }
    let outcome: NegotiationOutcome = a.random.pick([(.won, 0.7), (.lost, 0.2), (.open, 0.1)])
    let granted = negotiate(&a, t, list: list, outcome: outcome)
    switch outcome {
    case .won: a.pendingOrder = (t + a.random.int(1...7), list, granted)
    case .open: a.pendingOrder = (t + a.random.int(7...21), list, 0)
    case .lost: break
    }
  }

  /// The daily chance of leaving: higher while neglected or with a complaint left to rot.
  private mutating func churns(_ a: inout SimulatedAccount, _ t: Int) -> Bool {
    var hazard = a.hazard
    if a.neglectedSince != nil { hazard *= 8 }
    if staleComplaint(a, t) { hazard *= 3 }
    return a.random.chance(hazard / 365)
  }

  /// True when a complaint has been open for more than 30 days.
  func staleComplaint(_ a: SimulatedAccount, _ t: Int) -> Bool {
    !a.complaints.isEmpty && a.complaints.contains { $0.resolveDay > t && t - $0.filedDay > 30 }
  }

  /// Ends a neglect spell once the owner's push is over.
  private mutating func closeNeglect(_ a: inout SimulatedAccount, _ t: Int) {
    guard let since = a.neglectedSince else { return }
    let period = owners[a.owner].focus(at: since)
    if let period, t <= period.upperBound { return }
    recordNeglect(&a, from: since, to: period?.upperBound ?? t)
  }

  mutating func recordNeglect(_ a: inout SimulatedAccount, from: Int, to: Int) {
    truth.records.append(
      .init(
        kind: .neglected, owner: owners[a.owner].name, client: a.stream, from: date(from),
        to: date(to), detail: "acquisition focus"))
    if !a.wasNeglected { summary.neglected += 1 }
    a.wasNeglected = true
    a.neglectedSince = nil
  }

  /// The client stops buying; the truth keeps its last purchase and the day it decided.
  mutating func churn(_ a: inout SimulatedAccount, _ t: Int, cause: String) {
    if let since = a.neglectedSince { recordNeglect(&a, from: since, to: t) }
    if a.initiative != nil { endInitiative(&a, t) }
    a.phase = .churned
    a.fading = nil
    a.churnDay = t
    a.pendingOrder = nil
    summary.churned += 1
    if cause == "neglected" { summary.churnedAfterNeglect += 1 }
    truth.records.append(
      .init(
        kind: .churned, owner: owners[a.owner].name, client: a.stream,
        from: date(a.lastSaleDay ?? t), to: date(t), detail: cause))
    a.winBack = a.oneOff ? 0 : a.random.int(0...2)
    a.nextMeeting = t + a.random.int(30...120)
    // Some come back after a year or two: lapsed, then buying again.
    a.nextSale = !a.oneOff && a.random.chance(0.12) ? t + a.random.int(400...900) : Int.max
  }

  /// After churn: complaints still get resolved, the owner may call, a few return.
  mutating func afterChurn(_ a: inout SimulatedAccount, _ t: Int) {
    resolveComplaints(&a, t)
    if a.winBack > 0 && t >= a.nextMeeting {
      let call = MeetingHeld(client: a.slug, kind: .call, minutes: Int64(a.random.int(10...30)))
      emit(&a, .meetingHeld(call), on: t)
      a.winBack -= 1
      a.nextMeeting = t + a.random.int(30...120)
    }
    if t >= a.nextSale, let churned = a.churnDay {
      truth.records.append(
        .init(
          kind: .returned, owner: owners[a.owner].name, client: a.stream, from: date(churned),
          to: date(t)))
      a.phase = .client
      a.rate = max(0.5, a.rate * 0.6)
      a.churnDay = nil
      a.nextSale = t
      a.nextMeeting = t + a.random.int(7...30)
      a.nextYear = t + 365
      order(&a, t)
      return
    }
    if a.winBack == 0 && a.complaints.isEmpty && a.nextSale == Int.max { a.phase = .done }
  }
}
