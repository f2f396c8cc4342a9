import Foundation
import KamCLI
import KamTestSupport
import Testing

@Suite("Help and generated documents")
struct HelpTests {
  @Test("kam log sale --help prints its examples and options, exactly")
  func saleHelp() {
    let result = Harness().run("log", "sale", "--help")
    #expect(result.status == 0)
    // The literal's last line break is not part of it; the help's is.
    #expect(result.out == Self.expectedSaleHelp + "\n")
  }

  static let expectedSaleHelp = #"""
    OVERVIEW: Log a sale: its net amount and cost of goods.

    Examples:
      kam log sale acme --amount 12000.50 --cost 8000
      kam log sale acme --amount 950 --on 2026-11-20 --ref FV/2026/11/3
      kam log sale acme --amount 0 --cost 120 --free-delivery

    An amount of 0 is refused unless --free-delivery says it was given free; a free
    delivery, like a sale below the policy's minimum, never counts towards the
    stage thresholds (docs/stages.md).

    USAGE: kam log sale [<options>] <slug> --amount <amount>

    ARGUMENTS:
      <slug>                  The client's slug.

    OPTIONS:
      --db <path>             The book (a SQLite file).
            Default: $KAM_DB, else $XDG_DATA_HOME/kam/book.sqlite
            (~/.local/share/kam).
      --today <yyyy-mm-dd>    Pin "now" to this day (also $KAM_TODAY), so that
                              reports are reproducible.
      --as-of <yyyy-mm-dd|today|yesterday>
                              Business time: evaluate as of the end of this day.
      --known-at <datetime>   System time: count only what was recorded by this
                              instant (a bare date: its end, UTC).
      -O, --output-format <output-format>
                              How results are printed. (values: table, json, csv;
                              default: table)
      --wide                  Print every column of a table, however wide
                              ($COLUMNS, else the terminal, else 80).
      --amount <amount>       Net amount of the sale.
      --cost <cost>           Cost of goods sold (default 0).
      --on <date|today|yesterday>
                              The day of the sale (default: today).
      --allow-old-date        Accept a day more than ten years before today (never
                              before 1970-01-01).
      --ref <ref>             An invoice or order reference.
      --note <note>           A note.
      --free-delivery         The goods were given free: allows --amount 0.
      --version               Show the version.
      -h, --help              Show help information.
    """#

  @Test(
    "the committed completion scripts are what the parser generates",
    arguments: ["bash", "zsh", "fish"])
  func completions(shell: String) throws {
    let result = Harness().run("--generate-completion-script", shell)
    let committed = try String(
      contentsOf: Harness.root.appendingPathComponent("docs/completions/kam.\(shell)"),
      encoding: .utf8)
    #expect(result.out == committed, "run tools/generate-docs")
  }

  /// argument-parser's manual generator, built by `tools/generate-docs` (a plain
  /// `swift build` does not build a dependency's tool, so without it there is nothing to run).
  static var manualGenerator: String {
    URL(fileURLWithPath: Harness.executable).deletingLastPathComponent()
      .appendingPathComponent("generate-manual").path
  }

  @Test(
    "the committed man page is what the manual generator makes of kam",
    .enabled(if: FileManager.default.isExecutableFile(atPath: manualGenerator)))
  func manPage() throws {
    let folder = TemporaryDirectory()
    let process = Process()
    process.executableURL = URL(fileURLWithPath: Self.manualGenerator)
    // The arguments of tools/generate-docs.
    process.arguments = [
      Harness.executable, "--date", "2026-11-28", "--authors", "the kam engineers",
      "--output-directory", folder.path,
    ]
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    let generated = try String(contentsOfFile: folder.file("kam.1"), encoding: .utf8)
    let committed = try String(
      contentsOf: Harness.root.appendingPathComponent("docs/man/kam.1"), encoding: .utf8)
    #expect(generated == committed, "run tools/generate-docs")
  }
}
