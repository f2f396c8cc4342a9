import KamEventLog
import KamSQLite

/// The actor and command of the previous row, reused when the next row repeats them.
///
/// A long read (a rebuild, an import's catch-up) meets the same actor and
/// command on thousands of rows in a row; sharing one string saves an
/// allocation and a free per event.
struct RepeatedText {
  private var lastActor = ""
  private var lastCommand = ""

  /// The actor in column `index`.
  mutating func actor(_ row: Row, _ index: Int32) throws -> String {
    try Self.read(row, index, &lastActor)
  }

  /// The command id in column `index`.
  mutating func command(_ row: Row, _ index: Int32) throws -> String {
    try Self.read(row, index, &lastCommand)
  }

  private static func read(_ row: Row, _ index: Int32, _ last: inout String) throws -> String {
    try row.withColumnBytes(index) { bytes in
      if !bytes.elementsEqual(last.utf8) { last = String(decoding: bytes, as: UTF8.self) }
      return last
    }
  }
}
