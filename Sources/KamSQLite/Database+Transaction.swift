/// How a transaction takes its locks.
public enum TransactionKind: String, Sendable {
  /// Takes locks as statements need them. Readers use this.
  case deferred = "DEFERRED"
  /// Takes the write lock at once, so two writers queue on the busy timeout
  /// instead of one failing halfway with `SQLITE_BUSY`.
  case immediate = "IMMEDIATE"
}

extension Database {
  /// Runs `body` in a transaction: commits when it returns, rolls back when it throws.
  ///
  /// SQLite has no nested `BEGIN`; inside an open transaction `body` simply
  /// runs in the outer one.
  public func inTransaction<Result>(
    _ kind: TransactionKind = .deferred,
    _ body: () throws -> Result
  ) throws -> Result {
    if isInTransaction { return try body() }
    try execute("BEGIN \(kind.rawValue) TRANSACTION")
    let result: Result
    do {
      result = try body()
    } catch {
      try? execute("ROLLBACK TRANSACTION")
      throw error
    }
    do {
      try execute("COMMIT TRANSACTION")
    } catch {
      try? execute("ROLLBACK TRANSACTION")
      throw error
    }
    return result
  }
}
