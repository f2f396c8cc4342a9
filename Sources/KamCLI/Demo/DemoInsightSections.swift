import KamBook
import KamDomain
import KamTime

/// The key accounts and why.
struct DemoKeyAccountsSection: DemoSection {
  let rows: [BookView.ClientRow]
  let total: Int

  init(view: BookView) {
    let keys = view.rows.filter { $0.entry.isKeyAccount }
    total = keys.count
    rows = Array(keys.prefix(8))
  }

  var title: String { "Key accounts (\(total); the first \(rows.count) by profit)" }
  var key: String { "keyAccounts" }
  var lines: [String] {
    let width = rows.map(\.history.client.rawValue.count).max() ?? 0
    let money = rows.map { NumberText.grouped($0.entry.value.profit).count }.max() ?? 0
    return rows.map {
      $0.history.client.rawValue.padding(width) + "  "
        + NumberText.grouped($0.entry.value.profit).padding(money, left: true)
        + "  class \($0.entry.paretoClass.rawValue)  "
        + $0.entry.keyAccountReasons.map(\.rawValue).joined(separator: ", ")
    }
  }
  var json: JSON {
    .array(
      rows.map {
        .object([
          .init("client", .string($0.history.client.rawValue)),
          .init("profit", .string($0.entry.value.profit.description)),
          .init(
            "keyAccountReasons", .array($0.entry.keyAccountReasons.map { .string($0.rawValue) })),
        ])
      })
  }
}

/// The relationship pyramid: how many clients stand on each stage.
struct DemoPyramidSection: DemoSection {
  let counts: [(stage: Stage, count: Int)]

  init(view: BookView) {
    var counts: [Stage: Int] = [:]
    for row in view.rows { counts[row.stage.stage, default: 0] += 1 }
    let order: [Stage] = [.synergy, .partnership, .cooperation, .transactional, .prospect, .lapsed]
    self.counts = order.map { ($0, counts[$0] ?? 0) }
  }

  var title: String { "The pyramid today" }
  var key: String { "pyramid" }
  var lines: [String] {
    let widest = max(counts.map(\.count).max() ?? 1, 1)
    return counts.map { stage, count in
      stage.rawValue.padding(13) + String(count).padding(6, left: true) + "  "
        + String(repeating: "█", count: (count * 40 + widest - 1) / widest)
    }
  }
  var json: JSON {
    .object(counts.map { .init($0.stage.rawValue, .integer(Int64($0.count))) })
  }
}

/// The latest stage transitions.
struct DemoTransitionsSection: DemoSection {
  let recent: [ClientTransition]

  init(book: Book, today: CalendarDate) throws {
    var query = TransitionQuery(asOf: today)
    query.begin = today.adding(days: -90)
    recent = Array(try book.transitions(query).filter { $0.transition.from != nil }.suffix(8))
  }

  var title: String { "Recent transitions (last 90 days)" }
  var key: String { "recentTransitions" }
  var lines: [String] {
    let width = recent.map(\.client.rawValue.count).max() ?? 0
    return recent.map {
      "\($0.transition.on)  " + $0.client.rawValue.padding(width)
        + "  \($0.transition.from?.rawValue ?? "-") → \($0.transition.to.rawValue)  (\($0.transition.rule))"
    }
  }
  var json: JSON { .array(recent.map(TransitionsCommand.json)) }
}

/// The loyal clients most at risk, and why.
struct DemoRiskSection: DemoSection {
  let top: [RiskListing]

  init(view: BookView) {
    let spend = BookSpendModel(view.rows.map(\.history), on: view.date)
    top = Array(
      RiskCommand.listed(BookListing(view, spend: spend), all: false, order: .valueAtStake)
        .prefix(5))
  }

  var title: String { "Loyal clients with the most at stake" }
  var key: String { "atRisk" }
  var lines: [String] {
    let width = top.map(\.assessment.client.rawValue.count).max() ?? 0
    let money = top.map { NumberText.grouped($0.stake.valueAtStake).count }.max() ?? 0
    return top.map { listed in
      let assessment = listed.assessment
      return assessment.client.rawValue.padding(width) + "  "
        + NumberText.grouped(listed.stake.valueAtStake).padding(money, left: true)
        + " at stake, risk \(RiskText.percent(assessment.risk))"
        + " (\(assessment.band.rawValue)): "
        + RiskText.reasons(of: assessment, count: 1)
    }
  }
  var json: JSON { .array(top.map(RiskCommand.json)) }
}

extension String {
  /// Padded with spaces to `width`, on the right (or the left).
  func padding(_ width: Int, left: Bool = false) -> String {
    let fill = String(repeating: " ", count: max(0, width - count))
    return left ? fill + self : self + fill
  }
}
