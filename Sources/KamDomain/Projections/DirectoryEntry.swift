public import KamTime

/// A client's line in the directory: who it is, and how much the book knows of it.
///
/// A fold over the client's stream, kept by the book in `client_directory` so
/// that listing clients and suggesting slugs never replays the log. Name, owner
/// and segment are the latest recorded (a registration, rename, reassignment or
/// segment change), as of now: the directory is not time-aware. This fold does not
/// read retractions; the book's directory projection takes the three from the
/// client's ``ClientHistory``, which does, whenever a retraction arrives.
public struct DirectoryEntry: Hashable, Sendable {
  /// The client.
  public var client: ClientSlug
  /// Display name (the slug until registered).
  public var name: String
  /// True when registered as a prospect.
  public var registeredAsProspect = false
  /// Market segment.
  public var segment: String?
  /// Account owner.
  public var owner: String?
  /// Registration date; nil for a client first met in an import.
  public var registeredOn: CalendarDate?
  /// Events in the stream.
  public var events = 0
  /// The last event applied.
  public var lastSeq: Int64 = 0

  /// An entry for a client not seen before.
  public init(client: ClientSlug) {
    self.client = client
    self.name = client.rawValue
  }

  /// Applies the next event of the client's stream.
  public mutating func apply(_ recorded: RecordedEvent) {
    events += 1
    lastSeq = recorded.seq
    switch recorded.event {
    case .clientRegistered(let e):
      register(name: e.name, segment: e.segment, owner: e.owner, on: recorded.date)
    case .prospectRegistered(let e):
      register(name: e.name, segment: e.segment, owner: e.owner, on: recorded.date)
      registeredAsProspect = true
    case .clientRenamed(let e):
      name = e.name
    case .clientReassigned(let e):
      owner = e.owner
    case .clientSegmentChanged(let e):
      segment = e.segment
    default:
      break
    }
  }

  private mutating func register(
    name: String, segment: String?, owner: String?, on date: CalendarDate
  ) {
    self.name = name
    self.segment = segment ?? self.segment
    self.owner = owner ?? self.owner
    if registeredOn == nil { registeredOn = date }
  }
}
