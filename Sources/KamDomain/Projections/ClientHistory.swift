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
      && lhs.retractions == rhs.retractions && lhs.registrations == rhs.registrations
      && lhs.strays == rhs.strays && lhs.profileChanges == rhs.profileChanges
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(client)
    hasher.combine(lastSeq)
  }

  /// The client.
  public var client: ClientSlug
  /// Display name: the latest registration's or standing rename's (``profileChanges``).
  public var name: String { latest(.name) ?? "" }
  /// Market segment: the latest registration's that names one, or standing change's.
  public var segment: String? { latest(.segment) }
  /// Account owner: the latest registration's that names one, or standing reassignment's.
  public var owner: String? { latest(.owner) }
  /// Registrations (a prospect may be registered again with a new win
  /// probability), each whole, so that a retraction can undo one and a history
  /// cut back to an earlier event (``truncated(through:)``) knows what stood then.
  public internal(set) var registrations: [Registration] = []
  /// True when registered as a prospect (it becomes a client with its first sale).
  public internal(set) var registeredAsProspect = false
  /// The latest win probability of a prospect.
  public internal(set) var winProbability: Double?
  /// The expected yearly value of a prospect.
  public internal(set) var expectedValue: Money?
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
  /// Renames, reassignments and segment changes, in stream order.
  public var profileChanges: [ProfileChange] = []
  /// Retractions: retracted sequence number → the retraction events' sequence numbers.
  public var retractions: [Int64: [Int64]] = [:]
  /// Events that changed nothing (a resolution of a complaint or an ending of an
  /// initiative the stream does not have), kept so that a history cut back to an
  /// earlier event knows it had them.
  public var strays: [Int64] = []
  /// The sequence number of the last event applied.
  public var lastSeq: Int64 = 0

  /// An empty history.
  public init(client: ClientSlug) { self.client = client }

  /// True when the event at `seq` no longer counts: an effective retraction
  /// targets it (a retraction is effective unless itself retracted).
  public func isRetracted(_ seq: Int64) -> Bool {
    Self.isRetracted(seq, in: retractions)
  }

  /// ``isRetracted(_:)`` read from the retractions alone: for code that borrows a history,
  /// whose closures may capture its retractions but not the history itself.
  static func isRetracted(_ seq: Int64, in retractions: [Int64: [Int64]]) -> Bool {
    // Most histories have no retraction: skip hashing for them.
    guard !retractions.isEmpty, let by = retractions[seq] else { return false }
    return by.contains { !isRetracted($0, in: retractions) }
  }

  /// When the client or prospect was first registered, counting only
  /// registrations that stand; nil when none does.
  public var registeredOn: CalendarDate? {
    // A loop, not a closure over `self`: capturing the history would copy it, and every
    // whole-book view asks this of every client.
    var first: CalendarDate?
    for registration in registrations where !isRetracted(registration.seq) {
      if first.map({ registration.date < $0 }) ?? true { first = registration.date }
    }
    return first
  }

  /// True when registered (as client or prospect) and the registration stands.
  public var isRegistered: Bool { registeredOn != nil }
}

extension ClientHistory {
  /// One registration, as a client or as a prospect.
  public struct Registration: Hashable, Sendable {
    public var seq: Int64
    public var date: CalendarDate
    public var name: String
    public var segment: String?
    public var owner: String?
    /// True for a prospect's registration, which also carries its win
    /// probability and expected yearly value.
    public var asProspect: Bool
    public var winProbability: Double?
    public var expectedValue: Money?

    /// A registration; `asProspect` with the prospect's terms.
    public init(
      seq: Int64, date: CalendarDate, name: String, segment: String? = nil,
      owner: String? = nil, asProspect: Bool = false, winProbability: Double? = nil,
      expectedValue: Money? = nil
    ) {
      self.seq = seq
      self.date = date
      self.name = name
      self.segment = segment
      self.owner = owner
      self.asProspect = asProspect
      self.winProbability = winProbability
      self.expectedValue = expectedValue
    }

    /// The name, owner or segment it gives (nil for none).
    func value(of field: ProfileChange.Field) -> String? {
      switch field {
      case .name: name
      case .owner: owner
      case .segment: segment
      }
    }
  }

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
    /// The last day planned when it started, kept so that retracting the
    /// ending restores it.
    public var plannedTo: CalendarDate?
    /// Every ending recorded, in stream order.
    public var endings: [Ending] = []

    /// The last day: the latest ending's, else the one planned.
    public var to: CalendarDate? { endings.last?.lastDay ?? plannedTo }
    /// The latest ending's sequence number, if it was ended.
    public var endSeq: Int64? { endings.last?.seq }

    /// The ending that stands: the last recorded whose sequence number
    /// `counts` (is not retracted, as of the time asked about).
    public func standingEnding(_ counts: (Int64) -> Bool) -> Ending? {
      endings.last { counts($0.seq) }
    }

    /// An ending: the initiative's last day, recorded by event `seq`.
    public struct Ending: Hashable, Sendable {
      public var seq: Int64
      public var lastDay: CalendarDate
    }
  }

  /// One assessment.
  public struct Assessment: Hashable, Sendable {
    public var seq: Int64
    public var date: CalendarDate
    public var attractiveness: Int
    public var standing: Int
  }

  /// A name, owner or segment given after the registration (`client-renamed`,
  /// `client-reassigned`, `client-segment-changed`).
  public struct ProfileChange: Hashable, Sendable {
    /// What a change changes.
    public enum Field: String, Hashable, Sendable, CaseIterable {
      case name, owner, segment
    }

    public var seq: Int64
    public var date: CalendarDate
    public var field: Field
    public var value: String

    /// A change of `field` to `value`, recorded by event `seq`.
    public init(seq: Int64, date: CalendarDate, field: Field, value: String) {
      self.seq = seq
      self.date = date
      self.field = field
      self.value = value
    }
  }

  /// The strategic flag set (with a reason) or cleared.
  public struct StrategicMark: Hashable, Sendable {
    public var seq: Int64
    public var date: CalendarDate
    public var isSet: Bool
    public var reason: String?
  }
}
