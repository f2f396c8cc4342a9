import ArgumentParser
import Foundation
import Testing

@testable import KamCLI

/// `kam refresh`, and the refresh the executable leaves running after a write.
@Suite("kam refresh and the refresh after a write")
struct RefreshCommandTests {
  /// A book with one client and two sales, the last one seq 4.
  static func buyingBook() -> Harness {
    let harness = Harness.withClient()
    harness.run("log", "sale", "acme", "--amount", "1200", "--on", "2026-05-10")
    harness.run("log", "sale", "acme", "--amount", "800", "--on", "2026-09-01")
    return harness
  }

  /// The log position both of the day's listings are kept at, or nil when either is not.
  static func keptAt(_ harness: Harness, day: String = "2026-11-28") throws -> Int? {
    let probe = try KamSQLiteProbe(path: harness.book)
    let rows = try probe.rows(
      """
      SELECT DISTINCT log_seq FROM stored_models
      WHERE name IN ('client-listing', 'risk-listing') AND day = '\(day)'
        AND (SELECT count(*) FROM stored_models
             WHERE name IN ('client-listing', 'risk-listing') AND day = '\(day)') = 2
      """)
    return Int(rows)
  }

  /// Waits up to `seconds` for `condition`.
  static func eventually(within seconds: Double, _ condition: () throws -> Bool) rethrows -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
      if try condition() { return true }
      Thread.sleep(forTimeInterval: 0.05)
    }
    return try condition()
  }

  @Test(
    "kam refresh keeps both listings at the last event, and the queries read what they would evaluate"
  )
  func refreshByHand() throws {
    let harness = Self.buyingBook()
    let evaluated = harness.run("clients", "-O", "json", "--known-at", "2999-01-01").out
    #expect(
      harness.run("refresh").out
        == "Kept the listings of 2026-11-28 at event 4: 1 client, 1 risk row.\n")
    #expect(try Self.keptAt(harness) == 4)
    #expect(harness.run("clients", "-O", "json").out == evaluated)
    #expect(
      harness.run("refresh", "-O", "json").out
        == #"{"date":"2026-11-28","seq":4,"clients":1,"risks":1,"kept":true}"# + "\n")
  }

  @Test("kam refresh --as-of keeps that day's listings; --known-at is refused")
  func refreshOptions() throws {
    let harness = Self.buyingBook()
    #expect(harness.run("refresh", "--as-of", "2026-10-01").status == 0)
    #expect(try Self.keptAt(harness, day: "2026-10-01") == 4)
    let refused = harness.run("refresh", "--known-at", "2026-11-01")
    #expect(refused.status == 64)
    #expect(
      refused.err
        == "kam: --known-at means nothing to `kam refresh`: only the log as it stands is kept\n")
  }

  @Test(
    "after a write, the executable leaves a refresh that keeps the day's listings of the new log")
  func refreshAfterAWrite() throws {
    let harness = Self.buyingBook()
    var environment = harness.environment
    environment.removeValue(forKey: "KAM_REFRESH")
    let (process, _) = try ConcurrencyTests.start(
      ["log", "sale", "acme", "--amount", "300"], environment: environment)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    #expect(try Self.eventually(within: 20) { try Self.keptAt(harness) == 5 })
    let evaluated = harness.run("clients", "-O", "json", "--known-at", "2999-01-01").out
    #expect(harness.run("clients", "-O", "json").out == evaluated)
  }

  @Test("with $KAM_REFRESH=off, a write leaves no refresh behind")
  func refreshOff() throws {
    let harness = Self.buyingBook()
    #expect(harness.run("refresh").status == 0)
    let (process, _) = try ConcurrencyTests.start(
      ["log", "sale", "acme", "--amount", "300"], environment: harness.environment)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    Thread.sleep(forTimeInterval: 1.5)
    #expect(try Self.keptAt(harness) == 4)
  }

  @Test("$KAM_REFRESH other than on or off is refused in one line, before anything is written")
  func refreshWord() throws {
    let harness = Self.buyingBook()
    let result = InProcessKam.capture(
      ["log", "sale", "acme", "--amount", "5"],
      environment: harness.environment.merging(["KAM_REFRESH": "sometimes"]) { $1 })
    #expect(result.status == 64)
    #expect(result.err == "kam: $KAM_REFRESH \"sometimes\": expected on or off\n")
    #expect(try harness.eventCount() == 4)
  }

  @Test(
    "the refresh after a write is of the book written: --db, else $KAM_DB; for kam demo, its own book",
    arguments: [
      (["log", "sale", "acme", "--amount", "5"], "/books/real.sqlite"),
      (["log", "sale", "acme", "--amount", "5", "--db", "other.sqlite"], "other.sqlite"),
      (["demo"], "kam-demo.sqlite"),
      (["demo", "--db", "d.sqlite"], "d.sqlite"),
    ])
  func refreshedBook(arguments: [String], book: String) throws {
    let console = Console(environment: ["KAM_DB": "/books/real.sqlite"], capture: true)
    let written = try Console.$current.withValue(console) {
      try #require(try Kam.parseAsRoot(arguments) as? any BookWriting).writtenBook
    }
    #expect(written == book)
  }

  @Test(
    "commands that only read leave no refresh",
    arguments: [["clients"], ["show", "acme"], ["init"], ["verify"]])
  func readersStartNone(arguments: [String]) throws {
    #expect(!(try Kam.parseAsRoot(arguments) is any BookWriting))
  }

  @Test("an import leaves a refresh; a dry run, which writes nothing, does not")
  func dryRunStartsNone() throws {
    let written = { (arguments: [String]) in
      try #require(try Kam.parseAsRoot(arguments) as? any BookWriting).writtenBook
    }
    #expect(
      try written(["import", "s.csv", "--rules", "s.rules", "--db", "b.sqlite"]) == "b.sqlite")
    #expect(try written(["import", "s.csv", "--rules", "s.rules", "--dry-run"]) == nil)
  }
}
