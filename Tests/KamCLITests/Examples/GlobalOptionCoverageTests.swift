import Foundation
import KamCLI
import Testing

/// A command and the command line its coverage runs: its first example that
/// runs here, without the output options it may already have.
struct CoverageCase: Sendable, CustomTestStringConvertible {
  let command: String
  let arguments: [String]

  var testDescription: String { "kam " + command }

  static let all: [CoverageCase] = CommandExample.leaves.compactMap { leaf in
    guard
      let example = CommandExample.examples(of: leaf.type, path: leaf.path).first(where: \.runsHere)
    else { return nil }
    var arguments: [String] = []
    var words = example.arguments[...]
    while let word = words.popFirst() {
      if word == "-O" || word == "--output-format" {
        _ = words.popFirst()
      } else if word != "--wide" {
        arguments.append(word)
      }
    }
    return CoverageCase(command: leaf.path.joined(separator: " "), arguments: arguments)
  }
}

@Suite("-O json, -O csv and --wide work or are refused on every command")
struct GlobalOptionCoverageTests {
  /// Refused as kam refuses: exit 64 and exactly one line on stderr, nothing on stdout.
  static func refusedInOneLine(_ result: (status: Int32, out: String, err: String)) -> Bool {
    result.status == 64 && result.out.isEmpty && result.err.hasSuffix("\n")
      && !result.err.dropLast().contains("\n")
  }

  @Test("-O json prints one JSON document, or is refused in one line", arguments: CoverageCase.all)
  func json(_ coverage: CoverageCase) throws {
    let result = try ExampleBook.shared.run(coverage.arguments + ["-O", "json"])
    if result.status == 0 {
      #expect(throws: Never.self) { try parse(result.out) }
    } else {
      #expect(Self.refusedInOneLine(result), "\(result.status) \(result.err)")
    }
  }

  @Test(
    "-O csv prints something other than the table, or is refused in one line",
    arguments: CoverageCase.all)
  func csv(_ coverage: CoverageCase) throws {
    let result = try ExampleBook.shared.run(coverage.arguments + ["-O", "csv"])
    if result.status == 0 {
      let table = try ExampleBook.shared.run(coverage.arguments)
      #expect(result.out.isEmpty || result.out != table.out, "-O csv printed the table")
    } else {
      #expect(Self.refusedInOneLine(result), "\(result.status) \(result.err)")
    }
  }

  @Test("--wide works, or is refused in one line", arguments: CoverageCase.all)
  func wide(_ coverage: CoverageCase) throws {
    let result = try ExampleBook.shared.run(coverage.arguments + ["--wide"])
    #expect(result.status == 0 || Self.refusedInOneLine(result), "\(result.status) \(result.err)")
  }
}
