import Foundation
import KamCLI
import Testing

@Suite("Every example in the help runs")
struct CommandExampleTests {
  @Test("the example book builds without a refusal")
  func bookBuilds() {
    #expect(ExampleBook.shared.problems == [])
  }

  @Test("every command without subcommands has an example")
  func everyLeafHasAnExample() {
    let without = CommandExample.leaves.filter {
      CommandExample.examples(of: $0.type, path: $0.path).isEmpty
    }.map { $0.path.joined(separator: " ") }
    #expect(without == [])
  }

  @Test("an example names its own command", arguments: CommandExample.all)
  func namesItsCommand(_ example: CommandExample) {
    // `kam help topics` is `kam topics` routed.
    let words =
      example.arguments.first == "help" ? Array(example.arguments.dropFirst()) : example.arguments
    #expect(Array(words.prefix(example.command.count)) == example.command)
  }

  @Test(
    "each example exits 0 on a fresh copy of the example book",
    arguments: CommandExample.all.filter(\.runsHere))
  func runs(_ example: CommandExample) throws {
    let book = ExampleBook.shared
    try #require(book.problems == [])
    let result = try book.run(example.arguments)
    #expect(result.status == 0, "\(result.err)")
    if example.arguments.contains("json"), result.status == 0 {
      #expect(throws: Never.self) { try parse(result.out) }
    }
  }
}
