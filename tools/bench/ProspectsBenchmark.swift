import KamBook
import KamDomain
import KamEventLog
import KamTime

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `kam-bench prospects [MASTER]`: the CDNOW check of the prospect fit (issue #19). The
/// master file goes through kam's own import; every customer is scored on 1997-03-31 from
/// its first weeks alone, as `kam prospects --as-of 1997-03-31` does; the label is "buys
/// again after 1997-09-30". Prints the fit's ROC AUC beside the simple early signals'.
enum ProspectsBenchmark {
  static func run(master: String) throws {
    let rules = "tools/import/cdnow.rules"
    guard access(rules, R_OK) == 0, access(master, R_OK) == 0 else {
      throw BenchError("prospects needs \(rules) and \(master): run it from the repository's root")
    }
    let bookPath = scratch("prospects")
    defer { remove(bookPath) }
    let (book, _) = try Book.create(
      path: bookPath, currency: Currency(rawValue: "USD")!, context: AppendContext(actor: "bench"))
    let importer = Importer(
      book: book, rulesPath: rules, path: master, today: CalendarDate(iso: "2026-11-28")!)
    _ = try importer.run(context: AppendContext(actor: "bench"))
    let scored = CalendarDate(iso: "1997-03-31")!
    let after = CalendarDate(iso: "1997-09-30")!
    let holdout = ProspectHoldout(
      Array(try book.histories().values), on: scored, boughtAfter: after, policy: try book.policy())
    let profile = holdout.report.profile
    print(
      "prospects: CDNOW master through kam's import, \(holdout.boughtAgain.count) customers"
        + " scored on \(scored), label: buys again after \(after)")
    print(
      "  profile  \(profile.model), label \(profile.label?.rawValue ?? "none"),"
        + " cut \(profile.cut?.description ?? "none") (\(profile.horizonDays) days),"
        + " \(profile.trainedOn) training clients, \(profile.lasting) lasting,"
        + " in-sample AUC \(HoldoutBenchmark.format4(profile.auc ?? .nan))")
    print("  features \(profile.features.map(\.feature.rawValue).joined(separator: ", "))")
    for score in ProspectHoldout.Score.allCases {
      print("  AUC \(HoldoutBenchmark.format4(holdout.auc(score) ?? .nan))  \(score.rawValue)")
    }
  }
}
