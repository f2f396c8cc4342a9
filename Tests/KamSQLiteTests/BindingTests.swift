import KamSQLite
import Testing

@Suite("Statement arguments")
struct BindingTests {
  @Test(
    "a wrong number of arguments is refused with the SQL",
    arguments: [0, 1, 3])
  func argumentCount(count: Int) throws {
    let db = try Database(path: ":memory:")
    let sql = "SELECT ?1 + ?2"
    let statement = try db.makeStatement(sql)
    #expect(statement.parameterCount == 2)
    let error = #expect(throws: DatabaseError.self) {
      try statement.bind(Array(repeating: 1, count: count))
    }
    #expect(error?.code == .misuse)
    #expect(error?.sql == sql)
    #expect(error?.message == "wrong number of statement arguments: \(count) given, 2 expected")
  }

  @Test("the compile-time form counts its arguments as well")
  func packCount() throws {
    let db = try Database(path: ":memory:")
    let statement = try db.makeStatement("SELECT ?, ?, ?")
    let error = #expect(throws: DatabaseError.self) { try statement.bind(Int64(1), "two") }
    #expect(error?.code == .misuse)
    try statement.bind(Int64(1), "two", Blob([3]))
    let row = try statement.fetchOne { row in
      (
        try row.column(0, as: Int64.self), try row.column(1, as: String.self),
        try row.column(2, as: Blob.self)
      )
    }
    #expect(row?.0 == 1)
    #expect(row?.1 == "two")
    #expect(row?.2 == Blob([3]))
  }

  @Test("a statement with parameters does not run without arguments")
  func unbound() throws {
    let db = try Database(path: ":memory:")
    let statement = try db.makeStatement("SELECT ?")
    let error = #expect(throws: DatabaseError.self) { try statement.execute() }
    #expect(error?.code == .misuse)
    #expect(error?.message == "wrong number of statement arguments: none bound, 1 expected")
  }

  @Test("a run clears its arguments: the next run binds afresh, and never sees the old ones")
  func staleBindings() throws {
    let db = try Database(path: ":memory:")
    try db.execute("CREATE TABLE t (a TEXT, b TEXT)")
    let insert = try db.cachedStatement("INSERT INTO t (a, b) VALUES (?, ?)")
    try insert.bind("a1", "b1")
    try insert.execute()
    // Run again without binding: refused, rather than inserting a1, b1 a second time.
    #expect(throws: DatabaseError.self) { try insert.execute() }
    try insert.bind("a2", String?.none)
    try insert.execute()
    // The cache hands the statement back cleared as well.
    let again = try db.cachedStatement("INSERT INTO t (a, b) VALUES (?, ?)")
    #expect(again === insert)
    #expect(throws: DatabaseError.self) { try again.execute() }
    let rows = try db.fetchAll("SELECT a, b FROM t ORDER BY rowid") { row in
      "\(try row.column(0, as: String.self))|\(try row.column(1, as: String?.self) ?? "NULL")"
    }
    #expect(rows == ["a1|b1", "a2|NULL"])
  }

  @Test("a failed read leaves the statement reset and unbound, ready to bind again")
  func resetAfterFailure() throws {
    let db = try Database(path: ":memory:")
    let select = try db.makeStatement("SELECT ?")
    try select.bind(String?.none)
    #expect(throws: RowDecodingError.self) {
      try select.fetchOne { try $0.column(0, as: String.self) }
    }
    #expect(throws: DatabaseError.self) { try select.execute() }
    try select.bind("back")
    #expect(try select.fetchOne { try $0.column(0, as: String.self) } == "back")
  }
}
