extension StageCondition {
  /// What is missing for the condition to hold, with the client's figure:
  /// `needs 3 more sales in 365 days, has 2`; nil when it holds.
  var gap: String? {
    guard !holds else { return nil }
    switch reading {
    case .sales(let count, let window, let required):
      return "needs " + StageText.count(required - count, "more sale")
        + " in \(window) days, has \(count)"
    case .meetings(let count, let window, let required):
      return "needs " + StageText.count(required - count, "more meeting")
        + " in \(window) days, has \(count)"
    case .staleComplaints(let count, let days):
      return "needs its " + StageText.count(count, "complaint") + " open over \(days) days resolved"
    case .tenure(let days, let required):
      return "needs a first sale \(required) days before, has \(days)"
    case .profit(let profit, let window, let floor):
      return "needs a profit over \(window) days "
        + (floor.map { "of at least \($0)" } ?? "above 0") + ", has \(profit)"
    case .initiatives:
      return "needs a joint initiative running, has none"
    case .standing(let standing, let required):
      return "needs a standing of \(required) or more, has "
        + (standing.map(String.init) ?? "no assessment")
    }
  }
}
