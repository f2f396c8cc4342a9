import Foundation
import Testing

/// The quick variant of `tools/reliability crash`: a few SIGKILLs of the
/// debug kam during an import and a rebuild (demos: ``SideFileTests``).
@Suite("A kam killed at any moment leaves its book whole")
struct CrashTests {
  /// 1,500 sales to 60 clients, the same every run.
  static let csv: String = {
    var lines = ["customer,day,net,cogs"]
    var state: UInt64 = 7
    func next(_ bound: UInt64) -> UInt64 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return (state >> 33) % bound
    }
    for _ in 0..<1500 {
      lines.append(
        "c\(next(60)),2025-\(String(format: "%02d", 1 + next(12)))-\(String(format: "%02d", 1 + next(28))),\(10 + next(90000)).\(next(10))0,0"
      )
    }
    return lines.joined(separator: "\n") + "\n"
  }()

  static func events(_ path: String) throws -> [String] {
    try KamSQLiteProbe(path: path).rows(
      "SELECT event_id, stream, type, occurred_at, payload FROM events WHERE seq > 1 ORDER BY seq"
    ).split(separator: "\n").map(String.init)
  }

  /// Runs kam and kills it after `delay` seconds; true when the kill landed.
  static func kill(after delay: Double, _ arguments: [String], environment: [String: String])
    throws -> Bool
  {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: Harness.executable)
    process.arguments = arguments
    process.environment = environment
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    Thread.sleep(forTimeInterval: delay)
    Foundation.kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    return process.terminationReason == .uncaughtSignal
  }

  /// Integrity, verify: what every check after a kill starts with.
  static func expectWhole(_ harness: Harness) throws {
    #expect(try KamSQLiteProbe(path: harness.book).rows("PRAGMA integrity_check") == "ok")
    #expect(harness.run("verify").status == 0)
  }

  @Test("killed imports leave only whole batches, and the rerun gives exactly the clean result")
  func killedImports() throws {
    let clean = Harness()
    clean.run("init")
    let csv = try clean.write("s.csv", Self.csv)
    let rules = try clean.write("s.rules", ImportTests.rules)
    #expect(clean.run("import", csv, "--rules", rules).status == 0)
    let expected = try Self.events(clean.book)
    let clients = clean.run("clients", "-O", "json").out
    var kills = 0
    for delay in [0.0, 0.02, 0.05, 0.1, 0.2, 0.3] {
      let harness = Harness()
      harness.run("init")
      let arguments = ["import", csv, "--rules", rules]
      guard try Self.kill(after: delay, arguments, environment: harness.environment) else {
        continue
      }
      kills += 1
      try Self.expectWhole(harness)
      let landed = try Self.events(harness.book)
      #expect(landed == Array(expected.prefix(landed.count)), "not whole batches after \(delay) s")
      #expect(harness.run(arguments).status == 0)
      #expect(try Self.events(harness.book) == expected)
      #expect(harness.run("clients", "-O", "json").out == clients)
    }
    #expect(kills >= 2)
  }

  @Test("a killed rebuild leaves the projections as they were, and the rerun as a clean one")
  func killedRebuilds() throws {
    let harness = Harness()
    harness.run("init")
    let csv = try harness.write("s.csv", Self.csv)
    #expect(
      harness.run("import", csv, "--rules", try harness.write("s.rules", ImportTests.rules)).status
        == 0)
    let clients = harness.run("clients", "-O", "json").out
    let expected = try Self.events(harness.book)
    for delay in [0.0, 0.03, 0.08] {
      _ = try Self.kill(after: delay, ["rebuild"], environment: harness.environment)
      try Self.expectWhole(harness)
      #expect(try Self.events(harness.book) == expected)
      #expect(harness.run("clients", "-O", "json").out == clients)
    }
    #expect(harness.run("rebuild").status == 0)
    #expect(harness.run("clients", "-O", "json").out == clients)
  }
}
