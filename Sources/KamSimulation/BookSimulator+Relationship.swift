import KamDomain
import KamTime

extension BookSimulator {
  /// A yearly assessment of a key client: attractiveness to us, our standing with it.
  ///
  /// Standing drifts, falls when the client was neglected or complained, and
  /// a high standing with a loyal client may start a joint initiative.
  mutating func assess(_ a: inout SimulatedAccount, _ t: Int) {
    var standing = a.standing + 1 + 6 * a.random.normal()
    if a.neglectedSinceAssessment { standing -= 12 }
    standing -= 4 * Double(min(a.complaintsSinceAssessment, 3))
    a.standing = min(max(standing, 15), 98)
    a.neglectedSinceAssessment = false
    a.complaintsSinceAssessment = 0
    let base = a.tier == .key ? 80.0 : a.tier == .mid ? 60 : 45
    let attractiveness = min(max(base - (a.demanding ? 20 : 0) + 8 * a.random.normal(), 5), 100)
    let event = ClientAssessed(
      client: a.slug, attractiveness: Int64(attractiveness.rounded()),
      standing: Int64(a.standing.rounded()))
    emit(&a, .clientAssessed(event), on: t)
    let tenure = t - (a.firstSaleDay ?? t)
    if a.standing >= 70, a.initiative == nil, tenure >= 180, a.random.chance(0.8) {
      startInitiative(&a, t)
    }
  }

  /// A joint initiative: half name their last day up front, the rest end with an event.
  mutating func startInitiative(_ a: inout SimulatedAccount, _ t: Int) {
    a.initiativeCount += 1
    let id = "\(a.slug)-i\(a.initiativeCount)"
    let length = a.random.int(180...900)
    let planned = a.random.chance(0.5)
    let event = InitiativeStarted(
      client: a.slug, initiative: id, kind: a.random.element(InitiativeKind.allCases),
      from: date(t), to: planned ? date(t + length) : nil)
    let entered = emit(&a, .initiativeStarted(event), on: t)
    a.initiative = .init(
      id: id, lastDay: t + length, needsEndEvent: !planned, recordedDay: entered)
  }

  /// The initiative is over; an open-ended one is closed with an event.
  mutating func endInitiative(_ a: inout SimulatedAccount, _ t: Int) {
    guard let initiative = a.initiative else { return }
    a.initiative = nil
    guard initiative.needsEndEvent else { return }
    let event = InitiativeEnded(client: a.slug, initiative: initiative.id, on: date(t))
    emit(&a, .initiativeEnded(event), on: t, notBefore: initiative.recordedDay)
  }

  static let strategicReasons = [
    "reference client in its segment", "opens a new market for us", "flagship name for tenders",
  ]

  /// Marks a client strategic, or, a year or more later, takes the mark back.
  mutating func toggleStrategic(_ a: inout SimulatedAccount, _ t: Int) {
    if a.strategic {
      emit(&a, .strategicFlagCleared(StrategicFlagCleared(client: a.slug)), on: t)
      a.strategic = false
      a.nextStrategic = nil
    } else {
      let event = StrategicFlagSet(client: a.slug, reason: a.random.element(Self.strategicReasons))
      emit(&a, .strategicFlagSet(event), on: t)
      a.strategic = true
      a.nextStrategic = a.random.chance(0.4) ? t + a.random.int(200...900) : nil
    }
  }
}
