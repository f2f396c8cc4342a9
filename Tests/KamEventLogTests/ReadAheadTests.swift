import Foundation
import KamBookSQLite
import KamEventLog
import KamSQLite
import Testing

/// A rebuild reads the log one batch ahead on a connection of its own while it folds:
/// what it is handed must be what reading in turn on its own connection gives.
@Suite("Reading the log ahead of a rebuild")
struct ReadAheadTests {
  /// A log of `count` events over three streams.
  static func filled(_ count: Int) throws -> LogFixture {
    let fixture = try LogFixture()
    try fixture.log.append(
      (1...count).map { LogFixture.event(["a", "b", "c"][$0 % 3], $0) },
      context: LogFixture.context)
    return fixture
  }

  /// What one batch gave: its positions, and the chain checked through it.
  struct Taken: Equatable {
    var seqs: [Int64]
    var checkedThrough: Int64
    var failure: Int64?

    init(_ events: [StoredEvent], _ chain: ChainCheck) {
      seqs = events.map(\.seq.rawValue)
      checkedThrough = chain.checkedThrough.rawValue
      failure = chain.failure?.seq.rawValue
    }
  }

  /// The batches read in turn on the writer's connection, as a store without a read ahead does.
  static func inTurn(_ log: SQLiteEventLog, batch: Int, in db: Database) throws -> [Taken] {
    var chain = ChainCheck()
    var position = SequenceNumber.zero
    var taken: [Taken] = []
    while true {
      var events: [StoredEvent] = []
      try log.forEachEventToFold(after: position, limit: batch, checking: &chain, in: db) {
        events.append($0)
      }
      taken.append(Taken(events, chain))
      guard events.count == batch, let last = events.last else { return taken }
      position = last.seq
    }
  }

  /// What a read ahead hands over; a `slow` taker lets the reader get ahead, as folds do.
  static func readAhead(
    _ log: SQLiteEventLog, batch: Int, in db: Database, stopAfter: Int = .max, slow: Bool = false
  ) throws -> (read: Bool, taken: [Taken]) {
    var taken: [Taken] = []
    let read = try log.forEachBatchToFoldReadingAhead(
      after: .zero, batch: batch, checkingFrom: ChainCheck(), writer: db
    ) { events, chain in
      if slow { Thread.sleep(forTimeInterval: 0.002) }
      taken.append(Taken(events, chain))
      return taken.count < stopAfter
    }
    return (read, taken)
  }

  @Test(
    "given a log of 23 events, when it is read ahead inside a write transaction, then the batches, their order and the chain through each are those read in turn",
    arguments: [1, 5, 23, 50])
  func sameAsInTurn(batch: Int) throws {
    let fixture = try Self.filled(23)
    try fixture.log.queue.write { db in
      let expected = try Self.inTurn(fixture.log, batch: batch, in: db)
      let ahead = try Self.readAhead(fixture.log, batch: batch, in: db)
      #expect(ahead.read)
      #expect(ahead.taken == expected)
      #expect(expected.flatMap(\.seqs) == Array(1...23))
    }
  }

  @Test("given a taker that stops after two batches, when read ahead, then the read stops there")
  func stopsWithTheTaker() throws {
    let fixture = try Self.filled(40)
    try fixture.log.queue.write { db in
      let ahead = try Self.readAhead(fixture.log, batch: 3, in: db, stopAfter: 2)
      #expect(ahead.read)
      #expect(ahead.taken.map(\.seqs) == [[1, 2, 3], [4, 5, 6]])
    }
    // The reading connection is gone: a checkpoint of the whole WAL finds no reader (a
    // reader left open, even idle, would pin its snapshot and report busy).
    let busy = try fixture.log.queue.access {
      try $0.scalar(Int.self, "PRAGMA wal_checkpoint(TRUNCATE)")
    }
    #expect(busy == 0)
  }

  /// Fails to upcast the event at one position: a fault met by the reader, mid-log.
  struct FailingAt: EventUpcaster {
    let seq: Int64
    func upcast(_ event: inout StoredEvent) throws(EventLogError) {
      guard event.seq.rawValue == seq else { return }
      throw EventLogError(.incompatibleBook, "event \(seq) cannot be read")
    }
  }

  @Test(
    "given a log whose event 9 cannot be read, when read ahead 4 at a time, then the two batches before it are handed over and its error comes out; a taker that stops first meets none"
  )
  func readerFails() throws {
    let fixture = try Self.filled(20)
    let log = try SQLiteEventLog(path: fixture.path, upcaster: FailingAt(seq: 9))
    try log.queue.write { db in
      var taken: [[Int64]] = []
      let error = #expect(throws: EventLogError.self) {
        _ = try log.forEachBatchToFoldReadingAhead(
          after: .zero, batch: 4, checkingFrom: ChainCheck(), writer: db
        ) { events, _ in
          taken.append(events.map(\.seq.rawValue))
          return true
        }
      }
      #expect(error?.message == "event 9 cannot be read")
      #expect(taken == [[1, 2, 3, 4], [5, 6, 7, 8]])
      let stopped = try Self.readAhead(log, batch: 4, in: db, stopAfter: 1, slow: true)
      #expect(stopped.taken.map(\.seqs) == [[1, 2, 3, 4]])
    }
  }

  @Test(
    "given no write transaction, or a journal other than WAL, when read ahead, then it declines and hands over nothing"
  )
  func declinesWithoutTheLock() throws {
    let fixture = try Self.filled(10)
    try fixture.log.queue.read { db in
      let ahead = try Self.readAhead(fixture.log, batch: 4, in: db)
      #expect(!ahead.read && ahead.taken.isEmpty)
    }
    try fixture.log.queue.access { _ = try $0.scalar(String.self, "PRAGMA journal_mode = DELETE") }
    try fixture.log.queue.write { db in
      let ahead = try Self.readAhead(fixture.log, batch: 4, in: db)
      #expect(!ahead.read && ahead.taken.isEmpty)
    }
  }

  @Test(
    "given takers that stop after 1 to 8 batches, 25 times each, when read ahead, then every read stops where its taker did"
  )
  func stopsEverywhere() throws {
    // The reader is then a batch ahead, or waiting for room: each way must end cleanly
    // (libdispatch traps on a semaphore disposed of below its first value).
    let fixture = try Self.filled(40)
    try fixture.log.queue.write { db in
      for round in 0..<25 {
        for stop in 1...8 {
          let ahead = try Self.readAhead(
            fixture.log, batch: 2, in: db, stopAfter: stop, slow: round % 2 == 0)
          #expect(ahead.taken.count == stop)
          #expect(ahead.taken.last?.seqs == [Int64(2 * stop - 1), Int64(2 * stop)])
        }
      }
    }
  }

  @Test("given a taker that throws, when read ahead, then its error comes out and the read stops")
  func takerThrows() throws {
    struct Refused: Error {}
    let fixture = try Self.filled(40)
    try fixture.log.queue.write { db in
      _ = #expect(throws: Refused.self) {
        _ = try fixture.log.forEachBatchToFoldReadingAhead(
          after: .zero, batch: 4, checkingFrom: ChainCheck(), writer: db
        ) { _, _ in throw Refused() }
      }
    }
  }

  @Test(
    "given a write transaction that has appended events not yet committed, when read ahead, then it declines and hands over nothing"
  )
  func declinesWhatItCannotSee() throws {
    let fixture = try Self.filled(10)
    try fixture.log.queue.write { db in
      _ = try fixture.log.append(
        [LogFixture.event("a", 11)], context: LogFixture.context, in: db)
      let ahead = try Self.readAhead(fixture.log, batch: 4, in: db)
      #expect(!ahead.read)
      #expect(ahead.taken.isEmpty)
    }
  }

  @Test(
    "given a log whose chain breaks at event 7, when read ahead, then the batch holding it and every later one carry the failure, as read in turn"
  )
  func brokenChain() throws {
    let fixture = try Self.filled(20)
    try fixture.log.queue.access { db in
      try db.execute("DROP TRIGGER events_refuse_update")
      try db.execute("UPDATE events SET actor = 'mallory' WHERE seq = 7")
    }
    try fixture.log.queue.write { db in
      let expected = try Self.inTurn(fixture.log, batch: 4, in: db)
      let ahead = try Self.readAhead(fixture.log, batch: 4, in: db)
      #expect(ahead.taken == expected)
      #expect(ahead.taken.map(\.failure) == [nil, 7, 7, 7, 7, 7])
    }
  }
}
