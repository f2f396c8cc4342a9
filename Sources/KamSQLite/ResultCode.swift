/// A SQLite result code, primary or extended.
///
/// Compare with the named constants; ``primary`` folds an extended code
/// (`SQLITE_CONSTRAINT_UNIQUE`) into its primary one (`SQLITE_CONSTRAINT`).
public struct ResultCode: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
  /// The raw `int` SQLite returned.
  public var rawValue: Int32

  /// Wraps a raw SQLite result code.
  public init(rawValue: Int32) { self.rawValue = rawValue }

  /// The primary result code (the low byte of an extended code).
  public var primary: ResultCode { ResultCode(rawValue: rawValue & 0xFF) }

  /// `SQLITE_OK`.
  public static let ok = ResultCode(rawValue: 0)
  /// `SQLITE_ERROR`: a generic error, such as bad SQL.
  public static let error = ResultCode(rawValue: 1)
  /// `SQLITE_PERM`: access permission denied.
  public static let permission = ResultCode(rawValue: 3)
  /// `SQLITE_ABORT`: aborted, for instance by `RAISE(ABORT, …)` in a trigger.
  public static let abort = ResultCode(rawValue: 4)
  /// `SQLITE_BUSY`: another connection holds the lock.
  public static let busy = ResultCode(rawValue: 5)
  /// `SQLITE_LOCKED`: a table in this connection is locked.
  public static let locked = ResultCode(rawValue: 6)
  /// `SQLITE_READONLY`: the database cannot be written.
  public static let readOnly = ResultCode(rawValue: 8)
  /// `SQLITE_IOERR`: the operating system reported an I/O error.
  public static let ioError = ResultCode(rawValue: 10)
  /// `SQLITE_CORRUPT`: the file is malformed.
  public static let corrupt = ResultCode(rawValue: 11)
  /// `SQLITE_FULL`: the disk is full.
  public static let full = ResultCode(rawValue: 13)
  /// `SQLITE_CANTOPEN`: the file cannot be opened.
  public static let cantOpen = ResultCode(rawValue: 14)
  /// `SQLITE_CONSTRAINT`: a constraint failed.
  public static let constraint = ResultCode(rawValue: 19)
  /// `SQLITE_MISUSE`: the library was used incorrectly.
  public static let misuse = ResultCode(rawValue: 21)
  /// `SQLITE_NOTADB`: the file is not a database.
  public static let notADatabase = ResultCode(rawValue: 26)
  /// `SQLITE_ROW`: a step produced a row.
  public static let row = ResultCode(rawValue: 100)
  /// `SQLITE_DONE`: a step finished.
  public static let done = ResultCode(rawValue: 101)
  /// `SQLITE_CONSTRAINT_UNIQUE`.
  public static let constraintUnique = ResultCode(rawValue: 2067)
  /// `SQLITE_CONSTRAINT_PRIMARYKEY`.
  public static let constraintPrimaryKey = ResultCode(rawValue: 1555)
  /// `SQLITE_CONSTRAINT_TRIGGER`.
  public static let constraintTrigger = ResultCode(rawValue: 1811)

  public var description: String { "SQLite error \(rawValue)" }
}
