import Testing

@testable import KamCLI

/// A list printed record by record (``RecordWriter/write(_:columns:empty:record:)``) is the
/// list printed from its records made first, in every format.
@Suite("Records written as they are made")
struct RecordWriterTests {
  static let rows: [(String, Int64, String)] = [
    ("acme", 12, "Acme \"one\""), ("bolt", -3, "Bolt\nline"), ("cora", 0, ""),
  ]

  static func record(_ row: (String, Int64, String)) -> [JSON.Member] {
    [
      .init("client", .string(row.0)), .init("profit", .integer(row.1)),
      .init("name", .string(row.2)),
    ]
  }

  /// What `write` prints in `format`.
  static func printed(_ format: OutputFormat, _ write: (RecordWriter) -> Void) -> String {
    let console = Console(environment: [:], capture: true)
    write(RecordWriter(format: format, console: console))
    return console.capturedOut
  }

  @Test(
    "given rows, when written record by record, then the output is the records' made first, empty lists too",
    arguments: OutputFormat.allCases)
  func sameOutput(format: OutputFormat) {
    for rows in [Self.rows, []] {
      let streamed = Self.printed(format) {
        $0.write(rows, empty: "(no rows)", record: Self.record)
      }
      let made = Self.printed(format) { $0.write(rows.map(Self.record), empty: "(no rows)") }
      #expect(streamed == made)
    }
    #expect(
      Self.printed(.json) { $0.write(Self.rows, record: Self.record) }
        == #"[{"client":"acme","profit":12,"name":"Acme \"one\""},{"client":"bolt","profit":-3,"name":"Bolt\nline"},{"client":"cora","profit":0,"name":""}]"#
        + "\n")
  }
}
