/// An account owner of the simulated company, and when they chased new business.
struct SimulatedOwner: Hashable, Sendable {
  /// Display name, as in the clients' `owner` field.
  var name: String
  /// Login, the actor of what they enter.
  var login: String
  /// Acquisition pushes: day offsets, first and last day inclusive, in order.
  var focus: [ClosedRange<Int>] = []

  /// The push going on at day `t`, if any.
  func focus(at t: Int) -> ClosedRange<Int>? {
    for period in focus where period.contains(t) { return period }
    return nil
  }

  /// Draws the owner's acquisition pushes over `days` days: most years one
  /// push of three to six months, so some periods see attention move away
  /// from loyal clients and others do not.
  static func drawFocus(days: Int, using random: inout SimulationRandom) -> [ClosedRange<Int>] {
    var periods: [ClosedRange<Int>] = []
    var yearStart = 0
    while yearStart < days {
      if random.chance(0.6) {
        let length = random.int(90...180)
        let earliest = max(yearStart, (periods.last?.upperBound ?? -30) + 30)
        let start = earliest + random.int(0...max(0, 365 - length))
        if start < days { periods.append(start...min(days, start + length - 1)) }
      }
      yearStart += 365
    }
    return periods
  }
}
