import KamDomain
import KamPurchaseModel
import KamSimulation
import KamTime

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The churn-risk backtest on simulated books: ROC AUC of kam's risk for
/// "stops buying in the next 180 days", against P(alive) alone and recency alone.
enum BacktestBenchmark {
  static func run(clients: Int, years: Int, seeds: [UInt64]) throws {
    let end = CalendarDate(iso: "2026-11-28")!
    let policy = tunedPolicy()
    let date = end.adding(days: -Int64(policy.riskHorizonDays))
    print(
      "backtest: \(clients) accounts × \(years) years, evaluated on \(date),"
        + " \(policy.riskHorizonDays)-day horizon")
    print(
      "  seed  model     cases  churned  AUC risk  AUC 1−P(alive)  AUC recency  AUC risk (loyal)")
    var recorded: [RecordedChurnBacktest] = []
    var neglect: [NeglectDetection] = []
    var quietBooks: [(histories: [ClientHistory], truth: SimulationTruth)] = []
    for seed in seeds {
      let (histories, truth) = SimulatedHistories.simulate(
        seed: seed, clients: clients, years: years, end: end)
      // Facts entered late but dated before the evaluation day count as known:
      // at most 45 days of leakage, said in docs/risk.md.
      let portfolio = Portfolio(Array(histories.values), on: date, policy: policy)
      let classA = Set(portfolio.entries.filter { $0.paretoClass == .a }.map(\.client))
      let backtest = try RiskBacktest(
        histories.values.map { $0 }, on: date, policy: policy, classA: classA)
      func format(_ value: Double?) -> String { decimal(value, places: 3, missing: "  -  ") }
      if getenv("KAM_BENCH_DIAGNOSE") != nil {
        try BacktestDiagnosis.run(
          histories: Array(histories.values), truth: truth, on: date, policy: policy,
          classA: classA, backtest: backtest)
      }
      print(
        "  \(seed)     \(backtest.fit.model.rawValue.padded(8))  \(String(backtest.cases.count).padded(5))  "
          + "\(String(backtest.churned).padded(7))  \(format(backtest.aucRisk))     "
          + "\(format(backtest.aucPAlive))           \(format(backtest.aucRecency))        "
          + format(backtest.auc(of: \.risk, where: \.loyal)))
      recorded.append(
        try RecordedChurnBacktest(
          Array(histories.values), truth: truth, on: date, policy: policy,
          classA: classA))
      if let folder = getenv("KAM_BENCH_DUMP").map({ String(cString: $0) }) {
        BacktestDump.write(
          recorded[recorded.count - 1], histories: histories, seed: seed,
          truth: truth, folder: folder)
      }
      if getenv("KAM_BENCH_QUIET") != nil {
        quietBooks.append((Array(histories.values), truth))
      }
      neglect.append(
        try NeglectDetection(
          Array(histories.values), truth: truth, through: end, policy: policy))
    }
    print("")
    print(
      "recorded churn (the truth's decisions to stop within \(policy.riskHorizonDays) days),"
        + " clients alive on \(date); AUC of each score:")
    print(
      "  seed  alive  churns  "
        + RecordedChurnBacktest.scoreNames.map { $0.padded(10) }.joined(separator: " ")
        + "  risk (loyal)")
    for (seed, backtest) in zip(seeds, recorded) {
      let aucs = backtest.aucs().map { format3($0).padded(10) }.joined(separator: " ")
      print(
        "  \(String(seed).padded(4))  \(String(backtest.cases.count).padded(5))  "
          + "\(String(backtest.churned).padded(6))  \(aucs)  "
          + format3(backtest.aucs(where: \.loyal)[0]))
    }
    print("")
    print("neglect during acquisition pushes (attention-shift against the truth's neglected):")
    print("  seed  pushes  loyal  neglected  flagged  hits  recall  precision")
    for (seed, detection) in zip(seeds, neglect) {
      let total = { (path: KeyPath<NeglectDetection.Push, Int>) in
        detection.pushes.map { $0[keyPath: path] }.reduce(0, +)
      }
      print(
        "  \(String(seed).padded(4))  \(String(detection.pushes.count).padded(6))  "
          + "\(String(total(\.loyal)).padded(5))  \(String(total(\.neglected)).padded(9))  "
          + "\(String(total(\.flagged)).padded(7))  \(String(total(\.hits)).padded(4))  "
          + "\(format3(detection.recall).padded(6))  \(format3(detection.precision))")
    }
    if getenv("KAM_BENCH_QUIET") != nil {
      print("  away from pushes: loyal clients flagged, of owners with no push in both windows")
      for (seed, books) in zip(seeds, quietBooks) {
        let (flagged, loyal) = try QuietFlags.share(
          books.histories, truth: books.truth, through: end, policy: policy)
        print(
          "  \(String(seed).padded(4))  \(flagged) of \(loyal): "
            + format3(Double(flagged) / Double(max(loyal, 1))))
      }
    }
    print("  per push: owner's rise against the window before")
    for (seed, detection) in zip(seeds, neglect) {
      let pushes = detection.pushes.map { format3($0.ownerRise) }
      print("  \(String(seed).padded(4))  " + pushes.joined(separator: ", "))
    }
    print("  gap beyond k × usual: share of neglected, share of others (all pushes)")
    for (seed, detection) in zip(seeds, neglect) {
      let neglected = Double(max(detection.pushes.map(\.neglected).reduce(0, +), 1))
      let others = Double(
        max(detection.pushes.map { $0.loyal - $0.neglected }.reduce(0, +), 1))
      let columns = (0..<3).map { index in
        let factor = detection.pushes.first?.beyondRhythm[index].factor ?? 0
        let hit = detection.pushes.map { $0.beyondRhythm[index].neglected }.reduce(0, +)
        let fire = detection.pushes.map { $0.beyondRhythm[index].others }.reduce(0, +)
        return "k \(factor): \(format3(Double(hit) / neglected)) \(format3(Double(fire) / others))"
      }
      print("  \(String(seed).padded(4))  " + columns.joined(separator: "   "))
    }
  }

  /// Three decimals, or a dash.
  static func format3(_ value: Double?) -> String { decimal(value, places: 3) }
}

/// The default policy, or weights from $KAM_BENCH_WEIGHTS ("pAlive,contact,purchase,
/// complaints,discounts,attention"), for trying other weights against the same books.
func tunedPolicy() -> Policy {
  var policy = Policy()
  // $KAM_BENCH_ATTENTION="rise,gapFactor": other attention-shift settings on the same books.
  if let text = getenv("KAM_BENCH_ATTENTION").map({ String(cString: $0) }) {
    let values = text.split(separator: ",").compactMap { Double($0) }
    if values.count == 2 {
      policy.attentionShiftRise = values[0]
      policy.attentionGapFactor = values[1]
    }
  }
  guard let text = getenv("KAM_BENCH_WEIGHTS").map({ String(cString: $0) }) else { return policy }
  let weights = text.split(separator: ",").compactMap { Double($0) }
  guard weights.count == 6 else { return policy }
  policy.weightPAlive = weights[0]
  policy.weightContactGap = weights[1]
  policy.weightPurchaseGap = weights[2]
  policy.weightComplaints = weights[3]
  policy.weightDiscounts = weights[4]
  policy.weightAttentionShift = weights[5]
  return policy
}

extension String {
  func padded(_ width: Int) -> String {
    self + String(repeating: " ", count: max(0, width - count))
  }
}
