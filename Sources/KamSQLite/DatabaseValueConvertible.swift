/// A Swift type that can be bound to a statement and read from a column.
///
/// Reading is strict, as GRDB's is, and stricter on numbers: a column must
/// hold the storage class of the type, with no conversion in either direction.
///
/// | type | reads | NULL | anything else |
/// | --- | --- | --- | --- |
/// | `Int64`, `Int` | `INTEGER` | fails | fails: a `REAL` is not rounded, even when exact |
/// | `Bool` | `INTEGER` 0 or 1 | fails | fails, other integers too |
/// | `Double` | `REAL` | fails | fails: an `INTEGER` is not widened |
/// | `String` | `TEXT` | fails | fails: a number is not formatted, a blob not decoded |
/// | ``Blob`` | `BLOB` | fails | fails |
/// | `Optional<T>` | what `T` reads | `nil` | fails as `T` does |
/// | ``DatabaseValue`` | every storage class | `.null` | never fails |
///
/// GRDB reads an integer from an exact `REAL`; kam does not, because its
/// integers are money and positions in the log, and a `REAL` among them is a
/// query to fix, not a value to round. Failures throw ``RowDecodingError``
/// naming the column, the SQL and the row. Text that is not valid UTF-8 is
/// repaired as `String(decoding:as:)` does; kam binds only valid text.
///
/// ```swift
/// let count = try db.fetchOne("SELECT count(*) FROM events") { try $0.column(0, as: Int64.self) }
/// let name = try row.column(2, as: String?.self)  // nil for NULL, throws for an INTEGER
/// ```
public protocol DatabaseValueConvertible {
  /// The value to bind.
  var databaseValue: DatabaseValue { get }

  /// Reads the value from a column of the row, or throws ``RowDecodingError``
  /// when the column holds NULL or another storage class.
  static func decode(from row: Row, column: Int32) throws(RowDecodingError) -> Self

  /// Binds the value to one parameter; the default binds ``databaseValue``.
  ///
  /// A type implements it to bind without building a ``DatabaseValue`` first
  /// (``UTF8Text`` binds its bytes as they are).
  func bind(to parameter: Statement.Parameter) throws(DatabaseError)
}

extension DatabaseValueConvertible {
  /// Binds ``databaseValue``.
  public func bind(to parameter: Statement.Parameter) throws(DatabaseError) {
    try parameter.bind(databaseValue)
  }
}

extension Int64: DatabaseValueConvertible {
  /// The integer, bound as `INTEGER`.
  public var databaseValue: DatabaseValue { .integer(self) }
  /// Reads an `INTEGER` column.
  public static func decode(from row: Row, column: Int32) throws(RowDecodingError) -> Int64 {
    try row.checkedInt64(column, as: Int64.self)
  }
}

extension Int: DatabaseValueConvertible {
  /// The integer, bound as `INTEGER`.
  public var databaseValue: DatabaseValue { .integer(Int64(self)) }
  /// Reads an `INTEGER` column that fits an `Int`.
  public static func decode(from row: Row, column: Int32) throws(RowDecodingError) -> Int {
    let value = try row.checkedInt64(column, as: Int.self)
    guard let int = Int(exactly: value) else {
      throw row.error(.valueOutOfRange, column: column, expected: Int.self, found: "\(value)")
    }
    return int
  }
}

extension Bool: DatabaseValueConvertible {
  /// The flag, bound as `INTEGER` 0 or 1.
  public var databaseValue: DatabaseValue { .integer(self ? 1 : 0) }
  /// Reads an `INTEGER` column holding 0 or 1, as SQLite's comparisons and `EXISTS` give.
  public static func decode(from row: Row, column: Int32) throws(RowDecodingError) -> Bool {
    switch try row.checkedInt64(column, as: Bool.self) {
    case 0: return false
    case 1: return true
    case let other:
      throw row.error(.valueOutOfRange, column: column, expected: Bool.self, found: "\(other)")
    }
  }
}

extension Double: DatabaseValueConvertible {
  /// The number, bound as `REAL`.
  public var databaseValue: DatabaseValue { .real(self) }
  /// Reads a `REAL` column.
  public static func decode(from row: Row, column: Int32) throws(RowDecodingError) -> Double {
    try row.check(column, holds: .real, as: Double.self)
    return row.double(column)
  }
}

extension String: DatabaseValueConvertible {
  /// The string, bound as `TEXT`.
  public var databaseValue: DatabaseValue { .text(self) }
  /// Reads a `TEXT` column.
  public static func decode(from row: Row, column: Int32) throws(RowDecodingError) -> String {
    try row.check(column, holds: .text, as: String.self)
    return row.text(column)
  }
}

extension Optional: DatabaseValueConvertible where Wrapped: DatabaseValueConvertible {
  /// The wrapped value, or NULL.
  public var databaseValue: DatabaseValue { self?.databaseValue ?? .null }
  /// Reads NULL as nil, and anything else as `Wrapped` does (a mismatch still fails).
  public static func decode(from row: Row, column: Int32) throws(RowDecodingError) -> Wrapped? {
    row.isNull(column) ? nil : try Wrapped.decode(from: row, column: column)
  }
  /// Binds the wrapped value as it binds itself, or NULL.
  public func bind(to parameter: Statement.Parameter) throws(DatabaseError) {
    guard let self else { return try parameter.bind(.null) }
    try self.bind(to: parameter)
  }
}
