/// One numbered step of a book's schema, from `schema/NNNN_name.sql`.
public struct Migration: Sendable, Hashable {
  /// The number; migrations apply in increasing order.
  public var version: Int
  /// A short name.
  public var name: String
  /// The SQL to run.
  public var sql: String

  /// Creates a migration.
  public init(version: Int, name: String, sql: String) {
    self.version = version
    self.name = name
    self.sql = sql
  }
}
