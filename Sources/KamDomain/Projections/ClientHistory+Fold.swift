import KamTime

extension ClientHistory {
  /// Applies the next event of the client's stream.
  public mutating func apply(_ recorded: RecordedEvent) {
    let seq = recorded.seq
    let date = recorded.date
    lastSeq = max(lastSeq, seq)
    switch recorded.event {
    case .clientRegistered(let e):
      register(name: e.name, segment: e.segment, owner: e.owner, on: date, seq: seq)
    case .prospectRegistered(let e):
      register(name: e.name, segment: e.segment, owner: e.owner, on: date, seq: seq)
      registeredAsProspect = true
      winProbability = e.winProbability
      expectedValue = e.expectedValue
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
      }
    case .priceNegotiated(let e):
      negotiations.append(
        Negotiation(
          seq: seq, date: date, listAmount: e.listAmount, asked: e.asked, granted: e.granted,
          outcome: e.outcome))
    case .initiativeStarted(let e):
      initiatives.append(
        Initiative(
          seq: seq, id: e.initiative, kind: e.kind, from: e.from, to: e.to, plannedTo: e.to))
    case .initiativeEnded(let e):
      if let index = initiatives.firstIndex(where: { $0.id == e.initiative }) {
        initiatives[index].to = e.on
        initiatives[index].endSeq = seq
      }
    case .eventRetracted(let e):
      retractions[e.seq, default: []].append(seq)
    case .bookCreated, .policyChanged, .decisionRecorded:
      break
    }
  }

  private mutating func register(
    name: String, segment: String?, owner: String?, on date: CalendarDate, seq: Int64
  ) {
    self.name = name
    self.segment = segment ?? self.segment
    self.owner = owner ?? self.owner
    registrations.append((seq, date))
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
