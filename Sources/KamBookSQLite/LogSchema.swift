/// The event log's own schema: `schema/0001_event_log.sql` and the
/// migrations named `*_log_*` (`0007_log_recording_order.sql`).
public enum LogSchema {
  /// The log's migrations, embedded from `schema/` by `tools/embed-schema`.
  public static var migrations: [Migration] { embedded }

  /// Identifies a SQLite file as a kam book (`PRAGMA application_id`, "kam1").
  public static let applicationID: Int32 = 0x6B61_6D31
}
