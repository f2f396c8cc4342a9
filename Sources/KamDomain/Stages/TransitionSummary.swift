import KamTime

/// Stage transitions counted per calendar period and pair of stages, with each
/// period's net flow and how long the clients had stayed in the stage they left.
public struct TransitionSummary: Hashable, Sendable {
  /// One period's transitions from one stage to another.
  public struct Row: Hashable, Sendable {
    /// The period's label (`2026Q3`).
    public var period: String
    /// The stage left; nil for a client's first stage.
    public var from: Stage?
    /// The stage entered.
    public var to: Stage
    /// How many transitions.
    public var count: Int
    /// The period's moves up the pyramid minus its moves down, over all pairs.
    public var netFlow: Int64
    /// The median whole days the clients had spent in `from`, rounded down (of
    /// an even count, the mean of the middle two); nil when none is known.
    public var medianDaysInFrom: Int64?
  }

  /// The rows, in the order their first transition comes.
  public let rows: [Row]

  /// Counts `transitions` (by date, then client) per `period`.
  ///
  /// The days spent in the stage left need each client's previous transition,
  /// whatever filter chose `transitions`: `all` holds every transition of the
  /// same clients, in the same order.
  public init(
    _ transitions: [ClientTransition], period: CalendarPeriod, among all: [ClientTransition]
  ) {
    let stays = Self.stays(all)
    var counts: [Key: Int] = [:]
    var days: [Key: [Int64]] = [:]
    var net: [String: Int64] = [:]
    var order: [Key] = []
    for item in transitions {
      let change = item.transition
      let key = Key(period: period.label(of: change.on), from: change.from, to: change.to)
      if counts[key] == nil { order.append(key) }
      counts[key, default: 0] += 1
      guard let from = change.from else { continue }
      net[key.period, default: 0] += change.to.rank > from.rank ? 1 : -1
      if let stay = stays[Stay(client: item.client, on: change.on)] {
        days[key, default: []].append(stay)
      }
    }
    rows = order.map { key in
      Row(
        period: key.period, from: key.from, to: key.to, count: counts[key]!,
        netFlow: net[key.period, default: 0], medianDaysInFrom: Self.median(days[key] ?? []))
    }
  }

  private struct Key: Hashable {
    var period: String
    var from: Stage?
    var to: Stage
  }

  private struct Stay: Hashable {
    var client: ClientSlug
    var on: CalendarDate
  }

  /// The whole days each client had spent in the stage it left, by client and day.
  private static func stays(_ transitions: [ClientTransition]) -> [Stay: Int64] {
    var previous: [ClientSlug: CalendarDate] = [:]
    var result: [Stay: Int64] = [:]
    for item in transitions {
      if let entered = previous[item.client] {
        result[Stay(client: item.client, on: item.transition.on)] = entered.days(
          to: item.transition.on)
      }
      previous[item.client] = item.transition.on
    }
    return result
  }

  /// The median, rounded down to whole days (of an even count, the mean of the middle two).
  static func median(_ values: [Int64]) -> Int64? {
    guard !values.isEmpty else { return nil }
    let sorted = values.sorted()
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
  }
}
