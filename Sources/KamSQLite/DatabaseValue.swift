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

/// A Swift type that can be bound to a statement and read from a column.
public protocol DatabaseValueConvertible {
  /// The value to bind.
  var databaseValue: DatabaseValue { get }
  /// Reads the value from a column of the statement's current row.
  static func decode(from statement: Statement, column: Int32) -> Self
}

extension Int64: DatabaseValueConvertible {
  /// The integer, bound as `INTEGER`.
  public var databaseValue: DatabaseValue { .integer(self) }
  /// Reads an `INTEGER` column (0 for NULL).
  public static func decode(from statement: Statement, column: Int32) -> Int64 {
    statement.int64(column)
  }
}

extension Int: DatabaseValueConvertible {
  /// The integer, bound as `INTEGER`.
  public var databaseValue: DatabaseValue { .integer(Int64(self)) }
  /// Reads an `INTEGER` column (0 for NULL).
  public static func decode(from statement: Statement, column: Int32) -> Int {
    Int(statement.int64(column))
  }
}

extension Double: DatabaseValueConvertible {
  /// The number, bound as `REAL`.
  public var databaseValue: DatabaseValue { .real(self) }
  /// Reads a `REAL` column (0 for NULL).
  public static func decode(from statement: Statement, column: Int32) -> Double {
    statement.double(column)
  }
}

extension String: DatabaseValueConvertible {
  /// The string, bound as `TEXT`.
  public var databaseValue: DatabaseValue { .text(self) }
  /// Reads a `TEXT` column ("" for NULL).
  public static func decode(from statement: Statement, column: Int32) -> String {
    statement.text(column)
  }
}

extension Bool: DatabaseValueConvertible {
  /// The flag, bound as `INTEGER` 0 or 1.
  public var databaseValue: DatabaseValue { .integer(self ? 1 : 0) }
  /// Reads an `INTEGER` column as true when non-zero.
  public static func decode(from statement: Statement, column: Int32) -> Bool {
    statement.int64(column) != 0
  }
}

/// Bytes stored as a `BLOB`.
public struct Blob: DatabaseValueConvertible, Sendable, Hashable {
  /// The bytes.
  public var bytes: [UInt8]
  /// Wraps bytes.
  public init(_ bytes: [UInt8]) { self.bytes = bytes }
  /// The bytes, bound as `BLOB`.
  public var databaseValue: DatabaseValue { .blob(bytes) }
  /// Reads a `BLOB` column (empty for NULL).
  public static func decode(from statement: Statement, column: Int32) -> Blob {
    Blob(statement.blob(column))
  }
}

extension Optional: DatabaseValueConvertible where Wrapped: DatabaseValueConvertible {
  /// The wrapped value, or NULL.
  public var databaseValue: DatabaseValue { self?.databaseValue ?? .null }
  /// Reads NULL as nil.
  public static func decode(from statement: Statement, column: Int32) -> Wrapped? {
    statement.isNull(column) ? nil : Wrapped.decode(from: statement, column: column)
  }
}
