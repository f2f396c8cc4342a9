internal import CKamSQLite

/// One SQLite connection.
///
/// A `Database` is deliberately not `Sendable`: SQLite connections must not be
/// used from two threads at once, so a connection lives inside one serialising
/// owner (``DatabaseQueue``) and is only lent out for the duration of a closure.
public final class Database {
  /// How a connection opens its file.
  public struct OpenMode: Sendable, Equatable {
    let flags: Int32
    /// Read and write; fail when the file does not exist.
    public static let readWrite = OpenMode(flags: SQLITE_OPEN_READWRITE)
    /// Read and write; create the file when it does not exist.
    public static let create = OpenMode(flags: SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
    /// Read only.
    public static let readOnly = OpenMode(flags: SQLITE_OPEN_READONLY)
  }

  /// The oldest SQLite this code is written against: 3.37 (STRICT tables, `RETURNING`).
  public static let minimumLibraryVersion: Int32 = 3_037_000

  /// The SQLite library version linked at run time, such as `3040001`.
  public static var libraryVersion: Int32 { sqlite3_libversion_number() }

  /// The path the connection was opened on (`:memory:` for an in-memory database).
  public let path: String
  let handle: OpaquePointer
  private var statementCache: [String: Statement] = [:]
  /// The busy handler's state, kept alive as long as SQLite may call it.
  var busyWait: BusyWait?
  /// The busy timeout of ``setBusyTimeout(milliseconds:)``, for ``withoutWaiting(_:)`` to restore.
  var busyTimeout: Int32 = 0

  /// SQLite configured once per process, before its first connection: no memory
  /// statistics, which kam never reads and which cost a global lock per allocation.
  private static let configured: Void = { _ = kam_sqlite3_disable_memory_statistics() }()

  /// Opens a connection.
  ///
  /// - Throws: ``DatabaseError`` when the linked SQLite is older than
  ///   ``minimumLibraryVersion`` or the file cannot be opened.
  public init(path: String, mode: OpenMode = .create) throws(DatabaseError) {
    guard sqlite3_libversion_number() >= Self.minimumLibraryVersion else {
      throw DatabaseError(
        code: .misuse,
        message:
          "SQLite \(String(cString: sqlite3_libversion())) is too old; kam needs 3.37 or later")
    }
    _ = Self.configured
    var connection: OpaquePointer?
    let flags = mode.flags | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE
    let code = sqlite3_open_v2(path, &connection, flags, nil)
    guard code == SQLITE_OK, let connection else {
      let error = DatabaseError(connection: connection, code: code, sql: nil)
      sqlite3_close_v2(connection)
      throw error
    }
    self.path = path
    self.handle = connection
    sqlite3_extended_result_codes(connection, 1)
  }

  deinit {
    statementCache.removeAll()
    sqlite3_close_v2(handle)
  }

  /// Runs one or more SQL statements that return no rows.
  public func execute(_ sql: String) throws(DatabaseError) {
    var message: UnsafeMutablePointer<CChar>?
    let code = sqlite3_exec(handle, sql, nil, nil, &message)
    if code != SQLITE_OK {
      let text = message.map { String(cString: $0) } ?? String(cString: sqlite3_errstr(code))
      sqlite3_free(message)
      throw DatabaseError(
        code: ResultCode(rawValue: sqlite3_extended_errcode(handle)), message: text, sql: sql)
    }
  }

  /// Runs one statement with arguments (a cached statement).
  ///
  /// - Throws: ``DatabaseError``, with code ``ResultCode/misuse`` when the
  ///   number of arguments is not the statement's number of parameters.
  public func execute(_ sql: String, _ arguments: [(any DatabaseValueConvertible)?])
    throws(DatabaseError)
  {
    let statement = try cachedStatement(sql)
    try statement.bind(arguments)
    try statement.execute()
  }

  /// Compiles a statement that the caller owns.
  public func makeStatement(_ sql: String) throws(DatabaseError) -> Statement {
    try Statement(database: self, sql: sql)
  }

  /// Returns a compiled statement kept for reuse, reset and with its bindings cleared.
  ///
  /// Use it for statements run often (the append path); the cache lives as long
  /// as the connection. While a statement's rows are being read, asking for
  /// its SQL again (a nested query) compiles another one rather than reset it
  /// under its reader.
  public func cachedStatement(_ sql: String) throws(DatabaseError) -> Statement {
    if let statement = statementCache[sql] {
      guard !statement.isRunning else { return try Statement(database: self, sql: sql) }
      statement.reset()
      return statement
    }
    let statement = try Statement(database: self, sql: sql)
    statementCache[sql] = statement
    return statement
  }

  /// The first column of the first row of a query (a cached statement): nil
  /// when there is no row or the column is NULL, as GRDB's `fetchOne` of a value.
  ///
  /// ```swift
  /// let last = try db.scalar(Int64.self, "SELECT max(seq) FROM events") ?? 0
  /// ```
  ///
  /// - Throws: ``DatabaseError``, or ``RowDecodingError`` when the column holds
  ///   another storage class than `Value` reads.
  public func scalar<Value: DatabaseValueConvertible>(
    _ type: Value.Type, _ sql: String, _ arguments: [(any DatabaseValueConvertible)?] = []
  ) throws -> Value? {
    try fetchOne(sql, arguments) { try $0.column(0, as: Value?.self) } ?? nil
  }

  /// Calls `body` with each row of a query (a cached statement), in order;
  /// see ``Statement/forEachRow(_:)``.
  ///
  /// ```swift
  /// try db.forEachRow("SELECT name FROM sqlite_schema") { row in
  ///   present.insert(try row.column(0))
  /// }
  /// ```
  public func forEachRow(
    _ sql: String, _ arguments: [(any DatabaseValueConvertible)?] = [],
    _ body: (Row) throws -> Void
  ) throws {
    let statement = try cachedStatement(sql)
    try statement.bind(arguments)
    try statement.forEachRow(body)
  }

  /// The first row of a query (a cached statement), mapped by `body`, or nil
  /// when there is none; see ``Statement/fetchOne(_:)``.
  public func fetchOne<Result>(
    _ sql: String, _ arguments: [(any DatabaseValueConvertible)?] = [],
    _ body: (Row) throws -> Result
  ) throws -> Result? {
    let statement = try cachedStatement(sql)
    try statement.bind(arguments)
    return try statement.fetchOne(body)
  }

  /// Every row of a query (a cached statement), mapped by `body`; see
  /// ``Statement/fetchAll(_:)``.
  public func fetchAll<Result>(
    _ sql: String, _ arguments: [(any DatabaseValueConvertible)?] = [],
    _ body: (Row) throws -> Result
  ) throws -> [Result] {
    let statement = try cachedStatement(sql)
    try statement.bind(arguments)
    return try statement.fetchAll(body)
  }

  /// The number of rows the last INSERT, UPDATE or DELETE changed.
  public var changes: Int { Int(sqlite3_changes(handle)) }

  /// The rowid of the last inserted row.
  public var lastInsertedRowID: Int64 { sqlite3_last_insert_rowid(handle) }

  /// True while a transaction is open.
  public var isInTransaction: Bool { sqlite3_get_autocommit(handle) == 0 }

  /// True inside a write transaction: `BEGIN IMMEDIATE`, or a deferred one that has written.
  public var isInWriteTransaction: Bool { sqlite3_txn_state(handle, "main") == SQLITE_TXN_WRITE }

  /// The absolute path of the main database file, as SQLite opened it (empty for an
  /// in-memory or temporary database).
  public var filename: String {
    sqlite3_db_filename(handle, "main").map { String(cString: $0) } ?? ""
  }

  /// True when the linked SQLite lets two connections run on two threads at once.
  public static var isThreadSafe: Bool { sqlite3_threadsafe() != 0 }

  /// Waits this long for another connection's lock before failing with `SQLITE_BUSY`.
  public func setBusyTimeout(milliseconds: Int32) {
    sqlite3_busy_timeout(handle, milliseconds)
    busyTimeout = milliseconds
    busyWait = nil
  }

  func error(code: Int32, sql: String?) -> DatabaseError {
    DatabaseError(connection: handle, code: code, sql: sql)
  }
}
