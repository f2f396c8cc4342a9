import ArgumentParser
import Testing

@testable import KamCLI

@Suite("Parsing: checks that need no book run in validate()")
struct ValidationTests {
  static let refusals: [([String], String)] = [
    (
      ["log", "sale", "acme", "--amount", "12 000,50"],
      "--amount \"12 000,50\": expected a decimal amount such as 12000 or 12000.50 (a point, no spaces, at most 999999999999.99)"
    ),
    (
      ["log", "sale", "acme", "--amount", "-5"],
      "--amount \"-5\": expected an amount of at least 0"
    ),
    (
      ["log", "sale", "acme", "--amount", "1.234"],
      "--amount \"1.234\": expected a decimal amount such as 12000 or 12000.50 (a point, no spaces, at most 999999999999.99)"
    ),
    (
      ["log", "sale", "acme", "--amount", "10", "--cost", "abc"],
      "--cost \"abc\": expected a decimal amount such as 12000 or 12000.50 (a point, no spaces, at most 999999999999.99)"
    ),
    (
      [
        "log", "negotiation", "acme", "--list", "100", "--asked", "120", "--granted", "5",
        "--outcome", "won",
      ], "--asked \"120\": expected a percentage from 0 to 100, such as 15 or 15%"
    ),
    (
      [
        "log", "negotiation", "acme", "--list", "100", "--asked", "10", "--granted", "-1",
        "--outcome", "won",
      ], "--granted \"-1\": expected a percentage from 0 to 100, such as 15 or 15%"
    ),
    (
      ["log", "sale", "acme", "--amount", "1", "--on", "2026-02-30"],
      "--on \"2026-02-30\": expected a real date as YYYY-MM-DD, today or yesterday"
    ),
    (
      ["log", "sale", "acme", "--amount", "1", "--on", "2026-11-29"],
      "--on 2026-11-29 is in the future (today is 2026-11-28); pass --today to pin another day"
    ),
    (
      ["client", "assess", "acme", "--attractiveness", "101", "--standing", "5"],
      "--attractiveness \"101\": expected a score from 0 to 100"
    ),
    (
      ["client", "add", "Bad Slug", "--name", "X"],
      "client \"Bad Slug\": expected 1–64 lower-case letters, digits and hyphens, not starting with a hyphen"
    ),
    (
      ["client", "add", "p1", "--name", "P", "--prospect", "--win-probability", "1.5"],
      "--win-probability \"1.5\": expected a probability from 0 to 1, such as 0.7"
    ),
    (
      ["init", "--currency", "zł"],
      "--currency \"zł\": expected a three-letter code such as PLN"
    ),
    (
      ["log", "sale", "acme", "--amount", "0"],
      "--amount \"0\": expected an amount above 0 (or --free-delivery for goods given free)"
    ),
    (
      ["log", "sale", "acme", "--amount", "5", "--free-delivery"],
      "--amount \"5\": expected 0 with --free-delivery"
    ),
    (
      ["log", "meeting", "acme", "--kind", "call", "--minutes", "1441"],
      "--minutes \"1441\": expected minutes from 0 to 1440"
    ),
    (
      ["log", "complaint", "acme", "--severity", "low", "--about", ""],
      "--about \"\": expected a subject"
    ),
    (
      ["log", "resolution", "acme", "acme-1", "--cost", "x"],
      "--cost \"x\": expected a decimal amount such as 12000 or 12000.50 (a point, no spaces, at most 999999999999.99)"
    ),
    (
      ["log", "initiative", "acme", "--kind", "joint-team", "--from", "2026-13-01"],
      "--from \"2026-13-01\": expected a real date as YYYY-MM-DD, today or yesterday"
    ),
    (
      ["client", "assess", "acme", "--attractiveness", "50", "--standing", "101"],
      "--standing \"101\": expected a score from 0 to 100"
    ),
    (["client", "add", "p", "--name", ""], "--name \"\": expected a name"),
    (["decide", "acme", "--kind", "reduce-contact", "--note", ""], "--note \"\": expected a note"),
    (["retract", "0", "--reason", "x"], "seq \"0\": expected a sequence number of at least 1"),
    (["retract", "3", "--reason", ""], "--reason \"\": expected a reason"),
    (
      ["undo", "c1", "--redo"],
      "--redo takes back your last undo and takes no command id (got c1)"
    ),
    (
      ["verify", "--expect-head", "3"],
      "--expect-head \"3\": expected SEQ:HASH, a sequence number and 64 hex digits"
    ),
    (
      ["events", "--begin", "2026-02-30"],
      "--begin \"2026-02-30\": expected a day or a span whose first day it means: 2026-03-05, 2026-03, 2026Q1, 2026W10, 2026, today, yesterday, this or last week, month, quarter or year"
    ),
    (
      ["transitions", "--client", "A"],
      "client \"A\": expected 1–64 lower-case letters, digits and hyphens, not starting with a hyphen"
    ),
    (
      ["clients", "--as-of", "2026-1-1"],
      "--as-of \"2026-1-1\": expected a real date as YYYY-MM-DD, today or yesterday"
    ),
    (["value", "--today", "today"], "--today \"today\": expected a real date as YYYY-MM-DD"),
    (
      ["risk", "--known-at", "yesterday"],
      "--known-at \"yesterday\": expected an ISO 8601 instant (2026-11-28T10:00:00Z) or YYYY-MM-DD"
    ),
  ]

  @Test("a bad value is refused while parsing, one line, exit 64", arguments: refusals)
  func refusedWhileParsing(arguments: [String], message: String) throws {
    let refusal = try #require(ParseOnly.refusal(arguments))
    #expect(refusal.status == 64)
    #expect(refusal.message == message)
  }

  @Test("a bad value is refused before the book is looked for: 64, not 66 for no book")
  func beforeTheBook() {
    let result = InProcessKam.capture(
      ["log", "sale", "acme", "--amount", "-5"], environment: ParseOnly.environment)
    #expect(result.status == 64)
    #expect(result.err == "kam: --amount \"-5\": expected an amount of at least 0\n")
  }

  @Test("good values parse into the command, which keeps them as given")
  func goodValuesParse() throws {
    let sale = try #require(
      try ParseOnly.parse([
        "log", "sale", "acme", "--amount", "0", "--free-delivery", "--on", "2026-11-01",
      ])
        as? LogCommand.Sale)
    #expect(sale.amount == "0")
    #expect(sale.freeDelivery)
    #expect(sale.on == "2026-11-01")
    let strategic = try #require(
      try ParseOnly.parse(["client", "strategic", "acme", "--clear"]) as? ClientCommand.Strategic)
    #expect(strategic.clear)
  }

  @Test("the demo's knobs are checked while parsing too")
  func demoKnobs() throws {
    let refusal = try #require(ParseOnly.refusal(["demo", "--clients", "0"]))
    #expect(refusal.status == 64)
    #expect(refusal.message.hasPrefix("--clients \"0\": expected a whole number from 1 to "))
  }
}
