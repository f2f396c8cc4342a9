import Foundation
import KamCLI
import KamTestSupport
import Testing

@Suite("kam service")
struct ServiceCommandTests {
  /// Three clients over 2026: `acme` (anna) bought 100,000.00 and was met three times in
  /// the third quarter; `beta` (anna) earns 100.00 a sale and was visited twice for 90
  /// minutes; `gamma` (bob) earns well and was met monthly until May, then not at all.
  static func book() -> Harness {
    let harness = Harness()
    harness.run("init")
    for (client, owner) in [("acme", "anna"), ("beta", "anna"), ("gamma", "bob")] {
      harness.run("client", "add", client, "--name", client, "--owner", owner, "--on", "2026-01-05")
    }
    for day in ["2026-02-10", "2026-08-10"] {
      harness.run("log", "sale", "acme", "--amount", "50000", "--cost", "10000", "--on", day)
    }
    for day in ["2026-07-05", "2026-08-05", "2026-09-05"] {
      harness.run("log", "meeting", "acme", "--kind", "visit", "--minutes", "60", "--on", day)
    }
    for day in ["2026-03-01", "2026-08-01"] {
      harness.run("log", "sale", "beta", "--amount", "1000", "--cost", "900", "--on", day)
    }
    for day in ["2026-07-10", "2026-08-10"] {
      harness.run("log", "meeting", "beta", "--kind", "visit", "--minutes", "90", "--on", day)
    }
    for day in ["2026-01-15", "2026-07-15"] {
      harness.run("log", "sale", "gamma", "--amount", "40000", "--cost", "10000", "--on", day)
    }
    for month in 1...5 {
      harness.run(
        "log", "meeting", "gamma", "--kind", "call", "--minutes", "60", "--on", "2026-0\(month)-10")
    }
    return harness
  }

  static let quarter = ["--begin", "2026-07-01", "--end", "2026-10-01"]

  @Test("kam service prints each client's service, value and verdict for the quarter")
  func table() {
    let result = Self.book().run(["service", "--wide"] + Self.quarter)
    #expect(result.status == 0, "\(result.err)")
    #expect(
      result.out == """
        Service in book.sqlite · 2026-07-01 to 2026-09-30 · value as of 2026-09-30 · Amounts in PLN
        Client  Owner  Stage        Pareto class      Profit  Cost to serve  Meetings  Minutes  Effort share  Value share  Verdict       Reason
        acme    anna   cooperation  A              79,400.00         600.00         3      180        50.0 %      100.0 %  balanced      3 meetings, 180 minutes in the quarter; key accounts usually get 1.5
        beta    anna   cooperation  C                -400.00         600.00         2      180        50.0 %        0.0 %  over-served   unprofitable after cost to serve: profit -400.00 over the year; 2 meetings, 180 minutes, 600.00 cost to serve in the quarter
        gamma   bob    cooperation  A              59,000.00           0.00         0        0         0.0 %      100.0 %  under-served  below its tier: 0 meetings, 0 minutes in the quarter; key accounts usually get 1.5; value at stake 10,416.84
                                                  ----------  -------------
        Total                                     138,000.00       1,200.00

        """)
  }

  @Test("kam service -O json has exactly the contract's keys, money as decimal strings")
  func json() throws {
    let result = Self.book().run(["service", "-O", "json"] + Self.quarter)
    let rows = try #require(try parse(result.out) as? [[String: Any]])
    #expect(rows.map { $0["client"] as! String } == ["acme", "beta", "gamma"])
    for row in rows {
      #expect(
        Set(row.keys) == [
          "client", "owner", "stage", "paretoClass", "profit", "costToServe", "meetings",
          "minutes", "effortShare", "valueShare", "verdict", "reason",
        ])
    }
    #expect(rows.map { $0["verdict"] as! String } == ["balanced", "over-served", "under-served"])
    #expect(rows[1]["profit"] as? String == "-400.00")
    #expect(rows[1]["costToServe"] as? String == "600.00")
    #expect(rows[1]["minutes"] as? Int == 180 && rows[1]["meetings"] as? Int == 2)
    #expect(rows[1]["effortShare"] as? Double == 0.5 && rows[1]["valueShare"] as? Double == 0)
  }

  @Test("kam service --by owner splits each owner's minutes and suggests a what-if")
  func byOwner() throws {
    let harness = Self.book()
    let before = try harness.eventCount()
    let result = harness.run(["service", "--by", "owner", "--wide"] + Self.quarter)
    #expect(
      result.out == """
        Service in book.sqlite · 2026-07-01 to 2026-09-30 · value as of 2026-09-30 · Amounts in PLN · suggestions are what-ifs, nothing is recorded
        Owner  Clients  Minutes  Acquisition  Class A  Class B  Class C  Suggestion
        anna         2      360        0.0 %   50.0 %    0.0 %   50.0 %  free ~3 hours a quarter from beta (no client under-served)
        bob          1        0                                          find ~3 hours a quarter for gamma (no client over-served)

        """)
    #expect(try harness.eventCount() == before, "a what-if records nothing")
    let json = harness.run(["service", "--by", "owner", "-O", "json"] + Self.quarter)
    #expect(
      json.out == """
        [{"owner":"anna","clients":2,"minutes":360,"acquisitionShare":0.0,"shareByClass":{"A":0.5,"B":0.0,"C":0.5},"suggestion":"free ~3 hours a quarter from beta (no client under-served)"},{"owner":"bob","clients":1,"minutes":0,"acquisitionShare":null,"shareByClass":null,"suggestion":"find ~3 hours a quarter for gamma (no client over-served)"}]

        """)
    let csv = harness.run(
      ["service", "--by", "owner", "--owner", "bob", "-O", "csv"] + Self.quarter)
    #expect(
      csv.out == """
        owner,clients,minutes,acquisition,A,B,C,suggestion
        bob,1,0,,,,,find ~3 hours a quarter for gamma (no client over-served)

        """)
  }

  @Test("kam service --owner shows that owner's clients only")
  func owner() {
    let result = Self.book().run(["service", "--owner", "bob", "-O", "csv"] + Self.quarter)
    #expect(result.status == 0)
    #expect(
      result.out == """
        client,owner,stage,paretoClass,profit,costToServe,meetings,minutes,effortShare,valueShare,verdict,reason
        gamma,bob,cooperation,A,59000.00,0.00,0,0,0.0,1.0,under-served,"below its tier: 0 meetings, 0 minutes in the quarter; key accounts usually get 1.5; value at stake 10,416.84"

        """)
  }

  @Test("kam service --owner with an owner no client has exits 64 with the nearest name")
  func unknownOwner() {
    let harness = Self.book()
    let typo = harness.run("service", "--owner", "ana")
    #expect(typo.status == 64)
    #expect(typo.out == "")
    #expect(
      typo.err
        == "kam: no client in the book has an owner matching \"ana\" (did you mean \"anna\"?)\n")
    let other = harness.run("service", "--owner", "zed")
    #expect(other.status == 64)
    #expect(
      other.err == "kam: no client in the book has an owner matching \"zed\"; owners: anna, bob\n")
  }

  @Test("kam service --owner takes an owner's unique start in any case, as kam clients does")
  func ownerPrefix() {
    let harness = Self.book()
    let typed = harness.run("service", "--owner", "B", "-O", "csv")
    #expect(typed.status == 0)
    #expect(typed.out == harness.run("service", "--owner", "bob", "-O", "csv").out)
    #expect(typed.out.contains("bob"))
  }

  @Test("kam service over a period with no data prints an empty, labelled result")
  func emptyPeriod() {
    let harness = Self.book()
    let period = ["--begin", "2020-01-01", "--end", "2020-04-01"]
    let table = harness.run(["service"] + period)
    #expect(table.status == 0)
    #expect(
      table.out == """
        Service in book.sqlite · 2020-01-01 to 2020-03-31 · value as of 2020-03-31
        Amounts in PLN
        (no clients served or buying in 2020-01-01 to 2020-03-31)

        """)
    #expect(harness.run(["service", "-O", "json"] + period).out == "[]\n")
    let owners = harness.run(["service", "--by", "owner"] + period)
    #expect(
      owners.out == """
        Service in book.sqlite · 2020-01-01 to 2020-03-31 · value as of 2020-03-31
        Amounts in PLN · suggestions are what-ifs, nothing is recorded
        (no clients served or buying in 2020-01-01 to 2020-03-31)

        """)
  }

  @Test("kam service refuses an empty period and an unknown --by")
  func badPeriod() {
    let harness = Self.book()
    let reversed = harness.run("service", "--begin", "2026-10-01", "--end", "2026-07-01")
    #expect(reversed.status == 64)
    #expect(
      reversed.err
        == "kam: --begin 2026-10-01 is not before --end 2026-07-01: the period is empty (--begin is inclusive, --end exclusive)\n"
    )
    let late = harness.run("service", "--begin", "2027-01-01")
    #expect(late.status == 64)
    #expect(
      late.err
        == "kam: --begin 2027-01-01 is not before the period's end 2026-11-29 (the day after --as-of or today); give --end\n"
    )
    #expect(harness.run("service", "--by", "client").status == 64)
    let both = harness.run("service", "--end", "2026-10-01", "--as-of", "2026-09-01")
    #expect(both.status == 64)
    #expect(
      both.err
        == "kam: --as-of means nothing with --end 2026-10-01: value, class and stage are read on the period's last day\n"
    )
    let asOf = harness.run("service", "--as-of", "2026-09-30", "-O", "json")
    #expect(asOf.status == 0 && asOf.out.contains("\"client\":\"acme\""), "the 91 days to --as-of")
  }
}
