import KamDomain
public import KamTime

/// Simulates a company's book of key-account relationships, deterministically.
///
/// Pure: no SQL, no clock, no system randomness. It steps through the period
/// one business day at a time and hands out what people entered, batch by
/// batch, in recording order (``nextBatch()``); a writer appends each batch
/// with one append call. The ground truth (``truth``) grows as it goes.
public struct BookSimulator {
  /// The configuration.
  public let config: SimulationConfig
  /// What has been produced so far.
  public internal(set) var summary: SimulationSummary
  /// What really happened, so far.
  public internal(set) var truth = SimulationTruth()

  var owners: [SimulatedOwner] = []
  var accounts: [SimulatedAccount] = []
  /// The days simulated: offsets 0 ... `days` from the start date.
  let days: Int
  let start: CalendarDate
  /// Events waiting to be entered, by the day offset they will be entered on.
  var queue: [[QueuedEvent]]
  var ready: [SimulationBatch] = []
  var readyIndex = 0
  var today = 0
  var clock: SimulationRandom
  var eventNumber: Int64 = 0
  var batchNumber = 0
  var begun = false

  /// Prepares a simulation; `config.problem` must be nil.
  public init(_ config: SimulationConfig) {
    precondition(config.problem == nil, config.problem ?? "")
    self.config = config
    self.summary = SimulationSummary(config: config)
    self.start = config.startDate
    self.days = Int(start.days(to: config.endDate))
    self.queue = Array(repeating: [], count: days + 1)
    self.clock = SimulationRandom(seed: config.seed, stream: 0)
    drawOwners()
    drawAccounts()
  }

  /// The next batch in recording order, or nil when the period is over.
  public mutating func nextBatch() -> SimulationBatch? {
    if !begun {
      begun = true
      return bookCreated()
    }
    while readyIndex >= ready.count {
      guard today <= days else { return nil }
      ready.removeAll(keepingCapacity: true)
      readyIndex = 0
      simulate(day: today)
      today += 1
    }
    readyIndex += 1
    return ready[readyIndex - 1]
  }

  /// Runs the whole simulation, handing each batch to `body` in order.
  public mutating func run(_ body: (SimulationBatch) throws -> Void) rethrows {
    while let batch = nextBatch() { try body(batch) }
  }

  /// The day being simulated (the last one once the simulation is over).
  public var currentDate: CalendarDate { date(min(today, days)) }

  /// The calendar day of offset `t`.
  func date(_ t: Int) -> CalendarDate { start.adding(days: Int64(t)) }

  /// True for Saturdays and Sundays, when nobody sells, meets or types.
  func isWeekend(_ t: Int) -> Bool {
    // 1970-01-01 was a Thursday: +3 makes Monday 0.
    let weekday = ((date(t).daysSinceEpoch + 3) % 7 + 7) % 7
    return weekday >= 5
  }

  private mutating func bookCreated() -> SimulationBatch {
    let at = start.start.advanced(byMilliseconds: 7 * 3_600_000)
    eventNumber += 1
    let event = SimulatedEvent(
      number: eventNumber, stream: "$book",
      event: .bookCreated(BookCreated(currency: config.currency)), occurredAt: at,
      recordedAt: at)
    count(event)
    summary.batches += 1
    return SimulationBatch(number: 0, actor: "kam-demo", recordedAt: at, events: [event])
  }

  private mutating func drawOwners() {
    let count = config.owners ?? clock.int(3...6)
    for index in 0..<count {
      let names = SimulationNames.owners[index % SimulationNames.owners.count]
      let suffix = index < SimulationNames.owners.count ? "" : " \(index + 1)"
      var owner = SimulatedOwner(
        name: names.name + suffix, login: names.login + (suffix.isEmpty ? "" : "\(index + 1)"))
      owner.focus = SimulatedOwner.drawFocus(days: days, using: &clock)
      owners.append(owner)
      summary.owners.append(owner.name)
      for period in owner.focus {
        truth.records.append(
          .init(
            kind: .focus, owner: owner.name, client: nil, from: date(period.lowerBound),
            to: date(period.upperBound), detail: "acquisition"))
      }
    }
  }

  private mutating func drawAccounts() {
    accounts.reserveCapacity(config.clients)
    for index in 0..<config.clients {
      accounts.append(
        SimulatedAccount.draw(index: index, config: config, owners: owners, days: days))
    }
    // Tiers by expected gross profit among the accounts that will buy:
    // the top 15 % are key, the next 35 % mid, the rest small.
    let ranked = accounts.indices.filter { accounts[$0].willWin }
      .sorted { accounts[$0].expectedGrossProfit > accounts[$1].expectedGrossProfit }
    for (rank, index) in ranked.enumerated() {
      let share = Double(rank) / Double(max(ranked.count, 1))
      accounts[index].assign(share < 0.15 ? .key : share < 0.5 ? .mid : .small)
    }
  }
}
