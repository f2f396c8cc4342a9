public import KamTime

/// What a simulation produced, counted as it went.
public struct SimulationSummary: Hashable, Sendable {
  /// The configuration simulated.
  public var config: SimulationConfig
  /// The first simulated day.
  public var startDate: CalendarDate
  /// The last simulated day.
  public var endDate: CalendarDate
  /// The account owners' names.
  public var owners: [String] = []
  /// Events emitted, the book's creation included.
  public var events = 0
  /// Append calls (batches), the book's creation included.
  public var batches = 0
  /// Events entered on a later day than they happened.
  public var backdated = 0
  /// Events per stored type name.
  public var eventsByType: [String: Int] = [:]
  /// Accounts registered directly as clients.
  public var clientsRegistered = 0
  /// Accounts registered as prospects.
  public var prospectsRegistered = 0
  /// Prospects won (first sale made).
  public var prospectsWon = 0
  /// Prospects lost.
  public var prospectsLost = 0
  /// Clients that stopped buying.
  public var churned = 0
  /// Churned clients that had been neglected in an owner's acquisition focus.
  public var churnedAfterNeglect = 0
  /// Clients neglected at least once.
  public var neglected = 0
  /// Events that happened but would be entered after the end date, so are not in the book.
  public var notYetRecorded = 0

  /// An empty summary.
  public init(config: SimulationConfig) {
    self.config = config
    self.startDate = config.startDate
    self.endDate = config.endDate
  }

  /// Events per type, most frequent first (ties by name).
  public var eventsByTypeSorted: [(type: String, count: Int)] {
    eventsByType.map { (type: $0.key, count: $0.value) }
      .sorted { $0.count != $1.count ? $0.count > $1.count : $0.type < $1.type }
  }

  /// Share of events that were backdated.
  public var backdatedShare: Double { events == 0 ? 0 : Double(backdated) / Double(events) }
}
