import KamBookPostgres
import KamEventLog
import KamTime
import PostgresNIO

/// Appends through ``PostgresEventLog`` against a raw PostgresNIO insert loop
/// (the same rows and transactions, into a table with no triggers, no lock and
/// no hash) in the same run; a sketch for issue #17's README figures, on a
/// throwaway book schema that is dropped afterwards.
enum PostgresAppendBenchmark {
  static func run(url: String, events count: Int, batch: Int) throws {
    let schema = "kam_bench_\(UInt32.random(in: 0...UInt32.max))"
    let log = try PostgresEventLog(url: url, schema: schema, create: true)
    defer {
      try? log.withSession { try $0.execute("DROP SCHEMA \(schema) CASCADE") }
      log.close()
    }
    let workload = Workload(count: count, streams: max(count / 100, 1))
    print("postgres append: \(count) events, batches of \(batch), schema \(schema)")
    let context = AppendContext(
      actor: "bench", recordedAt: Instant(millisecondsSinceEpoch: 1_700_000_000_000))
    let raw = try log.withSession { session in
      try session.execute(
        "CREATE TABLE raw_events (LIKE events INCLUDING DEFAULTS INCLUDING CONSTRAINTS)")
      return try time {
        var seq: Int64 = 0
        for chunk in stride(from: 0, to: count, by: batch) {
          var queries: [PostgresQuery] = ["BEGIN"]
          for event in workload.events[chunk..<min(chunk + batch, count)] {
            seq += 1
            let payload = String(decoding: event.payload, as: UTF8.self)
            let ms = event.occurredAt.millisecondsSinceEpoch
            queries.append(
              """
              INSERT INTO raw_events VALUES (\(seq), \(event.id.rawValue),
                \(event.stream.rawValue), \(seq), \(event.type), 1, \(ms), \(ms), 'bench', 'c',
                NULL, NULL, \(payload), \(ByteBuffer(bytes: [0])))
              """)
          }
          queries.append("COMMIT")
          try session.pipeline(queries)
        }
      }
    }
    let kam = try time {
      for chunk in stride(from: 0, to: count, by: batch) {
        try log.append(Array(workload.events[chunk..<min(chunk + batch, count)]), context: context)
      }
    }
    let verified = try log.verify().ok
    precondition(verified, "the benchmark's log does not verify")
    print("  raw PostgresNIO loop  \(rate(count, raw)) events/s")
    print("  kam PostgresEventLog  \(rate(count, kam)) events/s")
    print("  kam / raw             \(Int((raw / kam * 100).rounded())) %")
  }
}
