import KamBook
import KamDomain
import KamEventLog
import KamTime

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `kam-bench holdout [MASTER]`: the CDNOW holdout (issue #15). The master file goes
/// through kam's own import; churn risk is assessed on 1997-09-30 with a 39-week horizon;
/// the label is "buys again from 1997-10-01 to 1998-06-30". Prints each score's ROC AUC for
/// that label (ties count half) and the mean predicted chance of no purchase against the
/// observed share, so kam's risk is read beside the baselines a sceptic would try first.
enum HoldoutBenchmark {
  static func run(master: String) throws {
    // Run from the repository's root, as tools/ scripts do.
    let rules = "tools/import/cdnow.rules"
    guard access(rules, R_OK) == 0, access(master, R_OK) == 0 else {
      throw BenchError("holdout needs \(rules) and \(master): run it from the repository's root")
    }
    let bookPath = scratch("holdout")
    defer { remove(bookPath) }
    let (book, _) = try Book.create(
      path: bookPath, currency: Currency(rawValue: "USD")!, context: AppendContext(actor: "bench"))
    let importer = Importer(
      book: book, rulesPath: rules, path: master, today: CalendarDate(iso: "2026-11-28")!)
    _ = try importer.run(context: AppendContext(actor: "bench"))
    let histories = Array(try book.histories().values)
    let calibrationEnd = CalendarDate(iso: "1997-09-30")!
    let holdoutEnd = CalendarDate(iso: "1998-06-30")!
    var policy = Policy()
    policy.riskHorizonDays = Int(calibrationEnd.days(to: holdoutEnd))
    let report = try ChurnRiskReport(histories, on: calibrationEnd, policy: policy)
    let buysAgain = Dictionary(
      histories.map { history in
        (
          history.client,
          history.sales.contains {
            !history.isRetracted($0.seq) && $0.date > calibrationEnd && $0.date <= holdoutEnd
          }
        )
      }, uniquingKeysWith: { first, _ in first })
    let weeks = Double(policy.riskHorizonDays) / 7
    var labels: [Bool] = []
    var scores: [String: [Double]] = [:]
    var predictedNone = 0.0
    var risks: [Double] = []
    for assessment in report.assessments {
      guard let summary = report.purchaseModel.summaries[assessment.client],
        let pAlive = assessment.pAlive
      else { continue }
      labels.append(buysAgain[assessment.client] ?? false)
      predictedNone += assessment.risk
      risks.append(assessment.risk)
      scores["1 − risk (kam)", default: []].append(1 - assessment.risk)
      scores["1 − churn probability (kam)", default: []].append(
        1 - assessment.churnProbability(policy: policy))
      scores["E[X(39 weeks)] (\(report.fit.model.rawValue))", default: []].append(
        report.fit.expectedPurchases(in: weeks, given: summary))
      scores["P(alive)", default: []].append(pAlive)
      scores["recency (−days since the last purchase)", default: []].append(
        -(summary.age - summary.recency))
      scores["frequency (repeat purchase days)", default: []].append(Double(summary.frequency))
    }
    let observedNone = Double(labels.count(where: { !$0 })) / Double(max(labels.count, 1))
    print(
      "holdout: CDNOW master through kam's import, \(labels.count) customers, assessed on"
        + " \(calibrationEnd), label: buys again by \(holdoutEnd) (\(policy.riskHorizonDays) days)")
    print("  purchase model   \(report.fit.model.rawValue), fitted \(report.fit.fitted)")
    for (name, values) in scores.sorted(by: { $0.key < $1.key }) {
      let auc = ROCAUC.auc(scores: values, positives: labels) ?? .nan
      print("  AUC \(format4(auc))  \(name)")
    }
    print(
      "  mean risk (predicted no purchase) \(format4(predictedNone / Double(max(labels.count, 1))))"
        + " against observed \(format4(observedNone))")
    print("  reliability: deciles of the risk, predicted against observed no purchase")
    print("    decile  customers  predicted  observed")
    let order = risks.indices.sorted { (risks[$0], $0) < (risks[$1], $1) }
    for decile in 0..<10 {
      let slice = order[(order.count * decile / 10)..<(order.count * (decile + 1) / 10)]
      guard !slice.isEmpty else { continue }
      let predicted = slice.map { risks[$0] }.reduce(0, +) / Double(slice.count)
      let observed = Double(slice.count(where: { !labels[$0] })) / Double(slice.count)
      print(
        "    \(String(decile + 1).padded(6))  \(String(slice.count).padded(9))  "
          + "\(format4(predicted).padded(9))  \(format4(observed))")
    }
  }

  static func format4(_ value: Double) -> String { decimal(value, places: 4) }
}
