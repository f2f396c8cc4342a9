import Foundation
import KamBookPostgres
import KamEventLog
import Testing

/// No server needed: the embedded schema, and how SQL text is cut into statements.
@Suite("The PostgreSQL schema")
struct PostgresSchemaTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("schema/postgres")

  static func text(_ name: String) throws -> String {
    try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
      .trimmingCharacters(in: .whitespacesAndNewlines)
  }

  @Test("the migrations and roles kam embeds are the files of schema/postgres/")
  func embeddedMatchesFiles() throws {
    let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path)
      .filter { $0.hasSuffix(".sql") && $0.first?.isNumber == true }.sorted()
    let migrations = PostgresEventLog.migrations
    #expect(migrations.map(\.version) == Array(1...files.count))
    for (migration, file) in zip(migrations, files) {
      #expect(file.hasPrefix(String(format: "%04d_", migration.version)))
      #expect(
        migration.sql.trimmingCharacters(in: .whitespacesAndNewlines) == (try Self.text(file)),
        "\(file): run tools/embed-schema")
    }
    #expect(
      PostgresEventLog.rolesSQL.trimmingCharacters(in: .whitespacesAndNewlines)
        == (try Self.text("roles.sql")), "roles.sql: run tools/embed-schema")
  }

  @Test func statementsAreCutAtSemicolonsOutsideQuotesCommentsAndDollarBodies() {
    let sql = """
      -- a comment; not a statement
      CREATE TABLE t (a text DEFAULT 'x;y');
      /* block; comment */
      CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'no; never'; END
      $$;
      CREATE FUNCTION g() RETURNS int LANGUAGE sql AS $body$ SELECT 1; $body$;
      SELECT $1 FROM "odd;name"
      """
    let statements = SQLScript.statements(sql)
    #expect(statements.count == 4)
    #expect(statements.first?.hasSuffix("DEFAULT 'x;y')") == true)
    #expect(statements[1].hasSuffix("$$") && statements[1].contains("'no; never'; END"))
    #expect(statements[2].hasSuffix("$body$ SELECT 1; $body$"))
    #expect(statements[3] == #"SELECT $1 FROM "odd;name""#)
  }

  @Test func theSchemaFileCutsIntoWholeStatements() throws {
    let statements = SQLScript.statements(try Self.text("0001_event_log.sql"))
    // A statement keeps the comments before it; none is a comment alone.
    #expect(statements.allSatisfy { !$0.isEmpty })
    #expect(statements.filter { $0.contains("CREATE TRIGGER") }.count == 9)
    #expect(statements.last == "GRANT EXECUTE ON FUNCTION kam_lock_log() TO kam_writer")
  }
}
