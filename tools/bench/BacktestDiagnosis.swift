import KamDomain
import KamSimulation
import KamTime

/// What a backtest's cohort is made of, read from the simulator's truth
/// (`KAM_BENCH_DIAGNOSE=1 kam-bench backtest …`): why the churned clients did not buy, how
/// neglect relates to the outcome, and how each signal ranks on its own.
enum BacktestDiagnosis {
  /// A tally of churned and stayed clients.
  struct Tally {
    var churned = 0
    var stayed = 0

    mutating func add(_ churned: Bool) {
      if churned { self.churned += 1 } else { stayed += 1 }
    }
  }

  static func run(
    histories: [ClientHistory], truth: SimulationTruth, on date: CalendarDate, policy: Policy,
    classA: Set<ClientSlug>, backtest: RiskBacktest
  ) throws {
    let horizonEnd = date.adding(days: Int64(backtest.horizonDays))
    var churns: [String: [SimulationTruth.Record]] = [:]
    var returns: [String: [SimulationTruth.Record]] = [:]
    var neglects: [String: [SimulationTruth.Record]] = [:]
    var neglectDays: Int64 = 0
    var causes: [String: Int] = [:]
    for record in truth.records {
      guard let client = record.client else { continue }
      switch record.kind {
      case .churned:
        churns[client, default: []].append(record)
        causes[record.detail, default: 0] += 1
      case .returned: returns[client, default: []].append(record)
      case .neglected:
        neglects[client, default: []].append(record)
        neglectDays += record.from.days(to: record.to ?? date) + 1
      default: break
      }
    }
    let perYear = Double(causes["neglected", default: 0]) / Double(max(neglectDays, 1)) * 365
    print(
      "    whole run: \(neglectDays) neglected client-days, \(causes["neglected", default: 0])"
        + " churns while neglected (\(Int((perYear * 1000).rounded())) ‰ a year); churns by cause: "
        + causes.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))

    var byTruth: [String: Tally] = [:]
    var byNeglect: [String: Tally] = [:]
    for client in backtest.cases {
      let slug = client.client.rawValue
      var category = "no churn by t + horizon"
      if let churn = churns[slug]?.last(where: { ($0.to ?? date) <= horizonEnd }) {
        let decided = churn.to ?? date
        let back =
          returns[slug]?.contains { $0.from == decided && ($0.to ?? horizonEnd) <= horizonEnd }
          ?? false
        category =
          back
          ? "churned and came back"
          : decided <= date ? "left before t (\(churn.detail))" : "leaves after t (\(churn.detail))"
      }
      byTruth[category, default: Tally()].add(client.churned)
      let spells = neglects[slug] ?? []
      let now = spells.contains { $0.from <= date && ($0.to ?? date) >= date }
      let recent = spells.contains { $0.from <= date && ($0.to ?? date) >= date.adding(days: -180) }
      let neglect =
        now ? "neglected on t" : recent ? "neglected in the 180 days before t" : "not neglected"
      byNeglect[neglect + (client.loyal ? ", loyal" : ", not loyal"), default: Tally()].add(
        client.churned)
    }
    for (title, table) in [("cohort by truth", byTruth), ("cohort by neglect", byNeglect)] {
      print("    \(title) (churned / stayed):")
      for (key, tally) in table.sorted(by: { $0.key < $1.key }) {
        print("      \(key.padded(44)) \(tally.churned) / \(tally.stayed)")
      }
    }

    let report = try ChurnRiskReport(histories, on: date, policy: policy, classA: classA)
    var assessments: [ClientSlug: ChurnRiskAssessment] = [:]
    for assessment in report.assessments { assessments[assessment.client] = assessment }
    print("    AUC of each signal's score alone:")
    for signal in RiskSignal.allCases {
      let auc = backtest.auc(of: { assessments[$0.client]?.reading(signal)?.score ?? 0 })
      print(
        "      \(signal.rawValue.padded(20)) \(auc.map { String(Int(($0 * 1000).rounded())) } ?? "-")"
      )
    }
  }
}
