import Foundation
import KamCLI
import KamSQLite
import Testing

@Suite("Several kam processes at once")
struct ConcurrencyTests {
  @Test("concurrent appends from several processes lose nothing and keep versions contiguous")
  func processes() throws {
    let harness = Harness.withClient()
    let writers = 4
    let salesEach = 10
    var processes: [Process] = []
    for writer in 0..<writers {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: "/bin/sh")
      let kam = Harness.executable
      process.arguments = [
        "-c",
        "for i in $(seq 1 \(salesEach)); do \(kam) log sale acme --amount \(writer).$i >/dev/null || exit 1; done",
      ]
      process.environment = harness.environment
      try process.run()
      processes.append(process)
    }
    for process in processes {
      process.waitUntilExit()
      #expect(process.terminationStatus == 0)
    }
    let db = try KamSQLiteProbe(path: harness.book)
    #expect(
      try db.count("SELECT count(*) FROM events WHERE type = 'sale-recorded'") == writers
        * salesEach)
    #expect(
      try db.count("SELECT max(stream_version) FROM events WHERE stream = 'acme'") == writers
        * salesEach + 1)
    #expect(harness.run("verify").status == 0)
  }

  /// Starts the kam executable with these arguments; stdout and stderr go to pipes.
  static func start(_ arguments: [String], environment: [String: String]) throws -> (
    Process, Pipe
  ) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: Harness.executable)
    process.arguments = arguments
    process.environment = environment
    let err = Pipe()
    process.standardError = err
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    return (process, err)
  }

  @Test("a writer waits for another, saying so after a second, and succeeds when it is done")
  func waitsAndSays() throws {
    let harness = Harness.withClient()
    let holder = try Database(path: harness.book, mode: .readWrite)
    try holder.execute("BEGIN IMMEDIATE")
    let (process, err) = try Self.start(
      ["log", "sale", "acme", "--amount", "5"], environment: harness.environment)
    Thread.sleep(forTimeInterval: 1.8)
    try holder.execute("COMMIT")
    process.waitUntilExit()
    let said = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    #expect(process.terminationStatus == 0)
    #expect(said == "kam: waiting for another kam to finish writing… (up to 120 s)\n")
    #expect(try harness.eventCount() == 3)
  }

  @Test("a writer that waited $KAM_BUSY_TIMEOUT fails with 75 and one line, and writes nothing")
  func givesUp() throws {
    let harness = Harness.withClient()
    let holder = try Database(path: harness.book, mode: .readWrite)
    try holder.execute("BEGIN IMMEDIATE")
    var environment = harness.environment
    environment["KAM_BUSY_TIMEOUT"] = "1"
    let (process, err) = try Self.start(
      ["log", "sale", "acme", "--amount", "5"], environment: environment)
    process.waitUntilExit()
    try holder.execute("ROLLBACK")
    let said = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    #expect(process.terminationStatus == 75)
    #expect(said.hasPrefix("kam: ") && said.filter { $0 == "\n" }.count == 1, "\(said)")
    #expect(try harness.eventCount() == 2)
    environment["KAM_BUSY_TIMEOUT"] = "soon"
    let bad = KamRunner.capture(["log", "sale", "acme", "--amount", "5"], environment: environment)
    #expect(bad.status == 64)
    #expect(
      bad.err
        == "kam: $KAM_BUSY_TIMEOUT \"soon\": expected a whole number of seconds from 0 to 86400\n")
  }
}
