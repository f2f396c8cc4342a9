import Foundation
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
}
