import KamDomain
import KamSimulation
import KamTime

/// The book itself: where it is, its period, owners and events.
struct DemoBookSection: DemoSection {
  let path: String
  let truthPath: String
  let currency: String
  let simulation: SimulationSummary

  var title: String { "Book" }
  var key: String { "book" }

  var lines: [String] {
    let config = simulation.config
    let types = simulation.eventsByTypeSorted.map { "\($0.type) \($0.count)" }
    return [
      DemoFormat.row("file", "\(path) (\(currency))"),
      DemoFormat.row(
        "period", "\(simulation.startDate) to \(simulation.endDate), seed \(config.seed)"),
      DemoFormat.row("owners", simulation.owners.joined(separator: ", ")),
      DemoFormat.row(
        "events",
        "\(simulation.events) in \(simulation.batches) batches (an owner's evening each); "
          + "\(DemoFormat.percent(simulation.backdatedShare)) entered days or weeks late"),
      DemoFormat.row("by type", types.joined(separator: ", ")),
      DemoFormat.row("truth", "\(truthPath) (what really happened; see docs/simulation.md)"),
    ]
  }

  var json: JSON {
    let config = simulation.config
    return .object([
      .init("path", .string(path)),
      .init("truth", .string(truthPath)),
      .init("currency", .string(currency)),
      // Seeds beyond Int64 (rare) stay exact as strings.
      .init("seed", Int64(exactly: config.seed).map { .integer($0) } ?? .string("\(config.seed)")),
      .init("clients", .integer(Int64(config.clients))),
      .init("years", .integer(Int64(config.years))),
      .init("from", .string(simulation.startDate.description)),
      .init("to", .string(simulation.endDate.description)),
      .init("owners", .array(simulation.owners.map { .string($0) })),
      .init("events", .integer(Int64(simulation.events))),
      .init("batches", .integer(Int64(simulation.batches))),
      .init("backdated", .integer(Int64(simulation.backdated))),
      .init("backdatedShare", .number(simulation.backdatedShare)),
      .init(
        "eventsByType",
        .object(simulation.eventsByTypeSorted.map { .init($0.type, .integer(Int64($0.count))) })),
    ])
  }
}
