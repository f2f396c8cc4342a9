import Testing

@Suite(
  "--owner, --segment, --stage, --class, --sort and --limit on clients, key-accounts, value and risk"
)
struct ClientSelectionTests {
  /// The first column of each CSV row after the header.
  static func clients(_ output: String) -> [String] {
    output.split(separator: "\n").dropFirst().map { String($0.split(separator: ",")[0]) }
  }

  @Test(
    "--owner takes the owner as registered or the start of it, in any case",
    arguments: [
      (["clients", "--owner", "anna"], ["acme", "initech"]),
      (["clients", "--owner", "ANNA"], ["acme", "initech"]),
      (["clients", "--owner", "b"], ["globex"]),
      (["clients", "--owner", "(unassigned)"], ["newco"]),
      (["key-accounts", "--owner", "an"], ["acme"]),
      (["value", "--owner", "anna"], ["acme", "initech"]),
      (["risk", "--all", "--owner", "Bob"], ["globex"]),
    ])
  func owner(arguments: [String], expected: [String]) {
    let result = TableWidthTests.book().run(arguments + ["-O", "csv"])
    #expect(result.status == 0, "\(result.err)")
    #expect(Self.clients(result.out) == expected)
  }

  @Test(
    "--segment takes the segment as registered or the start of it, in any case; (none) those without",
    arguments: [
      (["clients", "--segment", "retail"], ["acme"]),
      (["clients", "--segment", "RET"], ["acme"]),
      (["key-accounts", "--segment", "r"], ["acme"]),
      (["value", "--segment", "(none)"], ["initech", "newco", "globex"]),
      (["risk", "--all", "--segment", "retail", "--owner", "anna"], ["acme"]),
    ])
  func segment(arguments: [String], expected: [String]) {
    let result = TableWidthTests.book().run(arguments + ["-O", "csv"])
    #expect(result.status == 0, "\(result.err)")
    #expect(Self.clients(result.out) == expected)
  }

  @Test("a segment is named in the title, and an unknown one exits 64 naming the segments")
  func segmentRefused() {
    let harness = TableWidthTests.book()
    #expect(
      harness.run("clients", "--segment", "ret").out.hasPrefix(
        "Clients in book.sqlite · segment retail · as of 2026-11-28\n"))
    harness.run("client", "update", "globex", "--segment", "wholesale")
    let unknown = harness.run("clients", "--segment", "retial")
    #expect(unknown.status == 64)
    #expect(
      unknown.err
        == "kam: no client in the book has a segment matching \"retial\" (did you mean \"retail\"?)\n"
    )
    let none = harness.run("value", "--segment", "zed")
    #expect(
      none.err
        == "kam: no client in the book has a segment matching \"zed\"; segments: retail, wholesale\n"
    )
    harness.run("client", "update", "initech", "--segment", "wholesale-east")
    let ambiguous = harness.run("risk", "--segment", "whole")
    #expect(ambiguous.status == 64)
    #expect(
      ambiguous.err
        == "kam: --segment \"whole\" matches 2 segments: wholesale, wholesale-east; give more of the name\n"
    )
    #expect(harness.run("clients", "--segment", "").status == 64)
  }

  @Test(
    "--stage, --class, --sort and --limit select and order the rows, in every format",
    arguments: [
      (["clients", "--stage", "transactional"], ["initech", "globex"]),
      (["clients", "--class", "c"], ["newco", "globex"]),
      (["clients", "--class", "A", "--stage", "cooperation"], ["acme"]),
      (["clients", "--sort", "revenue", "--limit", "2"], ["acme", "initech"]),
      (["clients", "--sort", "name"], ["acme", "globex", "initech", "newco"]),
      (["clients", "--sort", "risk"], ["globex", "initech", "acme", "newco"]),
      (["clients", "--sort", "cost-to-serve", "--limit", "1"], ["globex"]),
      (["key-accounts", "--class", "a"], ["acme"]),
      (["value", "--sort", "client"], ["acme", "globex", "initech", "newco"]),
      (["value", "--limit", "3"], ["acme", "initech", "newco"]),
      (["value", "--stage", "transactional", "--sort", "revenue"], ["initech", "globex"]),
      (["risk", "--all", "--sort", "risk", "--limit", "2"], ["globex", "initech"]),
      (["risk", "--all", "--class", "B"], ["initech"]),
    ])
  func selection(arguments: [String], expected: [String]) throws {
    let harness = TableWidthTests.book()
    let csv = harness.run(arguments + ["-O", "csv"])
    #expect(csv.status == 0, "\(csv.err)")
    #expect(Self.clients(csv.out) == expected)
    let json = harness.run(arguments + ["-O", "json"])
    #expect(expected.allSatisfy { json.out.contains("\"client\":\"\($0)\"") })
  }

  @Test("value keeps the whale curve's cumulative share of the whole book for the rows it keeps")
  func valueShares() {
    let result = TableWidthTests.book().run("value", "--owner", "anna", "-O", "json")
    #expect(
      result.out == """
        [{"client":"acme","revenue":"1820000.25","cogs":"1260000.00","costToServe":"300.00","profit":"559700.25","cumulativeProfitShare":0.952195},{"client":"initech","revenue":"70000.00","cogs":"40000.00","costToServe":"0.00","profit":"30000.00","cumulativeProfitShare":1.003232}]

        """)
  }

  @Test(
    "the title names an owner or segment resolved, and \"(unassigned)\" and \"(none)\" as typed",
    arguments: [
      (["clients", "--owner", "AN"], "Clients in book.sqlite · owner anna · as of 2026-11-28\n"),
      (
        ["clients", "--owner", "(unassigned)"],
        "Clients in book.sqlite · owner (unassigned) · as of 2026-11-28\n"
      ),
      (
        ["value", "--segment", "(none)"],
        "Value per client in book.sqlite · segment (none) · as of 2026-11-28\n"
      ),
    ])
  func titleNames(arguments: [String], first: String) {
    let out = TableWidthTests.book().run(arguments).out
    #expect(out.hasPrefix(first), "\(out.prefix(120))")
  }

  @Test("the table's title names the owner, the order and how many of how many it lists")
  func title() {
    let result = TableWidthTests.book().run(
      "clients", "--owner", "ann", "--sort", "revenue", "--limit", "1")
    #expect(
      result.out.hasPrefix(
        """
        Clients in book.sqlite · owner anna · as of 2026-11-28
        value over 2025-11-29 to 2026-11-28 (365 days) · by revenue · first 1 of 2
        Amounts in PLN

        """))
  }

  @Test(
    "an unknown or ambiguous owner, a limit below 1 or an unknown class exits 64, naming the candidates"
  )
  func refused() throws {
    let harness = Harness()
    harness.run("init")
    harness.run("client", "add", "acme", "--name", "ACME", "--owner", "Anna Nowak")
    harness.run("client", "add", "beta", "--name", "Beta", "--owner", "Adam Kowalski")
    let before = try harness.eventCount()
    let ambiguous = harness.run("clients", "--owner", "a")
    #expect(ambiguous.status == 64)
    #expect(
      ambiguous.err
        == "kam: --owner \"a\" matches 2 owners: Adam Kowalski, Anna Nowak; give more of the name\n"
    )
    #expect(Self.clients(harness.run("clients", "--owner", "kow", "-O", "csv").out) == ["beta"])
    #expect(Self.clients(harness.run("clients", "--owner", "anna n", "-O", "csv").out) == ["acme"])
    let unknown = harness.run("risk", "--owner", "Ana Nowak")
    #expect(unknown.status == 64)
    #expect(
      unknown.err
        == "kam: no client in the book has an owner matching \"Ana Nowak\" (did you mean \"Anna Nowak\"?)\n"
    )
    let none = harness.run("value", "--owner", "zed")
    #expect(none.status == 64)
    #expect(
      none.err
        == "kam: no client in the book has an owner matching \"zed\"; owners: Adam Kowalski, Anna Nowak\n"
    )
    let limit = harness.run("key-accounts", "--limit", "0")
    #expect(limit.status == 64)
    #expect(limit.err == "kam: --limit \"0\": expected a whole number of at least 1\n")
    #expect(harness.run("clients", "--class", "D").status == 64)
    #expect(harness.run("value", "--sort", "risk").status == 64)
    #expect(try harness.eventCount() == before)
  }
}
