import KamBookSQLite
import KamEventLog
import KamTime

/// Batched and single-event appends through kam's log against the raw C loop.
enum AppendBenchmark {
  static func run(events count: Int, streams: Int, batch: Int, rounds: Int, singles: Int) throws {
    let workload = Workload(count: count, streams: streams)
    print(
      "append: \(count) events, \(streams) streams, batches of \(batch), best of \(rounds) rounds")
    var rawBest = Double.infinity
    var kamBest = Double.infinity
    for _ in 0..<rounds {
      let rawPath = scratch("raw")
      rawBest = min(rawBest, try RawInserter(path: rawPath).insert(workload.events, batch: batch))
      remove(rawPath)
      let kamPath = scratch("kam")
      let log = try SQLiteEventLog(path: kamPath, create: true)
      let context = AppendContext(
        actor: "bench", recordedAt: Instant(millisecondsSinceEpoch: 1_700_000_000_000))
      kamBest = min(
        kamBest,
        try time {
          for chunk in stride(from: 0, to: count, by: batch) {
            try log.append(
              Array(workload.events[chunk..<min(chunk + batch, count)]), context: context)
          }
        })
      let verified = try log.verify().ok
      precondition(verified, "the benchmark's log does not verify")
      remove(kamPath)
    }
    print("  raw C-API loop   \(rate(count, rawBest)) events/s")
    print("  kam log          \(rate(count, kamBest)) events/s")
    print("  kam / raw        \(Int((rawBest / kamBest * 100).rounded())) %")

    let single = Array(workload.events.prefix(singles))
    let rawPath = scratch("raw1")
    let rawSingle = try RawInserter(path: rawPath).insert(single, batch: 1)
    remove(rawPath)
    let kamPath = scratch("kam1")
    let log = try SQLiteEventLog(path: kamPath, create: true)
    let kamSingle = try time {
      for event in single { try log.append([event], context: AppendContext(actor: "bench")) }
    }
    remove(kamPath)
    print("single-event appends, one transaction each (\(singles) events):")
    print("  raw C-API loop   \(rate(singles, rawSingle)) events/s")
    print("  kam log          \(rate(singles, kamSingle)) events/s")
    print("  kam / raw        \(Int((rawSingle / kamSingle * 100).rounded())) %")
  }
}
