/// UTF-8 bytes bound as `TEXT` without building a `String` first: an event's
/// JSON payload, which kam keeps as bytes.
///
/// ```swift
/// try insert.bind(seq, UTF8Text(event.payload))
/// ```
public struct UTF8Text: DatabaseValueConvertible, Sendable, Hashable {
  /// The bytes, valid UTF-8.
  public var bytes: [UInt8]
  /// Wraps bytes that are valid UTF-8.
  public init(_ bytes: [UInt8]) { self.bytes = bytes }
  /// The text, bound as `TEXT`.
  public var databaseValue: DatabaseValue { .text(String(decoding: bytes, as: UTF8.self)) }
  /// Reads a `TEXT` column's bytes.
  public static func decode(from row: Row, column: Int32) throws(RowDecodingError) -> UTF8Text {
    try row.check(column, holds: .text, as: UTF8Text.self)
    return UTF8Text(row.blob(column))
  }
  /// Binds the bytes as they are.
  public func bind(to parameter: Statement.Parameter) throws(DatabaseError) {
    try parameter.bindText(bytes)
  }
}
