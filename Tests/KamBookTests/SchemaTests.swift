import Foundation
import KamBook
import KamBookSQLite
import KamEventLog
import KamSQLite
import KamTestSupport
import Testing

@Suite("The schema of a book")
struct SchemaTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  static func schemaFiles() throws -> [(name: String, sql: String)] {
    let folder = root.appendingPathComponent("schema")
    return try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".sql") }.sorted()
      .map { ($0, try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8)) }
  }

  /// What SQLite says the schema is: every table, index and trigger, by name.
  static func dump(_ db: Database) throws -> [String: String] {
    var result: [String: String] = [:]
    try db.forEachRow(
      "SELECT name, sql FROM sqlite_schema WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'"
    ) { row in result[try row.column(0)] = try row.column(1) }
    return result
  }

  @Test("the migrations kam embeds are the files of schema/, in order")
  func embeddedMatchesFiles() throws {
    let files = try Self.schemaFiles()
    let migrations = BookSchema.migrations
    #expect(migrations.count == files.count)
    for (migration, file) in zip(migrations, files) {
      #expect(file.name.hasPrefix(String(format: "%04d_", migration.version)))
      #expect(
        migration.sql.trimmingCharacters(in: .whitespacesAndNewlines)
          == file.sql.trimmingCharacters(in: .whitespacesAndNewlines),
        "\(file.name): run tools/embed-schema")
    }
  }

  @Test("a live book's schema is what schema/ describes")
  func liveMatchesFiles() throws {
    let folder = TemporaryDirectory()
    let log = try SQLiteEventLog(
      path: folder.file("b.sqlite"), create: true, migrations: BookSchema.migrations)
    let live = try log.queue.access { try Self.dump($0) }
    let reference = try Database(path: ":memory:")
    for file in try Self.schemaFiles() { try reference.execute(file.sql) }
    var expected = try Self.dump(reference)
    expected["kam_migrations"] = live["kam_migrations"]
    #expect(live == expected)
    let applied = try log.queue.access {
      try $0.scalar(Int.self, "SELECT count(*) FROM kam_migrations")
    }
    #expect(applied == BookSchema.migrations.count)
  }

  @Test(
    "a file the log alone created, at the log's latest migration, still gets the book's when opened as a book"
  )
  func interleavedMigrations() throws {
    let folder = TemporaryDirectory()
    let path = folder.file("b.sqlite")
    _ = try SQLiteEventLog(path: path, create: true)
    let log = try SQLiteEventLog(path: path, migrations: BookSchema.migrations)
    let applied = try log.queue.access {
      try $0.scalar(Int.self, "SELECT count(*) FROM kam_migrations")
    }
    #expect(applied == BookSchema.migrations.count)
    // And the other way: a whole book opened by the log alone is current.
    _ = try SQLiteEventLog(path: path)
  }

  @Test(
    "given a book with stage transitions, when it is rebuilt, and when a rebuild is refused for a damaged log, then its schema is still what schema/ describes"
  )
  func rebuildKeepsTheSchema() throws {
    let folder = TemporaryDirectory()
    let book = try RandomBook(.sqlite, in: folder, seed: 5, commands: 60, catchUp: .afterEach)
      .book
    let path = folder.file("book.sqlite")
    let reference = try Database(path: ":memory:")
    for file in try Self.schemaFiles() { try reference.execute(file.sql) }
    var expected = try Self.dump(reference)
    func live() throws -> [String: String] {
      var schema = try Self.dump(try Database(path: path))
      expected["kam_migrations"] = schema["kam_migrations"]
      schema["kam_migrations"] = expected["kam_migrations"]
      return schema
    }
    let before = try book.projectionDump()
    #expect(before.contains { $0.hasPrefix("transition ") })
    // The rebuild sets the by-date index aside while it fills the table, then builds it.
    try book.rebuild()
    #expect(try live() == expected)
    #expect(try book.projectionDump() == before)
    // Refused after the tables were emptied (the chain breaks at event 3): all rolled back.
    let db = try Database(path: path)
    try db.execute("DROP TRIGGER events_refuse_update")
    try db.execute("UPDATE events SET actor = 'mallory' WHERE seq = 3")
    try db.execute(
      "CREATE TRIGGER events_refuse_update BEFORE UPDATE ON events BEGIN SELECT 1; END")
    let error = #expect(throws: BookError.self) { try book.rebuild() }
    #expect(error?.code == .damaged)
    #expect(error?.message.contains("event 3") == true)
    // And read a few events at a time: the reader is a batch ahead when the folds stop.
    for batch in [1, 2, 5] {
      let again = #expect(throws: BookError.self) { try book.rebuild(phases: nil, batch: batch) }
      #expect(again?.message == error?.message)
    }
    var schema = try live()
    schema["events_refuse_update"] = expected["events_refuse_update"]
    #expect(schema == expected)
    #expect(try book.projectionDump() == before)
    // Forced, the rebuild folds on and names the same damage whatever the batch.
    let forced = try #require(try book.rebuild(force: true))
    #expect(forced.contains("event 3"))
    for batch in [1, 2, 5] {
      #expect(try book.rebuild(force: true, phases: nil, batch: batch) == forced)
    }
  }

  @Test("a book written by a newer kam is refused, unchanged")
  func newerBookRefused() throws {
    let folder = TemporaryDirectory()
    let path = folder.file("b.sqlite")
    let log = try SQLiteEventLog(path: path, create: true, migrations: BookSchema.migrations)
    try log.queue.access { db in
      try db.execute("INSERT INTO kam_migrations VALUES (99, 'future', '2030-01-01')")
    }
    let error = #expect(throws: BookError.self) { _ = try Book(path: path) }
    #expect(error?.code == .incompatible)
    #expect(error?.message.contains("newer kam") == true)
  }

  @Test("a SQLite file that is not a kam book is refused")
  func foreignFileRefused() throws {
    let folder = TemporaryDirectory()
    let path = folder.file("other.sqlite")
    try Database(path: path).execute("CREATE TABLE notes (x TEXT)")
    let error = #expect(throws: BookError.self) { _ = try Book(path: path) }
    #expect(error?.message.contains("not a kam book") == true)
  }

  @Test("migrating twice changes nothing")
  func idempotentMigration() throws {
    let folder = TemporaryDirectory()
    let path = folder.file("b.sqlite")
    _ = try SQLiteEventLog(path: path, create: true, migrations: BookSchema.migrations)
    let again = try SQLiteEventLog(path: path, migrations: BookSchema.migrations)
    #expect(
      try again.queue.access { try $0.scalar(Int.self, "SELECT count(*) FROM kam_migrations") }
        == BookSchema.migrations.count
    )
  }
}
