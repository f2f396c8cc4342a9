import KamTime

/// How much a book's stages move, and how much of that is flapping: the
/// figures `kam-bench stages` prints and `docs/stages.md` reports.
public struct StageFlow: Hashable, Sendable {
  /// Clients with at least one stage on the pyramid (they bought).
  public var buyingClients = 0
  /// Transitions after each client's first.
  public var transitionsAfterFirst = 0
  /// Round trips: two consecutive transitions X → Y → X at most
  /// ``roundTripDays`` apart.
  public var roundTrips = 0
  /// Clients with at least one round trip.
  public var clientsWithRoundTrips = 0
  /// Clients by their current stage.
  public var current: [Stage: Int] = [:]
  /// The longest gap that makes X → Y → X a round trip.
  public static let roundTripDays: Int64 = 30

  /// The figures of these timelines.
  public init(_ timelines: [StageTimeline]) {
    for timeline in timelines {
      let transitions = timeline.transitions
      guard let last = transitions.last else { continue }
      current[last.to, default: 0] += 1
      if transitions.contains(where: { $0.to.isOnPyramid }) { buyingClients += 1 }
      transitionsAfterFirst += transitions.count - 1
      var trips = 0
      for (a, b) in zip(transitions.dropFirst(), transitions.dropFirst(2))
      where a.from == b.to && a.on.days(to: b.on) <= Self.roundTripDays {
        trips += 1
      }
      roundTrips += trips
      if trips > 0 { clientsWithRoundTrips += 1 }
    }
  }

  /// Round trips as a share of the transitions after the first.
  public var roundTripShare: Double {
    transitionsAfterFirst == 0 ? 0 : Double(roundTrips) / Double(transitionsAfterFirst)
  }

  /// Transitions after the first per buying client.
  public var transitionsPerBuyingClient: Double {
    buyingClients == 0 ? 0 : Double(transitionsAfterFirst) / Double(buyingClients)
  }
}
