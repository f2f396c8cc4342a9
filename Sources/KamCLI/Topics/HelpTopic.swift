/// A page of `kam help topics`: what many commands share, written once.
enum HelpTopic: String, CaseIterable {
  case periods
  case money
  case exitStatuses = "exit-statuses"

  /// The topic's name, as `kam help topics NAME` takes it.
  var name: String { rawValue }

  /// One line for the list of topics.
  var summary: String {
    switch self {
    case .periods: "How -p, --begin, --end, --as-of, --on, --known-at and --today are written."
    case .money: "How amounts are entered and printed."
    case .exitStatuses: "What each exit status of kam means."
    }
  }

  /// The page itself, ending with a line break.
  var page: String {
    switch self {
    case .periods: Self.periodsPage
    case .money: Self.moneyPage
    case .exitStatuses: Self.exitStatusesPage
    }
  }

  /// The list of topics, one line each, for `kam help topics` alone.
  static var list: String {
    let width = allCases.map(\.name.count).max() ?? 0
    return "Topics (kam help topics NAME):\n"
      + allCases.map {
        "  " + $0.name + String(repeating: " ", count: width - $0.name.count + 2) + $0.summary
          + "\n"
      }.joined()
  }
}
