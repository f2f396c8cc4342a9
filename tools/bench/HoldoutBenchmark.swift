import KamBook
import KamDomain
import KamEventLog
import KamPurchaseModel
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
    let histories = try CDNOWBook.histories(master: master, check: "holdout").histories
    let calibrationEnd = CalendarDate(iso: "1997-09-30")!
    let holdoutEnd = CalendarDate(iso: "1998-06-30")!
    let holdout = try HoldoutEvaluation(
      histories, calibrationEnd: calibrationEnd, holdoutEnd: holdoutEnd)
    let report = holdout.report
    print(
      "holdout: CDNOW master through kam's import, \(holdout.boughtAgain.count) customers,"
        + " assessed on \(calibrationEnd), label: buys again by \(holdoutEnd)"
        + " (\(calibrationEnd.days(to: holdoutEnd)) days)")
    print("  purchase model   \(report.fit.model.rawValue), fitted \(report.fit.fitted)")
    let calibration = report.calibration
    print(
      "  calibration      fitted \(calibration.fitted), cut \(calibration.cut?.description ?? "none"),"
        + " windows \(calibration.windowDays) days, \(calibration.trainingRows) training rows")
    for score in HoldoutEvaluation.Score.allCases {
      print("  AUC \(format4(holdout.auc(score) ?? .nan))  \(score.rawValue)")
    }
    print(
      "  mean risk (predicted no purchase) \(format4(holdout.meanPredicted))"
        + " against observed \(format4(holdout.observed))")
    print("  reliability: deciles of the risk, predicted against observed no purchase")
    print("    decile  customers  predicted  observed")
    for (index, decile) in holdout.deciles.enumerated() {
      print(
        "    \(String(index + 1).padded(6))  \(String(decile.clients).padded(9))  "
          + "\(format4(decile.predicted).padded(9))  \(format4(decile.observed))")
    }
  }

  static func format4(_ value: Double) -> String { decimal(value, places: 4) }
}
