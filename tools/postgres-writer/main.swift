// kam-postgres-writer URL SCHEMA WRITER EVENTS BATCH
//
// One of the writer processes of the PostgreSQL concurrency test
// (Tests/KamBookPostgresTests/PostgresConcurrencyTests): opens the book, prints
// `ready`, waits for a line on stdin, then appends EVENTS events BATCH at a
// time, to the stream wWRITER (expecting each version) and, every fourth, to
// the stream `shared`. Exit status: 0 done, 1 an append failed (the error on
// stderr), 2 bad arguments.
import Glibc
import KamBookPostgres
import KamEventLog
import KamTime

/// A line on standard error (FileHandle would bring in Foundation).
func complain(_ text: String) {
  _ = text.utf8CString.withUnsafeBufferPointer { write(2, $0.baseAddress, $0.count - 1) }
}

let arguments = CommandLine.arguments
guard arguments.count == 6, let writer = Int(arguments[3]), let count = Int(arguments[4]),
  let batch = Int(arguments[5]), batch > 0
else {
  complain("usage: kam-postgres-writer URL SCHEMA WRITER EVENTS BATCH\n")
  exit(2)
}
do {
  let log = try PostgresEventLog(url: arguments[1], schema: arguments[2])
  _ = write(1, "ready\n", 6)
  _ = readLine()
  var own: Int64 = 0
  for first in stride(from: 0, to: count, by: batch) {
    var events: [NewEvent] = []
    for n in first..<min(first + batch, count) {
      let shared = n % 4 == 0
      events.append(
        NewEvent(
          id: EventID(rawValue: "w\(writer)-\(n)"),
          stream: StreamID(rawValue: shared ? "shared" : "w\(writer)"), type: "sale-recorded",
          typeVersion: 1, occurredAt: Instant(millisecondsSinceEpoch: Int64(n) * 1_000),
          payload: Array(#"{"writer":\#(writer),"n":\#(n)}"#.utf8),
          expectedVersion: shared ? .any : (own == 0 ? .noStream : .exact(own))))
      if !shared { own += 1 }
    }
    try log.append(events, context: AppendContext(actor: "w\(writer)"))
  }
  log.close()
} catch {
  complain("kam-postgres-writer \(writer): \(error)\n")
  exit(1)
}
