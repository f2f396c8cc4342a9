/// A column that cannot be read as the type asked for: NULL read as a
/// non-optional type, another storage class than the type's, or a value the
/// type cannot hold.
///
/// Shaped like GRDB's `RowDecodingError`: it names the column, the statement's
/// SQL and the row, so that the message alone finds the query at fault. Reads
/// never fall back to 0, "" or false; see ``DatabaseValueConvertible`` for
/// which storage class each type reads.
///
/// ```swift
/// do {
///   _ = try db.fetchOne("SELECT NULL AS n") { try $0.column(0, as: Int64.self) }
/// } catch let error as RowDecodingError {
///   // error.code == .nullValue, error.columnName == "n", error.sql == "SELECT NULL AS n"
/// }
/// ```
public struct RowDecodingError: Error, Sendable, Hashable, CustomStringConvertible {
  /// What kind of failure this is.
  public struct Code: Hashable, Sendable, CustomStringConvertible {
    let name: String
    /// The column is NULL and the type read is not optional.
    public static let nullValue = Code(name: "null value")
    /// The column holds another storage class than the type reads (TEXT read as an integer).
    public static let typeMismatch = Code(name: "type mismatch")
    /// The storage class is the type's but the value does not fit it (an
    /// INTEGER other than 0 or 1 read as `Bool`).
    public static let valueOutOfRange = Code(name: "value out of range")
    public var description: String { name }
  }

  /// What kind of failure this is.
  public var code: Code
  /// The 0-based index of the column.
  public var column: Int32
  /// The column's name in the result (its alias, when the SQL gives one).
  public var columnName: String
  /// The Swift type asked for, such as `Int64`.
  public var expectedType: String
  /// What the column holds: `NULL`, a storage class, or the value out of range.
  public var found: String
  /// The statement's SQL.
  public var sql: String
  /// The row's values, `[name:value …]`, long ones cut short.
  public var row: String

  /// Creates an error from its parts.
  public init(
    code: Code, column: Int32, columnName: String, expectedType: String, found: String,
    sql: String, row: String
  ) {
    self.code = code
    self.column = column
    self.columnName = columnName
    self.expectedType = expectedType
    self.found = found
    self.sql = sql
    self.row = row
  }

  /// One line without the SQL and the row: which column, what it holds, what was asked.
  public var reason: String {
    "column \(column) (\(columnName)) holds \(found), not \(article(expectedType)) \(expectedType)"
  }

  public var description: String {
    "cannot read \(reason) — in row \(row) of `\(sql)`"
  }
}

private func article(_ type: String) -> String {
  type.first.map { "AEIOU".contains($0) } == true ? "an" : "a"
}
