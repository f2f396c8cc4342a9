import Foundation
import KamTestSupport
import Testing

/// The same book on both engines answers the same, byte for byte, through the
/// real parser (issue #17).
@Suite("SQLite and PostgreSQL books")
struct CrossBackendTests {
  @Test(
    "CDNOW: the import, kam clients, kam risk and kam transitions print the same on SQLite and PostgreSQL",
    .enabled(
      if: FileManager.default.fileExists(atPath: cdnowPath),
      "CDNOW_master.txt not found at ../shared/data/cdnow; skipped"),
    .enabled(
      if: BookStoreKind.available.contains(.postgres),
      "no PostgreSQL test server (KAM_TEST_POSTGRES_URL, tools/postgres-test-server); skipped"))
  func cdnow() throws {
    let harness = Harness()
    let server = try #require(BookStoreKind.postgresBookURL(in: harness.folder))
    let rules = Harness.root.appendingPathComponent("tools/import/cdnow.rules").path
    let books = [harness.book, server]

    let imports = books.map { book in
      harness.run("init", "--db", book)
      return harness.run("import", cdnowPath, "--rules", rules, "--db", book, "-O", "json")
    }

    #expect(imports[0].status == 0, "\(imports[0].err)")
    #expect(imports[1].status == 0, "\(imports[1].err)")
    #expect(imports[1].out == imports[0].out)
    for view in [["clients"], ["risk"], ["risk", "--all"], ["transitions"]] {
      let arguments = view + ["-O", "json", "--today", "1998-07-01"]
      let (sqlite, postgres) = (
        harness.run(arguments + ["--db", books[0]]), harness.run(arguments + ["--db", books[1]])
      )
      #expect(sqlite.status == 0, "kam \(view): \(sqlite.err)")
      #expect(postgres.status == 0, "kam \(view) on PostgreSQL: \(postgres.err)")
      #expect(sqlite.out.count > 1_000, "kam \(view) printed almost nothing")
      #expect(postgres.out == sqlite.out, "kam \(view.joined(separator: " ")) differs")
    }
  }
}
