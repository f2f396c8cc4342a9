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

  /// What the threads report, behind a lock.
  final class Findings: @unchecked Sendable {
    private let lock = NSLock()
    private var problems: [String] = []
    private var readsValue = 0

    func problem(_ text: String) { lock.withLock { problems.append(text) } }
    func read() { lock.withLock { readsValue += 1 } }
    var all: [String] { lock.withLock { problems } }
    var reads: Int { lock.withLock { readsValue } }
  }

  /// 8 writers, each on its own log and connection, append 1,000 events each,
  /// one append at a time, to a stream of their own (expecting each version)
  /// and to one they share; a reader polls all along: it must never see a
  /// sequence number before every one below it.
  @Test func eightWritersAndAPollingReader() throws {
    let book = try PostgresTestBook()
    let findings = Findings()
    let group = DispatchGroup()
    let total = Self.writers * Self.eventsPerWriter
    let logs = try (0..<Self.writers).map { _ in try book.open() }
    let start = DispatchSemaphore(value: 0)
    for (writer, log) in logs.enumerated() {
      group.enter()
      Thread.detachNewThread {
        defer { group.leave() }
        start.wait()
        var own: Int64 = 0
        do {
          for n in 0..<Self.eventsPerWriter {
            let shared = n % 4 == 0
            let event = Sample.event(
              shared ? "shared" : "w\(writer)", n, id: "w\(writer)-\(n)",
              expected: shared ? .any : (own == 0 ? .noStream : .exact(own)))
            try log.append([event], context: Sample.context(actor: "w\(writer)"))
            if !shared { own += 1 }
          }
        } catch {
          findings.problem("writer \(writer): \(error)")
        }
      }
    }
    let reader = try book.open()
    group.enter()
    Thread.detachNewThread {
      defer { group.leave() }
      var seen: Int64 = 0
      let deadline = Date().addingTimeInterval(300)
      do {
        while seen < total && Date() < deadline {
          try reader.forEachEvent(after: SequenceNumber(rawValue: seen), limit: nil) { event in
            if event.seq.rawValue != seen + 1 {
              findings.problem("the reader saw \(event.seq) after \(seen)")
            }
            seen = event.seq.rawValue
          }
          findings.read()
        }
      } catch {
        findings.problem("reader: \(error)")
      }
      if seen != total { findings.problem("the reader saw \(seen) events of \(total)") }
    }
    for _ in 0..<Self.writers { start.signal() }
    group.wait()
    #expect(findings.all == [])
    #expect(findings.reads > 1)

    #expect(try book.log.lastSequence().rawValue == Int64(total))
    var ids = Set<String>()
    var versions: [String: Int64] = [:]
    try book.log.forEachEvent(after: .zero, limit: nil) { event in
      ids.insert(event.id.rawValue)
      let expected = (versions[event.stream.rawValue] ?? 0) + 1
      #expect(event.streamVersion == expected, "stream \(event.stream) at \(event.seq)")
      versions[event.stream.rawValue] = event.streamVersion
    }
    #expect(ids.count == total)
    #expect(versions["shared"] == Int64(Self.writers * Self.eventsPerWriter / 4))
    #expect(try book.log.verify().ok)
    for log in logs { log.close() }
    reader.close()
  }
}
