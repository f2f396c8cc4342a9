import Foundation
import KamCLI
import Testing

@Suite("Decisions, audits, retractions and undo")
struct AuditTests {
  @Test(
    "an audit keeps the original basis and names backdated events, retractions and policy changes")
  func auditCauses() throws {
    let harness = ReportTests.book()
    let decision = harness.run(
      "decide", "beta", "--kind", "reduce-contact", "--note", "loses money", "--today",
      "2025-08-01", "-O", "json")
    let id = (try parse(decision.out) as! [String: Any])["id"] as! String
    let before = harness.run("audit", id, "-O", "json").out
    let untouched = try parse(before) as! [String: Any]
    #expect((untouched["causes"] as! [Any]).isEmpty)
    // Backdate a big sale, retract beta's costly meeting, change the policy.
    harness.run("log", "sale", "beta", "--amount", "90000", "--on", "2025-07-01")
    let meetingSeq = try KamSQLiteProbe(path: harness.book).count(
      "SELECT seq FROM events WHERE stream = 'beta' AND type = 'meeting-held'")
    #expect(harness.run("retract", String(meetingSeq), "--reason", "logged twice").status == 0)
    let policy = try harness.write("p.json", #"{"hourlyRateMinor": 30000}"#)
    #expect(harness.run("policy", "set", policy).status == 0)
    let audit = try parse(harness.run("audit", id, "-O", "json").out) as! [String: Any]
    #expect(audit["then"] as! NSDictionary == untouched["then"] as! NSDictionary)
    let then = audit["then"] as! [String: Any]
    let now = audit["now"] as! [String: Any]
    #expect(then["profit"] as? String == "-1600.00")
    #expect(now["profit"] as? String == "90400.00")
    #expect(then["policyVersion"] as? Int == 1)
    #expect(now["policyVersion"] as? Int == 2)
    let reasons = (audit["causes"] as! [[String: Any]]).map { $0["reason"] as! String }
    #expect(reasons == ["backdated", "retracted", "policy-changed"])
    let listed = try parse(harness.run("audit", "-O", "json").out) as! [[String: Any]]
    #expect(listed.count == 1)
  }

  @Test(
    "a client asked about before it was known is named as such, not offered as a typo of itself")
  func notYetKnown() throws {
    let harness = Harness.withClient()
    let early = harness.run("show", "acme", "--as-of", "2025-01-09")
    #expect(early.status == 64)
    #expect(
      early.err
        == "kam: client \"acme\" is not in the book on 2025-01-09 (registered on 2025-01-10)\n")
    let unknown = harness.run("explain", "acme", "--known-at", "2020-01-01T00:00:00Z")
    #expect(
      unknown.err.hasPrefix(
        "kam: client \"acme\" is not in the book on 2026-11-28 as known at 2020-01-01T00:00:00.000Z"
      ))
  }

  @Test("retracting a retraction restores the event")
  func retractRetraction() throws {
    let harness = Harness.withClient()
    harness.run("log", "sale", "acme", "--amount", "100", "--on", "2026-11-01")
    func revenue() throws -> String {
      let rows = try parse(harness.run("clients", "-O", "json").out) as! [[String: Any]]
      return rows[0]["revenue"] as! String
    }
    #expect(try revenue() == "100.00")
    #expect(harness.run("retract", "3", "--reason", "typo").status == 0)
    #expect(try revenue() == "0.00")
    #expect(
      harness.run("retract", "3", "--reason", "again").err == "kam: event 3 is retracted already\n")
    #expect(harness.run("retract", "4", "--reason", "it was right").status == 0)
    #expect(try revenue() == "100.00")
    #expect(try harness.eventCount() == 5)
  }

  @Test("undo takes back a whole import in one command, and undoing the undo restores it")
  func undoImport() throws {
    let harness = Harness()
    harness.run("init")
    harness.run(
      "import", try harness.write("a.csv", ImportTests.csv), "--rules",
      try harness.write("r", ImportTests.rules))
    func clients() throws -> Int {
      (try parse(harness.run("clients", "-O", "json").out) as! [Any]).count
    }
    #expect(try clients() == 2)
    #expect(harness.run("undo").out.hasPrefix("Undid command c"))
    #expect(try clients() == 0)
    #expect(harness.run("undo", "--redo").status == 0)
    #expect(try clients() == 2)
    #expect(harness.run("verify").status == 0)
  }

  @Test("undo, undo, undo walks back newest first; --redo takes the undos back; exact messages")
  func undoWalksBack() throws {
    let harness = Harness.withClient()
    harness.run("log", "sale", "acme", "--amount", "100", "--on", "2026-11-01")
    harness.run("log", "sale", "acme", "--amount", "200", "--on", "2026-11-20")
    let probe = try KamSQLiteProbe(path: harness.book)
    func command(_ seq: Int) throws -> String {
      try probe.rows("SELECT command_id FROM events WHERE seq = \(seq)")
    }
    let (registered, first, second) = (try command(2), try command(3), try command(4))
    func revenue() throws -> String {
      let rows = try parse(harness.run("clients", "-O", "json").out) as! [[String: Any]]
      return rows.first?["revenue"] as? String ?? "none"
    }
    #expect(try revenue() == "300.00")
    let steps: [([String], String, String)] = [
      (
        ["undo"],
        "Undid command \(second) (sale-recorded acme 200.00, 2026-11-20): retracted 1 event.",
        "100.00"
      ),
      (
        ["undo"],
        "Undid command \(first) (sale-recorded acme 100.00, 2026-11-01): retracted 1 event.",
        "0.00"
      ),
      (
        ["undo"],
        "Undid command \(registered) (client-registered acme, 2025-01-10): retracted 1 event.",
        "none"
      ),
      (
        ["undo", "--redo"],
        "Redid command \(registered) (client-registered acme, 2025-01-10): restored 1 event.",
        "0.00"
      ),
      (
        ["undo", "--redo"],
        "Redid command \(first) (sale-recorded acme 100.00, 2026-11-01): restored 1 event.",
        "100.00"
      ),
      (
        ["undo"],
        "Undid command \(first) (sale-recorded acme 100.00, 2026-11-01): retracted 1 event.",
        "0.00"
      ),
    ]
    for (arguments, message, expected) in steps {
      let result = harness.run(arguments)
      #expect(result.status == 0, "\(result.err)")
      #expect(result.out == message + "\n")
      #expect(try revenue() == expected)
    }
    #expect(harness.run("undo", "--redo").status == 0)
    #expect(harness.run("undo", "--redo").status == 0)
    #expect(try revenue() == "300.00")
    let nothing = harness.run("undo", "--redo")
    #expect(nothing.status == 64)
    #expect(nothing.err == "kam: tester has nothing to redo\n")
    harness.run("undo")
    let logged = harness.run("log", "sale", "acme", "--amount", "5", "-O", "json")
    let latest = (try parse(logged.out) as! [String: Any])["commandId"] as! String
    let ended = harness.run("undo", "--redo")
    #expect(ended.status == 64)
    #expect(ended.err == "kam: nothing to redo: your command \(latest) came after your last undo\n")
    // Another actor's undo walks back only that actor's commands.
    var other = harness.environment
    other["KAM_ACTOR"] = "someone-else"
    let theirs = InProcessKam.capture(["undo"], environment: other)
    #expect(theirs.status == 64)
    #expect(theirs.err == "kam: someone-else has nothing left to undo\n")
    #expect(harness.run("verify").status == 0)
  }
}
