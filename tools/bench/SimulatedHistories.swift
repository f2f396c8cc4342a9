import KamDomain
import KamSimulation
import KamTime

/// A simulated book folded straight into client histories, without a store:
/// what the backtests and checks on simulated books score.
enum SimulatedHistories {
  /// Every client's history by stream, and the simulation's ground truth.
  static func simulate(seed: UInt64, clients: Int, years: Int, end: CalendarDate) -> (
    histories: [String: ClientHistory], truth: SimulationTruth
  ) {
    var simulator = BookSimulator(
      SimulationConfig(seed: seed, clients: clients, years: years, endDate: end))
    var histories: [String: ClientHistory] = [:]
    simulator.run { batch in
      for simulated in batch.events {
        guard let slug = ClientSlug(rawValue: simulated.stream) else { continue }
        histories[simulated.stream, default: ClientHistory(client: slug)].apply(
          RecordedEvent(
            seq: simulated.number, stream: simulated.stream, occurredAt: simulated.occurredAt,
            recordedAt: simulated.recordedAt, event: simulated.event))
      }
    }
    return (histories, simulator.truth)
  }
}
