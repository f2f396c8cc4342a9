internal import CKamSQLite

/// The current row of a statement, lent to the closure of
/// ``Statement/forEachRow(_:)``, ``Statement/fetchOne(_:)`` or
/// ``Statement/fetchAll(_:)``.
///
/// Columns are read by 0-based index, strictly (``DatabaseValueConvertible``):
/// NULL read as a non-optional type, or another storage class than the
/// type's, throws ``RowDecodingError`` naming the column, the SQL and the row.
/// A row is only valid inside the closure it is lent to: the next step
/// replaces its values. An index past the last column is a programmer error
/// and stops the program, as an array's does.
///
/// ```swift
/// try statement.forEachRow { row in
///   let seq = try row.column(0, as: Int64.self)
///   let correlation = try row.column(1, as: String?.self)
///   try row.withColumnBytes(2) { payload in hasher.field(payload) }
/// }
/// ```
public struct Row {
  let statement: Statement
  /// The number of columns in the row.
  public let count: Int32

  init(_ statement: Statement) {
    self.statement = statement
    self.count = statement.columnCount
  }

  /// The name of a column (its alias, when the SQL gives one).
  public func columnName(_ index: Int32) -> String {
    checkIndex(index)
    return statement.columnName(index)
  }

  /// A column decoded as `Value`; see ``DatabaseValueConvertible`` for what each type reads.
  ///
  /// - Throws: ``RowDecodingError`` when the column is NULL and `Value` is not
  ///   optional, or holds another storage class than `Value`'s.
  @inline(__always)
  public func column<Value: DatabaseValueConvertible>(
    _ index: Int32, as type: Value.Type = Value.self
  ) throws(RowDecodingError) -> Value {
    try Value.decode(from: self, column: index)
  }

  /// True when the column is NULL.
  public func isNull(_ index: Int32) -> Bool {
    storageClass(index) == SQLITE_NULL
  }

  /// Calls `body` with the bytes of a `TEXT` or `BLOB` column without copying them.
  ///
  /// The buffer is only valid inside `body`: SQLite reuses it on the next step.
  ///
  /// - Throws: ``RowDecodingError`` when the column is NULL or a number (whose
  ///   bytes SQLite would make up by formatting it), or what `body` throws.
  public func withColumnBytes<Result>(
    _ index: Int32, _ body: (UnsafeRawBufferPointer) throws -> Result
  ) throws -> Result {
    switch storageClass(index) {
    case SQLITE_TEXT, SQLITE_BLOB: return try body(bytes(index))
    case SQLITE_NULL:
      throw error(.nullValue, column: index, expected: "text or blob", found: "NULL")
    default:
      throw error(
        .typeMismatch, column: index, expected: "text or blob", found: storageName(index))
    }
  }

  /// ``withColumnBytes(_:_:)`` for a column that may be NULL: `body` gets nil for NULL.
  public func withOptionalColumnBytes<Result>(
    _ index: Int32, _ body: (UnsafeRawBufferPointer?) throws -> Result
  ) throws -> Result {
    if isNull(index) { return try body(nil) }
    return try withColumnBytes(index) { try body($0) }
  }

  /// The column as it is stored.
  public func databaseValue(_ index: Int32) -> DatabaseValue {
    switch storageClass(index) {
    case SQLITE_INTEGER: .integer(int64(index))
    case SQLITE_FLOAT: .real(double(index))
    case SQLITE_TEXT: .text(text(index))
    case SQLITE_BLOB: .blob(blob(index))
    default: .null
    }
  }
}

/// The storage classes a typed read checks for.
enum StorageClass: Int32 {
  case integer = 1  // SQLITE_INTEGER
  case real = 2  // SQLITE_FLOAT
  case text = 3  // SQLITE_TEXT
  case blob = 4  // SQLITE_BLOB
}

extension Row {
  /// Throws unless the column holds `storage`: the check every typed read makes
  /// before SQLite could convert the value.
  @inline(__always)
  func check<Value>(_ index: Int32, holds storage: StorageClass, as type: Value.Type)
    throws(RowDecodingError)
  {
    let found = storageClass(index)
    guard found == storage.rawValue else { throw mismatch(index, found: found, as: type) }
  }

  /// An `INTEGER` column's value, checked.
  @inline(__always)
  func checkedInt64<Value>(_ index: Int32, as type: Value.Type) throws(RowDecodingError) -> Int64 {
    try check(index, holds: .integer, as: type)
    return int64(index)
  }

  /// The error of a column that does not hold the storage class `type` reads.
  func mismatch<Value>(_ index: Int32, found: Int32, as type: Value.Type) -> RowDecodingError {
    found == SQLITE_NULL
      ? error(.nullValue, column: index, expected: type, found: "NULL")
      : error(.typeMismatch, column: index, expected: type, found: storageName(index))
  }

  /// An error about a column of this row, for a read as `expected`.
  func error<Value>(
    _ code: RowDecodingError.Code, column: Int32, expected: Value.Type, found: String
  ) -> RowDecodingError {
    error(code, column: column, expected: "\(expected)", found: found)
  }

  func error(_ code: RowDecodingError.Code, column: Int32, expected: String, found: String)
    -> RowDecodingError
  {
    RowDecodingError(
      code: code, column: column, columnName: columnName(column), expectedType: expected,
      found: found, sql: statement.sql, row: rowDescription)
  }

  /// `[name:value …]`, long text cut short: for messages, built only on failure.
  var rowDescription: String {
    let values = (0..<count).map { index in
      var value = databaseValue(index).description
      if value.count > 64 {
        value = String(value.prefix(60)) + "…" + (value.last == "\"" ? "\"" : "")
      }
      return "\(statement.columnName(index)):\(value)"
    }
    return "[" + values.joined(separator: " ") + "]"
  }

  /// The name of the column's storage class.
  func storageName(_ index: Int32) -> String {
    switch storageClass(index) {
    case SQLITE_INTEGER: "INTEGER \(int64(index))"
    case SQLITE_FLOAT: "REAL \(double(index))"
    case SQLITE_TEXT: "TEXT"
    case SQLITE_BLOB: "BLOB"
    default: "NULL"
    }
  }

  @inline(__always)
  func checkIndex(_ index: Int32) {
    precondition(
      index >= 0 && index < count,
      "column index \(index) out of range: the row has \(count) columns (`\(statement.sql)`)")
  }

  @inline(__always)
  func storageClass(_ index: Int32) -> Int32 {
    checkIndex(index)
    return sqlite3_column_type(statement.handle, index)
  }

  func int64(_ index: Int32) -> Int64 { sqlite3_column_int64(statement.handle, index) }
  func double(_ index: Int32) -> Double { sqlite3_column_double(statement.handle, index) }
  func text(_ index: Int32) -> String {
    guard let pointer = sqlite3_column_text(statement.handle, index) else { return "" }
    let count = Int(sqlite3_column_bytes(statement.handle, index))
    return String(decoding: UnsafeBufferPointer(start: pointer, count: count), as: UTF8.self)
  }
  func blob(_ index: Int32) -> [UInt8] { Array(bytes(index)) }
  func bytes(_ index: Int32) -> UnsafeRawBufferPointer {
    // Blob first, bytes second, as SQLite's documentation orders the calls.
    let base = sqlite3_column_blob(statement.handle, index)
    let count = Int(sqlite3_column_bytes(statement.handle, index))
    return UnsafeRawBufferPointer(start: base, count: base == nil ? 0 : count)
  }
}
