import Foundation
import KamCLI
import Testing

@Suite("kam client rename, reassign and update")
struct ClientChangeTests {
  /// A book with `acme`, anna's, in segment wholesale.
  static func harness() -> Harness {
    let harness = Harness()
    harness.run("init")
    harness.run(
      "client", "add", "acme", "--name", "ACME S.A.", "--owner", "anna", "--segment", "wholesale",
      "--on", "2025-01-10")
    return harness
  }

  /// `out` with its command id, which is random, as `ID`.
  static func masked(_ out: String) -> String {
    out.replacingOccurrences(
      of: #"command c[0-9a-f]+"#, with: "command ID", options: .regularExpression)
  }

  @Test("each change says what it replaced, and every command shows the new value")
  func changes() throws {
    let harness = Self.harness()
    let renamed = harness.run("client", "rename", "acme", "--name", "ACME Polska")
    #expect(renamed.status == 0, "\(renamed.err)")
    #expect(
      Self.masked(renamed.out) == "Renamed acme: ACME S.A. → ACME Polska. (event 3, command ID)\n")
    let reassigned = harness.run(
      "client", "reassign", "acme", "--owner", "bob", "--on", "2026-11-01")
    #expect(
      Self.masked(reassigned.out) == "Reassigned acme: anna → bob. (event 4, command ID)\n")
    let moved = harness.run("client", "update", "acme", "--segment", "retail")
    #expect(
      Self.masked(moved.out)
        == "Changed the segment of acme: wholesale → retail. (event 5, command ID)\n")
    let shown = harness.run("show", "acme", "-O", "json")
    let client = try JSONSerialization.jsonObject(with: Data(shown.out.utf8)) as! [String: Any]
    #expect(client["name"] as? String == "ACME Polska")
    #expect(client["owner"] as? String == "bob")
    #expect(client["segment"] as? String == "retail")
    let events = harness.run("events", "acme", "-O", "json")
    let types = try JSONSerialization.jsonObject(with: Data(events.out.utf8)) as! [[String: Any]]
    #expect(
      types.map { $0["type"] as! String } == [
        "client-registered", "client-renamed", "client-reassigned", "client-segment-changed",
      ])
    #expect(types[2]["occurredAt"] as? String == "2026-11-01T12:00:00.000Z")
    #expect(harness.run("clients", "--owner", "bob", "-O", "csv").out.contains("acme,ACME Polska"))
  }

  @Test("with -O json, a change gives the value it replaced and the new one")
  func json() {
    let harness = Self.harness()
    let out = harness.run("client", "reassign", "acme", "--owner", "bob", "-O", "json").out
    #expect(
      out.replacingOccurrences(of: #""c[0-9a-f]+""#, with: "\"ID\"", options: .regularExpression)
        == #"{"seq":3,"client":"acme","type":"client-reassigned","commandId":"ID","from":"anna","to":"bob"}"#
        + "\n")
  }

  @Test("a client without an owner is reassigned from (unassigned)")
  func fromUnassigned() {
    let harness = Harness.withClient()
    let out = harness.run("client", "reassign", "acme", "--owner", "bob").out
    #expect(Self.masked(out) == "Reassigned acme: (unassigned) → bob. (event 3, command ID)\n")
  }

  @Test(
    "a change to what the client has already is refused with exit 64, and nothing is recorded",
    arguments: [
      (
        ["client", "rename", "acme", "--name", "ACME S.A."],
        "kam: client \"acme\" is named \"ACME S.A.\" already; nothing to change\n"
      ),
      (
        ["client", "reassign", "acme", "--owner", "anna"],
        "kam: the owner of client \"acme\" is \"anna\" already; nothing to change\n"
      ),
      (
        ["client", "update", "acme", "--segment", "wholesale"],
        "kam: client \"acme\" is in segment \"wholesale\" already; nothing to change\n"
      ),
    ])
  func noOp(arguments: [String], message: String) throws {
    let harness = Self.harness()
    let result = harness.run(arguments)
    #expect(result.status == 64)
    #expect(result.out == "")
    #expect(result.err == message)
    #expect(try harness.eventCount() == 2)
  }

  @Test("an unknown client is refused with exit 64 and the nearest slug")
  func unknown() {
    let harness = Self.harness()
    let result = harness.run("client", "rename", "acmee", "--name", "X")
    #expect(result.status == 64)
    #expect(
      result.err
        == "kam: no client \"acmee\" in the book; register it with `kam client add acmee --name NAME` (did you mean \"acme\"?)\n"
    )
  }

  @Test("an empty value, or --as-of, is refused with exit 64 before the book is opened")
  func badLine() {
    let harness = Self.harness()
    let empty = harness.run("client", "update", "acme", "--segment", "")
    #expect(empty.status == 64)
    #expect(empty.err.hasPrefix("kam: --segment \"\""))
    let asOf = harness.run("client", "rename", "acme", "--name", "X", "--as-of", "2026-01-01")
    #expect(asOf.status == 64)
  }

  @Test("kam undo of a rename brings the old name back")
  func undo() throws {
    let harness = Self.harness()
    harness.run("client", "rename", "acme", "--name", "ACME Polska")
    #expect(harness.run("undo").status == 0)
    let shown = harness.run("show", "acme", "-O", "json")
    let client = try JSONSerialization.jsonObject(with: Data(shown.out.utf8)) as! [String: Any]
    #expect(client["name"] as? String == "ACME S.A.")
    #expect(harness.run("client", "rename", "acme", "--name", "ACME Polska").status == 0)
  }
}
