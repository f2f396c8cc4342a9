import KamBook
import KamDomain
import KamEventLog
import KamTestSupport
import KamTime
import Testing

/// Random books, on every store: what the projections keep, and what reads
/// from them, equals what folding the log gives.
@Suite("Properties of replay and rebuild, on every store")
struct BookPropertyTests {
  @Test(
    "given a random book, when rebuilt from zero, then the projections equal what catching up kept",
    arguments: BookStoreKind.available,
    [
      (4, RandomBook.CatchUp.afterEach), (5, .afterEach), (6, .inTheSameTransaction),
      (7, .inTheSameTransaction),
    ] as [(UInt64, RandomBook.CatchUp)])
  func rebuildEqualsIncremental(
    store: BookStoreKind, run: (seed: UInt64, catchUp: RandomBook.CatchUp)
  )
    throws
  {
    let folder = TemporaryDirectory()
    let random = try RandomBook(
      store, in: folder, seed: run.seed, commands: 80, catchUp: run.catchUp)
    try random.book.catchUp()
    let incremental = try random.book.projectionDump()
    try random.book.rebuild()
    #expect(try random.book.projectionDump() == incremental)
    #expect(incremental.count > 20)
    #expect(try random.book.verify().ok)
  }

  @Test(
    "given a random book, when rebuilt reading a few events at a time (many batches, read ahead on SQLite), then the projections equal what catching up kept",
    arguments: BookStoreKind.available, [1, 7, 30] as [Int])
  func rebuildInManyBatches(store: BookStoreKind, batch: Int) throws {
    let folder = TemporaryDirectory()
    let random = try RandomBook(
      store, in: folder, seed: 31, commands: 80, catchUp: .afterEach)
    let incremental = try random.book.projectionDump()
    try random.book.rebuild(phases: nil, batch: batch)
    #expect(try random.book.projectionDump() == incremental)
    #expect(try random.book.lastSequence().rawValue > Int64(batch) * 2)
  }

  @Test(
    "given a random book, when cut back to any instant or event, then the stored histories are the fold of the log",
    arguments: BookStoreKind.available, [(7, false), (8, true), (9, true)] as [(UInt64, Bool)])
  func snapshotsCutEqualFold(store: BookStoreKind, run: (seed: UInt64, clockSetBack: Bool)) throws {
    let folder = TemporaryDirectory()
    let random = try RandomBook(
      store, in: folder, seed: run.seed, commands: 70, clockSetBack: run.clockSetBack)
    let book = random.book
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
    "given random decisions, when screened by the events after them, then the list is what replaying every decision lists",
    arguments: BookStoreKind.available, [21, 22, 23] as [UInt64])
  func decisionScreening(store: BookStoreKind, seed: UInt64) throws {
    let folder = TemporaryDirectory()
    let book = try RandomBook(store, in: folder, seed: seed, commands: 90, decisions: true).book
    // Caught up, so that the replays read the snapshots cut back, as kam audit does.
    try book.catchUp()
    let decisions = try book.decisions()
    #expect(decisions.count >= 5)
    let everyOne = try decisions.map { try book.audit($0) }.filter(\.changed)
    #expect(try book.changedDecisions(decisions) == everyOne)
    #expect(everyOne.isEmpty == false)
  }

  @Test(
    "given a random book, when a view focuses on one client, then its row and its service verdict are its own in the whole book's view",
    arguments: BookStoreKind.available, [13, 14] as [UInt64])
  func focusedView(store: BookStoreKind, seed: UInt64) throws {
    let folder = TemporaryDirectory()
    let book = try RandomBook(store, in: folder, seed: seed, commands: 80).book
    try book.catchUp()
    for date in ["2025-03-31", "2025-09-30", "2026-11-28"].map({ CalendarDate(iso: $0)! }) {
      let whole = try book.view(on: date)
      #expect(whole.rows.isEmpty == false)
      // Every client known on the day, in slug order, what the rows were made from.
      #expect(whole.histories.map(\.client) == whole.rows.map(\.history.client).sorted())
      let period = date.adding(days: -90)..<date.adding(days: 1)
      let service = book.service(in: period, view: whole)
      for row in whole.rows {
        let focused = try book.view(on: date, focus: row.history.client)
        #expect(focused.rows.count == 1)
        // A focused view still holds every history: the service verdict weighs them all.
        #expect(focused.histories.map(\.client) == whole.histories.map(\.client))
        let mineServed = book.service(in: period, view: focused, focus: row.history.client)
        #expect(mineServed.row(for: row.history.client) == service.row(for: row.history.client))
        // Its owner's split and what-if, as the whole report has them.
        #expect(
          mineServed.owners
            == service.owners.filter { owner in mineServed.rows.contains { $0.owner == owner.owner }
            })
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
    "given a random book, then the stored transitions equal a brute-force evaluation of the rules at every day",
    arguments: BookStoreKind.available, [11, 12] as [UInt64])
  func stagesByBruteForce(store: BookStoreKind, seed: UInt64) throws {
    let folder = TemporaryDirectory()
    let book = try RandomBook(store, in: folder, seed: seed, commands: 80, catchUp: .afterEach).book
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

  @Test(
    "given the same random book on every store, then the whole book's view is the same, to the last digit",
    arguments: [31, 32] as [UInt64])
  func sameViewOnEveryStore(seed: UInt64) throws {
    let folder = TemporaryDirectory()
    let date = CalendarDate(iso: "2025-12-31")!
    var views: [String] = []
    for store in BookStoreKind.available {
      let book = try RandomBook(store, in: folder, seed: seed, commands: 80).book
      let view = try book.view(on: date)
      views.append(
        view.rows.map { "\($0.entry) \($0.stage) \(String(describing: $0.churnRisk))" }
          .joined(separator: "\n"))
    }
    #expect(Set(views).count == 1)
    #expect(views.first?.isEmpty == false)
  }
}
