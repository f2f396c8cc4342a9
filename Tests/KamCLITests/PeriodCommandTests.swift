import Testing

@Suite("-p/--period, --begin/--end, --interval and today/yesterday through the real CLI")
struct PeriodCommandTests {
  /// acme's sales around the third quarter of 2026, a meeting in October and one in
  /// November, today 2026-11-28.
  static func book() -> Harness {
    let harness = Harness.withClient()
    for (day, amount, cost) in [
      ("2026-06-30", "1000", "0"), ("2026-07-01", "2000", "500"), ("2026-09-30", "300", "0"),
      ("2026-10-01", "4000", "1000"),
    ] {
      harness.run("log", "sale", "acme", "--amount", amount, "--cost", cost, "--on", day)
    }
    harness.run("log", "meeting", "acme", "--kind", "visit", "--cost", "100", "--on", "2026-10-05")
    harness.run("log", "meeting", "acme", "--kind", "call", "--cost", "50", "--on", "2026-11-02")
    return harness
  }

  /// Each CSV event's type and business instant.
  static func typesAndDays(_ csv: String) -> [String] {
    csv.split(separator: "\n").dropFirst().map { line in
      let fields = line.split(separator: ",")
      return "\(fields[2]) \(fields[5])"
    }
  }

  @Test("kam value -p 2026Q3 sums the quarter, and the title names it instead of the window")
  func valueOverQuarter() {
    let harness = Self.book()
    let json = harness.run("value", "-p", "2026Q3", "-O", "json")
    #expect(json.status == 0, "\(json.err)")
    #expect(
      json.out
        == #"[{"client":"acme","revenue":"2300.00","cogs":"500.00","costToServe":"0.00","profit":"1800.00","cumulativeProfitShare":1.0}]"#
        + "\n")
    // Replayed from the log as known at an instant: the same sums.
    #expect(
      harness.run("value", "-p", "2026Q3", "--known-at", "2100-01-01", "-O", "json").out == json.out
    )
    let table = harness.run("value", "--period", "2026q3")
    #expect(
      table.out
        == """
        Value per client in book.sqlite · as of 2026-11-28
        value over 2026-07-01 to 2026-09-30 (92 days) · Amounts in PLN
        Client   Revenue    COGS  Cost to serve    Profit  Cumulative profit share
        acme    2,300.00  500.00           0.00  1,800.00                  100.0 %

        """)
  }

  @Test("kam clients --begin 2026-07 --end 2026-10 is the same quarter, --end exclusive")
  func clientsBeginEnd() {
    let harness = Self.book()
    let result = harness.run("clients", "--begin", "2026-07", "--end", "2026-10", "-O", "csv")
    #expect(result.status == 0, "\(result.err)")
    #expect(
      result.out
        == """
        client,name,stage,revenue,cogs,costToServe,profit,paretoClass,keyAccountReasons,churnRisk,unprofitable,quadrant,owner
        acme,ACME S.A.,cooperation,2300.00,500.00,0.00,1800.00,A,top-profit,0.4983,false,,

        """)
    #expect(harness.run("clients", "-p", "2026Q3", "-O", "csv").out == result.out)
  }

  @Test("kam events -p 'last month' lists October's events, today pinned to 2026-11-28")
  func eventsLastMonth() {
    let result = Self.book().run("events", "-p", "last month", "-O", "csv")
    #expect(result.status == 0, "\(result.err)")
    #expect(
      Self.typesAndDays(result.out) == [
        "sale-recorded 2026-10-01T12:00:00.000Z", "meeting-held 2026-10-05T12:00:00.000Z",
      ])
  }

  @Test("kam log sale --on yesterday dates the sale the day before today")
  func saleYesterday() {
    let harness = Harness.withClient()
    let result = harness.run("log", "sale", "acme", "--amount", "5", "--on", "yesterday")
    #expect(result.status == 0, "\(result.err)")
    let events = harness.run("events", "-p", "yesterday", "--type", "sale", "-O", "csv")
    #expect(Self.typesAndDays(events.out) == ["sale-recorded 2026-11-27T12:00:00.000Z"])
    #expect(harness.run("value", "--as-of", "yesterday", "-O", "csv").out.contains("acme,5.00"))
  }

  @Test("kam attention --interval monthly counts per month; the old --period monthly says so")
  func attentionInterval() {
    let harness = Self.book()
    let monthly = harness.run(
      "attention", "--interval", "monthly", "--owner", "(team)", "-p", "2026-10..", "-O", "csv")
    #expect(monthly.status == 0, "\(monthly.err)")
    #expect(monthly.err == "")
    #expect(
      monthly.out
        == """
        owner,period,acquisitionMeetings,loyalMeetings,acquisitionShare,acquisitionCost,loyalCost,acquisitionCostShare
        (team),2026-10,1,0,1.0,100.00,0.00,1.0
        (team),2026-11,1,0,1.0,50.00,0.00,1.0

        """)
    let october = harness.run(
      "attention", "--interval", "monthly", "--owner", "(team)", "-p", "2026-10", "-O", "csv")
    #expect(october.out.split(separator: "\n").count == 2)
    let old = harness.run(
      "attention", "--period", "monthly", "--owner", "(team)", "-p", "2026-10..", "-O", "csv")
    #expect(old.status == 0)
  }

  @Test("the old --period monthly still works, with one note on stderr")
  func oldPeriodNote() {
    let harness = Self.book()
    let old = harness.run("attention", "--period", "monthly", "--owner", "(team)", "-O", "csv")
    #expect(old.status == 0, "\(old.err)")
    #expect(old.err == "kam: --period monthly is now --interval monthly\n")
    #expect(
      old.out
        == harness.run("attention", "--interval", "monthly", "--owner", "(team)", "-O", "csv").out)
    let summary = harness.run("transitions", "--summary", "--period", "Yearly", "-O", "csv")
    #expect(summary.err == "kam: --period Yearly is now --interval yearly\n")
    #expect(
      summary.out
        == harness.run("transitions", "--summary", "--interval", "yearly", "-O", "csv").out)
  }

  @Test(
    "what makes no period is refused with exit 64 in one line, and nothing is written",
    arguments: [
      (
        ["value", "-p", "2026Q3", "--begin", "2026-07"],
        "--period \"2026Q3\" and --begin do not go together: give the period or its ends"
      ),
      (
        ["events", "--period", "last month", "--end", "2026-10"],
        "--period \"last month\" and --end do not go together: give the period or its ends"
      ),
      (
        ["clients", "--begin", "2026-10", "--end", "2026-07"],
        "--begin 2026-10-01 is not before --end 2026-07-01: the period is empty (--begin is inclusive, --end exclusive)"
      ),
      (
        ["key-accounts", "--begin", "2026Q3", "--end", "2026-07"],
        "--begin 2026-07-01 is not before --end 2026-07-01: the period is empty (--begin is inclusive, --end exclusive)"
      ),
      (
        ["value", "-p", "2026Q5"],
        "--period \"2026Q5\": expected a period: 2026, 2026Q1, 2026-03, 2026W10, 2026-03-05, today, yesterday, this or last week, month, quarter or year, from A to B, from A, to B, A..B"
      ),
      (
        ["events", "-p", "monthly"],
        "--period \"monthly\": expected a period: 2026, 2026Q1, 2026-03, 2026W10, 2026-03-05, today, yesterday, this or last week, month, quarter or year, from A to B, from A, to B, A..B"
      ),
      (
        ["service", "--end", "2026q", "--begin", "2026-01"],
        "--end \"2026q\": expected a day or a span whose first day it means: 2026-03-05, 2026-03, 2026Q1, 2026W10, 2026, today, yesterday, this or last week, month, quarter or year"
      ),
      (
        ["transitions", "--interval", "monthly"],
        "--interval monthly means nothing without --summary: it is what transitions are counted per"
      ),
      (
        ["service", "-p", "2026Q3", "--as-of", "2026-09-01"],
        "--as-of means nothing with --period \"2026Q3\": value, class and stage are read on the period's last day"
      ),
      (
        ["value", "-p", "2027", "--as-of", "2026-09-01"],
        "the period 2027-01-01 to 2027-12-31 begins after 2026-09-01, the day evaluated (--as-of or today): there is nothing to sum yet"
      ),
      (
        ["log", "sale", "acme", "--amount", "5", "--on", "tomorrow"],
        "--on \"tomorrow\": expected a real date as YYYY-MM-DD, today or yesterday"
      ),
      (
        ["clients", "--as-of", "someday"],
        "--as-of \"someday\": expected a real date as YYYY-MM-DD, today or yesterday"
      ),
    ])
  func refusals(arguments: [String], line: String) throws {
    let harness = Harness.withClient()
    let before = try harness.eventCount()
    let result = harness.run(arguments)
    #expect(result.status == 64)
    #expect(result.out == "")
    #expect(result.err == "kam: \(line)\n")
    #expect(try harness.eventCount() == before)
  }
}
