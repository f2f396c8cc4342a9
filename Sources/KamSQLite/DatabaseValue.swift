/// A value SQLite stores: one of its five storage classes.
public enum DatabaseValue: Sendable, Hashable {
  /// SQL NULL.
  case null
  /// A 64-bit integer.
  case integer(Int64)
  /// A double.
  case real(Double)
  /// UTF-8 text.
  case text(String)
  /// Bytes.
  case blob([UInt8])
}

extension DatabaseValue: DatabaseValueConvertible, CustomStringConvertible {
  /// The value itself.
  public var databaseValue: DatabaseValue { self }

  /// Reads a column of any storage class, NULL included: the one read that never fails
  /// on what the column holds (a dump of rows, a test).
  public static func decode(from row: Row, column: Int32) throws(RowDecodingError)
    -> DatabaseValue
  {
    row.databaseValue(column)
  }

  /// `NULL`, the number, the text in quotes, or the blob's length.
  public var description: String {
    switch self {
    case .null: "NULL"
    case .integer(let value): "\(value)"
    case .real(let value): "\(value)"
    case .text(let text): "\"\(text)\""
    case .blob(let bytes): "<\(bytes.count) bytes>"
    }
  }
}
