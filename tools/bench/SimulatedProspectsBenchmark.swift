import KamDomain
import KamSimulation
import KamTime

/// `kam-bench prospects-sim [clients] [years] [seeds]`: the prospect fit on simulated books,
/// against the truth's latent fit, which the simulator drew before the behaviour the fit
/// reads (issue #19). Scored two years before the end, as `kam prospects --as-of` would be;
/// each score's ROC AUC for "latent fit above 0" and for "still buying at the end",
/// beside the stated win probability alone.
enum SimulatedProspectsBenchmark {
  static func run(clients: Int, years: Int, seeds: [UInt64]) {
    let end = CalendarDate(iso: "2026-11-28")!
    let date = end.adding(days: -730)
    let policy = Policy()
    print(
      "prospects on simulated books: \(clients) accounts × \(years) years, scored on \(date);"
        + " AUC for the truth's fit > 0, and for still buying on \(end)")
    print(
      "  seed  scored  profile        AUC fit: kam fit  win prob.   still buying: kam fit  win prob."
    )
    for seed in seeds {
      let (histories, truth) = SimulatedHistories.simulate(
        seed: seed, clients: clients, years: years, end: end)
      let fits = truth.fits
      // Buying at the end: a first sale, and no churn after the latest return.
      var churned: [String: CalendarDate] = [:]
      var returned: [String: CalendarDate] = [:]
      for record in truth.records {
        guard let client = record.client, let to = record.to else { continue }
        if record.kind == .churned { churned[client] = max(churned[client] ?? to, to) }
        if record.kind == .returned { returned[client] = max(returned[client] ?? to, to) }
      }
      let report = ProspectReport(Array(histories.values), on: date, policy: policy)
      var kam: [Double] = []
      var stated: [Double] = []
      var good: [Bool] = []
      var staying: [Bool] = []
      for row in report.fits {
        let name = row.client.rawValue
        guard let fit = row.fit, let latent = fits[name] else { continue }
        let bought = !(histories[name]?.effectiveSales.isEmpty ?? true)
        let gone = churned[name].map { churn in returned[name].map { $0 < churn } ?? true }
        kam.append(fit)
        stated.append(row.winProbability ?? 1)
        good.append(latent > 0)
        staying.append(bought && gone != true)
      }
      func auc(_ scores: [Double], _ labels: [Bool]) -> String {
        BacktestBenchmark.format3(ROCAUC.auc(scores: scores, positives: labels))
      }
      print(
        "  \(String(seed).padded(4))  \(String(kam.count).padded(6))  "
          + "\(report.profile.model.padded(13))  \(auc(kam, good).padded(16))  "
          + "\(auc(stated, good).padded(10))  \(auc(kam, staying).padded(21))  "
          + auc(stated, staying))
    }
  }
}
