import KamBook
import KamBookSQLite
import KamSQLite
import KamTestSupport
import Testing

@Suite("Where a rebuild's time goes")
struct PhaseTimesTests {
  @Test(
    "given phases met again, when timed, then each adds to its first entry, in the order they began"
  )
  func accumulates() {
    let times = PhaseTimes()
    for name in ["read", "fold", "read", "store"] { times.measure(name) {} }
    #expect(times.phases.map(\.name) == ["read", "fold", "store"])
    #expect(times.phases.allSatisfy { $0.seconds >= 0 })
    #expect(times.total == times.phases.reduce(0) { $0 + $1.seconds })
  }

  @Test(
    "given a book on every store, when it is rebuilt with its phases timed, then every phase is named once, reading before folding before finishing",
    arguments: BookStoreKind.available)
  func rebuildPhases(store: BookStoreKind) throws {
    let folder = TemporaryDirectory()
    let book = try RandomBook(store, in: folder, seed: 3, commands: 30, catchUp: .afterEach).book
    let before = try book.projectionDump()
    let times = PhaseTimes()
    try book.rebuild(phases: times)
    #expect(try book.projectionDump() == before)
    let names = times.phases.map(\.name)
    #expect(Set(names).count == names.count)
    // SQLite reads ahead on a connection of its own; the other stores read in turn.
    let read =
      "read the log and check its chain" + (store == .sqlite ? ", ahead (waited for)" : "")
    let reading = try #require(names.firstIndex(of: read))
    let folding = try #require(names.firstIndex(of: "fold the histories"))
    let finishing = try #require(names.firstIndex(of: "finish: stage-timeline"))
    #expect(reading < folding && folding < finishing)
    #expect(names.last == "build the indexes set aside")
  }

  @Test(
    "given a SQLite book whose journal is not WAL, when it is rebuilt, then it reads in turn on its own connection and folds the same projections"
  )
  func rebuildInTurnWithoutWAL() throws {
    let folder = TemporaryDirectory()
    let book = try RandomBook(.sqlite, in: folder, seed: 9, commands: 40, catchUp: .afterEach)
      .book
    let before = try book.projectionDump()
    let log = try #require(book.sqliteLog)
    try log.queue.access { _ = try $0.scalar(String.self, "PRAGMA journal_mode = DELETE") }
    let times = PhaseTimes()
    try book.rebuild(phases: times, batch: 3)
    #expect(times.phases.map(\.name).contains("read the log and check its chain"))
    #expect(try book.projectionDump() == before)
  }
}
