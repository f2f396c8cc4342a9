import Foundation
import KamCLI
import KamSQLite
import KamTestSupport
import Testing

@Suite("Several kam processes at once")
struct ConcurrencyTests {
  @Test(
    "8 writers, an import and a query loop at once: every sale lands once, no gaps, projections equal a rebuild"
  )
  func processes() throws {
    let harness = Harness.withClient()
    let writers = 8
    let salesEach = 5
    let kam = Harness.executable
    func shell(_ script: String) throws -> Process {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: "/bin/sh")
      process.arguments = ["-c", script]
      process.environment = harness.environment
      try process.run()
      return process
    }
    var processes: [Process] = []
    for writer in 0..<writers {
      processes.append(
        try shell(
          "for i in $(seq 1 \(salesEach)); do \(kam) log sale acme --amount \(writer).$i --ref w\(writer)-$i >/dev/null || exit 1; done"
        ))
    }
    let csv = try harness.write("s.csv", CrashTests.csv)
    let rules = try harness.write("s.rules", ImportTests.rules)
    processes.append(try shell("\(kam) import \(csv) --rules \(rules) >/dev/null"))
    let stop = harness.folder.file("stop")
    let queries = try shell(
      "n=0; while [ ! -e \(stop) ]; do \(kam) clients -O json >/dev/null || exit 1; n=$((n+1)); done; [ $n -gt 0 ]"
    )
    for process in processes {
      process.waitUntilExit()
      #expect(process.terminationStatus == 0)
    }
    _ = FileManager.default.createFile(atPath: stop, contents: nil)
    queries.waitUntilExit()
    #expect(queries.terminationStatus == 0)
    let db = try KamSQLiteProbe(path: harness.book)
    let refs = try db.rows(
      "SELECT json_extract(payload, '$.ref') FROM events WHERE stream = 'acme' AND type = 'sale-recorded' ORDER BY 1"
    ).split(separator: "\n").map(String.init)
    let acknowledged = (0..<writers).flatMap { w in (1...salesEach).map { "w\(w)-\($0)" } }
    #expect(refs == acknowledged.sorted())
    #expect(
      try db.count(
        """
        SELECT (SELECT count(*) FROM events) = (SELECT max(seq) FROM events)
          AND NOT EXISTS (SELECT 1 FROM events GROUP BY stream
                          HAVING min(stream_version) <> 1 OR max(stream_version) <> count(*))
        """) == 1)
    #expect(try db.count("SELECT count(*) FROM events WHERE stream LIKE 'c%'") >= 1500)
    #expect(harness.run("verify").status == 0)
    let before = harness.run("clients", "-O", "json").out
    #expect(harness.run("rebuild").status == 0)
    #expect(harness.run("clients", "-O", "json").out == before)
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
    let bad = InProcessKam.capture(
      ["log", "sale", "acme", "--amount", "5"], environment: environment)
    #expect(bad.status == 64)
    #expect(
      bad.err
        == "kam: $KAM_BUSY_TIMEOUT \"soon\": expected a whole number of seconds from 0 to 86400\n")
  }
}
