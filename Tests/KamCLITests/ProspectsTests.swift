import Foundation
import KamBook
import KamBookSQLite
import KamCLI
import KamDomain
import KamTime
import Testing

@Suite("kam prospects")
struct ProspectsTests {
  @Test(
    "on a book too small to learn from, kam prospects shows stated win probabilities and says so")
  func fallbackTable() throws {
    let harness = ReportTests.book()
    let table = harness.run("prospects", "--as-of", "2025-08-01")
    #expect(table.status == 0)
    #expect(
      table.out == """
        client  stage          win probability  fit   band  reasons
        pro     prospect       70 %             70 %  high
        acme    partnership
        beta    transactional

        """)
    #expect(
      table.err
        == "kam: no profile learned (too-few-outcomes: 2 lasting and 0 other training clients,"
        + " at least 60 of each needed); fit is the stated win probability\n")
    let json = harness.run("prospects", "--as-of", "2025-08-01", "-O", "json")
    #expect(
      json.out
        == #"[{"client":"pro","stage":"prospect","winProbability":0.7,"fit":0.7,"band":"high","reasons":[]},"#
        + #"{"client":"acme","stage":"partnership","winProbability":null,"fit":null,"band":null,"reasons":[]},"#
        + #"{"client":"beta","stage":"transactional","winProbability":null,"fit":null,"band":null,"reasons":[]}]"#
        + "\n")
    let csv = harness.run("prospects", "--as-of", "2025-08-01", "-O", "csv")
    #expect(
      csv.out.hasPrefix(
        "client,stage,win probability,fit,band,reasons\npro,prospect,70 %,70 %,high,\n"))
  }

  @Test("kam prospects --model names the fallback, with the contract's keys")
  func fallbackModel() throws {
    let harness = ReportTests.book()
    let result = harness.run("prospects", "--as-of", "2025-08-01", "--model", "-O", "json")
    #expect(result.status == 0)
    #expect(
      result.out
        == #"{"model":"stated-win-probability","features":[],"fitted":false,"trainedOn":2,"auc":null,"aucBasis":null,"statedAUC":null,"#
        + #""label":null,"lasting":null,"baseRate":null,"trainingClients":2,"cut":"2025-03-13","cuts":["2025-03-13"],"#
        + #""horizonDays":141,"earlyDays":180,"#
        + #""fallbackReason":"too-few-outcomes: 2 lasting and 0 other training clients, at least 60 of each needed","#
        + #""coefficients":null,"typical":{}}"# + "\n")
  }

  @Test("an --as-of before the book starts gives an empty, labelled result")
  func beforeTheBook() throws {
    let harness = ReportTests.book()
    let table = harness.run("prospects", "--as-of", "2020-01-01")
    #expect(table.status == 0)
    #expect(table.out == "(no open prospects or first-year clients on 2020-01-01)\n")
    #expect(table.err == "")
    #expect(harness.run("prospects", "--as-of", "2020-01-01", "-O", "json").out == "[]\n")
    let model =
      try parse(
        harness.run("prospects", "--as-of", "2020-01-01", "--model", "-O", "json").out)
      as! [String: Any]
    #expect(
      model["fallbackReason"] as? String
        == "history-too-short: a 0-day outcome period to learn from, at least 28 needed")
    let bad = harness.run("prospects", "--as-of", "2025-13-01")
    #expect(bad.status == 64)
    #expect(
      bad.err
        == #"kam: --as-of "2025-13-01": expected a real date as YYYY-MM-DD, today or yesterday"#
        + "\n")
  }

  /// A book of 300 clients registered in the first half of 2024, through `kam import`: the
  /// even ones met while courted, then buying monthly to November 2025 and met quarterly; the
  /// odd ones buy once. Ten more clients start in March 2025 and buy once.
  static func learnedBook() throws -> Harness {
    let harness = Harness()
    harness.run("init")
    var clients = ["client,day,name,segment,owner"]
    var sales = ["client,day,amount,cost"]
    var meetings = ["client,day,kind"]
    func day(_ year: Int, _ month: Int, _ day: Int) -> String {
      "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
    }
    for index in 0..<310 {
      let name = "c\(index)"
      let (year, month, date) = index < 300 ? (2024, 1 + index % 6, 1 + index / 12) : (2025, 3, 1)
      let good = index % 2 == 0 && index < 300
      clients.append("\(name),\(day(year, month, date)),\(name),s\(index % 3),o\(index % 4)")
      sales.append("\(name),\(day(year, month, date + 2)),\(400 + index % 7 * 50),200")
      guard good else { continue }
      meetings.append("\(name),\(day(year, month, date)),visit")
      for offset in 1...(22 - month) {
        let (y, m) = month + offset > 12 ? (2025, month + offset - 12) : (2024, month + offset)
        guard y == 2024 || m <= 11 else { break }
        sales.append("\(name),\(day(y, m, 15)),800,300")
        if m % 3 == 0 { meetings.append("\(name),\(day(y, m, 16)),call") }
      }
    }
    for (kind, rows, columns) in [
      ("client", clients, ["date = day", "name = name", "segment = segment", "owner = owner"]),
      ("sale", sales, ["date = day", "amount = amount", "cost = cost"]),
      ("meeting", meetings, ["date = day", "kind = kind"]),
    ] {
      let rules = try harness.write(
        "\(kind).rules",
        ([
          "event = \(kind)", "delimiter = ,", "header = yes", "date-format = YYYY-MM-DD",
          "column.client = client",
        ] + columns.map { "column." + $0 }).joined(separator: "\n"))
      let file = try harness.write("\(kind).csv", rows.joined(separator: "\n") + "\n")
      let result = harness.run("import", file, "--rules", rules)
      #expect(result.status == 0, "\(result.err)")
    }
    return harness
  }

  @Test("on a book with a past to learn from, every fit has the contract's keys and its reasons")
  func learnedFit() throws {
    let harness = try Self.learnedBook()
    harness.run(
      "client", "add", "newco", "--name", "NewCo", "--prospect", "--win-probability", "0.6", "--on",
      "2025-11-20")
    let model =
      try parse(
        harness.run("prospects", "--as-of", "2025-11-30", "--model", "-O", "json").out)
      as! [String: Any]
    #expect(model["fitted"] as? Bool == true, "\(model)")
    #expect(model["model"] as? String == "ridge-logistic")
    #expect(model["trainingClients"] as? Int == 300)
    #expect((model["trainedOn"] as? Int ?? 0) > 300, "rows on several cuts")
    #expect(model["label"] as? String == "lasting-key-client")
    let features = try #require(model["features"] as? [String])
    #expect(features.contains("purchase-days"))
    let coefficients = try #require(model["coefficients"] as? [String: Double])
    #expect(Set(coefficients.keys) == Set(["intercept"] + features))
    let result = harness.run("prospects", "--as-of", "2025-11-30", "-O", "json")
    #expect(result.err == "")
    let rows = try parse(result.out) as! [[String: Any]]
    #expect(rows.count == 11, "the ten clients of 2025 and the prospect")
    let fits = rows.map { $0["fit"] as! Double }
    #expect(fits == fits.sorted(by: >))
    for row in rows {
      #expect(Set(row.keys) == ["client", "stage", "winProbability", "fit", "band", "reasons"])
      #expect(["low", "medium", "high"].contains(row["band"] as! String))
      let reasons = row["reasons"] as! [[String: Any]]
      #expect(reasons.count == features.count)
      #expect(
        reasons.allSatisfy { Set($0.keys) == ["feature", "value", "typical", "contribution"] })
    }
    let newco = try #require(rows.first { $0["client"] as? String == "newco" })
    #expect(newco["stage"] as? String == "prospect")
    #expect(newco["winProbability"] as? Double == 0.6)
  }

  @Test(
    "CDNOW: scored on 1997-03-31 from the first weeks alone, the fit ranks buying after 1997-09-30 above every simple early signal",
    .enabled(
      if: FileManager.default.fileExists(atPath: cdnowPath),
      "CDNOW_master.txt not found at ../shared/data/cdnow; skipped"))
  func cdnowOrdering() throws {
    let harness = Harness()
    harness.run("init", "--currency", "USD")
    let rules = Harness.root.appendingPathComponent("tools/import/cdnow.rules").path
    #expect(harness.run("import", cdnowPath, "--rules", rules).status == 0)
    let result = harness.run("prospects", "--as-of", "1997-03-31", "-O", "json")
    #expect(result.status == 0, "\(result.err)")
    let rows = try parse(result.out) as! [[String: Any]]
    #expect(rows.count == 23_570, "every customer is new in the first quarter of 1997")
    let book = try Book(path: harness.book)
    let histories = try book.histories()
    let after = CalendarDate(iso: "1997-09-30")!
    let again = rows.map { row in
      let history = histories[ClientSlug(rawValue: row["client"] as! String)!]!
      return history.sales.contains { $0.date > after }
    }
    let cli = try #require(ROCAUC.auc(scores: rows.map { $0["fit"] as! Double }, positives: again))
    let holdout = ProspectHoldout(
      Array(histories.values), on: CalendarDate(iso: "1997-03-31")!, boughtAfter: after,
      policy: Policy())
    let auc = { (score: ProspectHoldout.Score) in holdout.auc(score) ?? .nan }
    report(
      "CDNOW prospects: AUC fit \(cli); first purchase \(auc(.firstOrder)), purchase days"
        + " \(auc(.purchaseDays)), amount \(auc(.amountSoFar)), days then amount"
        + " \(auc(.daysThenAmount)); label \(holdout.report.profile.label?.rawValue ?? "none")")
    #expect(abs(cli - auc(.fit)) < 1e-12, "the command and the holdout score alike")
    // The issue's figures for the simple signals, reproduced through kam's import.
    #expect(abs(auc(.firstOrder) - 0.555) < 0.0005)
    #expect(abs(auc(.purchaseDays) - 0.604) < 0.0005)
    #expect(abs(auc(.amountSoFar) - 0.615) < 0.0005)
    #expect(abs(auc(.daysThenAmount) - 0.632) < 0.0005)
    for score in ProspectHoldout.Score.allCases where score != .fit {
      #expect(cli > auc(score), "\(score.rawValue)")
    }
    // The issue aims at 0.65; on sale days and amounts alone kam reaches 0.642
    // (docs/profile.md: a logistic fitted on the outcome itself reaches 0.6425).
    withKnownIssue("the 0.65 aim is not met on CDNOW (docs/profile.md)") {
      #expect(cli >= 0.65)
    }
  }
}
