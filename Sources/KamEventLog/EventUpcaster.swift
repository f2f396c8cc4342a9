/// Rewrites events stored under an older payload version into the version
/// the reader understands.
///
/// The log stores what was written and never rewrites it; upcasting happens
/// on every read, so old books stay readable without a data migration.
public protocol EventUpcaster: Sendable {
  /// Upcasts `event` in place (type version and payload), or leaves it as it is.
  func upcast(_ event: inout StoredEvent) throws(EventLogError)
}
