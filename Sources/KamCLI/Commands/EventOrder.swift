import ArgumentParser

/// The order `kam events` lists events in.
enum EventOrder: String, CaseIterable, Sendable, ExpressibleByArgument {
  /// The log's order: as recorded, by sequence number.
  case seq
  /// By business time, then sequence number: a backdated event among its days.
  case occurred
}
