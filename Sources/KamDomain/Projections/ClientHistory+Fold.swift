public import KamTime

extension ClientHistory {
  /// Applies the next event of the client's stream.
  public mutating func apply(_ recorded: RecordedEvent) {
    let seq = recorded.seq
    let date = recorded.date
    lastSeq = max(lastSeq, seq)
    switch recorded.event {
    case .clientRegistered(let e):
      register(
        Registration(seq: seq, date: date, name: e.name, segment: e.segment, owner: e.owner))
    case .prospectRegistered(let e):
      register(
        Registration(
          seq: seq, date: date, name: e.name, segment: e.segment, owner: e.owner,
          asProspect: true, winProbability: e.winProbability, expectedValue: e.expectedValue))
    case .clientRenamed(let e):
      profileChanges.append(ProfileChange(seq: seq, date: date, field: .name, value: e.name))
    case .clientReassigned(let e):
      profileChanges.append(ProfileChange(seq: seq, date: date, field: .owner, value: e.owner))
    case .clientSegmentChanged(let e):
      profileChanges.append(
        ProfileChange(seq: seq, date: date, field: .segment, value: e.segment))
    case .clientAssessed(let e):
      assessments.append(
        Assessment(
          seq: seq, date: date, attractiveness: Int(e.attractiveness), standing: Int(e.standing)))
    case .strategicFlagSet(let e):
      strategicMarks.append(StrategicMark(seq: seq, date: date, isSet: true, reason: e.reason))
    case .strategicFlagCleared:
      strategicMarks.append(StrategicMark(seq: seq, date: date, isSet: false, reason: nil))
    case .saleRecorded(let e):
      sales.append(Sale(seq: seq, date: date, amount: e.amount, cost: e.cost))
    case .meetingHeld(let e):
      meetings.append(
        Meeting(seq: seq, date: date, kind: e.kind, minutes: e.minutes, cost: e.cost))
    case .complaintFiled(let e):
      complaints.append(
        Complaint(seq: seq, id: e.complaint, filedOn: date, severity: e.severity, about: e.about))
    case .complaintResolved(let e):
      if let index = complaints.firstIndex(where: { $0.id == e.complaint }) {
        complaints[index].resolutions.append(Resolution(seq: seq, date: date, cost: e.cost))
      } else {
        strays.append(seq)
      }
    case .priceNegotiated(let e):
      negotiations.append(
        Negotiation(
          seq: seq, date: date, listAmount: e.listAmount, asked: e.asked, granted: e.granted,
          outcome: e.outcome))
    case .initiativeStarted(let e):
      initiatives.append(
        Initiative(seq: seq, id: e.initiative, kind: e.kind, from: e.from, plannedTo: e.to))
    case .initiativeEnded(let e):
      if let index = initiatives.firstIndex(where: { $0.id == e.initiative }) {
        initiatives[index].endings.append(Initiative.Ending(seq: seq, lastDay: e.on))
      } else {
        strays.append(seq)
      }
    case .eventRetracted(let e):
      retractions[e.seq, default: []].append(seq)
    case .bookCreated, .policyChanged, .decisionRecorded:
      strays.append(seq)
    }
  }

  /// Adds a registration: the name is the latest, segment and owner the latest given.
  mutating func register(_ registration: Registration) {
    registrations.append(registration)
    if registration.asProspect {
      registeredAsProspect = true
      winProbability = registration.winProbability
      expectedValue = registration.expectedValue
    }
  }

  /// What `field` reads now: the value of whichever came last, the latest
  /// registration that gives one or the latest change that stands. A retracted
  /// change gives way to the one before it (so `kam undo` of a rename brings the
  /// old name back); registrations are read as recorded, as they always were.
  func latest(_ field: ProfileChange.Field) -> String? {
    let registered = registrations.last { registration in
      field == .name || registration.value(of: field) != nil
    }
    // Most clients are never renamed: skip the search for them.
    guard !profileChanges.isEmpty,
      let change = profileChanges.last(where: { $0.field == field && !isRetracted($0.seq) }),
      change.seq > registered?.seq ?? 0
    else { return registered?.value(of: field) }
    return change.value
  }

  /// The value `field` had just before event `seq`: what a change recorded by
  /// `seq` replaced (nil when there was none).
  public func value(of field: ProfileChange.Field, before seq: Int64) -> String? {
    truncated(through: seq - 1)?.latest(field)
  }

  /// The win probability of the latest prospect registration dated on or before
  /// `date` that stands (is not retracted); nil when there is none.
  public func winProbability(on date: CalendarDate) -> Double? {
    registrations.last { $0.asProspect && $0.date <= date && !isRetracted($0.seq) }?
      .winProbability
  }

  /// The complaint with this id that still counts, if any.
  public func complaint(id: String) -> Complaint? {
    complaints.first { $0.id == id && !isRetracted($0.seq) }
  }

  /// The sales that count (not retracted).
  public var effectiveSales: [Sale] { sales.filter { !isRetracted($0.seq) } }

  /// True while the client has made no sale that counts: a prospect.
  public var isProspect: Bool { effectiveSales.isEmpty }
}
