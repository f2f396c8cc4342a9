#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The one owner of a connection: it serialises every access to it.
///
/// Like GRDB's `DatabaseQueue`, it lends its ``Database`` to one closure at a
/// time, so the non-`Sendable` connection is never used by two threads at once.
/// That invariant, kept by the lock, is what makes the `@unchecked Sendable` sound.
public final class DatabaseQueue: @unchecked Sendable {
  private let database: Database
  private let mutex: UnsafeMutablePointer<pthread_mutex_t>

  /// The path of the database file.
  public let path: String

  /// Opens the file and applies `prepare` (pragmas, migrations) once.
  public init(
    path: String, mode: Database.OpenMode = .create,
    prepare: (Database) throws -> Void = { _ in }
  ) throws {
    let database = try Database(path: path, mode: mode)
    try prepare(database)
    self.path = path
    self.database = database
    self.mutex = .allocate(capacity: 1)
    var attributes = pthread_mutexattr_t()
    pthread_mutexattr_init(&attributes)
    pthread_mutexattr_settype(&attributes, Int32(PTHREAD_MUTEX_RECURSIVE))
    pthread_mutex_init(mutex, &attributes)
    pthread_mutexattr_destroy(&attributes)
  }

  deinit {
    pthread_mutex_destroy(mutex)
    mutex.deallocate()
  }

  /// Lends the connection to `body` with nothing else running on it.
  public func access<Result>(_ body: (Database) throws -> Result) rethrows -> Result {
    pthread_mutex_lock(mutex)
    defer { pthread_mutex_unlock(mutex) }
    return try body(database)
  }

  /// Runs `body` in a write transaction (`BEGIN IMMEDIATE`): all of it commits or none.
  public func write<Result>(_ body: (Database) throws -> Result) throws -> Result {
    try access { database in try database.inTransaction(.immediate) { try body(database) } }
  }

  /// Runs `body` in a read transaction, so every query in it sees one snapshot.
  public func read<Result>(_ body: (Database) throws -> Result) throws -> Result {
    try access { database in try database.inTransaction(.deferred) { try body(database) } }
  }
}
