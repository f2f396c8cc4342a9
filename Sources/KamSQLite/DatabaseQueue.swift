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
///
/// The queue is not re-entrant, as GRDB's is not: calling ``access(_:)``,
/// ``read(_:)`` or ``write(_:)`` from inside one of its own closures stops
/// the program with "Database methods are not reentrant". A function that
/// runs inside a closure takes the lent `Database` as an argument instead, so
/// that it is plain from its signature which transaction it runs in.
///
/// ```swift
/// let queue = try DatabaseQueue(path: path)
/// try queue.write { db in
///   try db.execute("INSERT INTO t (x) VALUES (?)", [1])
///   try audit(db)  // not `queue.read { … }`: that would stop the program
/// }
/// ```
public final class DatabaseQueue: @unchecked Sendable {
  private let database: Database
  /// Held while a closure has the connection.
  private let mutex: UnsafeMutablePointer<pthread_mutex_t>
  /// Guards `owner`, which a thread reads without holding `mutex`.
  private let ownerMutex: UnsafeMutablePointer<pthread_mutex_t>
  /// The thread running a closure, while one does.
  private var owner: pthread_t?

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
    pthread_mutex_init(mutex, nil)
    self.ownerMutex = .allocate(capacity: 1)
    pthread_mutex_init(ownerMutex, nil)
  }

  deinit {
    pthread_mutex_destroy(mutex)
    mutex.deallocate()
    pthread_mutex_destroy(ownerMutex)
    ownerMutex.deallocate()
  }

  /// True when the calling thread is inside one of this queue's closures,
  /// where calling into the queue again is a programmer error.
  public var isAccessedByCurrentThread: Bool {
    pthread_mutex_lock(ownerMutex)
    defer { pthread_mutex_unlock(ownerMutex) }
    return owner.map { pthread_equal($0, pthread_self()) != 0 } ?? false
  }

  /// Lends the connection to `body` with nothing else running on it.
  ///
  /// - Precondition: the calling thread is not inside a closure of this queue already.
  public func access<Result>(_ body: (Database) throws -> Result) rethrows -> Result {
    precondition(
      !isAccessedByCurrentThread,
      "Database methods are not reentrant: this thread is inside a closure of the queue of "
        + "\(path) already; pass its Database down instead")
    pthread_mutex_lock(mutex)
    setOwner(pthread_self())
    defer {
      setOwner(nil)
      pthread_mutex_unlock(mutex)
    }
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

  private func setOwner(_ thread: pthread_t?) {
    pthread_mutex_lock(ownerMutex)
    owner = thread
    pthread_mutex_unlock(ownerMutex)
  }
}
