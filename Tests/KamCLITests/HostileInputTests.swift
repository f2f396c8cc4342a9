import Foundation
import KamCLI
import KamSQLite
import KamTestSupport
import Testing

/// Issue #13: inputs a hostile or careless user gives, each refused with one
/// line or shown harmlessly, and never a crash.
@Suite("Hostile input from the command line")
struct HostileInputTests {
  @Test(
    "an amount above the documented maximum is refused with the limit named",
    arguments: ["253000000000000", "1000000000000", "-1000000000000", "999999999999999999999"])
  func amountAboveMaximum(amount: String) throws {
    let harness = Harness.withClient()
    let result = harness.run("log", "sale", "acme", "--amount", amount)
    #expect(result.status == 64)
    #expect(
      result.err
        == "kam: --amount \"\(amount)\": expected a decimal amount such as 12000 or 12000.50 (a point, no spaces, at most 999999999999.99)\n"
    )
    #expect(try harness.eventCount() == 2)
  }

  @Test("the largest amounts, summed and scaled to a year, crash no view")
  func largestAmountsCrashNoView() throws {
    let harness = Harness.withClient()
    for day in ["2026-11-01", "2026-11-02", "2026-11-03"] {
      let sale = harness.run(
        "log", "sale", "acme", "--amount", "999999999999.99", "--cost", "999999999999.99", "--on",
        day)
      #expect(sale.status == 0, "\(sale.err)")
    }
    harness.run("log", "sale", "acme", "--amount", "999999999999.99", "--on", "2026-11-27")
    harness.run("log", "meeting", "acme", "--kind", "call", "--minutes", "600000")
    for view in [
      ["clients"], ["key-accounts"], ["value"], ["show", "acme"], ["explain", "acme"], ["risk"],
      ["risk", "--all"], ["stage", "acme", "--history"], ["transitions"], ["attention"],
      ["clients", "-O", "json"], ["prospects"], ["prospects", "--model"], ["rebuild"],
    ] {
      let result = harness.run(view)
      #expect(result.status == 0, "\(view): \(result.err)")
    }
  }

  @Test("a forged amount beyond what kam ever wrote is one line and exit 65, not a crash")
  func forgedAmount() throws {
    let harness = Harness.withClient()
    harness.run("log", "sale", "acme", "--amount", "10")
    let db = try Database(path: harness.book)
    try db.execute(
      """
      INSERT INTO events (seq, event_id, stream, stream_version, type, type_version, occurred_at,
        recorded_at, actor, command_id, payload, hash)
      SELECT 4, 'forged', 'acme', 3, 'sale-recorded', 2, occurred_at, recorded_at, actor, 'c',
        '{"client":"acme","amount":9223372036854775807,"cost":-9223372036854775807}', hash
      FROM events WHERE seq = 3
      """)
    for view in [["clients"], ["show", "acme"], ["risk"]] {
      let result = harness.run(view)
      #expect(result.status == 65, "\(view)")
      #expect(
        result.err
          == "kam: projection client-directory stopped at event 4: event 4 (sale-recorded): member \"amount\" should be an amount of at most ±999999999999999.99\n"
      )
    }
  }

  @Test(
    "a day before 1970 is refused, whatever the flags",
    arguments: ["0001-01-01", "0000-03-01", "1899-12-31", "1969-12-31"])
  func dayBeforeTheFloor(day: String) throws {
    let harness = Harness.withClient()
    let result = harness.run(
      "log", "sale", "acme", "--amount", "1", "--on", day, "--allow-old-date")
    #expect(result.status == 64)
    #expect(
      result.err
        == "kam: --on \(day) is before 1970-01-01, the earliest day kam records\n"
        || result.err == "kam: --on \"\(day)\": expected a real date as YYYY-MM-DD\n")
    #expect(try harness.eventCount() == 2)
  }

  @Test("an import refuses a row dated before 1970 or above the amount limit, naming the line")
  func importFloorAndLimit() throws {
    let harness = Harness.withClient()
    let rules = try harness.write(
      "sales.rules",
      """
      event = sale
      delimiter = ,
      header = yes
      date-format = YYYY-MM-DD
      column.client = client
      column.date = date
      column.amount = amount

      """)
    for (row, message) in [
      ("acme,1899-12-31,10", "1899-12-31 is before 1970-01-01, the earliest day kam records"),
      ("acme,2026-01-02,1000000000000", "at most 999999999999.99"),
    ] {
      let csv = try harness.write("sales.csv", "client,date,amount\nacme,2026-01-01,5\n\(row)\n")
      let result = harness.run("import", csv, "--rules", rules)
      #expect(result.status == 65, "\(row): \(result.err)")
      #expect(result.err.hasPrefix("kam: \(csv):3:"), "\(result.err)")
      #expect(result.err.contains(message), "\(result.err)")
      #expect(result.err.split(separator: "\n").count == 1)
      #expect(try harness.eventCount() == 2)
    }
  }

  @Test("a day more than ten years back needs --allow-old-date")
  func oldDayNeedsConfirmation() throws {
    let harness = Harness.withClient()
    let refused = harness.run("log", "sale", "acme", "--amount", "1", "--on", "2016-11-27")
    #expect(refused.status == 64)
    #expect(
      refused.err
        == "kam: --on 2016-11-27 is more than 10 years before today (2026-11-28); pass --allow-old-date if that day is right\n"
    )
    #expect(try harness.eventCount() == 2)
    let nineYears = harness.run("log", "sale", "acme", "--amount", "1", "--on", "2017-01-01")
    #expect(nineYears.status == 0, "\(nineYears.err)")
    let confirmed = harness.run(
      "log", "sale", "acme", "--amount", "1", "--on", "1997-01-01", "--allow-old-date")
    #expect(confirmed.status == 0, "\(confirmed.err)")
  }

  @Test("control characters in stored text are shown escaped in tables and messages")
  func controlCharactersEscaped() throws {
    let harness = Harness()
    harness.run("init")
    let add = harness.run(
      "client", "add", "evil", "--name", "Clear\u{1B}[2J\nSecond line\u{9B}", "--owner", "a\tb")
    #expect(add.status == 0, "\(add.err)")
    let clients = harness.run("clients", "--wide")
    #expect(!clients.out.contains("\u{1B}"))
    #expect(!clients.out.contains("\u{9B}"))
    let rows = clients.out.split(separator: "\n").filter { $0.hasPrefix("evil ") }
    #expect(rows.count == 1)
    #expect(rows.first?.contains("Clear\\e[2J\\nSecond line\\u{9B}") == true, "\(clients.out)")
    let show = harness.run("show", "evil")
    #expect(
      show.out.hasPrefix("Clear\\e[2J\\nSecond line\\u{9B} (evil) in book.sqlite · owner a\\tb"))
    let json = harness.run("clients", "-O", "json")
    #expect(json.out.contains(#""name":"Clear\u001b[2J\nSecond line"#))
    let unknown = harness.run("show", "no\nsuch")
    #expect(unknown.status == 64)
    #expect(unknown.err.split(separator: "\n").count == 1)
    #expect(unknown.err.contains("no\\nsuch"))
  }

  @Test("CSV cells a spreadsheet would run as formulas are quoted, numbers are not")
  func csvFormulasDefused() throws {
    let harness = Harness()
    harness.run("init")
    harness.run("client", "add", "sheet", "--name", "=HYPERLINK(\"x\")", "--owner", "@me")
    let csv = harness.run("clients", "-O", "csv")
    let row = try #require(csv.out.split(separator: "\n").dropFirst().first)
    #expect(row.hasPrefix("sheet,\"'=HYPERLINK(\"\"x\"\")\","))
    #expect(row.hasSuffix(",'@me"))
    harness.run("log", "sale", "sheet", "--amount", "5", "--cost", "10")
    let value = harness.run("value", "-O", "csv")
    #expect(value.out.contains(",-5.00,"))
  }

  @Test("-h with letters after it is an unknown option, not help")
  func helpGroupRefused() throws {
    let harness = Harness.withClient()
    let result = harness.run("log", "resolution", "acme", "-h1")
    #expect(result.status == 64)
    #expect(
      result.err
        == "kam: unknown option \"-h1\": -h (help) takes nothing after it; for help write -h or --help alone\n"
    )
    #expect(harness.run("log", "resolution", "-h").status == 0)
  }

  @Test("a value that starts with - is explained, not reported as missing")
  func dashValueExplained() throws {
    let harness = Harness.withClient()
    let result = harness.run("log", "sale", "acme", "--amount", "5", "--note", "-x")
    #expect(result.status == 64)
    #expect(
      result.err == "kam: --note \"-x\": a value that starts with \"-\" must be written --note=-x\n"
    )
    let written = harness.run("log", "sale", "acme", "--amount", "5", "--note=-x")
    #expect(written.status == 0, "\(written.err)")
    // A value with an h in it is a value, not a help group.
    let shipped = harness.run("log", "sale", "acme", "--amount", "5", "--note", "-shipped")
    #expect(
      shipped.err
        == "kam: --note \"-shipped\": a value that starts with \"-\" must be written --note=-shipped\n"
    )
  }
}

@Suite("Fuzzing command-line values")
struct ArgumentFuzzTests {
  @Test("300 mutated command lines: documented statuses, one-line refusals, the book unchanged")
  func quick() throws {
    let folder = TemporaryDirectory()
    let report = try ArgumentFuzzer.run(seed: 1, cases: 300, folder: folder.path)
    #expect(report.failureCount == 0, "\(report.failures.joined(separator: "\n"))")
    #expect(report.accepted > 0)
    #expect(report.rejected > 0)
  }
}
