import Foundation
import KamBookPostgres
import KamEventLog
import KamTime
import Testing

// Skipped, with the reason printed, when no server is set or reachable.
@Suite(
  "PostgreSQL: concurrent writers leave no gap",
  .enabled(if: PostgresTestServer.available, "no PostgreSQL test server (see the printed reason)"))
struct PostgresConcurrencyTests {
  static let writers = 8
  static let eventsPerWriter = 1_000
  /// Events per append: 250 transactions a writer, 2,000 in all, interleaved
  /// as the server schedules them; one event each would take a minute on a
  /// busy 2-core machine.
  static let batch = 4

  /// The writer executable (tools/postgres-writer), built beside the test bundle.
  static var writerExecutable: String {
    URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
      .appendingPathComponent("kam-postgres-writer").path
  }

  /// What the reader finds, behind a lock.
  final class Findings: @unchecked Sendable {
    private let lock = NSLock()
    private var problems: [String] = []
    private var readsValue = 0

    func problem(_ text: String) { lock.withLock { problems.append(text) } }
    func read() { lock.withLock { readsValue += 1 } }
    var all: [String] { lock.withLock { problems } }
    var reads: Int { lock.withLock { readsValue } }
  }

  /// 8 writer processes, each with its own connection, append 1,000 events
  /// each, to a stream of their own (expecting each version) and to one they
  /// share, all started at once; a reader polls all along and must never see
  /// a sequence number before every one below it. Then: all 8,000 once, each
  /// stream's versions 1, 2, 3, …, the chain sound.
  @Test func eightWriterProcessesAndAPollingReader() throws {
    let book = try PostgresTestBook()
    let executable = Self.writerExecutable
    try #require(
      FileManager.default.isExecutableFile(atPath: executable), "no \(executable): swift build")
    let total = Self.writers * Self.eventsPerWriter
    var processes: [(Process, Pipe, Pipe, Pipe)] = []
    for writer in 0..<Self.writers {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: executable)
      process.arguments = [
        PostgresTestServer.url ?? "", book.schema, String(writer), String(Self.eventsPerWriter),
        String(Self.batch),
      ]
      let input = Pipe()
      let output = Pipe()
      let errors = Pipe()
      process.standardInput = input
      process.standardOutput = output
      process.standardError = errors
      try process.run()
      processes.append((process, input, output, errors))
    }
    // Each has connected and opened the book: start them together.
    for (_, _, output, _) in processes {
      let ready = String(decoding: output.fileHandleForReading.readData(ofLength: 6), as: UTF8.self)
      #expect(ready == "ready\n")
    }
    for (_, input, _, _) in processes { input.fileHandleForWriting.write(Data("go\n".utf8)) }

    let findings = Findings()
    let reader = try book.open()
    var seen: Int64 = 0
    let deadline = Date().addingTimeInterval(300)
    while seen < total && Date() < deadline {
      try reader.forEachEvent(after: SequenceNumber(rawValue: seen), limit: nil) { event in
        if event.seq.rawValue != seen + 1 {
          findings.problem("the reader saw \(event.seq) after \(seen)")
        }
        seen = event.seq.rawValue
      }
      findings.read()
    }
    reader.close()
    for (writer, (process, _, _, errors)) in processes.enumerated() {
      process.waitUntilExit()
      let stderr = String(
        decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      #expect(process.terminationStatus == 0, "writer \(writer): \(stderr)")
    }
    #expect(findings.all == [])
    #expect(seen == Int64(total))
    #expect(findings.reads > 1)

    #expect(try book.log.lastSequence().rawValue == Int64(total))
    var ids = Set<String>()
    var versions: [String: Int64] = [:]
    var wrongVersions = 0
    var lastActor = ""
    var switches = 0
    try book.log.forEachEvent(after: .zero, limit: nil) { event in
      if event.actor != lastActor { switches += 1 }
      lastActor = event.actor
      ids.insert(event.id.rawValue)
      let expected = (versions[event.stream.rawValue] ?? 0) + 1
      if event.streamVersion != expected { wrongVersions += 1 }
      versions[event.stream.rawValue] = event.streamVersion
    }
    #expect(ids.count == total)
    // The writers really ran at once: their appends interleave in the log.
    #expect(switches > Self.writers * 4)
    #expect(wrongVersions == 0)
    #expect(versions["shared"] == Int64(total / 4))
    #expect(versions["w0"] == Int64(Self.eventsPerWriter * 3 / 4))
    #expect(try book.log.verify().ok)
  }
}
