import KamBook
import KamDomain
import KamEventLog

/// Everything a memory book holds: a value, so that a transaction works on a
/// copy and commits by putting it back, and rolls back by dropping it.
struct MemoryBookState {
  /// The log, as stored (payloads at their stored versions), by seq − 1.
  var events: [StoredEvent] = []
  /// Where each event id is in `events`.
  var positions: [EventID: Int] = [:]
  var streamVersions: [StreamID: Int64] = [:]
  var outOfOrder: [OutOfOrderRecord] = []
  var latestRecordedAt = Int64.min
  var head: ChainHead?

  var checkpoints: [String: ProjectionCheckpoint] = [:]
  var directory: [ClientSlug: DirectoryEntry] = [:]
  var transitions: [ClientSlug: [StageTransition]] = [:]
  var valueDays: [ClientSlug: ValueDaysRow] = [:]
  var snapshots: [String: [UInt8]] = [:]
  var storedModels: [String: StoredModel] = [:]
  /// The import's row counter, kept like SQLite's temporary table: for the
  /// store's life, rolled back with the transaction that counted.
  var importRows: [Int: Int64] = [:]
}
