/// What to try next with the demo book, including the commands still being built.
struct DemoNextSection: DemoSection {
  /// The commands, each with why.
  let steps: [(command: String, why: String)]

  init(path: String, example: String?) {
    let quoted = path.contains(" ") ? "'\(path)'" : path
    var steps = [("export KAM_DB=\(quoted)", "point the commands below at the demo book")]
    steps.append(("kam events \(example ?? "")", "the raw log of the biggest client"))
    steps += [
      ("kam verify", "check the hash chain of every event"),
      ("kam status", "events, projections and their lag"),
      ("kam clients", "coming: stage, value and churn risk per client"),
      ("kam key-accounts", "coming: the key clients and why"),
      ("kam transitions", "coming: clients climbing and falling through the stages"),
      ("kam risk", "coming: loyal clients drifting away"),
    ]
    self.steps = steps
  }

  var title: String { "Next" }
  var key: String { "next" }

  var lines: [String] {
    let width = (steps.map(\.command.count).max() ?? 0) + 2
    return steps.map {
      $0.command + String(repeating: " ", count: width - $0.command.count) + $0.why
    }
  }

  var json: JSON {
    .array(
      steps.map { .object([.init("command", .string($0.command)), .init("why", .string($0.why))]) }
    )
  }
}
