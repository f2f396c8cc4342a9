/// The schema of a book: the log's migrations, then the projections'.
public enum BookSchema {
  /// Every migration of `schema/`, in order: the log's and the projections'
  /// numbers interleave (a later log migration follows earlier book ones).
  public static var migrations: [Migration] {
    (LogSchema.migrations + embedded).sorted { $0.version < $1.version }
  }
}
