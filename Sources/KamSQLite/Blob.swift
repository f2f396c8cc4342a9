/// Bytes stored as a `BLOB`.
public struct Blob: DatabaseValueConvertible, Sendable, Hashable {
  /// The bytes.
  public var bytes: [UInt8]
  /// Wraps bytes.
  public init(_ bytes: [UInt8]) { self.bytes = bytes }
  /// The bytes, bound as `BLOB`.
  public var databaseValue: DatabaseValue { .blob(bytes) }
  /// Reads a `BLOB` column.
  public static func decode(from row: Row, column: Int32) throws(RowDecodingError) -> Blob {
    try row.check(column, holds: .blob, as: Blob.self)
    return Blob(row.blob(column))
  }
}
