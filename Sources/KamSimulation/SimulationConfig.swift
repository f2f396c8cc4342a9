public import KamDomain
public import KamTime

/// The knobs of a simulated book (see `docs/simulation.md`).
public struct SimulationConfig: Hashable, Sendable {
  /// The seed: the same seed and knobs give a byte-identical book.
  public var seed: UInt64
  /// Accounts registered over the period: clients, and prospects won or lost.
  public var clients: Int
  /// Years of history.
  public var years: Int
  /// The last simulated day ("today" of the book).
  public var endDate: CalendarDate
  /// The book's currency.
  public var currency: Currency = .pln
  /// Account owners; nil draws 3 to 6 from the seed.
  public var owners: Int?
  /// Share of events recorded days or weeks after they occurred.
  public var backdatedShare: Double = 0.07
  /// Share of accounts already clients when the book starts (the rest arrive as prospects).
  public var establishedShare: Double = 0.5
  /// Scales how often clients buy and meet (1 = the calibrated default).
  public var activity: Double = 1.0

  /// The largest number of accounts and years accepted.
  public static let maxClients = 1_000_000
  /// The longest history accepted, in years.
  public static let maxYears = 50

  /// A configuration with the default knobs.
  public init(seed: UInt64 = 1, clients: Int = 200, years: Int = 3, endDate: CalendarDate) {
    self.seed = seed
    self.clients = clients
    self.years = years
    self.endDate = endDate
  }

  /// The first simulated day: the same day of the year, `years` earlier.
  public var startDate: CalendarDate {
    let (year, month, day) = endDate.components
    return CalendarDate(year: year - years, month: month, day: day)
      ?? CalendarDate(year: year - years, month: month, day: day - 1)
      ?? endDate.adding(days: -365 * Int64(years))
  }

  /// Why the configuration cannot be simulated, or nil when it can.
  public var problem: String? {
    if !(1...Self.maxClients).contains(clients) {
      return "clients must be from 1 to \(Self.maxClients)"
    }
    if !(1...Self.maxYears).contains(years) { return "years must be from 1 to \(Self.maxYears)" }
    if let owners, !(1...50).contains(owners) { return "owners must be from 1 to 50" }
    if !(0...0.5).contains(backdatedShare) { return "the backdated share must be from 0 to 0.5" }
    if !(0...1).contains(establishedShare) { return "the established share must be from 0 to 1" }
    if !(activity > 0 && activity <= 10) { return "activity must be above 0 and at most 10" }
    return nil
  }
}
