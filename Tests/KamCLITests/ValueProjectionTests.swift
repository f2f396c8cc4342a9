import Foundation
import KamCLI
import Testing

@Suite("The stored value projection against a replay of the log")
struct ValueProjectionTests {
  /// `kam value` from the table, and the same query replayed from the log
  /// (`--known-at` far in the future reads every event through the fold).
  static func bothWays(_ harness: Harness, _ extra: String...) -> (stored: String, replayed: String)
  {
    let stored = harness.run(["value", "-O", "json"] + extra)
    let replayed = harness.run(["value", "-O", "json", "--known-at", "2999-01-01"] + extra)
    #expect(stored.status == 0, "\(stored.err)")
    return (stored.out, replayed.out)
  }

  @Test(
    "given sales, meetings and a resolution, then kam value reads the table the fold would give")
  func storedEqualsReplay() {
    let harness = ReportTests.book()
    harness.run(
      "log", "meeting", "acme", "--kind", "visit", "--minutes", "45", "--on", "2025-07-02")
    harness.run(
      "log", "complaint", "acme", "--severity", "low", "--about", "x", "--on", "2025-07-03")
    harness.run("log", "resolution", "acme", "acme-1", "--cost", "250", "--on", "2025-07-04")
    for date in ["2025-08-01", "2025-06-01", "2026-07-01"] {
      let (stored, replayed) = Self.bothWays(harness, "--as-of", date)
      #expect(stored == replayed, "as of \(date)")
    }
  }

  @Test("given clients registered later, then an earlier --as-of leaves them out on both paths")
  func clientsNotKnownYet() {
    let harness = ReportTests.book()
    harness.run("client", "add", "late", "--name", "Late", "--on", "2026-03-01")
    for date in ["2025-06-01", "2024-12-01", "2026-03-01"] {
      let (stored, replayed) = Self.bothWays(harness, "--as-of", date)
      #expect(stored == replayed, "as of \(date)")
      #expect(stored.contains("\"late\"") == (date == "2026-03-01"), "as of \(date)")
    }
  }

  @Test("when the hourly rate changes or a sale is retracted, then the stored days follow")
  func followsPolicyAndRetraction() throws {
    let harness = ReportTests.book()
    harness.run("log", "meeting", "beta", "--kind", "call", "--minutes", "60", "--on", "2025-07-01")
    let before = Self.bothWays(harness, "--as-of", "2025-08-01")
    #expect(before.stored == before.replayed)
    let policy = try harness.write("p.json", #"{"hourlyRateMinor": 30000}"#)
    #expect(harness.run("policy", "set", policy).status == 0)
    let repriced = Self.bothWays(harness, "--as-of", "2025-08-01")
    #expect(repriced.stored == repriced.replayed)
    #expect(repriced.stored != before.stored)
    #expect(harness.run("retract", "3", "--reason", "typo").status == 0)
    let retracted = Self.bothWays(harness, "--as-of", "2025-08-01")
    #expect(retracted.stored == retracted.replayed)
    #expect(retracted.stored != repriced.stored)
  }
}
