/// One file of schema/postgres/: a version, a name and the SQL that brings a
/// book from the version before to this one.
public struct PostgresMigration: Sendable, Hashable {
  /// The schema version after it (its file's number).
  public var version: Int
  /// The file's name after the number.
  public var name: String
  /// The SQL, several statements.
  public var sql: String

  /// Creates a migration.
  public init(version: Int, name: String, sql: String) {
    self.version = version
    self.name = name
    self.sql = sql
  }
}
