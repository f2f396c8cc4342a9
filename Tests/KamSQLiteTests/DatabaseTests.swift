import KamSQLite
import KamTestSupport
import Testing

@Suite("SQLite wrapper")
struct DatabaseTests {
  @Test("binds every storage class and reads it back")
  func roundTrip() throws {
    let db = try Database(path: ":memory:")
    try db.execute("CREATE TABLE t (i INTEGER, r REAL, s TEXT, b BLOB, n TEXT)")
    try db.execute(
      "INSERT INTO t VALUES (?, ?, ?, ?, ?)", [42, 2.5, "zażółć", Blob([0, 1, 255]), String?.none])
    let rows = try db.fetchAll("SELECT i, r, s, b, n FROM t") { row in
      (
        try row.column(0, as: Int.self), try row.column(1, as: Double.self),
        try row.column(2, as: String.self), try row.column(3, as: Blob.self),
        try row.column(4, as: String?.self)
      )
    }
    #expect(rows.count == 1)
    let row = try #require(rows.first)
    #expect(row.0 == 42)
    #expect(row.1 == 2.5)
    #expect(row.2 == "zażółć")
    #expect(row.3 == Blob([0, 1, 255]))
    #expect(row.4 == nil)
  }

  @Test("errors carry the result code and the SQL")
  func typedErrors() throws {
    let db = try Database(path: ":memory:")
    try db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT UNIQUE)")
    try db.execute("INSERT INTO t (name) VALUES (?)", ["a"])
    let error = #expect(throws: DatabaseError.self) {
      try db.execute("INSERT INTO t (name) VALUES (?)", ["a"])
    }
    #expect(error?.code == .constraintUnique)
    #expect(error?.code.primary == .constraint)
    #expect(error?.sql == "INSERT INTO t (name) VALUES (?)")
    let syntax = #expect(throws: DatabaseError.self) { try db.execute("SELEC 1") }
    #expect(syntax?.code == .error)
    #expect(syntax?.sql == "SELEC 1")
  }

  @Test("a transaction that throws leaves nothing behind")
  func rollback() throws {
    struct Refused: Error {}
    let db = try Database(path: ":memory:")
    try db.execute("CREATE TABLE t (x INTEGER)")
    #expect(throws: Refused.self) {
      try db.inTransaction(.immediate) {
        try db.execute("INSERT INTO t VALUES (1)")
        throw Refused()
      }
    }
    #expect(try db.scalar(Int.self, "SELECT count(*) FROM t") == 0)
    #expect(db.isInTransaction == false)
  }

  @Test("opening a missing file read-write fails with SQLITE_CANTOPEN")
  func missingFile() {
    let folder = TemporaryDirectory()
    let error = #expect(throws: DatabaseError.self) {
      _ = try Database(path: folder.file("none.sqlite"), mode: .readWrite)
    }
    #expect(error?.code.primary == .cantOpen)
  }

  @Test("the linked SQLite is recent enough")
  func libraryVersion() {
    #expect(Database.libraryVersion >= Database.minimumLibraryVersion)
  }

  @Test("the queue serialises access from many threads")
  func queueSerialises() async throws {
    let folder = TemporaryDirectory()
    let queue = try DatabaseQueue(path: folder.file("q.sqlite")) { db in
      try db.execute("CREATE TABLE t (x INTEGER)")
    }
    await withTaskGroup(of: Void.self) { group in
      for value in 0..<20 {
        group.addTask {
          try? queue.write { db in try db.execute("INSERT INTO t VALUES (?)", [value]) }
        }
      }
    }
    #expect(try queue.read { try $0.scalar(Int.self, "SELECT count(*) FROM t") } == 20)
  }
}
