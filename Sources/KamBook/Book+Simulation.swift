public import KamDomain
import KamEventLog
import KamSQLite
public import KamSimulation
public import KamTime

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension Book {
  /// How many events go into one transaction while simulating: bounded WAL, few fsyncs.
  static let simulationChunk = 20_000

  /// Creates a book at `path` filled with a simulated history, and writes its
  /// ground truth (see `docs/simulation.md`) to `truthPath` when given.
  /// `progress` hears the simulated day after each transaction.
  ///
  /// Every batch of the simulator is one append call through the book's own
  /// log, with the batch's actor and system time; event ids are
  /// `sim-SEED-N` and command ids `sim-SEED-cB`, so a seed gives the same
  /// bytes every time. The book is built under a draft name beside `path`
  /// (`.NAME.demo-PID-XXXXXX`) and linked into place only when whole, so a
  /// simulation killed at any moment leaves no partial book at `path`; drafts
  /// of killed runs are removed by the next one. On any failure the partial
  /// files are removed.
  ///
  /// - Throws: ``BookError``: `badArgument` for a configuration that cannot
  ///   be simulated, `cannotCreate` when `path` exists already or `truthPath`
  ///   is a symbolic link.
  public static func simulate(
    _ config: SimulationConfig, at path: String, truthPath: String? = nil,
    progress: ((CalendarDate) -> Void)? = nil
  ) throws(BookError) -> SimulationSummary {
    if let problem = config.problem { throw BookError(.badArgument, problem) }
    guard access(path, F_OK) != 0 else {
      throw BookError(.cannotCreate, "\(path) exists already; a simulated book needs a new file")
    }
    if let truthPath { try SideFile.refuseLink(truthPath, what: "the truth file") }
    removeAbandonedDrafts(of: path)
    let draft = try makeDraft(for: path)
    var simulator = BookSimulator(config)
    var truthWritten = false
    do {
      try fill(path: draft, with: &simulator, progress: progress)
      if let truthPath {
        try writeText(simulator.truth.csv, to: truthPath)
        truthWritten = true
      }
      try publish(draft: draft, at: path)
    } catch {
      removeFiles(of: draft)
      if let truthPath, truthWritten { unlink(truthPath) }
      throw error
    }
    return simulator.summary
  }

  private static func fill(
    path: String, with simulator: inout BookSimulator, progress: ((CalendarDate) -> Void)?
  ) throws(BookError) {
    let seed = simulator.config.seed
    guard let first = simulator.nextBatch(), let created = first.events.first else { return }
    let (book, _) = try create(
      path: path, currency: simulator.config.currency,
      context: context(first, seed: seed), eventID: eventID(created, seed: seed))
    var more = true
    do {
      while more {
        try book.log.transaction { db in
          var written = 0
          while written < simulationChunk {
            guard let batch = simulator.nextBatch() else {
              more = false
              return
            }
            try append(batch, seed: seed, to: book, in: db)
            written += batch.events.count
          }
        }
        progress?(simulator.currentDate)
      }
      // Everything into the main file, so that the draft can be linked into
      // place alone once the connection closes.
      try book.log.queue.access { try $0.execute("PRAGMA wal_checkpoint(TRUNCATE)") }
    } catch {
      throw BookError.wrap(error)
    }
  }

  private static func append(
    _ batch: SimulationBatch, seed: UInt64, to book: Book, in db: Database
  ) throws {
    let events = batch.events.map { simulated in
      NewEvent(
        id: eventID(simulated, seed: seed), stream: StreamID(simulated.stream),
        type: simulated.event.type, typeVersion: simulated.event.version,
        occurredAt: simulated.occurredAt, payload: simulated.event.payloadBytes)
    }
    let stored = try book.log.append(events, context: context(batch, seed: seed), in: db).events
    // Retractions name their target by the number the simulator gave it.
    guard let last = stored.last, last.seq.rawValue == batch.events.last?.number else {
      throw BookError(.io, "the simulated events did not get the sequence numbers expected")
    }
  }

  private static func eventID(_ event: SimulatedEvent, seed: UInt64) -> EventID {
    EventID(rawValue: "sim-\(seed)-\(event.number)")
  }

  private static func context(_ batch: SimulationBatch, seed: UInt64) -> AppendContext {
    AppendContext(
      actor: batch.actor, commandID: CommandID(rawValue: "sim-\(seed)-c\(batch.number)"),
      recordedAt: batch.recordedAt)
  }
}
