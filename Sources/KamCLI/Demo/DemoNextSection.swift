/// What to try next with the demo book.
struct DemoNextSection: DemoSection {
  /// The commands, each with why.
  let steps: [(command: String, why: String)]

  init(path: String, example: String?) {
    let quoted = path.contains(" ") ? "'\(path)'" : path
    // `swift run` leaves nothing on the PATH: say how to reach `kam` before using it.
    var steps = [
      (
        "tools/install",
        "put kam, its man page and completions in ~/.local (then ~/.local/bin on PATH)"
      ),
      ("alias kam='swift run -c release kam'", "or run kam from this folder without installing"),
      ("export KAM_DB=\(quoted)", "point the commands below at the demo book"),
    ]
    steps.append(("kam events \(example ?? "")", "the raw log of the biggest client"))
    steps += [
      ("kam verify", "check the hash chain of every event"),
      ("kam status", "events, projections and their lag"),
      ("kam clients", "stage, value, Pareto class and churn risk per client"),
      ("kam key-accounts", "the key clients and why"),
      ("kam value", "profit per client: the whale curve's data"),
      ("kam transitions --summary", "clients climbing and falling through the stages, per quarter"),
      ("kam risk", "loyal clients drifting away, and why"),
      ("kam attention", "meetings going to acquisition against loyal clients"),
      ("kam service --by owner", "who gets too much of our time, who too little: a what-if"),
      (
        "kam report --html kam-demo.html",
        "the portfolio as charts, in one HTML file to open or print"
      ),
      ("kam explain \(example ?? "SLUG")", "the rules and events behind one client's figures"),
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
