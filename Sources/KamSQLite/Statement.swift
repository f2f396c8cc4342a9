internal import CKamSQLite

/// A compiled SQL statement.
///
/// Bind arguments with ``bind(_:)``, then call ``step()`` until it returns
/// false, reading columns of each row with ``column(_:as:)`` or the typed
/// accessors. Text and blobs are bound with `SQLITE_TRANSIENT`, so SQLite
/// copies them and callers' buffers may go away at once.
public final class Statement {
  /// The SQL this statement was compiled from.
  public let sql: String
  let handle: OpaquePointer
  unowned let database: Database

  init(database: Database, sql: String) throws(DatabaseError) {
    var statement: OpaquePointer?
    let code = sqlite3_prepare_v3(
      database.handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, nil)
    guard code == SQLITE_OK, let statement else {
      throw database.error(code: code, sql: sql)
    }
    self.sql = sql
    self.handle = statement
    self.database = database
  }

  deinit { sqlite3_finalize(handle) }

  /// Resets the statement so it can run again; bindings are cleared too.
  public func reset() {
    sqlite3_reset(handle)
    sqlite3_clear_bindings(handle)
  }

  /// Binds arguments to the statement's parameters, in order (`?1`, `?2`, …).
  public func bind(_ arguments: [(any DatabaseValueConvertible)?]) throws(DatabaseError) {
    sqlite3_reset(handle)
    for (offset, argument) in arguments.enumerated() {
      try bind(argument, at: Int32(offset + 1))
    }
  }

  /// Binds one argument to the parameter at a 1-based index.
  public func bind(_ value: (any DatabaseValueConvertible)?, at index: Int32) throws(DatabaseError)
  {
    let code: Int32
    switch value?.databaseValue ?? .null {
    case .null: code = sqlite3_bind_null(handle, index)
    case .integer(let int): code = sqlite3_bind_int64(handle, index, int)
    case .real(let double): code = sqlite3_bind_double(handle, index, double)
    case .text(let text):
      code = sqlite3_bind_text(handle, index, text, -1, SQLITE_TRANSIENT)
    case .blob(let bytes):
      code = bytes.withUnsafeBytes {
        sqlite3_bind_blob(handle, index, $0.baseAddress, Int32($0.count), SQLITE_TRANSIENT)
      }
    }
    guard code == SQLITE_OK else { throw database.error(code: code, sql: sql) }
  }

  /// Binds UTF-8 bytes as `TEXT` without building a `String` first.
  public func bindText(_ utf8: [UInt8], at index: Int32) throws(DatabaseError) {
    let code = utf8.withUnsafeBytes {
      sqlite3_bind_text(
        handle, index, $0.baseAddress.map { $0.assumingMemoryBound(to: CChar.self) },
        Int32($0.count), SQLITE_TRANSIENT)
    }
    guard code == SQLITE_OK else { throw database.error(code: code, sql: sql) }
  }

  /// Advances to the next row: true when there is one, false when the statement is done.
  @discardableResult
  public func step() throws(DatabaseError) -> Bool {
    let code = sqlite3_step(handle)
    switch code {
    case SQLITE_ROW: return true
    case SQLITE_DONE: return false
    default:
      let error = database.error(code: code, sql: sql)
      sqlite3_reset(handle)
      throw error
    }
  }

  /// The number of columns in each result row.
  public var columnCount: Int32 { sqlite3_column_count(handle) }

  /// The name of a result column.
  public func columnName(_ index: Int32) -> String {
    String(cString: sqlite3_column_name(handle, index))
  }

  /// A column of the current row, decoded as `Value`.
  public func column<Value: DatabaseValueConvertible>(
    _ index: Int32, as type: Value.Type = Value.self
  )
    -> Value
  {
    Value.decode(from: self, column: index)
  }

  /// True when the column of the current row is NULL.
  public func isNull(_ index: Int32) -> Bool {
    sqlite3_column_type(handle, index) == SQLITE_NULL
  }

  /// Calls `body` with the bytes of a text or blob column without copying them.
  ///
  /// The buffer is only valid inside `body`: SQLite reuses it on the next step.
  public func withColumnBytes<Result>(
    _ index: Int32, _ body: (UnsafeRawBufferPointer) throws -> Result
  ) rethrows -> Result {
    let count = Int(sqlite3_column_bytes(handle, index))
    guard let base = sqlite3_column_blob(handle, index) else {
      return try body(UnsafeRawBufferPointer(start: nil, count: 0))
    }
    return try body(UnsafeRawBufferPointer(start: base, count: count))
  }

  func int64(_ index: Int32) -> Int64 { sqlite3_column_int64(handle, index) }
  func double(_ index: Int32) -> Double { sqlite3_column_double(handle, index) }
  func text(_ index: Int32) -> String {
    guard let pointer = sqlite3_column_text(handle, index) else { return "" }
    let count = Int(sqlite3_column_bytes(handle, index))
    return String(
      decoding: UnsafeBufferPointer(start: pointer, count: count), as: UTF8.self)
  }
  func blob(_ index: Int32) -> [UInt8] {
    withColumnBytes(index) { Array($0) }
  }
}

/// Tells SQLite to copy bound text and blobs before the call returns.
let SQLITE_TRANSIENT = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
