import KamDomain
import KamSimulation
import KamTime

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `KAM_BENCH_DUMP=DIR`: one CSV per seed of the recorded-churn cases, with what the book
/// showed of each client on the day, for studying which observable behaviour foretells the
/// truth's churn (a throw-away study aid, not a score).
enum BacktestDump {
  static func write(
    _ backtest: RecordedChurnBacktest, histories: [String: ClientHistory], seed: UInt64,
    truth: SimulationTruth, folder: String
  ) {
    let date = backtest.date
    let fits = truth.fits
    var out =
      "client,churns,loyal," + RecordedChurnBacktest.scoreNames.joined(separator: ",")
      + ",saleDays,firstDays,recencyDays,spend,meetings365,contactGap,complaints,negotiations365,fit\n"
    for c in backtest.cases {
      guard let h = histories[c.client.rawValue] else { continue }
      let sales = h.effectiveSales.filter { $0.date <= date }
      let days = Set(sales.map(\.date)).sorted()
      guard let first = days.first, let last = days.last else { continue }
      let spend = sales.map(\.amount.minorUnits).reduce(0, +)
      let window = date.adding(days: -365)
      let meetings = h.meetings.filter { !h.isRetracted($0.seq) && $0.date <= date }
      let recentMeetings = meetings.filter { $0.date > window }.count
      let gap = meetings.map(\.date).max().map { $0.days(to: date) } ?? -1
      let complaints = h.complaints.filter { $0.filedOn <= date }.count
      let negotiations = h.negotiations.filter { $0.date > window && $0.date <= date }.count
      out +=
        "\(c.client.rawValue),\(c.churns ? 1 : 0),\(c.loyal ? 1 : 0),"
        + c.scores.map { String($0) }.joined(separator: ",")
        + ",\(days.count),\(first.days(to: date)),\(last.days(to: date)),\(spend),"
        + "\(recentMeetings),\(gap),\(complaints),\(negotiations),\(fits[c.client.rawValue] ?? 0)\n"
    }
    let path = folder + "/seed\(seed).csv"
    guard let file = fopen(path, "w") else { return }
    fputs(out, file)
    fclose(file)
  }
}

/// How often the attention shift flags loyal clients of owners with no acquisition push in
/// the two trailing windows it compares: its false alarms away from pushes, which the
/// recall and precision on a push's last day do not see.
enum QuietFlags {
  static func share(
    _ histories: [ClientHistory], truth: SimulationTruth, through end: CalendarDate,
    policy: Policy
  ) throws -> (flagged: Int, loyal: Int) {
    let window = Int64(2 * policy.attentionWindowDays)
    let owners = Dictionary(
      histories.map { ($0.client, $0.owner ?? AttentionReport.unassigned) },
      uniquingKeysWith: { first, _ in first })
    let pushes = truth.records(.focus)
    var flagged = 0
    var loyal = 0
    var day = end.adding(days: -3 * 365)
    while day <= end {
      let start = day.adding(days: -window)
      let quiet = Set(owners.values).filter { owner in
        !pushes.contains { $0.owner == owner && $0.from <= day && ($0.to ?? end) > start }
      }
      if !quiet.isEmpty {
        let report = try ChurnRiskReport(histories, on: day, policy: policy)
        for assessment in report.assessments
        where assessment.loyal && quiet.contains(owners[assessment.client] ?? "") {
          loyal += 1
          if (assessment.reading(.attentionShift)?.score ?? 0) > 0 { flagged += 1 }
        }
      }
      day = day.adding(days: 61)
    }
    return (flagged, loyal)
  }
}
