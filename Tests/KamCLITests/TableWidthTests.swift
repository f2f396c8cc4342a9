import Foundation
import Testing

/// Tables for people at the widths terminals have: exact text at 80 and 120 columns,
/// and no line wider than `$COLUMNS` unless `--wide`.
@Suite("Tables for people at 80 and 120 columns")
struct TableWidthTests {
  /// Four clients over three years: a large loyal one, a steady one, a small
  /// unprofitable one and a prospect, with a meeting, a complaint and a discount.
  static func book() -> Harness {
    let harness = Harness()
    harness.run("init")
    harness.run(
      "client", "add", "acme", "--name", "ACME Industries S.A.", "--owner", "anna", "--segment",
      "retail", "--on", "2024-01-10")
    harness.run(
      "client", "add", "globex", "--name", "Globex Corporation", "--owner", "bob", "--on",
      "2024-02-01")
    harness.run(
      "client", "add", "initech", "--name", "Initech", "--owner", "anna", "--on", "2024-03-01")
    harness.run(
      "client", "add", "newco", "--name", "New Co", "--prospect", "--win-probability", "0.8",
      "--expected-value", "50000")
    let sales = [
      ("acme", "2024-06-01", "12000.50", "8000"), ("acme", "2025-01-15", "30000", "20000"),
      ("acme", "2025-06-10", "45000", "30000"), ("acme", "2025-12-01", "450000", "300000"),
      ("acme", "2026-03-01", "120000", "80000"), ("acme", "2026-06-01", "1000000.25", "700000"),
      ("acme", "2026-10-15", "250000", "180000"), ("globex", "2024-03-15", "5000", "4500"),
      ("globex", "2025-04-20", "6000", "5200"), ("globex", "2026-05-05", "4000", "3900"),
      ("initech", "2024-09-01", "80000", "50000"), ("initech", "2025-09-01", "90000", "60000"),
      ("initech", "2026-08-01", "70000", "40000"),
    ]
    for (client, day, amount, cost) in sales {
      harness.run("log", "sale", client, "--amount", amount, "--cost", cost, "--on", day)
    }
    harness.run(
      "log", "meeting", "globex", "--kind", "visit", "--cost", "2000", "--on", "2026-06-01")
    harness.run(
      "log", "meeting", "acme", "--kind", "visit", "--minutes", "90", "--on", "2026-11-01")
    harness.run(
      "log", "complaint", "initech", "--severity", "high", "--about", "late delivery", "--on",
      "2026-08-15")
    harness.run(
      "log", "negotiation", "acme", "--list", "10000", "--asked", "15", "--granted", "5",
      "--outcome", "won", "--on", "2026-10-20")
    return harness
  }

  /// The tables expected, by command line and width.
  static let expected: [(arguments: [String], columns: Int, text: String)] = [
    (
      ["clients"], 80,
      """
      Clients in book.sqlite · as of 2026-11-28
      value over 2025-11-29 to 2026-11-28 (365 days) · Amounts in PLN
      Client   Name               Stage               Revenue      Profit  Class  Risk
      acme     ACME Industries …  cooperation    1,820,000.25  559,700.25  A      42 %
      initech  Initech            transactional     70,000.00   30,000.00  B      70 %
      newco    New Co             prospect               0.00        0.00  C
      globex   Globex Corporati…  transactional      4,000.00   -1,900.00  C      81 %
                                                 ------------  ----------
      Total                                      1,894,000.25  587,800.25
      Not shown: Cost of goods, Cost to serve, Key-account reasons, Owner, Quadrant
      (--wide shows every column)

      """
    ),
    (
      ["clients"], 120,
      """
      Clients in book.sqlite · as of 2026-11-28 · value over 2025-11-29 to 2026-11-28 (365 days) · Amounts in PLN
      Client   Name            Stage               Revenue          COGS     Serve      Profit  Class  Key         Risk  Owner
      acme     ACME Industri…  cooperation    1,820,000.25  1,260,000.00    300.00  559,700.25  A      top-profit  42 %  anna
      initech  Initech         transactional     70,000.00     40,000.00      0.00   30,000.00  B                  70 %  anna
      newco    New Co          prospect               0.00          0.00      0.00        0.00  C      likely-win
      globex   Globex Corpor…  transactional      4,000.00      3,900.00  2,000.00   -1,900.00  C                  81 %  bob
                                              ------------  ------------  --------  ----------
      Total                                   1,894,000.25  1,303,900.00  2,300.00  587,800.25
      Not shown: Quadrant (--wide shows every column)

      """
    ),
    (
      ["risk"], 80,
      """
      Churn risk of loyal clients in book.sqlite · as of 2026-11-28
      risk of no purchase within 180 days · Amounts in PLN
      Client  Owner  Risk  Bought      Met         At stake  Top reasons
      acme    anna   42 %  2026-10-15  2026-11-01  2,300.36  no purchase for 44 days,…
      Not shown: Band, Profit (--wide shows every column)

      """
    ),
    (
      ["risk"], 120,
      """
      Churn risk of loyal clients in book.sqlite · as of 2026-11-28 · risk of no purchase within 180 days · Amounts in PLN
      Client  Owner  Risk  Bought      Met         At stake  Top reasons
      acme    anna   42 %  2026-10-15  2026-11-01  2,300.36  no purchase for 44 days, buys every 180 days or so; P(alive) 96 %
      Not shown: Band, Profit (--wide shows every column)

      """
    ),
    (
      ["value"], 80,
      """
      Value per client in book.sqlite · as of 2026-11-28
      value over 2025-11-29 to 2026-11-28 (365 days) · Amounts in PLN
      Client        Revenue  Cost of goods  Cost to serve      Profit  Cum. share
      acme     1,820,000.25   1,260,000.00         300.00  559,700.25      95.2 %
      initech     70,000.00      40,000.00           0.00   30,000.00     100.3 %
      newco            0.00           0.00           0.00        0.00     100.3 %
      globex       4,000.00       3,900.00       2,000.00   -1,900.00     100.0 %
               ------------  -------------  -------------  ----------
      Total    1,894,000.25   1,303,900.00       2,300.00  587,800.25

      """
    ),
    (
      ["value"], 120,
      """
      Value per client in book.sqlite · as of 2026-11-28 · value over 2025-11-29 to 2026-11-28 (365 days) · Amounts in PLN
      Client        Revenue  Cost of goods  Cost to serve      Profit  Cumulative profit share
      acme     1,820,000.25   1,260,000.00         300.00  559,700.25                   95.2 %
      initech     70,000.00      40,000.00           0.00   30,000.00                  100.3 %
      newco            0.00           0.00           0.00        0.00                  100.3 %
      globex       4,000.00       3,900.00       2,000.00   -1,900.00                  100.0 %
               ------------  -------------  -------------  ----------
      Total    1,894,000.25   1,303,900.00       2,300.00  587,800.25

      """
    ),
    (
      ["events", "acme"], 80,
      """
      Events in book.sqlite · client acme · Amounts in PLN
      Seq  Client  Type                V  Occurred    Data
        2  acme    client-registered   1  2024-01-10  name="ACME Industries S.A." seg…
        6  acme    sale-recorded       2  2024-06-01  amount=12,000.50 cost=8,000.00
        7  acme    sale-recorded       3  2025-01-15  amount=30,000.00 cost=20,000.00
        8  acme    sale-recorded       4  2025-06-10  amount=45,000.00 cost=30,000.00
        9  acme    sale-recorded       5  2025-12-01  amount=450,000.00 cost=300,000.…
       10  acme    sale-recorded       6  2026-03-01  amount=120,000.00 cost=80,000.00
       11  acme    sale-recorded       7  2026-06-01  amount=1,000,000.25 cost=700,00…
       12  acme    sale-recorded       8  2026-10-15  amount=250,000.00 cost=180,000.…
       20  acme    meeting-held        9  2026-11-01  kind=visit minutes=90
       22  acme    price-negotiated   10  2026-10-20  listAmount=10,000.00 asked=15% …
      Not shown: Recorded (UTC), Actor, Command (--wide shows every column)

      """
    ),
    (
      ["events", "acme"], 120,
      """
      Events in book.sqlite · client acme · Amounts in PLN
      Seq  Client  Type                V  Occurred    Recorded (UTC)    Data
        2  acme    client-registered   1  2024-01-10  ################  name="ACME Industries S.A." segment=retail owner=anna
        6  acme    sale-recorded       2  2024-06-01  ################  amount=12,000.50 cost=8,000.00
        7  acme    sale-recorded       3  2025-01-15  ################  amount=30,000.00 cost=20,000.00
        8  acme    sale-recorded       4  2025-06-10  ################  amount=45,000.00 cost=30,000.00
        9  acme    sale-recorded       5  2025-12-01  ################  amount=450,000.00 cost=300,000.00
       10  acme    sale-recorded       6  2026-03-01  ################  amount=120,000.00 cost=80,000.00
       11  acme    sale-recorded       7  2026-06-01  ################  amount=1,000,000.25 cost=700,000.00
       12  acme    sale-recorded       8  2026-10-15  ################  amount=250,000.00 cost=180,000.00
       20  acme    meeting-held        9  2026-11-01  ################  kind=visit minutes=90
       22  acme    price-negotiated   10  2026-10-20  ################  listAmount=10,000.00 asked=15% granted=5% outcome=won
      Not shown: Actor, Command (--wide shows every column)

      """
    ),
    (
      ["transitions"], 80,
      """
      Stage transitions in book.sqlite · as of 2026-11-28
      Client   From           To             On          Cause
      acme     (none)         prospect       2024-01-10  registered
      globex   (none)         prospect       2024-02-01  registered
      initech  (none)         prospect       2024-03-01  registered
      globex   prospect       transactional  2024-03-15  sale 5,000.00 (seq 13)
      acme     prospect       transactional  2024-06-01  sale 12,000.50 (seq 6)
      initech  prospect       transactional  2024-09-01  sale 80,000.00 (seq 16)
      globex   transactional  lapsed         2025-03-15  no sale for 365 days
      globex   lapsed         transactional  2025-04-20  sale 6,000.00 (seq 14)
      globex   transactional  lapsed         2026-04-20  no sale for 365 days
      globex   lapsed         transactional  2026-05-05  sale 4,000.00 (seq 15)
      acme     transactional  cooperation    2026-11-01  meeting visit 90 min (seq 20)
      newco    (none)         prospect       2026-11-28  registered
      Not shown: Rule (--wide shows every column)

      """
    ),
    (
      ["transitions"], 120,
      """
      Stage transitions in book.sqlite · as of 2026-11-28
      Client   From           To             On          Rule              Cause
      acme     (none)         prospect       2024-01-10  prospect          registered
      globex   (none)         prospect       2024-02-01  prospect          registered
      initech  (none)         prospect       2024-03-01  prospect          registered
      globex   prospect       transactional  2024-03-15  transactional     sale 5,000.00 (seq 13)
      acme     prospect       transactional  2024-06-01  golden-shot       sale 12,000.50 (seq 6)
      initech  prospect       transactional  2024-09-01  golden-shot       sale 80,000.00 (seq 16)
      globex   transactional  lapsed         2025-03-15  sale-left-window  no sale for 365 days
      globex   lapsed         transactional  2025-04-20  transactional     sale 6,000.00 (seq 14)
      globex   transactional  lapsed         2026-04-20  sale-left-window  no sale for 365 days
      globex   lapsed         transactional  2026-05-05  transactional     sale 4,000.00 (seq 15)
      acme     transactional  cooperation    2026-11-01  cooperation       meeting visit 90 min (seq 20)
      newco    (none)         prospect       2026-11-28  prospect          registered

      """
    ),
    (
      ["show", "acme"], 80,
      """
      ACME Industries S.A. (acme) in book.sqlite · owner anna · segment retail
      as of 2026-11-28 · Amounts in PLN
      Stage cooperation · Pareto class A · key account: top-profit
      Value over 2025-11-29 to 2026-11-28 (365 days) · revenue 1,820,000.25
      cost of goods 1,260,000.00 · cost to serve 300.00 · profit 559,700.25

      Stages
      Stage          Entered     Exited      Days
      prospect       2024-01-10  2024-06-01   143
      transactional  2024-06-01  2026-11-01   883
      cooperation    2026-11-01                27

      Events
      Seq  Occurred    Type               Data
        2  2024-01-10  client-registered  name="ACME Industries S.A." segment=retail …
        6  2024-06-01  sale-recorded      amount=12,000.50 cost=8,000.00
        7  2025-01-15  sale-recorded      amount=30,000.00 cost=20,000.00
        8  2025-06-10  sale-recorded      amount=45,000.00 cost=30,000.00
        9  2025-12-01  sale-recorded      amount=450,000.00 cost=300,000.00
       10  2026-03-01  sale-recorded      amount=120,000.00 cost=80,000.00
       11  2026-06-01  sale-recorded      amount=1,000,000.25 cost=700,000.00
       12  2026-10-15  sale-recorded      amount=250,000.00 cost=180,000.00
       20  2026-11-01  meeting-held       kind=visit minutes=90
       22  2026-10-20  price-negotiated   listAmount=10,000.00 asked=15% granted=5% o…

      """
    ),
    (
      ["show", "acme"], 120,
      """
      ACME Industries S.A. (acme) in book.sqlite · owner anna · segment retail · as of 2026-11-28 · Amounts in PLN
      Stage cooperation · Pareto class A · key account: top-profit
      Value over 2025-11-29 to 2026-11-28 (365 days) · revenue 1,820,000.25 · cost of goods 1,260,000.00
      cost to serve 300.00 · profit 559,700.25

      Stages
      Stage          Entered     Exited      Days
      prospect       2024-01-10  2024-06-01   143
      transactional  2024-06-01  2026-11-01   883
      cooperation    2026-11-01                27

      Events
      Seq  Occurred    Type               Data
        2  2024-01-10  client-registered  name="ACME Industries S.A." segment=retail owner=anna
        6  2024-06-01  sale-recorded      amount=12,000.50 cost=8,000.00
        7  2025-01-15  sale-recorded      amount=30,000.00 cost=20,000.00
        8  2025-06-10  sale-recorded      amount=45,000.00 cost=30,000.00
        9  2025-12-01  sale-recorded      amount=450,000.00 cost=300,000.00
       10  2026-03-01  sale-recorded      amount=120,000.00 cost=80,000.00
       11  2026-06-01  sale-recorded      amount=1,000,000.25 cost=700,000.00
       12  2026-10-15  sale-recorded      amount=250,000.00 cost=180,000.00
       20  2026-11-01  meeting-held       kind=visit minutes=90
       22  2026-10-20  price-negotiated   listAmount=10,000.00 asked=15% granted=5% outcome=won

      """
    ),
  ]

  @Test("exact tables of clients, risk, value, events, transitions and show", arguments: 0..<12)
  func exact(_ number: Int) {
    let (arguments, columns, text) = Self.expected[number]
    let result = Self.book().fitting(columns).run(arguments)
    #expect(result.status == 0, "\(result.err)")
    #expect(EventOutputTests.steady(result.out) == text, "kam \(arguments) at \(columns)")
  }

  /// Every command that prints a table, on a simulated book.
  static let commands: [[String]] = [
    ["clients"], ["key-accounts"], ["value"], ["risk"], ["risk", "--all"], ["events"],
    ["transitions"], ["transitions", "--summary"], ["attention"], ["service"],
    ["service", "--by", "owner"], ["prospects"], ["stage", "CLIENT", "--history"], ["status"],
    ["policy", "show"], ["show", "CLIENT"], ["explain", "CLIENT"],
  ]

  @Test("no table line is wider than $COLUMNS; with --wide the widest are")
  func fits() throws {
    let harness = Harness()
    let demo = harness.run(
      "demo", "--db", harness.book, "--clients", "40", "--years", "2", "--seed", "7")
    #expect(demo.status == 0, "\(demo.err)")
    let csv = harness.run("clients", "-O", "csv").out.split(separator: "\n")
    let client = try #require(csv.dropFirst().first?.split(separator: ",").first.map(String.init))
    var widest = 0
    for command in Self.commands {
      let arguments = command.map { $0 == "CLIENT" ? client : $0 }
      for columns in [40, 80, 120] {
        let result = harness.fitting(columns).run(arguments)
        #expect(result.status == 0, "kam \(arguments): \(result.err)")
        for line in result.out.split(separator: "\n") where line.count > columns {
          Issue.record("kam \(arguments) at \(columns) columns: \(line.count) characters: \(line)")
        }
      }
      let wide = harness.fitting(80).run(arguments + ["--wide"])
      #expect(wide.status == 0, "kam \(arguments) --wide: \(wide.err)")
      widest = max(widest, wide.out.split(separator: "\n").map(\.count).max() ?? 0)
    }
    #expect(widest > 120, "--wide prints every column, whatever $COLUMNS says")
  }

  @Test("--wide means nothing to JSON, CSV or a command without a table: refused")
  func wideRefused() throws {
    let harness = Harness.withClient()
    let json = harness.run("clients", "--wide", "-O", "json")
    #expect(json.status == 64)
    #expect(json.err == "kam: --wide means nothing with -O json: it widens tables for people\n")
    let sale = harness.run("log", "sale", "acme", "--amount", "1", "--wide")
    #expect(sale.status == 64)
    #expect(sale.err == "kam: --wide means nothing to `kam log sale`: it prints no table\n")
    #expect(try harness.eventCount() == 2, "nothing was logged")
  }

  @Test("JSON and CSV are the same whatever the width")
  func machineFormatsIgnoreWidth() {
    let harness = Self.book()
    for arguments in [["clients", "-O", "json"], ["risk", "-O", "csv"], ["events", "-O", "csv"]] {
      #expect(harness.fitting(20).run(arguments).out == harness.fitting(300).run(arguments).out)
    }
  }
}
