import Foundation
import KamCLI
import Testing

@Suite("Logging from the command line")
struct LoggingTests {
  @Test("init creates the book, and a second init changes nothing")
  func initTwice() throws {
    let harness = Harness()
    let first = harness.run("init", "--currency", "EUR")
    #expect(first.status == 0)
    #expect(first.out == "Created the book \(harness.book) (currency EUR).\n")
    let second = harness.run("init")
    #expect(second.status == 0)
    #expect(
      second.err == "kam: the book \(harness.book) exists already (currency EUR); nothing changed\n"
    )
    #expect(try harness.eventCount() == 1)
  }

  @Test("every logging command records its event")
  func everyCommand() throws {
    let harness = Harness.withClient()
    let commands: [[String]] = [
      [
        "log", "sale", "acme", "--amount", "12000.50", "--cost", "8000", "--on", "2025-02-01",
        "--ref", "FV/1",
      ],
      ["log", "meeting", "acme", "--kind", "visit", "--minutes", "90", "--on", "2025-02-02"],
      [
        "log", "complaint", "acme", "--severity", "high", "--about", "late delivery", "--on",
        "2025-02-03",
      ],
      ["log", "resolution", "acme", "acme-1", "--cost", "150", "--on", "2025-02-10"],
      [
        "log", "negotiation", "acme", "--list", "10000", "--asked", "15%", "--granted", "5",
        "--outcome", "won",
      ],
      [
        "log", "initiative", "acme", "--kind", "joint-team", "--from", "2025-03-01", "--to",
        "2025-12-31",
      ],
      ["client", "assess", "acme", "--attractiveness", "80", "--standing", "70"],
      ["client", "strategic", "acme", "--reason", "reference client"],
      ["client", "strategic", "acme", "--clear"],
      [
        "client", "add", "newco", "--name", "New Co", "--prospect", "--win-probability", "0.8",
        "--expected-value", "5000",
      ],
    ]
    for command in commands {
      let result = harness.run(command)
      #expect(result.status == 0, "\(command): \(result.err)")
    }
    let events = harness.run("events", "-O", "json")
    let types = try JSONSerialization.jsonObject(with: Data(events.out.utf8)) as! [[String: Any]]
    #expect(
      types.map { $0["type"] as! String } == [
        "book-created", "client-registered", "sale-recorded", "meeting-held", "complaint-filed",
        "complaint-resolved", "price-negotiated", "initiative-started", "client-assessed",
        "strategic-flag-set", "strategic-flag-cleared", "prospect-registered",
      ])
    let sale = types[2]
    #expect(sale["client"] as? String == "acme")
    #expect(sale["occurredAt"] as? String == "2025-02-01T12:00:00.000Z")
    #expect(sale["actor"] as? String == "tester")
    #expect((sale["data"] as? [String: Any])?["amount"] as? String == "12000.50")
    #expect(
      Set(sale.keys) == [
        "seq", "client", "type", "version", "typeVersion", "occurredAt", "recordedAt", "actor",
        "commandId", "retracted", "data",
      ])
  }

  @Test("a sale prints one line saying what was recorded")
  func saleOutput() {
    let harness = Harness.withClient()
    let result = harness.run("log", "sale", "acme", "--amount", "100", "--on", "2026-11-01")
    #expect(result.status == 0)
    #expect(
      result.out.hasPrefix(
        "Logged a sale to acme: 100.00 PLN, cost 0.00, on 2026-11-01. (event 3, command c"))
  }

  @Test("a sale of 0 is refused (64) unless it is a free delivery, which is recorded as one")
  func freeDelivery() throws {
    let harness = Harness.withClient()
    let zero = harness.run("log", "sale", "acme", "--amount", "0", "--on", "2026-11-01")
    #expect(zero.status == 64)
    #expect(
      zero.err
        == "kam: --amount \"0\": expected an amount above 0 (or --free-delivery for goods given free)\n"
    )
    let priced = harness.run("log", "sale", "acme", "--amount", "5", "--free-delivery")
    #expect(priced.status == 64)
    #expect(priced.err == "kam: --amount \"5\": expected 0 with --free-delivery\n")
    #expect(try harness.eventCount() == 2)
    let free = harness.run(
      "log", "sale", "acme", "--amount", "0", "--cost", "120", "--free-delivery", "--on",
      "2026-11-01")
    #expect(free.status == 0)
    #expect(
      free.out.hasPrefix(
        "Logged a free delivery to acme: 0.00 PLN, cost 120.00, on 2026-11-01. (event 3"))
    let events = harness.run("events", "acme", "-O", "json").out
    #expect(events.contains(#""freeDelivery":true"#))
  }

  @Test("a complaint prints its id")
  func complaintID() {
    let harness = Harness.withClient()
    #expect(
      harness.run("log", "complaint", "acme", "--severity", "low", "--about", "x").out == "acme-1\n"
    )
    #expect(
      harness.run("log", "complaint", "acme", "--severity", "low", "--about", "y").out == "acme-2\n"
    )
  }

  @Test("an unknown client is refused with a hint and the nearest slug")
  func unknownClient() throws {
    let harness = Harness.withClient()
    let result = harness.run("log", "sale", "acmee", "--amount", "1")
    #expect(result.status == 64)
    #expect(
      result.err
        == "kam: no client \"acmee\" in the book; register it with `kam client add acmee --name NAME` (did you mean \"acme\"?)\n"
    )
    #expect(try harness.eventCount() == 2)
  }

  /// Refusals that need the book (parse-time ones are in Parsing/).
  static let refusalCases: [([String], String)] = [
    (["log", "resolution", "acme", "acme-9"], "kam: client acme has no complaint \"acme-9\""),
    (
      [
        "log", "initiative", "acme", "--kind", "joint-team", "--from", "2025-03-01", "--to",
        "2025-02-01",
      ],
      "kam: --to 2025-02-01 is before --from 2025-03-01: an initiative cannot end before it starts"
    ),
    (["client", "add", "acme", "--name", "Again"], "kam: client \"acme\" exists already"),
  ]

  @Test(
    "refusals the book decides are one line, exit 64, and leave it unchanged",
    arguments: refusalCases
  )
  func refused(arguments: [String], message: String) throws {
    let harness = Harness.withClient()
    let before = try harness.eventCount()
    let result = harness.run(arguments)
    #expect(result.status == 64)
    #expect(result.err == message + "\n")
    #expect(result.out == "")
    #expect(try harness.eventCount() == before)
  }

  @Test("a complaint resolved twice is refused")
  func resolvedTwice() throws {
    let harness = Harness.withClient()
    harness.run(
      "log", "complaint", "acme", "--severity", "low", "--about", "x", "--on", "2026-11-01")
    #expect(harness.run("log", "resolution", "acme", "acme-1", "--on", "2026-11-02").status == 0)
    let again = harness.run("log", "resolution", "acme", "acme-1")
    #expect(again.status == 64)
    #expect(again.err == "kam: complaint acme-1 was resolved already, on 2026-11-02\n")
  }

  @Test("a retracted resolution reopens the complaint; retracting the second brings the first back")
  func resolutionRetracted() throws {
    let harness = Harness.withClient()
    harness.run(
      "log", "complaint", "acme", "--severity", "low", "--about", "x", "--on", "2026-11-01")
    #expect(harness.run("log", "resolution", "acme", "acme-1", "--on", "2026-11-02").status == 0)
    #expect(harness.run("retract", "4", "--reason", "not settled").status == 0)
    #expect(harness.run("log", "resolution", "acme", "acme-1", "--on", "2026-11-05").status == 0)
    #expect(harness.run("retract", "6", "--reason", "wrong day").status == 0)
    #expect(harness.run("retract", "5", "--reason", "it was settled").status == 0)
    let again = harness.run("log", "resolution", "acme", "acme-1")
    #expect(again.err == "kam: complaint acme-1 was resolved already, on 2026-11-02\n")
  }

  @Test(
    "usage errors from the parser exit 64",
    arguments: [
      ["log", "sale", "acme"], ["log", "sale", "acme", "--amount", "1", "--bogus"], ["frobnicate"],
      ["client", "strategic", "acme"],
      ["client", "add", "x", "--name", "X", "--win-probability", "0.5"],
    ])
  func parserErrors(arguments: [String]) {
    let result = Harness.withClient().run(arguments)
    #expect(result.status == 64)
    #expect(result.err.isEmpty == false)
  }

  @Test("a missing book exits 66 and says how to create one")
  func missingBook() {
    let harness = Harness()
    let result = harness.run("log", "sale", "acme", "--amount", "1")
    #expect(result.status == 66)
    #expect(result.err == "kam: no book at \(harness.book); create one with `kam init`\n")
    #expect(FileManager.default.fileExists(atPath: harness.book) == false)
  }

  @Test("a book that cannot be created exits 73")
  func cannotCreate() {
    let result = InProcessKam.capture(
      ["init", "--db", "/nonexistent-dir/x/book.sqlite"], environment: [:])
    #expect(result.status == 73)
    #expect(result.err.hasPrefix("kam: cannot create the book /nonexistent-dir/x/book.sqlite"))
  }
}

@Suite("Logging: initiatives and prospects")
struct InitiativeAndProspectTests {
  @Test("an open initiative is ended later with --end, and not before it started")
  func endInitiative() throws {
    let harness = Harness.withClient()
    let started = harness.run(
      "log", "initiative", "acme", "--kind", "shared-warehouse", "--from", "2026-01-01", "-O",
      "json")
    let id = (try parse(started.out) as! [String: Any])["initiative"] as! String
    #expect(id == "acme-i1")
    let early = harness.run("log", "initiative", "acme", "--end", id, "--on", "2025-12-01")
    #expect(early.status == 64)
    #expect(early.err == "kam: --on 2025-12-01 is before the initiative started (2026-01-01)\n")
    #expect(harness.run("log", "initiative", "acme", "--end", id, "--on", "2026-06-30").status == 0)
    #expect(
      harness.run("log", "initiative", "acme", "--end", "acme-i9").err
        == "kam: client acme has no initiative \"acme-i9\"\n")
    #expect(
      harness.run("log", "initiative", "acme", "--end", id, "--kind", "joint-team").status == 64)
  }

  @Test("registering a prospect again updates its win probability; a client cannot be re-added")
  func prospectUpdate() throws {
    let harness = Harness()
    harness.run("init")
    harness.run("client", "add", "pro", "--name", "Pro", "--prospect", "--win-probability", "0.4")
    func reasons() throws -> [String] {
      let rows = try parse(harness.run("clients", "-O", "json").out) as! [[String: Any]]
      return rows[0]["keyAccountReasons"] as! [String]
    }
    #expect(try reasons() == [])
    #expect(
      harness.run("client", "add", "pro", "--name", "Pro", "--prospect", "--win-probability", "75%")
        .status == 0)
    #expect(try reasons() == ["likely-win"])
    #expect(
      harness.run("client", "add", "pro", "--name", "Pro").err
        == "kam: client \"pro\" exists already\n")
  }
}
