import Foundation
import KamCLI
import KamDomain
import KamTestSupport
import Testing

@Suite("kam risk, attention, explain, show, replay and policy")
struct InsightCommandsTests {
  @Test("kam risk --all lists clients with the contract's keys; --model names the model")
  func risk() throws {
    let harness = ReportTests.book()
    let rows = try parse(harness.run("risk", "--all", "-O", "json").out) as! [[String: Any]]
    #expect(
      Set(rows.map { $0["client"] as! String }) == ["acme", "beta"], "prospects have no risk")
    for row in rows {
      let risk = row["risk"] as! Double
      #expect(risk >= 0 && risk <= 1)
      #expect(["low", "medium", "high"].contains(row["band"] as! String))
      let reasons = row["reasons"] as! [[String: Any]]
      let contributions = reasons.map { $0["contribution"] as! Double }
      #expect(contributions == contributions.sorted(by: >))
      #expect(Set(reasons.flatMap { $0.keys }) == ["signal", "value", "unit", "contribution"])
      #expect(
        Set(row.keys) == [
          "client", "risk", "band", "pAlive", "expectedPurchases", "expectedProfit",
          "valueAtStake", "owner", "lastPurchase", "lastContact", "loyal", "reasons",
        ])
      #expect(Money(decimal: row["valueAtStake"] as! String) != nil)
      #expect(Money(decimal: row["expectedProfit"] as! String) != nil)
    }
    let stakes = rows.map { Money(decimal: $0["valueAtStake"] as! String)! }
    #expect(stakes == stakes.sorted(by: >), "sorted by value at stake by default")
    let byRisk =
      try parse(harness.run("risk", "--all", "--sort", "risk", "-O", "json").out)
      as! [[String: Any]]
    let risks = byRisk.map { $0["risk"] as! Double }
    #expect(risks == risks.sorted(by: >))
    let model = try parse(harness.run("risk", "--model", "-O", "json").out) as! [String: Any]
    #expect(
      Set(model.keys) == [
        "model", "r", "alpha", "a", "b", "logLikelihood", "clients", "fitted", "fallbackReason",
        "converged", "atBounds", "spendModel", "calibration",
      ])
    #expect(model["model"] as? String == "recency", "two clients are too few to fit BG/NBD")
    #expect(model["fitted"] as? Bool == false)
    #expect(model["converged"] as? Bool == false)
    #expect(model["fallbackReason"] as? String == "too few repeat buyers: 1, at least 10 needed")
    let spend = try #require(model["spendModel"] as? [String: Any])
    #expect(Set(spend.keys) == ["model", "p", "q", "v", "fitted"])
    #expect(spend["fitted"] as? Bool == false)
    let calibration = try #require(model["calibration"] as? [String: Any])
    #expect(
      Set(calibration.keys) == [
        "model", "fitted", "fallbackReason", "horizonDays", "referenceDays", "cut",
        "trainingRows", "coefficients",
      ])
    #expect(calibration["model"] as? String == "purchase-model")
    #expect(calibration["fitted"] as? Bool == false)
    #expect(calibration["coefficients"] is NSNull)
  }

  @Test("kam risk's table names reasons in words, leaving out those that add nothing")
  func riskReasonsInWords() throws {
    let harness = Harness.withClient()
    for month in 2...22 {
      let (year, number) = month <= 12 ? (2025, month) : (2026, month - 12)
      let day = "\(year)-\(number < 10 ? "0" : "")\(number)-15"
      #expect(harness.run("log", "sale", "acme", "--amount", "1000", "--on", day).status == 0)
    }
    harness.run("log", "sale", "acme", "--amount", "1000", "--on", "2026-11-28")
    harness.run(
      "log", "meeting", "acme", "--kind", "visit", "--minutes", "60", "--on", "2026-11-01")
    harness.run(
      "log", "negotiation", "acme", "--list", "1000", "--asked", "10", "--granted", "5",
      "--outcome", "won", "--on", "2026-11-20")
    let table = harness.run("risk", "--wide")
    #expect(table.status == 0, "\(table.err)")
    let row = try #require(table.out.split(separator: "\n").first { $0.hasPrefix("acme ") })
    #expect(row.contains("  1 discount granted or deal lost"), "\(row)")
    // P(alive) is 1 for a client that bought today: no reason worth a word.
    #expect(!row.contains("P(alive)"))
  }

  @Test("kam attention splits meetings between acquisition and loyal clients per period")
  func attention() throws {
    let harness = ReportTests.book()
    let result = harness.run("attention", "--period", "quarterly", "--owner", "(team)", "-O", "csv")
    #expect(result.status == 0, "\(result.err)")
    #expect(result.out.hasPrefix("owner,period,acquisitionMeetings,loyalMeetings,acquisitionShare"))
    #expect(result.out.contains("(team),2025Q1,1,0,1.0"))
    #expect(harness.run("attention", "--period", "weekly").status == 64)
  }

  @Test("kam attention --owner takes an owner's unique start and refuses one the book lacks")
  func attentionOwner() throws {
    let harness = ReportTests.book()
    harness.run("client", "reassign", "acme", "--owner", "Anna Nowak", "--on", "2025-01-01")
    let typed = harness.run("attention", "--owner", "anna", "-O", "csv")
    #expect(typed.status == 0, "\(typed.err)")
    #expect(typed.out == harness.run("attention", "--owner", "Anna Nowak", "-O", "csv").out)
    #expect(typed.out.contains("Anna Nowak,2025Q1,"))
    let unknown = harness.run("attention", "--owner", "zed")
    #expect(unknown.status == 64)
    #expect(unknown.out == "")
    #expect(
      unknown.err
        == "kam: no client in the book has an owner matching \"zed\"; owners: Anna Nowak\n")
  }

  @Test("kam stage without --history refuses --wide: it prints one line, not a table")
  func stageWide() {
    let harness = ReportTests.book()
    let result = harness.run("stage", "acme", "--wide")
    #expect(result.status == 64)
    #expect(
      result.err
        == "kam: --wide means nothing to `kam stage` without --history: it prints one line\n")
    #expect(harness.run("stage", "acme", "--history", "--wide").status == 0)
  }

  @Test("kam explain names the stage rule, the key-account rule and the risk's signals")
  func explain() throws {
    let harness = ReportTests.book()
    let explained =
      try parse(harness.run("explain", "acme", "--as-of", "2025-08-01", "-O", "json").out)
      as! [String: Any]
    let stage = explained["stage"] as! [String: Any]
    #expect(stage["stage"] as? String == "partnership")
    #expect((stage["explanation"] as! String).hasPrefix("partnership: 7 sales in 365 days"))
    let reasons = explained["keyAccountReasons"] as! [[String: Any]]
    #expect(reasons.map { $0["reason"] as! String } == ["top-profit"])
    let risk = explained["risk"] as! [String: Any]
    let signals = risk["signals"] as! [[String: Any]]
    #expect(signals.count == 6)
    // The derivation can be checked from the output: risk = 1 − Π(1 − weight × score).
    let quiet = signals.reduce(1.0) {
      $0 * (1 - ($1["weight"] as! Double) * ($1["score"] as! Double))
    }
    #expect(abs((risk["risk"] as! Double) - (1 - quiet)) < 0.01)
    #expect(harness.run("explain", "acmee").status == 64)
    let service = try #require(explained["service"] as? [String: Any])
    #expect(
      Set(service.keys) == [
        "begin", "end", "meetings", "minutes", "costToServe", "verdict", "reason",
      ])
    #expect(
      service["begin"] as? String == "2025-05-03" && service["end"] as? String == "2025-08-02")
    #expect(service["verdict"] as? String == "balanced")
    let fit = try #require(explained["fit"] as? [String: Any], "acme is in its first year")
    #expect(fit["model"] as? String == "stated-win-probability")
    #expect(fit["fit"] is NSNull, "registered as a client: no stated win probability")
  }

  @Test("kam explain shows a prospect's fit, here the fallback's stated win probability")
  func explainFit() throws {
    let harness = ReportTests.book()
    let explained =
      try parse(harness.run("explain", "pro", "--as-of", "2025-08-01", "-O", "json").out)
      as! [String: Any]
    let fit = try #require(explained["fit"] as? [String: Any])
    #expect(fit["model"] as? String == "stated-win-probability")
    #expect(fit["fit"] as? Double == 0.7 && fit["band"] as? String == "high")
    #expect((fit["reasons"] as? [Any])?.isEmpty == true)
    let text = harness.run("explain", "pro", "--as-of", "2025-08-01", "--wide").out
    #expect(text.contains("\n  fit: 0.7 (high), stated-win-probability\n"))
    #expect(
      text.contains(
        "\n  service 2025-05-03 to 2025-08-01: balanced — a prospect: 0 meetings, 0 minutes in the quarter; prospects and new clients usually get 0.5\n"
      ))
  }

  @Test("kam show lists the stages with time in each, and the client's events")
  func show() throws {
    let shown =
      try parse(ReportTests.book().run("show", "beta", "-O", "json").out) as! [String: Any]
    let stages = shown["stages"] as! [[String: Any]]
    #expect(stages.first?["stage"] as? String == "prospect")
    #expect(stages.allSatisfy { $0["days"] is Int })
    #expect((shown["events"] as! [Any]).count == 3)
  }

  @Test("kam replay --policy shows what a candidate policy would change, recording nothing")
  func replay() throws {
    let harness = ReportTests.book()
    let before = try harness.eventCount()
    let candidate = try harness.write("c.json", #"{"partnershipSales": 8}"#)
    let result = harness.run("replay", "--policy", candidate, "--as-of", "2025-08-01", "-O", "json")
    let rows = try parse(result.out) as! [[String: Any]]
    let acme = try #require(rows.first { $0["client"] as? String == "acme" })
    #expect(acme["stage"] as? String == "partnership")
    #expect(acme["candidateStage"] as? String == "cooperation")
    #expect(try harness.eventCount() == before)
  }

  static let badPolicies: [(String, String)] = [
    (#"{"windowDays": -5}"#, "policy member \"windowDays\": expected a whole number of at least 0"),
    (#"{"paretoA": 1.5}"#, "policy member \"paretoA\": expected a number from 0 to 1"),
    (
      #"{"colour": "red"}"#,
      "policy member \"colour\": expected a known policy member (see docs/policy.md)"
    ),
    (
      #"{"paretoA": 0.9, "paretoB": 0.8}"#,
      "policy member \"paretoB\": expected a share greater than paretoA"
    ),
    ("not json", "not a flat JSON object of policy members (see docs/policy.md)"),
    (
      #"{"riskHorizonDays": 0}"#,
      "policy member \"riskHorizonDays\": expected a whole number of at least 1"
    ),
    (
      #"{"riskHorizonDays": -1}"#,
      "policy member \"riskHorizonDays\": expected a whole number of at least 1"
    ),
  ]

  @Test("a bad policy file is refused with exit 65 and the member at fault", arguments: badPolicies)
  func badPolicy(document: String, message: String) throws {
    let harness = Harness.withClient()
    let path = try harness.write("p.json", document)
    let result = harness.run("policy", "set", path)
    #expect(result.status == 65)
    #expect(result.err == "kam: \(path): \(message)\n")
    #expect(try harness.eventCount() == 2)
  }

  @Test("kam policy set prints each member it changes, in every format, and refuses a no-op")
  func policyDiff() throws {
    let harness = Harness.withClient()
    let first = try harness.write("p.json", #"{"windowDays": 200, "hourlyRateMinor": 12000}"#)
    #expect(
      harness.run("policy", "set", first).out
        == "Policy version 2 is in force:\n  windowDays: 365 → 200\n  hourlyRateMinor: 20000 → 12000\n"
    )
    let again = harness.run("policy", "set", first)
    #expect(again.status == 64)
    #expect(again.out == "")
    #expect(
      again.err == "kam: the policy is the one in force already (version 2); nothing to change\n")
    #expect(try harness.eventCount() == 3)
    let second = try harness.write("q.json", #"{"windowDays": 300}"#)
    #expect(
      harness.run("policy", "set", second, "-O", "json").out
        == #"{"version":3,"changes":[{"member":"windowDays","from":200,"to":300},{"member":"hourlyRateMinor","from":12000,"to":20000}]}"#
        + "\n")
    #expect(
      harness.run("policy", "set", first, "-O", "csv").out
        == "version,member,from,to\n4,windowDays,300,200\n4,hourlyRateMinor,20000,12000\n")
  }

  @Test("kam policy show prints the version in force, then and now")
  func policyVersions() throws {
    let harness = Harness.withClient()
    #expect(
      harness.run("policy", "set", try harness.write("p.json", #"{"windowDays": 200}"#)).out
        == "Policy version 2 is in force:\n  windowDays: 365 → 200\n")
    let now = try parse(harness.run("policy", "show", "-O", "json").out) as! [String: Any]
    #expect(now["version"] as? Int == 2)
    #expect(now["windowDays"] as? Int == 200)
    let then =
      try parse(harness.run("policy", "show", "--known-at", "2000-01-01", "-O", "json").out)
      as! [String: Any]
    #expect(then["version"] as? Int == 1)
    #expect(harness.run("policy", "set", harness.folder.file("none.json")).status == 66)
  }
}
