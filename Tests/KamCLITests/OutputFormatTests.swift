import Testing

@testable import KamCLI

@Suite("Every command honours -O csv and -O json, or refuses them with one line")
struct OutputFormatTests {
  @Test(
    "-O csv is refused where the result is not one table, before any book is opened",
    arguments: [
      (
        ["show", "acme"],
        "-O csv means nothing to `kam show`: its result is not one table; use -O json, or `kam events acme -O csv` for its events"
      ),
      (
        ["explain", "acme"],
        "-O csv means nothing to `kam explain`: its result is not one table; use -O json"
      ),
      (
        ["audit", "d1"],
        "-O csv means nothing to `kam audit ID`: its result is not one table; use -O json (`kam audit` without an id lists the decisions as CSV)"
      ),
      (["demo"], "-O csv means nothing to `kam demo`: its result is not one table; use -O json"),
    ])
  func refused(arguments: [String], message: String) throws {
    let refusal = try #require(ParseOnly.refusal(arguments + ["-O", "csv"]))
    #expect(refusal.status == 64)
    #expect(refusal.message == message)
    #expect(ParseOnly.refusal(arguments + ["-O", "json"]) == nil)
    #expect(ParseOnly.refusal(["audit", "-O", "csv"]) == nil, "the list of decisions is a table")
  }

  @Test("init, decide, policy set, undo, rebuild and import print a CSV header and row")
  func honoured() throws {
    let harness = Harness()
    let created = harness.run("init", "-O", "csv")
    #expect(created.out == "path,currency,created\n\(harness.book),PLN,true\n")
    #expect(
      harness.run("init", "-O", "csv").out == "path,currency,created\n\(harness.book),PLN,false\n")
    harness.run("client", "add", "acme", "--name", "ACME", "--on", "2025-01-10")

    let decided = harness.run(
      "decide", "acme", "--kind", "reduce-contact", "--note", "n", "-O", "csv")
    let decision = decided.out.split(separator: "\n")
    #expect(decision.first == "id,seq")
    #expect(decision.count == 2 && decision[1].hasSuffix(",3"), "\(decided.out)")

    let policy = try harness.write("p.json", #"{"hourlyRateMinor": 30000}"#)
    #expect(
      harness.run("policy", "set", policy, "-O", "csv").out
        == "version,member,from,to\n2,hourlyRateMinor,20000,30000\n")

    let rules = try harness.write("sales.rules", ImportTests.rules)
    let file = try harness.write("sales.csv", ImportTests.csv)
    #expect(
      harness.run("import", file, "--rules", rules, "-O", "csv").out
        == "rows,added,duplicates,clientsAdded,rejected,dryRun\n3,4,0,1,0,false\n")

    let undone = harness.run("undo", "-O", "csv").out.split(separator: "\n")
    #expect(undone.first?.hasSuffix(",commandId") == true, "\(undone)")
    #expect(undone.count == 2)

    let events = try harness.eventCount()
    #expect(harness.run("rebuild", "-O", "csv").out == "events\n\(events)\n")
  }
}
