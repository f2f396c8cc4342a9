import KamBook
import KamBookSQLite
import KamDomain
import KamTime

/// How much a book's stages move and how much of it is flapping (issue #14):
/// transitions after the first, round trips X → Y → X within 30 days, and
/// transitions per buying client, through the book's last day.
enum StageFlowBenchmark {
  static func run(path: String) throws {
    let book = try Book(path: path)
    try book.catchUp()
    let policy = try book.policy()
    let histories = Array(try book.histories().values)
    var first: CalendarDate?
    var last: CalendarDate?
    for history in histories {
      for date in history.sales.map(\.date) + history.meetings.map(\.date) {
        first = min(first ?? date, date)
        last = max(last ?? date, date)
      }
    }
    guard let first, let last else {
      print("\(path): no sales or meetings")
      return
    }
    let timelines = ParallelMap.map(histories) {
      StageTimeline($0, through: last, policy: policy)
    }
    let flow = StageFlow(timelines)
    let years = Double(first.days(to: last)) / 365.25
    func percent(_ share: Double) -> String { "\(Double(Int(share * 1000)) / 10) %" }
    print("stages of \(path), \(first) to \(last) (\(Double(Int(years * 10)) / 10) years)")
    print("  buying clients                      \(flow.buyingClients)")
    print("  transitions after the first         \(flow.transitionsAfterFirst)")
    print(
      "  round trips X → Y → X in 30 days    \(flow.roundTrips) "
        + "(\(percent(flow.roundTripShare)) of transitions after the first), "
        + "\(flow.clientsWithRoundTrips) clients")
    print(
      "  transitions after the first per buying client "
        + "\(Double(Int(flow.transitionsPerBuyingClient * 100)) / 100)")
    let counts = Stage.allCases.sorted { $0.rank > $1.rank }.map {
      "\($0) \(flow.current[$0, default: 0])"
    }
    print("  stages on \(last): " + counts.joined(separator: ", "))
  }
}
