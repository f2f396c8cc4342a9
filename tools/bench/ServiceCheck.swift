import KamDomain
import KamSimulation
import KamTime

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `kam-bench service-check`: `kam service`'s verdicts against the simulator's truth.
///
/// - **Demanding**: on the last day of each of the book's last four quarters, the clients
///   listed (outside acquisition) that the truth marks `demanding` since before the quarter
///   should mostly be over-served: recall (demanding and over-served / demanding) and
///   precision (demanding / over-served), beside the share of demanding clients among those
///   listed (the precision of calling everyone over-served).
/// - **Neglect**: for every owner's acquisition push that ended within the book, over its last
///   91 days (or the whole push when shorter), the owner's key accounts that the truth marks
///   `neglected` on the push's last day should mostly be under-served: recall and precision
///   among the owner's key accounts, beside the share neglected.
///
/// The truth's traits are drawn by the simulator before and apart from anything kam reads
/// (docs/simulation.md): kam sees only their traces, meetings and margins.
enum ServiceCheck {
  /// Counts of one check.
  struct Counts {
    var cases = 0
    var positives = 0
    var flagged = 0
    var hits = 0

    var recall: Double? { positives > 0 ? Double(hits) / Double(positives) : nil }
    var precision: Double? { flagged > 0 ? Double(hits) / Double(flagged) : nil }
    var base: Double? { cases > 0 ? Double(positives) / Double(cases) : nil }

    mutating func count(positive: Bool, flagged isFlagged: Bool) {
      cases += 1
      if positive { positives += 1 }
      if isFlagged { flagged += 1 }
      if positive && isFlagged { hits += 1 }
    }

    static func + (a: Counts, b: Counts) -> Counts {
      Counts(
        cases: a.cases + b.cases, positives: a.positives + b.positives,
        flagged: a.flagged + b.flagged, hits: a.hits + b.hits)
    }
  }

  static func run(clients: Int, years: Int, seeds: [UInt64]) {
    let seeds =
      getenv("KAM_BENCH_SEEDS").map { text in
        String(cString: text).split(separator: ",").compactMap { UInt64($0) }
      } ?? seeds
    let end = CalendarDate(iso: "2026-11-28")!
    let policy = policyFromEnvironment()
    print(
      "service-check: \(clients) accounts × \(years) years, seeds \(seeds.map(String.init).joined(separator: ", ")), ending \(end)"
    )
    print(
      "  seed  check      cases  truth  flagged  hits  recall  precision  base rate  (flagged by rule, + in truth)"
    )
    var demandingTotal = Counts()
    var neglectTotal = Counts()
    for seed in seeds {
      let (byStream, truth) = SimulatedHistories.simulate(
        seed: seed, clients: clients, years: years, end: end)
      let histories = byStream.values.sorted { $0.client < $1.client }
      var demanding = Counts()
      var rules: [String: Int] = [:]
      for quarter in 0..<4 {
        let stop = end.adding(days: 1 - Int64(91 * quarter))
        let period = stop.adding(days: -91)..<stop
        let marked = Set(
          truth.records(.demanding).filter { $0.from < period.lowerBound }.compactMap(\.client))
        let report = ServiceReport(histories, in: period, policy: policy)
        for row in report.rows where row.tier != .acquisition {
          let over = row.verdict == .overServed
          demanding.count(positive: marked.contains(row.client.rawValue), flagged: over)
          if !over, marked.contains(row.client.rawValue) {
            rules["missed \(row.tier.rawValue)", default: 0] += 1
          }
          if over {
            let rule = row.reason.hasPrefix("unprofitable") ? "unprofitable" : "like-key"
            rules[rule + (marked.contains(row.client.rawValue) ? "+" : "-"), default: 0] += 1
          }
        }
      }
      var neglect = Counts()
      var underRules: [String: Int] = [:]
      var pushes = 0
      for focus in truth.records(.focus) {
        guard let last = focus.to, last <= end else { continue }
        pushes += 1
        let stop = last.adding(days: 1)
        let period = max(focus.from, stop.adding(days: -91))..<stop
        let neglected = Set(
          truth.records(.neglected).filter {
            $0.owner == focus.owner && $0.from <= last && ($0.to.map { $0 >= last } ?? true)
          }.compactMap(\.client))
        let report = ServiceReport(histories, in: period, policy: policy)
        for row in report.rows where row.owner == focus.owner && row.tier == .key {
          neglect.count(
            positive: neglected.contains(row.client.rawValue),
            flagged: row.verdict == .underServed)
          if row.verdict == .underServed {
            let rule = row.reason.hasPrefix("below") ? "below-tier" : "rhythm"
            let truth = neglected.contains(row.client.rawValue) ? "+" : "-"
            underRules[rule + truth, default: 0] += 1
          }
        }
      }
      demandingTotal = demandingTotal + demanding
      neglectTotal = neglectTotal + neglect
      let split = rules.keys.sorted().map { "\($0) \(rules[$0]!)" }.joined(separator: ", ")
      print(line(seed: String(seed), "demanding", demanding, note: split))
      let under = underRules.keys.sorted().map { "\($0) \(underRules[$0]!)" }
        .joined(separator: ", ")
      print(line(seed: String(seed), "neglect", neglect, note: "\(pushes) pushes; " + under))
    }
    print(line(seed: "all", "demanding", demandingTotal, note: ""))
    print(line(seed: "all", "neglect", neglectTotal, note: ""))
  }

  /// The default policy, or `serviceOverFactor,serviceUnderShare,serviceGapFactor[,serviceKeyLikeShare]` from
  /// $KAM_BENCH_SERVICE, for trying other thresholds on the same books.
  static func policyFromEnvironment() -> Policy {
    var policy = Policy()
    guard let text = getenv("KAM_BENCH_SERVICE").map({ String(cString: $0) }) else {
      return policy
    }
    let values = text.split(separator: ",").compactMap { Double($0) }
    guard values.count >= 3 else { return policy }
    if values.count > 3 { policy.serviceKeyLikeShare = values[3] }
    policy.serviceOverFactor = values[0]
    policy.serviceUnderShare = values[1]
    policy.serviceGapFactor = values[2]
    print("thresholds from KAM_BENCH_SERVICE: \(text)")
    return policy
  }

  static func line(seed: String, _ check: String, _ counts: Counts, note: String) -> String {
    "  \(seed.padded(4))  \(check.padded(9))  \(String(counts.cases).padded(5))  "
      + "\(String(counts.positives).padded(5))  \(String(counts.flagged).padded(7))  "
      + "\(String(counts.hits).padded(4))  \(decimal(counts.recall, places: 3).padded(6))  "
      + "\(decimal(counts.precision, places: 3).padded(9))  \(decimal(counts.base, places: 3).padded(9))  \(note)"
  }
}
