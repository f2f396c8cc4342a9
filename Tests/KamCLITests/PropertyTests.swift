import Foundation
import KamBook
import KamBookSQLite
import KamCLI
import KamDomain
import KamEventLog
import KamSQLite
import KamTime
import Testing

/// Random books: a few clients, backdated facts, retractions and policy
/// changes, each command recorded one hour after the previous one.
struct RandomBook {
  static let start = Instant(iso: "2026-01-01T08:00:00Z")!
  let harness = Harness()
  var recorded: [Instant] = []

  /// With `catchUpEach`, the projections catch up after every command, as
  /// they do when people use kam one command at a time. With `clockSetBack`,
  /// every seventh command is recorded five hours before the one before it.
  init(
    seed: UInt64, commands: Int, catchUpEach: Bool = false, clockSetBack: Bool = false,
    decisions: Bool = false
  ) throws {
    var random = SplitMix64(seed: seed)
    let (book, _) = try Book.create(
      path: harness.book, currency: .pln, context: AppendContext(actor: "t", recordedAt: Self.start)
    )
    let clients = ["acme", "beta", "gamma", "delta"].map { ClientSlug(rawValue: $0)! }
    for client in clients {
      try book.record(client: client, context: Self.context(0)) { _ in
        [
          PendingEvent(
            .clientRegistered(ClientRegistered(client: client, name: client.rawValue)),
            occurredAt: CalendarDate(iso: "2025-01-01")!.start)
        ]
      }
    }
    for n in 1...commands {
      let context = Self.context(n, setBack: clockSetBack && n % 7 == 3)
      recorded.append(context.recordedAt)
      let client = clients[Int(random.next() % 4)]
      let day = CalendarDate(iso: "2025-01-01")!.adding(days: Int64(random.next() % 360))
      let at = day.start.advanced(byMilliseconds: 43_200_000)
      switch random.next() % 10 {
      case 0...4:
        let amount = Money(minorUnits: Int64(random.next() % 500_000))
        try book.record(client: client, context: context) { _ in
          [
            PendingEvent(
              .saleRecorded(
                SaleRecorded(
                  client: client, amount: amount, cost: Money(minorUnits: amount.minorUnits / 2))),
              occurredAt: at)
          ]
        }
      case 5, 6:
        try book.record(client: client, context: context) { _ in
          [
            PendingEvent(
              .meetingHeld(
                MeetingHeld(client: client, kind: .visit, minutes: Int64(random.next() % 120))),
              occurredAt: at)
          ]
        }
      case 7:
        let last = try book.lastSequence()
        _ = try? book.retract(
          SequenceNumber(rawValue: 5 + Int64(random.next() % UInt64(max(last.rawValue - 5, 1)))),
          reason: "r", context: context)
      case 8:
        var policy = Policy()
        policy.windowDays = 200 + Int(random.next() % 300)
        _ = try book.setPolicy(policy, context: context)
      default:
        try book.record(client: client, context: context) { _ in
          [
            PendingEvent(
              .complaintFiled(
                ComplaintFiled(client: client, complaint: "k\(n)", severity: .low, about: "x")),
              occurredAt: at)
          ]
        }
      }
      if decisions, n % 6 == 0 {
        // A decision about a random client, for a random day of the first year.
        let decided = clients[Int(random.next() % 4)]
        let on = CalendarDate(iso: "2025-01-01")!.adding(days: Int64(random.next() % 360))
        _ = try? book.decide(
          client: decided, kind: .reduceContact, note: "n\(n)", on: on, context: context)
      }
      if catchUpEach { try book.catchUp() }
    }
  }

  static func context(_ n: Int, setBack: Bool = false) -> AppendContext {
    let hours = Int64(n) - (setBack ? 6 : 0)
    return AppendContext(actor: "t", recordedAt: start.advanced(byMilliseconds: hours * 3_600_000))
  }

  /// A copy of the book holding only the events recorded by `instant`, with
  /// its projections rebuilt.
  func truncatedCopy(at instant: Instant) throws -> Harness {
    let copy = Harness()
    try FileManager.default.copyItem(atPath: harness.book, toPath: copy.book)
    let db = try Database(path: copy.book)
    try db.execute("DROP TRIGGER events_refuse_delete")
    try db.execute("DELETE FROM events WHERE recorded_at > ?", [instant.millisecondsSinceEpoch])
    // Forced: the log's stored head (and, with a clock set back, the chain)
    // rightly calls a log cut behind kam's back damaged.
    #expect(copy.run("rebuild", "--force").status == 0)
    return copy
  }
}

@Suite("Properties of replay and rebuild")
struct PropertyTests {
  static let queries: [[String]] = [
    ["clients", "-O", "json"], ["value", "-O", "json"], ["key-accounts", "-O", "json"],
    ["transitions", "-O", "json"], ["events", "-O", "json"],
    ["stage", "acme", "--history", "-O", "json"],
    ["policy", "show", "-O", "json"], ["clients", "--as-of", "2025-06-30", "-O", "json"],
    ["show", "acme", "-O", "json"], ["explain", "beta", "--as-of", "2025-09-30", "-O", "json"],
    ["risk", "--all", "-O", "json"],
  ]

  @Test(
    "a query --known-at K equals the same query on the book truncated to K",
    arguments: [1, 2, 3] as [UInt64])
  func knownAtEqualsTruncation(seed: UInt64) throws {
    // Seed 3's clock is set back now and then: some instants are not a prefix of the log.
    let book = try RandomBook(seed: seed, commands: 60, clockSetBack: seed == 3)
    var random = SplitMix64(seed: seed &* 7)
    for _ in 0..<3 {
      let k = book.recorded[Int(random.next() % UInt64(book.recorded.count))]
      let copy = try book.truncatedCopy(at: k)
      for query in Self.queries {
        let full = book.harness.run(query + ["--known-at", k.description])
        let truncated = copy.run(query)
        #expect(full.status == 0, "\(query): \(full.err)")
        // `explain` names the instant it was asked about; the copy was asked about now.
        let named = #/"knownAt":"[^"]*"/#
        #expect(
          full.out.replacing(named, with: #""knownAt":null"#) == truncated.out,
          "\(query) --known-at \(k)")
      }
    }
  }

  @Test(
    "every client's history as known at K, cut back from the snapshots, is the fold of the log",
    arguments: [(7, false), (8, true), (9, true)] as [(UInt64, Bool)])
  func snapshotsCutEqualFold(seed: UInt64, clockSetBack: Bool) throws {
    let random = try RandomBook(seed: seed, commands: 70, clockSetBack: clockSetBack)
    let book = try Book(path: random.harness.book)
    try book.catchUp()
    var instants = random.recorded
    instants += [RandomBook.start, random.recorded.max()!.advanced(byMilliseconds: 1)]
    for k in instants {
      #expect(try book.histories(knownAt: k) == book.foldedHistories(knownAt: k), "\(k)")
    }
    let last = try book.lastSequence().rawValue
    for before in stride(from: Int64(1), through: last + 1, by: 9) {
      let position = SequenceNumber(rawValue: before)
      #expect(try book.histories(before: position) == book.foldedHistories(before: position))
    }
  }

  @Test(
    "screening decisions by the events after them lists what replaying every decision lists",
    arguments: [21, 22, 23] as [UInt64])
  func decisionScreening(seed: UInt64) throws {
    let random = try RandomBook(seed: seed, commands: 90, decisions: true)
    let book = try Book(path: random.harness.book)
    // Caught up, so that the replays read the snapshots cut back, as kam audit does.
    try book.catchUp()
    let decisions = try book.decisions()
    #expect(decisions.count >= 5)
    let everyOne = try decisions.map { try book.audit($0) }.filter(\.changed)
    #expect(try book.changedDecisions(decisions) == everyOne)
    #expect(everyOne.isEmpty == false)
  }

  @Test(
    "one client's row in a view focused on it is its row in the whole book's view",
    arguments: [13, 14] as [UInt64])
  func focusedView(seed: UInt64) throws {
    let random = try RandomBook(seed: seed, commands: 80)
    let book = try Book(path: random.harness.book)
    try book.catchUp()
    for date in ["2025-03-31", "2025-09-30", "2026-11-28"].map({ CalendarDate(iso: $0)! }) {
      let whole = try book.view(on: date)
      #expect(whole.rows.isEmpty == false)
      for row in whole.rows {
        let focused = try book.view(on: date, focus: row.history.client)
        #expect(focused.rows.count == 1)
        let mine = try #require(focused.row(for: row.history.client))
        #expect(mine.entry == row.entry)
        #expect(mine.stage == row.stage)
        #expect(mine.churnRisk == row.churnRisk)
        #expect(
          focused.risk.assessment(of: row.history.client)
            == whole.risk.assessment(of: row.history.client))
      }
    }
  }

  @Test(
    "rebuilding from zero gives the projections catching up gave", arguments: [4, 5, 6] as [UInt64])
  func rebuildEqualsIncremental(seed: UInt64) throws {
    let book = try RandomBook(seed: seed, commands: 80, catchUpEach: true)
    func tables() throws -> [String] {
      let db = try Database(path: book.harness.book, mode: .readOnly)
      var rows: [String] = []
      for sql in [
        "SELECT client, name, prospect, segment, owner, registered_on, events, last_seq FROM client_directory ORDER BY client",
        "SELECT client, n, from_stage, to_stage, on_date, rule, cause_seq, policy_version FROM stage_transitions ORDER BY client, n",
        "SELECT client, first_day, hex(days) FROM client_value ORDER BY client",
        "SELECT client, hex(history) FROM client_snapshots ORDER BY client",
      ] {
        rows += try db.makeStatement(sql).fetchAll(KamSQLiteProbe.line)
      }
      return rows
    }
    #expect(book.harness.run("status").status == 0)
    let incremental = try tables()
    #expect(book.harness.run("rebuild").status == 0)
    #expect(try tables() == incremental)
    #expect(incremental.isEmpty == false)
  }
}

@Suite("The stage projection against the rules, day by day")
struct StageProjectionTests {
  @Test(
    "stored transitions equal a brute-force evaluation of the rules at every day",
    arguments: [11, 12] as [UInt64])
  func bruteForce(seed: UInt64) throws {
    let random = try RandomBook(seed: seed, commands: 80, catchUpEach: true)
    let book = try Book(path: random.harness.book)
    let today = CalendarDate(iso: "2026-11-28")!
    let stored = try book.transitions(TransitionQuery(asOf: today))
    let policy = try book.policy()
    var brute: [String] = []
    for (client, history) in try book.histories().sorted(by: { $0.key < $1.key }) {
      guard var day = StageTimeline.firstDay(of: history) else { continue }
      var previous: Stage?
      while day <= today {
        let stage = StageRules.evaluate(history, on: day, policy: policy).stage
        if stage != previous { brute.append("\(client) \(day) \(stage.rawValue)") }
        previous = stage
        day = day.adding(days: 1)
      }
    }
    let projected = stored.map { "\($0.client) \($0.transition.on) \($0.transition.to.rawValue)" }
    #expect(projected.sorted() == brute.sorted())
    #expect(brute.count > 10)
  }
}
