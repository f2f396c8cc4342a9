import KamSQLite
import KamTestSupport
import Testing

@Suite("Reading rows")
struct RowIterationTests {
  static func numbers(_ count: Int) throws -> Database {
    let db = try Database(path: ":memory:")
    try db.execute("CREATE TABLE t (n INTEGER, label TEXT)")
    for n in 1...count {
      try db.execute("INSERT INTO t VALUES (?, ?)", [n, n == 3 ? nil : "n\(n)"])
    }
    return db
  }

  @Test("forEachRow reads every row, in order")
  func iterates() throws {
    let db = try Self.numbers(5)
    var seen: [Int64] = []
    try db.forEachRow("SELECT n FROM t WHERE n > ? ORDER BY n", [1]) {
      seen.append(try $0.column(0))
    }
    #expect(seen == [2, 3, 4, 5])
  }

  @Test(
    "an error in the loop's body or in a read ends it, thrown as it is, and resets the statement")
  func propagatesErrors() throws {
    struct Refused: Error {}
    let db = try Self.numbers(5)
    let select = try db.cachedStatement("SELECT n, label FROM t ORDER BY n")
    var seen = 0
    #expect(throws: Refused.self) {
      try select.forEachRow { row in
        seen += 1
        if try row.column(0, as: Int64.self) == 2 { throw Refused() }
      }
    }
    #expect(seen == 2)
    let error = #expect(throws: RowDecodingError.self) {
      try select.forEachRow { _ = try $0.column(1, as: String.self) }
    }
    #expect(error?.code == .nullValue)
    #expect(error?.row == #"[n:3 label:NULL]"#)
    // Reset: the next run starts from the first row again.
    #expect(try select.fetchAll { try $0.column(0, as: Int64.self) } == [1, 2, 3, 4, 5])
  }

  @Test("a read left halfway does not keep its snapshot: a writer on another connection goes on")
  func noSnapshotLeftOpen() throws {
    let folder = TemporaryDirectory()
    let path = folder.file("t.sqlite")
    let reader = try Database(path: path)
    try reader.execute("PRAGMA journal_mode = WAL; CREATE TABLE t (n INTEGER)")
    try reader.execute("INSERT INTO t VALUES (1), (2)")
    struct Stop: Error {}
    #expect(throws: Stop.self) { try reader.forEachRow("SELECT n FROM t") { _ in throw Stop() } }
    let writer = try Database(path: path)
    try writer.execute("INSERT INTO t VALUES (3)")
    // With the reader's snapshot still open, this write lock would fail with SQLITE_BUSY_SNAPSHOT.
    try reader.inTransaction(.immediate) { try reader.execute("INSERT INTO t VALUES (4)") }
    #expect(try reader.scalar(Int.self, "SELECT count(*) FROM t") == 4)
  }

  @Test("fetchOne, fetchAll and containsRow")
  func fetches() throws {
    let db = try Self.numbers(4)
    #expect(
      try db.fetchOne("SELECT n FROM t ORDER BY n DESC") { try $0.column(0, as: Int.self) } == 4)
    #expect(
      try db.fetchOne("SELECT n FROM t WHERE n > 9") { try $0.column(0, as: Int.self) } == nil)
    #expect(
      try db.fetchAll("SELECT label FROM t ORDER BY n") { try $0.column(0, as: String?.self) }
        == ["n1", "n2", nil, "n4"])
    var read = 0
    let select = try db.makeStatement("SELECT label FROM t ORDER BY n")
    #expect(
      try select.containsRow { row in
        read += 1
        return row.isNull(0)
      })
    #expect(read == 3)
  }

  @Test("a query nested in a loop over the same SQL gets a statement of its own")
  func nestedSameSQL() throws {
    let db = try Self.numbers(3)
    let sql = "SELECT n FROM t WHERE n >= ? ORDER BY n"
    var pairs: [String] = []
    try db.forEachRow(sql, [1]) { outer in
      let n: Int64 = try outer.column(0)
      try db.forEachRow(sql, [n]) { inner in
        pairs.append("\(n)\(try inner.column(0, as: Int64.self))")
      }
    }
    #expect(pairs == ["11", "12", "13", "22", "23", "33"])
  }
}
