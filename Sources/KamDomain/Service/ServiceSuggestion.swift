/// A what-if for one owner: hours a quarter that could move from over-served clients to
/// under-served ones. Nothing is recorded; it is a reading of the period's figures.
public struct ServiceSuggestion: Hashable, Sendable {
  /// Whole hours a quarter (91 days), at least 1.
  public var hoursPerQuarter: Int64
  /// The over-served clients the time comes from, largest surplus first.
  public var from: [ClientSlug]
  /// The under-served clients it goes to, largest shortfall first.
  public var to: [ClientSlug]

  /// "move ~6 hours a quarter from a, b to c"; with one side empty, "free …" or "find …".
  public var text: String {
    let hours = "~\(hoursPerQuarter) hour\(hoursPerQuarter == 1 ? "" : "s") a quarter"
    switch (from.isEmpty, to.isEmpty) {
    case (false, false): return "move \(hours) from \(Self.list(from)) to \(Self.list(to))"
    case (false, true): return "free \(hours) from \(Self.list(from)) (no client under-served)"
    default: return "find \(hours) for \(Self.list(to)) (no client over-served)"
    }
  }

  /// Up to three names, then how many more.
  static func list(_ clients: [ClientSlug]) -> String {
    let shown = clients.prefix(3).map(\.rawValue).joined(separator: ", ")
    return clients.count > 3 ? shown + " and \(clients.count - 3) more" : shown
  }
}
