import KamDomain
import KamSimulation
import KamTime

/// A simulation run to its end, with every client's history folded from its events.
struct SimulatedHistory {
  let batches: [SimulationBatch]
  let summary: SimulationSummary
  let truth: SimulationTruth
  let histories: [ClientHistory]

  static let endDate = CalendarDate(iso: "2026-11-28")!
  var endDate: CalendarDate { Self.endDate }

  init(seed: UInt64 = 7, clients: Int = 300, years: Int = 4) {
    var simulator = BookSimulator(
      SimulationConfig(seed: seed, clients: clients, years: years, endDate: Self.endDate))
    var batches: [SimulationBatch] = []
    simulator.run { batches.append($0) }
    var histories: [String: ClientHistory] = [:]
    for batch in batches {
      for simulated in batch.events {
        guard let slug = ClientSlug(rawValue: simulated.stream) else { continue }
        let recorded = RecordedEvent(
          seq: simulated.number, stream: simulated.stream, occurredAt: simulated.occurredAt,
          recordedAt: simulated.recordedAt, event: simulated.event)
        histories[simulated.stream, default: ClientHistory(client: slug)].apply(recorded)
      }
    }
    self.batches = batches
    self.summary = simulator.summary
    self.truth = simulator.truth
    self.histories = histories.values.sorted { $0.client < $1.client }
  }

  /// Every event, in log order.
  var events: [SimulatedEvent] { batches.flatMap(\.events) }

  /// The clients that bought at least once.
  var clients: [ClientHistory] { histories.filter { !$0.effectiveSales.isEmpty } }

  /// Profit as the domain defines it: revenue − cost of goods − cost to serve
  /// (meetings at their cost, else minutes × the hourly rate; complaint
  /// resolutions), over the whole history, or the year before `day` when given.
  static func profit(_ history: ClientHistory, yearBefore day: CalendarDate? = nil) -> Int64 {
    let rate = Policy().hourlyRateMinor
    func counts(_ date: CalendarDate) -> Bool {
      guard let day else { return true }
      return date <= day && date > day.adding(days: -365)
    }
    var profit: Int64 = 0
    for sale in history.effectiveSales where counts(sale.date) {
      profit += sale.amount.minorUnits - sale.cost.minorUnits
    }
    for meeting in history.meetings
    where counts(meeting.date) && !history.isRetracted(meeting.seq) {
      profit -= meeting.cost?.minorUnits ?? ((meeting.minutes ?? 0) * rate / 60)
    }
    for complaint in history.complaints {
      guard let resolution = complaint.standingResolution({ !history.isRetracted($0) }),
        counts(resolution.date)
      else { continue }
      profit -= resolution.cost.minorUnits
    }
    return profit
  }
}
