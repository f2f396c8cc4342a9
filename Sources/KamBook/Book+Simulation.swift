import KamDomain
import KamEventLog
package import KamSimulation
package import KamTime

extension Book {
  /// How many events go into one transaction while simulating: bounded WAL, few fsyncs.
  static let simulationChunk = 20_000

  /// Fills an empty store with the history `simulator` makes, and returns the book.
  /// `progress` hears the simulated day after each transaction.
  ///
  /// Every batch of the simulator is one append through the book's own log,
  /// with the batch's actor and system time; event ids are `sim-SEED-N` and
  /// command ids `sim-SEED-cB`, so a seed gives the same bytes every time.
  /// Making the store, and what a failure leaves of it, are the caller's
  /// (`KamBookSQLite` builds a draft file and links it into place when whole).
  package static func simulate(
    into store: any BookStore, with simulator: inout BookSimulator,
    progress: ((CalendarDate) -> Void)?
  ) throws(BookError) -> Book? {
    let seed = simulator.config.seed
    guard let first = simulator.nextBatch(), let created = first.events.first else { return nil }
    let (book, _) = try create(
      in: store, currency: simulator.config.currency, context: context(first, seed: seed),
      eventID: eventID(created, seed: seed))
    var more = true
    while more {
      try store.writing { tx in
        var written = 0
        while written < simulationChunk {
          guard let batch = simulator.nextBatch() else {
            more = false
            return
          }
          try append(batch, seed: seed, in: tx)
          written += batch.events.count
        }
      }
      progress?(simulator.currentDate)
    }
    return book
  }

  private static func append(
    _ batch: SimulationBatch, seed: UInt64, in tx: any BookTransaction
  ) throws {
    let events = batch.events.map { simulated in
      NewEvent(
        id: eventID(simulated, seed: seed), stream: StreamID(simulated.stream),
        type: simulated.event.type, typeVersion: simulated.event.version,
        occurredAt: simulated.occurredAt, payload: simulated.event.payloadBytes)
    }
    let stored = try tx.append(events, context: context(batch, seed: seed)).events
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
