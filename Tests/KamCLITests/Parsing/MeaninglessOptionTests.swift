import Testing

@testable import KamCLI

@Suite("Parsing: options that mean nothing for a command are refused, not ignored")
struct MeaninglessOptionTests {
  /// Commands that record now or work on the log as it stands, and why.
  static let pointInTimeFree: [([String], String)] = [
    (["log", "sale", "acme", "--amount", "1"], "`kam log sale`: \(GlobalOptions.recordsNowOn)"),
    (
      ["log", "meeting", "acme", "--kind", "call"],
      "`kam log meeting`: \(GlobalOptions.recordsNowOn)"
    ),
    (
      ["log", "complaint", "acme", "--severity", "low", "--about", "x"],
      "`kam log complaint`: \(GlobalOptions.recordsNowOn)"
    ),
    (
      ["log", "resolution", "acme", "acme-1"], "`kam log resolution`: \(GlobalOptions.recordsNowOn)"
    ),
    (
      [
        "log", "negotiation", "acme", "--list", "100", "--asked", "10", "--granted", "5",
        "--outcome", "won",
      ], "`kam log negotiation`: \(GlobalOptions.recordsNowOn)"
    ),
    (
      ["log", "initiative", "acme", "--kind", "joint-team", "--from", "2026-01-01"],
      "`kam log initiative`: it records now; --from, --to and --on give its days"
    ),
    (["client", "add", "x", "--name", "X"], "`kam client add`: \(GlobalOptions.recordsNowOn)"),
    (
      ["client", "assess", "acme", "--attractiveness", "5", "--standing", "5"],
      "`kam client assess`: \(GlobalOptions.recordsNowOn)"
    ),
    (
      ["client", "strategic", "acme", "--clear"],
      "`kam client strategic`: \(GlobalOptions.recordsNowOn)"
    ),
    (["retract", "3", "--reason", "x"], "`kam retract`: it records now"),
    (["undo"], "`kam undo`: it records now"),
    (["init"], "`kam init`: it records now"),
    (
      ["import", "f.csv", "--rules", "r"], "`kam import`: it records now; the rows give their days"
    ),
    (["policy", "set", "p.json"], "`kam policy set`: it records now"),
    (
      ["decide", "acme", "--kind", "reduce-contact", "--note", "n"],
      "`kam decide`: it records the figures kam shows now, which `kam audit` later compares"
    ),
    (
      ["audit"],
      "`kam audit`: it compares what was known when the decision was made with what is known now"
    ),
    (["verify"], "`kam verify`: it works on the whole log as it stands"),
    (["status"], "`kam status`: it works on the whole log as it stands"),
    (["rebuild"], "`kam rebuild`: it works on the whole log as it stands"),
    (["demo"], "`kam demo`: it simulates a history up to today (--today pins it)"),
  ]

  @Test(
    "--as-of and --known-at are refused where they mean nothing, one line, exit 64",
    arguments: pointInTimeFree)
  func pointInTime(arguments: [String], reason: String) throws {
    for option in ["--as-of", "--known-at"] {
      let refusal = try #require(ParseOnly.refusal(arguments + [option, "2026-01-01"]))
      #expect(refusal.status == 64)
      #expect(refusal.message == "\(option) means nothing to \(reason)")
    }
    #expect(ParseOnly.refusal(arguments)?.message.contains("means nothing") != true)
  }

  @Test("kam policy show takes --known-at (system time) but refuses --as-of")
  func policyShow() throws {
    let refusal = try #require(ParseOnly.refusal(["policy", "show", "--as-of", "2026-01-01"]))
    #expect(refusal.status == 64)
    #expect(
      refusal.message
        == "--as-of means nothing to `kam policy show`: the policy in force is the one last recorded; --known-at picks the instant"
    )
    #expect(ParseOnly.refusal(["policy", "show", "--known-at", "2026-01-01"]) == nil)
  }

  @Test("kam log sale --as-of writes nothing to the book")
  func nothingWritten() throws {
    let harness = Harness.withClient()
    let result = harness.run("log", "sale", "acme", "--amount", "1", "--as-of", "2026-01-01")
    #expect(result.status == 64)
    #expect(
      result.err
        == "kam: --as-of means nothing to `kam log sale`: it records now; --on gives the day it happened\n"
    )
    #expect(try harness.eventCount() == 2)
  }

  @Test("kam transitions --interval (or the old --period monthly) without --summary is refused")
  func intervalWithoutSummary() throws {
    let refusal = try #require(ParseOnly.refusal(["transitions", "--interval", "monthly"]))
    #expect(refusal.status == 64)
    #expect(
      refusal.message
        == "--interval monthly means nothing without --summary: it is what transitions are counted per"
    )
    let old = try #require(ParseOnly.refusal(["transitions", "--period", "monthly"]))
    #expect(
      old.message
        == "--period monthly (now --interval monthly) means nothing without --summary: it is what transitions are counted per"
    )
    #expect(ParseOnly.refusal(["transitions", "--summary", "--interval", "monthly"]) == nil)
    #expect(ParseOnly.refusal(["transitions", "--summary", "--period", "monthly"]) == nil)
    #expect(ParseOnly.refusal(["transitions", "--summary"]) == nil)
  }

  @Test(
    "--begin on or after --end is refused on every command that takes both",
    arguments: [
      ["events"], ["transitions"], ["transitions", "--summary"], ["value"], ["clients"],
      ["key-accounts"], ["attention"],
    ],
    [("2026-03-01", "2026-03-01"), ("2026-03-02", "2026-03-01")])
  func emptyPeriod(command: [String], period: (String, String)) throws {
    let refusal = try #require(
      ParseOnly.refusal(command + ["--begin", period.0, "--end", period.1]))
    #expect(refusal.status == 64)
    #expect(
      refusal.message
        == "--begin \(period.0) is not before --end \(period.1): the period is empty (--begin is inclusive, --end exclusive)"
    )
    #expect(ParseOnly.refusal(command + ["--begin", "2026-02-28", "--end", "2026-03-01"]) == nil)
  }

  @Test(
    "an unknown client is refused with the nearest slug where a list would be empty",
    arguments: [
      ["events", "acmee"], ["transitions", "--client", "acmee"],
      ["decide", "acmee", "--kind", "reduce-contact", "--note", "n"],
    ])
  func unknownClient(arguments: [String]) {
    let harness = Harness.withClient()
    let result = harness.run(arguments)
    #expect(result.status == 64)
    #expect(result.out == "")
    #expect(
      result.err
        == "kam: no client \"acmee\" in the book; register it with `kam client add acmee --name NAME` (did you mean \"acme\"?)\n"
    )
    let far = harness.run(arguments.map { $0 == "acmee" ? "zzz" : $0 })
    #expect(far.status == 64)
    #expect(
      far.err
        == "kam: no client \"zzz\" in the book; register it with `kam client add zzz --name NAME`\n"
    )
    #expect(harness.run(arguments.map { $0 == "acmee" ? "acme" : $0 }).status == 0)
  }
}
