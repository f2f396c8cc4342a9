import Foundation
import KamCLI
import Testing

/// Parses a JSON document printed by kam.
func parse(_ text: String) throws -> Any {
  try JSONSerialization.jsonObject(with: Data(text.utf8))
}

@Suite("Reports: clients, key accounts, value, stages and transitions")
struct ReportTests {
  /// Given ACME with seven monthly sales and two meetings in 2025, a loss-making
  /// beta, and a likely-win prospect.
  static func book() -> Harness {
    let harness = Harness.withClient()
    for month in 1...7 {
      harness.run(
        "log", "sale", "acme", "--amount", "1000", "--cost", "500", "--on", "2025-0\(month)-10")
    }
    harness.run("log", "meeting", "acme", "--kind", "visit", "--cost", "100", "--on", "2025-02-01")
    harness.run("log", "meeting", "acme", "--kind", "call", "--cost", "200", "--on", "2025-05-01")
    harness.run("client", "add", "beta", "--name", "Beta", "--on", "2025-01-01")
    harness.run("log", "sale", "beta", "--amount", "500", "--cost", "100", "--on", "2025-06-01")
    harness.run("log", "meeting", "beta", "--kind", "visit", "--cost", "2000", "--on", "2025-06-02")
    harness.run(
      "client", "add", "pro", "--name", "Pro", "--prospect", "--win-probability", "0.7", "--on",
      "2025-06-01")
    return harness
  }

  @Test("kam clients has the contract's keys and figures as of a date")
  func clients() throws {
    let result = Self.book().run("clients", "--as-of", "2025-08-01", "-O", "json")
    #expect(result.status == 0, "\(result.err)")
    let rows = try parse(result.out) as! [[String: Any]]
    #expect(rows.map { $0["client"] as! String } == ["acme", "pro", "beta"])
    let acme = rows[0]
    #expect(acme["stage"] as? String == "partnership")
    #expect(acme["revenue"] as? String == "7000.00")
    #expect(acme["cogs"] as? String == "3500.00")
    #expect(acme["costToServe"] as? String == "300.00")
    #expect(acme["profit"] as? String == "3200.00")
    #expect(acme["paretoClass"] as? String == "A")
    #expect(acme["keyAccountReasons"] as? [String] == ["top-profit"])
    let risk = try #require(acme["churnRisk"] as? Double)
    #expect(risk >= 0 && risk <= 1)
    #expect(rows[1]["churnRisk"] is NSNull, "a prospect's risk is not assessed")
    #expect(rows[1]["stage"] as? String == "prospect")
    #expect(rows[1]["keyAccountReasons"] as? [String] == ["likely-win"])
    #expect(rows[2]["profit"] as? String == "-1600.00")
    #expect(rows[2]["unprofitable"] as? Bool == true)
  }

  @Test("kam key-accounts lists only the clients with a reason")
  func keyAccounts() throws {
    let result = Self.book().run("key-accounts", "--as-of", "2025-08-01", "-O", "json")
    let rows = try parse(result.out) as! [[String: Any]]
    #expect(rows.map { $0["client"] as! String } == ["acme", "pro"])
  }

  @Test("kam value gives the whale curve's data, highest profit first")
  func value() throws {
    let result = Self.book().run("value", "--as-of", "2025-08-01", "-O", "csv")
    #expect(
      result.out == """
        client,revenue,cogs,costToServe,profit,cumulativeProfitShare
        acme,7000.00,3500.00,300.00,3200.00,2.0
        pro,0.00,0.00,0.00,0.00,2.0
        beta,500.00,100.00,2000.00,-1600.00,1.0

        """)
  }

  @Test("kam stage --history dates every transition, time-driven ones included")
  func stageHistory() throws {
    let result = Self.book().run("stage", "acme", "--history", "-O", "json")
    let rows = try parse(result.out) as! [[String: Any]]
    #expect(
      rows.map { $0["to"] as! String } == [
        "transactional", "cooperation", "partnership", "cooperation", "transactional", "lapsed",
      ])
    // Kept on five sales and one meeting; the fourth sale's leaving on 2026-03-10
    // starts 60 days of grace (partnership through 2026-05-08), the last meeting's
    // leaving on 2026-05-01 another (cooperation through 2026-06-29); the lapse waits for nothing.
    #expect(
      rows.map { $0["on"] as! String } == [
        "2025-01-10", "2025-02-10", "2025-07-09", "2026-05-09", "2026-06-30", "2026-07-10",
      ])
    #expect(rows[3]["rule"] as? String == "sale-left-window")
    #expect(rows[4]["rule"] as? String == "meeting-left-window")
    #expect(rows[0]["from"] is NSNull)
    #expect(rows[2]["rule"] as? String == "tenure-reached")
    #expect(rows[5]["rule"] as? String == "sale-left-window")
  }

  @Test("kam stage --history shows the golden-shot flag set and cleared by the second sale")
  func goldenShotHistory() throws {
    let harness = Harness.withClient()
    harness.run("log", "sale", "acme", "--amount", "1000", "--cost", "500", "--on", "2025-01-10")
    harness.run("log", "sale", "acme", "--amount", "1000", "--cost", "500", "--on", "2025-02-10")
    let result = harness.run("stage", "acme", "--history", "--as-of", "2025-03-01", "-O", "csv")
    #expect(
      result.out == """
        from,to,on,rule,causeSeq,exited,days
        ,transactional,2025-01-10,golden-shot,3,,50
        transactional,transactional,2025-02-10,golden-shot-cleared,4,,

        """)
  }

  @Test("kam transitions filters by stage and period; --summary counts them")
  func transitions() throws {
    let harness = Self.book()
    let result = harness.run(
      "transitions", "--from", "cooperation", "--to", "partnership", "--begin", "2025-07-01",
      "--end", "2025-10-01",
      "-O", "json")
    #expect(
      result.out
        == #"[{"client":"acme","from":"cooperation","to":"partnership","on":"2025-07-09","cause":{"rule":"tenure-reached","policyVersion":1}}]"#
        + "\n")
    let summary = harness.run(
      "transitions", "--summary", "--interval", "yearly", "--client", "beta", "-O", "csv")
    #expect(
      summary.out.hasPrefix(
        "period,from,to,count,netFlow,medianDaysInFrom\n2025,,prospect,1,1,\n"))
    // acme's 2026: partnership → cooperation → transactional → lapsed, three moves down,
    // after 304, 52 and 10 days in the stages it left.
    let acme = harness.run(
      "transitions", "--summary", "--interval", "yearly", "--client", "acme", "--begin",
      "2026-01-01", "-O", "json")
    #expect(
      acme.out
        == #"[{"period":"2026","from":"partnership","to":"cooperation","count":1,"netFlow":-3,"medianDaysInFrom":304},"#
        + #"{"period":"2026","from":"cooperation","to":"transactional","count":1,"netFlow":-3,"medianDaysInFrom":52},"#
        + #"{"period":"2026","from":"transactional","to":"lapsed","count":1,"netFlow":-3,"medianDaysInFrom":10}]"#
        + "\n")
  }

  @Test("an unknown stage name is refused")
  func badStage() {
    let result = Self.book().run("transitions", "--to", "friendship")
    #expect(result.status == 64)
    #expect(
      result.err
        == "kam: --to \"friendship\": expected one of prospect, transactional, cooperation, partnership, synergy, lapsed\n"
    )
  }
}
