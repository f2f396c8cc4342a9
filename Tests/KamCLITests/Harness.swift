import Foundation
import KamCLI
import KamEventLog
import KamTestSupport

/// A temporary book and a way to run `kam` against it through the real parser.
struct Harness {
  let folder = TemporaryDirectory()
  var book: String { folder.file("book.sqlite") }
  /// The terminal width tables fit (`$COLUMNS`); nil leaves it unset, so 80.
  var columns: Int?
  var environment: [String: String] {
    // No background refresh after a write by the real executable: a test that wants one
    // asks for it (``RefreshCommandTests``).
    var environment = [
      "KAM_DB": book, "KAM_TODAY": "2026-11-28", "KAM_ACTOR": "tester", "KAM_REFRESH": "off",
    ]
    if let columns { environment["COLUMNS"] = String(columns) }
    return environment
  }

  /// The same book, its tables fitting `columns` columns.
  func fitting(_ columns: Int) -> Harness {
    var harness = self
    harness.columns = columns
    return harness
  }

  /// Runs `kam` with these arguments; returns status, stdout and stderr.
  @discardableResult
  func run(_ arguments: String...) -> (status: Int32, out: String, err: String) {
    InProcessKam.capture(arguments, environment: environment)
  }

  /// Runs `kam` with an argument list.
  @discardableResult
  func run(_ arguments: [String]) -> (status: Int32, out: String, err: String) {
    InProcessKam.capture(arguments, environment: environment)
  }

  /// A book with one client, `acme`.
  static func withClient() -> Harness {
    let harness = Harness()
    harness.run("init")
    harness.run("client", "add", "acme", "--name", "ACME S.A.", "--on", "2025-01-10")
    return harness
  }

  /// How many events the book holds.
  func eventCount() throws -> Int64 {
    Int64(try KamSQLiteProbe(path: book).count("SELECT count(*) FROM events"))
  }

  /// Writes a file in the temporary folder and returns its path.
  func write(_ name: String, _ text: String) throws -> String {
    let path = folder.file(name)
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  /// The repository's root folder.
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// The built `kam` executable, beside the test bundle.
  static var executable: String {
    let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
      .appendingPathComponent("kam").path
    if FileManager.default.isExecutableFile(atPath: beside) { return beside }
    return root.appendingPathComponent(".build/debug/kam").path
  }
}
