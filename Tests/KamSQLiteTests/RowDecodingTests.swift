import KamSQLite
import Testing

@Suite("Strict reads of columns")
struct RowDecodingTests {
  /// The error of reading column 0 of `sql` as `type`.
  static func failure<Value: DatabaseValueConvertible>(
    _ sql: String, as type: Value.Type
  ) throws -> RowDecodingError? {
    let db = try Database(path: ":memory:")
    return #expect(throws: RowDecodingError.self) {
      _ = try db.fetchOne(sql) { try $0.column(0, as: type) }
    }
  }

  @Test("NULL read as a non-optional type fails, naming the column, the SQL and the row")
  func nullIntoNonOptional() throws {
    let sql = "SELECT NULL AS amount, 'acme' AS client"
    let error = try #require(try Self.failure(sql, as: Int64.self))
    #expect(error.code == .nullValue)
    #expect(error.column == 0)
    #expect(error.columnName == "amount")
    #expect(error.sql == sql)
    #expect(error.row == #"[amount:NULL client:"acme"]"#)
    #expect(error.reason == "column 0 (amount) holds NULL, not an Int64")
    #expect("\(error)".contains("amount"))
    #expect("\(error)".contains(sql))
  }

  /// A type read, as a test argument: a metatype is not `Sendable`.
  enum Read: String, Sendable, CaseIterable {
    case int64 = "Int64"
    case int = "Int"
    case bool = "Bool"
    case double = "Double"
    case string = "String"
    case blob = "Blob"
    case utf8Text = "UTF8Text"

    var type: any DatabaseValueConvertible.Type {
      switch self {
      case .int64: Int64.self
      case .int: Int.self
      case .bool: Bool.self
      case .double: Double.self
      case .string: String.self
      case .blob: Blob.self
      case .utf8Text: UTF8Text.self
      }
    }
  }

  @Test("NULL fails for every non-optional type", arguments: Read.allCases)
  func nullFailsForEveryType(read: Read) throws {
    #expect(try Self.failure("SELECT NULL", as: read.type)?.code == .nullValue)
  }

  @Test(
    "another storage class than the type's fails, with no conversion either way",
    arguments: [
      ("SELECT '42'", .int64), ("SELECT 2.0", .int), ("SELECT 2", .double),
      ("SELECT 42", .string), ("SELECT x'41'", .string), ("SELECT 'a'", .blob),
      ("SELECT 'true'", .bool), ("SELECT 1", .utf8Text),
    ] as [(String, Read)])
  func typeMismatch(sql: String, read: Read) throws {
    let error = try #require(try Self.failure(sql, as: read.type))
    #expect(error.code == .typeMismatch)
    #expect(error.expectedType == read.rawValue)
    #expect(error.sql == sql)
  }

  @Test("an optional reads NULL as nil, and still fails on another storage class")
  func optional() throws {
    let db = try Database(path: ":memory:")
    let read = try db.fetchOne("SELECT NULL, NULL, 7") { row in
      (
        try row.column(0, as: Int64?.self), try row.column(1, as: String?.self),
        try row.column(2, as: Int64?.self)
      )
    }
    #expect(read?.0 == nil)
    #expect(read?.1 == nil)
    #expect(read?.2 == 7)
    let error = try #require(try Self.failure("SELECT 'seven'", as: Int64?.self))
    #expect(error.code == .typeMismatch)
    #expect(error.found == "TEXT")
  }

  @Test("a Bool is 0 or 1; another integer is out of range")
  func bool() throws {
    let db = try Database(path: ":memory:")
    #expect(try db.scalar(Bool.self, "SELECT 1 = 1") == true)
    #expect(try db.scalar(Bool.self, "SELECT EXISTS (SELECT 1 WHERE 0)") == false)
    let error = try #require(try Self.failure("SELECT 2", as: Bool.self))
    #expect(error.code == .valueOutOfRange)
    #expect(error.found == "2")
  }

  @Test("a DatabaseValue reads every storage class, NULL included")
  func databaseValue() throws {
    let db = try Database(path: ":memory:")
    let values = try db.fetchOne("SELECT NULL, 1, 2.5, 'a', x'00ff'") { row in
      try (0..<row.count).map { try row.column($0, as: DatabaseValue.self) }
    }
    #expect(values == [.null, .integer(1), .real(2.5), .text("a"), .blob([0, 255])])
  }

  @Test("the bytes of a column: text or blob; NULL and numbers fail, or nil when optional")
  func columnBytes() throws {
    let db = try Database(path: ":memory:")
    try db.fetchOne("SELECT 'ab', x'0102', NULL, 5") { (row: Row) throws in
      #expect(try row.withColumnBytes(0) { Array($0) } == Array("ab".utf8))
      #expect(try row.withColumnBytes(1) { Array($0) } == [1, 2])
      #expect(try row.withOptionalColumnBytes(2) { $0 == nil })
      let null = #expect(throws: RowDecodingError.self) { try row.withColumnBytes(2) { _ in } }
      #expect(null?.code == .nullValue)
      let number = #expect(throws: RowDecodingError.self) { try row.withColumnBytes(3) { _ in } }
      #expect(number?.code == .typeMismatch)
      #expect(number?.found == "INTEGER 5")
    }
  }

  @Test("empty text and an empty blob are stored as themselves, not as NULL")
  func emptyValues() throws {
    let db = try Database(path: ":memory:")
    try db.execute("CREATE TABLE t (s TEXT, u TEXT, b BLOB)")
    try db.execute("INSERT INTO t VALUES (?, ?, ?)", ["", UTF8Text([]), Blob([])])
    let row = try db.fetchOne("SELECT s, u, b FROM t") { row in
      (
        try row.column(0, as: String.self), try row.column(1, as: UTF8Text.self),
        try row.column(2, as: Blob.self)
      )
    }
    #expect(row?.0 == "")
    #expect(row?.1 == UTF8Text([]))
    #expect(row?.2 == Blob([]))
  }

  @Test("scalar is nil for no row and for NULL, and fails on another storage class")
  func scalar() throws {
    let db = try Database(path: ":memory:")
    try db.execute("CREATE TABLE t (x INTEGER)")
    #expect(try db.scalar(Int64.self, "SELECT x FROM t") == nil)
    #expect(try db.scalar(Int64.self, "SELECT max(x) FROM t") == nil)
    #expect(throws: RowDecodingError.self) { try db.scalar(Int64.self, "SELECT 'x'") }
  }
}
