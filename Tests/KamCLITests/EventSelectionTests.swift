import Testing

@testable import KamCLI

@Suite("kam events --type, --actor, --command")
struct EventSelectionTests {
  /// ACME's events by the tester, and one sale by anna in its own command.
  static func book() -> (harness: Harness, annasCommand: String) {
    let harness = EventOutputTests.book()
    let sale = InProcessKam.capture(
      ["log", "sale", "acme", "--amount", "5", "--on", "2025-04-01", "-O", "csv"],
      environment: harness.environment.merging(["KAM_ACTOR": "anna"]) { $1 })
    let command = String(sale.out.split(separator: "\n")[1].split(separator: ",")[3])
    return (harness, command)
  }

  /// The seqs a listing's CSV holds.
  static func seqs(_ result: (status: Int32, out: String, err: String)) -> [String] {
    result.out.split(separator: "\n").dropFirst().map { String($0.split(separator: ",")[0]) }
  }

  @Test("each filter keeps only its events, and they combine")
  func filters() {
    let (harness, command) = Self.book()
    #expect(Self.seqs(harness.run("events", "--type", "sale-recorded", "-O", "csv")) == ["3", "6"])
    #expect(Self.seqs(harness.run("events", "--type", "sale", "-O", "csv")) == ["3", "6"])
    #expect(
      Self.seqs(harness.run("events", "--type", "sale", "--type", "meeting", "-O", "csv"))
        == ["3", "5", "6"])
    #expect(Self.seqs(harness.run("events", "--actor", "anna", "-O", "csv")) == ["6"])
    #expect(
      Self.seqs(harness.run("events", "acme", "--actor", "tester", "--type", "sale", "-O", "csv"))
        == ["3"])
    #expect(Self.seqs(harness.run("events", "--command", command, "-O", "csv")) == ["6"])
    let none = harness.run("events", "--actor", "anna", "--type", "meeting", "-O", "json")
    #expect(none.status == 0)
    #expect(none.out == "[]\n", "a known actor with nothing of that type: an empty list")
  }

  @Test(
    "a type that names nothing, or more than one, is refused while parsing",
    arguments: [
      (
        "client",
        "--type \"client\": expected one of client-registered, client-assessed, client-renamed, client-reassigned, client-segment-changed"
      ),
      (
        "sale-recordd",
        "--type \"sale-recordd\": expected an event type such as sale-recorded (kam events -O json lists each event's type)"
      ),
      (
        "",
        "--type \"\": expected an event type: " + EventSelection.typeNames.joined(separator: ", ")
      ),
    ])
  func badType(text: String, message: String) throws {
    let refusal = try #require(ParseOnly.refusal(["events", "--type", text]))
    #expect(refusal.status == 64)
    #expect(refusal.message == message)
  }

  @Test("--actor takes the start of an actor's name, in any case; an ambiguous one exits 64")
  func actorPrefix() {
    let (harness, _) = Self.book()
    #expect(Self.seqs(harness.run("events", "--actor", "ANN", "-O", "csv")) == ["6"])
    #expect(
      Self.seqs(harness.run("events", "--actor", "test", "--type", "sale", "-O", "csv")) == ["3"])
    _ = InProcessKam.capture(
      ["log", "sale", "acme", "--amount", "7", "--on", "2025-04-02"],
      environment: harness.environment.merging(["KAM_ACTOR": "annabel"]) { $1 })
    let ambiguous = harness.run("events", "--actor", "ann", "-O", "csv")
    #expect(ambiguous.status == 64)
    #expect(ambiguous.out == "")
    #expect(
      ambiguous.err
        == "kam: --actor \"ann\" matches 2 actors: anna, annabel; give more of the name\n")
    #expect(Self.seqs(harness.run("events", "--actor", "anna", "-O", "csv")) == ["6"])
  }

  @Test("an actor or command no event has is refused, with nothing on stdout")
  func unknownActorOrCommand() {
    let (harness, _) = Self.book()
    let actor = harness.run("events", "--actor", "ana", "-O", "json")
    #expect(actor.status == 64)
    #expect(actor.out == "")
    #expect(
      actor.err == "kam: no event in the book was written by \"ana\" (did you mean \"anna\"?)\n")
    let command = harness.run("events", "--command", "c0000000000000000", "-O", "csv")
    #expect(command.status == 64)
    #expect(command.out == "")
    #expect(
      command.err
        == "kam: no command \"c0000000000000000\" in the book; kam events lists each event's command\n"
    )
    #expect(
      ParseOnly.refusal(["events", "--actor", ""])?.message == "--actor \"\": expected an actor")
  }
}
