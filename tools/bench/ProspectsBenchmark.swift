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
    let (histories, policy) = try CDNOWBook.histories(master: master, check: "prospects")
    let scored = CalendarDate(iso: "1997-03-31")!
    let after = CalendarDate(iso: "1997-09-30")!
    let holdout = ProspectHoldout(histories, on: scored, boughtAfter: after, policy: policy)
    let profile = holdout.report.profile
    print(
      "prospects: CDNOW master through kam's import, \(holdout.boughtAgain.count) customers"
        + " scored on \(scored), label: buys again after \(after)")
    print(
      "  profile  \(profile.model), label \(profile.label?.rawValue ?? "none"),"
        + " cut \(profile.cut?.description ?? "none") (\(profile.horizonDays) days),"
        + " \(profile.trainedOn) training rows of \(profile.trainingClients) clients, \(profile.lasting) lasting,"
        + " AUC \(HoldoutBenchmark.format4(profile.auc ?? .nan))"
        + " (\(profile.aucHeldOut ? "latest cut, fitted on the earlier" : "in sample"))")
    print("  features \(profile.features.map(\.feature.rawValue).joined(separator: ", "))")
    for score in ProspectHoldout.Score.allCases {
      print("  AUC \(HoldoutBenchmark.format4(holdout.auc(score) ?? .nan))  \(score.rawValue)")
    }
  }
}
