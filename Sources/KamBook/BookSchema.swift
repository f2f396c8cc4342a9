public import KamEventLog

/// The schema of a book: the log's migrations, then the projections'.
public enum BookSchema {
  /// Every migration of `schema/`, in order.
  public static var migrations: [Migration] { LogSchema.migrations + embedded }
}
