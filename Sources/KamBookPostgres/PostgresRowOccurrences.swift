import KamBook

/// The import's row counter in the store's memory: one round trip per CSV row
/// (a temporary table, as on SQLite) made imports on a server crawl.
///
/// It lives for the store's life, which is one `kam import`; it does not roll
/// back with a transaction, which an import never needs (a failed import ends
/// the run, and the rerun counts from its first row, `reset`). Memory grows by
/// about 40 bytes per distinct row: some 40 MiB for a million.
final class PostgresRowOccurrences: RowOccurrences, @unchecked Sendable {
  private let counts = Locked<[Int: Int64]>([:])

  /// Forgets every count, at an import's first transaction.
  func reset() {
    counts.withLock { $0 = [:] }
  }

  func next(_ key: Int) throws -> Int64 {
    counts.withLock { counts in
      counts[key, default: 0] += 1
      return counts[key]!
    }
  }
}
