internal import CKamSQLite

/// An error SQLite reported, with the result code and the SQL that caused it.
///
/// Shaped like GRDB's `DatabaseError`: match on ``code`` (or its
/// ``ResultCode/primary`` code) rather than on the message, which is SQLite's
/// English text and may change between versions.
public struct DatabaseError: Error, Sendable, CustomStringConvertible {
  /// The extended result code.
  public var code: ResultCode
  /// SQLite's message, as returned by `sqlite3_errmsg`.
  public var message: String
  /// The SQL being run, when there was one.
  public var sql: String?

  /// Creates an error from its parts.
  public init(code: ResultCode, message: String, sql: String? = nil) {
    self.code = code
    self.message = message
    self.sql = sql
  }

  /// True when another connection held the lock for longer than the busy timeout.
  public var isBusy: Bool { code.primary == .busy || code.primary == .locked }

  public var description: String {
    var text = "SQLite error \(code.rawValue): \(message)"
    if let sql { text += " — while executing `\(sql)`" }
    return text
  }
}

extension DatabaseError {
  /// Builds an error from a connection's current error state.
  init(connection: OpaquePointer?, code: Int32, sql: String?) {
    let message =
      connection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
      ?? String(cString: sqlite3_errstr(code))
    let extended = connection.map { sqlite3_extended_errcode($0) } ?? code
    self.init(code: ResultCode(rawValue: extended), message: message, sql: sql)
  }
}
