public import KamTime

/// Everything the book knows about one client, folded from its stream.
///
/// A pure fold: ``apply(_:)`` takes events in stream order and keeps every
/// fact with its sequence number and business date, so that evaluations at
/// any date (and retractions, which may come much later) need no second pass
/// over the log.
public struct ClientHistory: Hashable, Sendable {
  public static func == (lhs: ClientHistory, rhs: ClientHistory) -> Bool {
    lhs.client == rhs.client && lhs.lastSeq == rhs.lastSeq && lhs.sales == rhs.sales
      && lhs.meetings == rhs.meetings && lhs.complaints == rhs.complaints
      && lhs.negotiations == rhs.negotiations && lhs.initiatives == rhs.initiatives
      && lhs.assessments == rhs.assessments && lhs.strategicMarks == rhs.strategicMarks
      && lhs.retractions == rhs.retractions && lhs.name == rhs.name
      && lhs.registrations.map(\.seq) == rhs.registrations.map(\.seq)
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(client)
    hasher.combine(lastSeq)
  }

  /// The client.
  public var client: ClientSlug
  /// Display name.
  public var name: String = ""
  /// Market segment.
  public var segment: String?
  /// Account owner.
  public var owner: String?
  /// Registrations (a prospect may be registered again with a new win
  /// probability), each with its sequence number, so a retraction can undo one.
  public var registrations: [(seq: Int64, date: CalendarDate)] = []
  /// True when registered as a prospect (it becomes a client with its first sale).
  public var registeredAsProspect = false
  /// The latest win probability of a prospect.
  public var winProbability: Double?
  /// The expected yearly value of a prospect.
  public var expectedValue: Money?
  /// Facts, in stream order.
  public var sales: [Sale] = []
  /// Meetings, in stream order.
  public var meetings: [Meeting] = []
  /// Complaints, in filing order.
  public var complaints: [Complaint] = []
  /// Price negotiations, in stream order.
  public var negotiations: [Negotiation] = []
  /// Joint initiatives, in start order.
  public var initiatives: [Initiative] = []
  /// Assessments, in stream order.
  public var assessments: [Assessment] = []
  /// Strategic flag changes, in stream order.
  public var strategicMarks: [StrategicMark] = []
  /// Retractions: retracted sequence number → the retraction events' sequence numbers.
  public var retractions: [Int64: [Int64]] = [:]
  /// The sequence number of the last event applied.
  public var lastSeq: Int64 = 0

  /// An empty history.
  public init(client: ClientSlug) { self.client = client }

  /// True when the event at `seq` no longer counts: an effective retraction
  /// targets it (a retraction is effective unless itself retracted).
  public func isRetracted(_ seq: Int64) -> Bool {
    guard let by = retractions[seq] else { return false }
    return by.contains { !isRetracted($0) }
  }

  /// When the client or prospect was first registered, counting only
  /// registrations that stand; nil when none does.
  public var registeredOn: CalendarDate? {
    registrations.lazy.filter { !self.isRetracted($0.seq) }.map(\.date).min()
  }

  /// True when registered (as client or prospect) and the registration stands.
  public var isRegistered: Bool { registeredOn != nil }
}

extension ClientHistory {
  /// One sale.
  public struct Sale: Hashable, Sendable {
    public var seq: Int64
    public var date: CalendarDate
    public var amount: Money
    public var cost: Money
  }

  /// One meeting.
  public struct Meeting: Hashable, Sendable {
    public var seq: Int64
    public var date: CalendarDate
    public var kind: MeetingKind
    public var minutes: Int64?
    public var cost: Money?
  }

  /// One complaint, and its resolutions once resolved.
  public struct Complaint: Hashable, Sendable {
    public var seq: Int64
    public var id: String
    public var filedOn: CalendarDate
    public var severity: Severity
    public var about: String
    /// Every resolution recorded, in stream order. Only one stands at a time,
    /// but a retracted one may be followed by another, and retracting that
    /// retraction brings the first back (``standingResolution(_:)``).
    public var resolutions: [Resolution] = []

    /// The resolution that stands: the last recorded whose sequence number
    /// `counts` (is not retracted, as of the time asked about).
    public func standingResolution(_ counts: (Int64) -> Bool) -> Resolution? {
      resolutions.last { counts($0.seq) }
    }
  }

  /// A complaint's resolution.
  public struct Resolution: Hashable, Sendable {
    public var seq: Int64
    public var date: CalendarDate
    public var cost: Money
  }

  /// One price negotiation.
  public struct Negotiation: Hashable, Sendable {
    public var seq: Int64
    public var date: CalendarDate
    public var listAmount: Money
    public var asked: Percentage
    public var granted: Percentage
    public var outcome: NegotiationOutcome
  }

  /// One joint initiative.
  public struct Initiative: Hashable, Sendable {
    public var seq: Int64
    public var id: String
    public var kind: InitiativeKind
    public var from: CalendarDate
    public var to: CalendarDate?
    public var endSeq: Int64?
    /// The last day planned when it started, kept so that retracting the
    /// ending restores it.
    public var plannedTo: CalendarDate?
  }

  /// One assessment.
  public struct Assessment: Hashable, Sendable {
    public var seq: Int64
    public var date: CalendarDate
    public var attractiveness: Int
    public var standing: Int
  }

  /// The strategic flag set (with a reason) or cleared.
  public struct StrategicMark: Hashable, Sendable {
    public var seq: Int64
    public var date: CalendarDate
    public var isSet: Bool
    public var reason: String?
  }
}
