internal import CKamSQLite

/// A compiled SQL statement.
///
/// Bind its arguments with `bind(_:)` (their number is
/// checked against the statement's parameters), then run it with
/// ``execute()``, or read its rows with ``forEachRow(_:)``,
/// ``fetchOne(_:)`` or ``fetchAll(_:)``. Each run resets the statement and
/// clears its bindings when it ends, so the next run binds afresh: no
/// argument of an earlier run is ever used again. Text and blobs are bound
/// with `SQLITE_TRANSIENT`, so SQLite copies them and callers' buffers may
/// go away at once.
///
/// ```swift
/// let select = try db.cachedStatement("SELECT seq, payload FROM events WHERE stream = ?")
/// try select.bind("acme")
/// try select.forEachRow { row in
///   print(try row.column(0, as: Int64.self))
/// }
/// ```
public final class Statement {
  /// The SQL this statement was compiled from.
  public let sql: String
  /// How many arguments a run takes: SQLite's count of the statement's
  /// parameters (for `?NNN` parameters, the largest `NNN`).
  public let parameterCount: Int32
  let handle: OpaquePointer
  unowned let database: Database
  /// True once arguments are bound for the next run; a run's end clears them.
  var hasArguments = false
  /// True while the statement is reset with no bindings: resetting it again
  /// would cost a call per parameter on the append path, for nothing.
  var isReset = true
  /// True while a run reads the rows, so that the cache never hands the
  /// statement to a nested query (which would reset it under the reader).
  var isRunning = false

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
    self.parameterCount = sqlite3_bind_parameter_count(statement)
  }

  deinit { sqlite3_finalize(handle) }

  /// The number of columns in each result row.
  public var columnCount: Int32 { sqlite3_column_count(handle) }

  /// The name of a result column.
  public func columnName(_ index: Int32) -> String {
    String(cString: sqlite3_column_name(handle, index))
  }

  /// Resets the statement so it can run again, and clears its bindings.
  func reset() {
    guard !isReset else { return }
    sqlite3_reset(handle)
    sqlite3_clear_bindings(handle)
    hasArguments = false
    isReset = true
  }

  /// Advances to the next row: true when there is one, false when the statement is done.
  func step() throws(DatabaseError) -> Bool {
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
}

/// Tells SQLite to copy bound text and blobs before the call returns.
let SQLITE_TRANSIENT = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
