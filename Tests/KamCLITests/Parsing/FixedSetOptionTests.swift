import ArgumentParser
import KamDomain
import Testing

@testable import KamCLI

@Suite("Parsing: options with a fixed set of values")
struct FixedSetOptionTests {
  @Test("each fixed-set option reads its domain word")
  func parsedValues() throws {
    let complaint = try #require(
      try ParseOnly.parse(["log", "complaint", "acme", "--severity", "high", "--about", "x"])
        as? LogCommand.Complaint)
    #expect(complaint.severity == .high)
    let meeting = try #require(
      try ParseOnly.parse(["log", "meeting", "acme", "--kind", "workshop"]) as? LogCommand.Meeting)
    #expect(meeting.kind == .workshop)
    let negotiation = try #require(
      try ParseOnly.parse([
        "log", "negotiation", "acme", "--list", "100", "--asked", "10", "--granted", "5",
        "--outcome", "lost",
      ]) as? LogCommand.Negotiation)
    #expect(negotiation.outcome == .lost)
    let initiative = try #require(
      try ParseOnly.parse([
        "log", "initiative", "acme", "--kind", "co-development", "--from", "2026-01-01",
      ]) as? LogCommand.Initiative)
    #expect(initiative.kind == .coDevelopment)
    let decision = try #require(
      try ParseOnly.parse(["decide", "acme", "--kind", "reassign-owner", "--note", "n"])
        as? DecideCommand)
    #expect(decision.kind == .reassignOwner)
    let transitions = try #require(
      try ParseOnly.parse([
        "transitions", "--from", "cooperation", "--to", "lapsed", "--summary", "--interval",
        "yearly",
      ]) as? TransitionsCommand)
    #expect(transitions.from == .cooperation)
    #expect(transitions.to == .lapsed)
    #expect(transitions.interval == .yearly)
    let attention = try #require(try ParseOnly.parse(["attention"]) as? AttentionCommand)
    #expect(attention.interval == nil)
    let risk = try #require(try ParseOnly.parse(["risk", "--sort", "risk"]) as? RiskCommand)
    #expect(risk.sort == .risk)
  }

  @Test(
    "help lists every fixed set's values",
    arguments: [
      (["log", "complaint"], "(values: low, medium, high)"),
      (["log", "meeting"], "(values: visit, call, workshop, review)"),
      (["log", "negotiation"], "(values: won, lost, open)"),
      (["log", "initiative"], "(values: joint-team, shared-warehouse, co-development)"),
      (["attention"], "(default: quarterly). (values: monthly, quarterly, yearly)"),
      (["risk"], "(values: value-at-stake, risk; default: value-at-stake)"),
    ])
  func helpListsValues(command: [String], values: String) throws {
    let help = Kam.helpMessage(for: try #require(Self.type(of: command)), columns: 1_000)
    #expect(help.contains(values), "\(help)")
  }

  @Test("help lists the stages and the decision kinds")
  func helpListsLongSets() {
    let transitions = Kam.helpMessage(for: TransitionsCommand.self, columns: 1_000)
    let stages = Stage.allCases.map(\.rawValue).joined(separator: ", ")
    #expect(transitions.contains("(values: \(stages))"))
    #expect(transitions.contains("(default: quarterly). (values: monthly, quarterly, yearly)"))
    let decide = Kam.helpMessage(for: DecideCommand.self, columns: 1_000)
    #expect(
      decide.contains("(values: \(DecisionKind.allCases.map(\.rawValue).joined(separator: ", ")))"))
  }

  static func type(of command: [String]) -> (any ParsableCommand.Type)? {
    switch command {
    case ["log", "complaint"]: LogCommand.Complaint.self
    case ["log", "meeting"]: LogCommand.Meeting.self
    case ["log", "negotiation"]: LogCommand.Negotiation.self
    case ["log", "initiative"]: LogCommand.Initiative.self
    case ["attention"]: AttentionCommand.self
    case ["risk"]: RiskCommand.self
    default: nil
    }
  }

  @Test(
    "a word outside the set is refused with exit 64 in kam's one line, however many values",
    arguments: [
      (
        ["log", "complaint", "acme", "--severity", "urgent", "--about", "x"],
        "--severity \"urgent\": expected one of low, medium, high"
      ),
      (
        ["decide", "acme", "--kind", "sell", "--note", "n"],
        "--kind \"sell\": expected one of designate-key-account, drop-key-account, approve-discount, reduce-contact, increase-contact, reassign-owner"
      ),
      (
        ["transitions", "--to", "gone"],
        "--to \"gone\": expected one of prospect, transactional, cooperation, partnership, synergy, lapsed"
      ),
      (
        [
          "log", "negotiation", "acme", "--list", "100", "--asked", "10", "--granted", "5",
          "--outcome", "maybe",
        ], "--outcome \"maybe\": expected one of won, lost, open"
      ),
      (
        ["log", "meeting", "acme", "--kind", "lunch"],
        "--kind \"lunch\": expected one of visit, call, workshop, review"
      ),
      (
        ["log", "complaint", "acme", "--severity", "urgent", "--about", "x"],
        "--severity \"urgent\": expected one of low, medium, high"
      ),
      (
        ["log", "initiative", "acme", "--kind", "party", "--from", "2025-03-01"],
        "--kind \"party\": expected one of joint-team, shared-warehouse, co-development"
      ),
      (["risk", "--sort", "name"], "--sort \"name\": expected one of value-at-stake, risk"),
      (["clients", "-O", "xml"], "-O \"xml\": expected one of table, json, csv"),
      (
        ["clients", "--output-format=yaml"],
        "--output-format \"yaml\": expected one of table, json, csv"
      ),
      // The echoed value may hold the parser's own words and quotes.
      (
        ["attention", "--interval", "it's' is invalid for 'x"],
        "--interval \"it's' is invalid for 'x\": expected one of monthly, quarterly, yearly"
      ),
      (
        ["attention", "--interval", ""],
        "--interval \"\": expected one of monthly, quarterly, yearly"
      ),
    ])
  func outsideTheSet(arguments: [String], line: String) throws {
    let refusal = try #require(ParseOnly.refusal(arguments))
    #expect(refusal.status == 64)
    #expect(ArgumentScreen.invalidValue(parserMessage: refusal.message) == line)
    #expect(InProcessKam.capture(arguments).err == "kam: \(line)\n")
  }

  @Test("other parser messages are left as the parser wrote them")
  func otherMessagesKept() throws {
    for arguments in [
      ["log", "meeting", "acme", "--kind", "call", "--minutes", "ten"],
      ["log", "complaint", "acme", "--about", "x"],
    ] {
      let refusal = try #require(ParseOnly.refusal(arguments))
      #expect(refusal.status == 64)
      #expect(ArgumentScreen.invalidValue(parserMessage: refusal.message) == nil)
    }
  }
}
