import KamCLI
import KamCLIPostgres

/// `kam` run in the test process as `kam-team` runs it: with PostgreSQL's server books
/// installed, so that a test's `--db postgres://…` opens the book here.
enum InProcessKam {
  private static let installed: Void = PostgresBooks.install()

  /// ``KamRunner/capture(_:environment:)`` with the server books installed.
  static func capture(_ arguments: [String], environment: [String: String] = [:]) -> (
    status: Int32, out: String, err: String
  ) {
    _ = installed
    return KamRunner.capture(arguments, environment: environment)
  }
}
