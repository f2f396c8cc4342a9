import Foundation
import KamCLI
import KamTestSupport

/// The small book every example in kam's help is written against: today is
/// 2026-11-28 and the examples run as Anna Nowak (actor `anna`).
///
/// Clients: `acme` (ACME S.A., industry, Anna Nowak, since 2023: monthly sales, a
/// complaint `acme-1` still open, a won negotiation, a joint team `acme-i1` still
/// running, an assessment, a decision), `bolt` (Bolt Logistics, retail, Bob Kowalski,
/// since 2024), `cobalt` (Cobalt Foods, food, Anna Nowak, a first-year strategic
/// client) and the prospect `delta` (Delta Pharma, Bob Kowalski). The last command
/// is an undo, so that `kam undo --redo` has something to restore. The book is built
/// once; each example runs on a copy of it, in a folder holding the files the
/// examples name (``files``).
struct ExampleBook: Sendable {
  /// The day the book and its examples take as today.
  static let today = "2026-11-28"
  /// Who records, as $KAM_ACTOR.
  static let actor = "anna"
  /// The decision id the help's examples use; the test puts the real one in its place.
  static let decisionInExamples = "d4k9x2mq7"

  /// The files in every example's working folder, by the name the examples use.
  static let files: [String: String] = [
    "sales.csv": """
    client,date,amount,cost
    acme,2026-11-02,4200.00,2900.00
    bolt,2026-11-09,1800.50,1200
    cobalt,2026-11-16,950,610.40

    """,
    "sales.rules": """
    event = sale
    column.client = client
    column.date = date
    column.amount = amount
    column.cost = cost

    """,
    "policy.json": """
    {"windowDays": 200, "hourlyRateMinor": 25000}

    """,
  ]

  /// The folder holding the built book, `book.sqlite`.
  let folder: String
  /// The id of the decision recorded about acme.
  let decision: String
  /// Every step that did not exit 0 while building: none, or the examples mean nothing.
  let problems: [String]

  /// The book, built on first use.
  static let shared = ExampleBook()

  private init() {
    var template = Array((NSTemporaryDirectory() + "kam-examples-XXXXXX").utf8CString)
    let made = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
    folder = String(cString: made!)
    var problems: [String] = []
    let environment = Self.environment(book: folder + "/book.sqlite")
    @discardableResult
    func run(_ arguments: String...) -> String {
      let result = InProcessKam.capture(arguments, environment: environment)
      if result.status != 0 {
        problems.append("\(arguments.joined(separator: " ")): \(result.status) \(result.err)")
      }
      return result.out
    }
    run("init")
    run(
      "client", "add", "acme", "--name", "ACME S.A.", "--segment", "industry", "--owner",
      "Anna Nowak", "--on", "2023-02-01")
    run(
      "client", "add", "bolt", "--name", "Bolt Logistics", "--segment", "retail", "--owner",
      "Bob Kowalski", "--on", "2024-04-10")
    run(
      "client", "add", "cobalt", "--name", "Cobalt Foods", "--segment", "food", "--owner",
      "Anna Nowak", "--on", "2025-09-01")
    run(
      "client", "add", "delta", "--name", "Delta Pharma", "--prospect", "--win-probability", "0.4",
      "--expected-value", "80000", "--owner", "Bob Kowalski", "--on", "2026-08-15")
    // acme buys every month from March 2023, bolt every other month from May 2024.
    for month in 0..<45 {
      let (year, number) = (2023 + (month + 2) / 12, (month + 2) % 12 + 1)
      let amount = 8000 + month * 137 % 3000
      run(
        "log", "sale", "acme", "--amount", "\(amount).50", "--cost", "\(amount * 7 / 10)", "--on",
        String(format: "%04d-%02d-10", year, number), "--ref", "FV/\(year)/\(number)/1")
    }
    for month in stride(from: 0, to: 29, by: 2) {
      let (year, number) = (2024 + (month + 4) / 12, (month + 4) % 12 + 1)
      run(
        "log", "sale", "bolt", "--amount", "3100", "--cost", "2400", "--on",
        String(format: "%04d-%02d-15", year, number))
    }
    for day in ["2025-09-20", "2025-12-05", "2026-03-10", "2026-06-15", "2026-10-01"] {
      run("log", "sale", "cobalt", "--amount", "5200", "--cost", "3000", "--on", day)
    }
    for day in ["2025-12-03", "2026-03-04", "2026-06-02", "2026-09-08", "2026-11-17"] {
      run("log", "meeting", "acme", "--kind", "visit", "--minutes", "120", "--on", day)
      run("log", "meeting", "bolt", "--kind", "call", "--minutes", "30", "--on", day)
    }
    run("log", "meeting", "cobalt", "--kind", "workshop", "--minutes", "240", "--on", "2026-10-14")
    run("log", "meeting", "delta", "--kind", "visit", "--minutes", "90", "--on", "2026-09-10")
    run(
      "log", "complaint", "acme", "--severity", "high", "--about", "late delivery", "--on",
      "2026-10-20")
    run(
      "log", "negotiation", "acme", "--list", "40000", "--asked", "12", "--granted", "6",
      "--outcome", "won", "--on", "2026-05-12")
    run("log", "initiative", "acme", "--kind", "joint-team", "--from", "2026-03-01")
    run(
      "client", "assess", "acme", "--attractiveness", "80", "--standing", "70", "--on", "2026-06-01"
    )
    run("client", "strategic", "cobalt", "--reason", "Flagship account in food")
    let decision = run(
      "decide", "acme", "--kind", "increase-contact", "--note",
      "A visit a month while acme-1 is open"
    ).trimmingCharacters(in: .whitespacesAndNewlines)
    // Recorded after the decision but dated before it: kam audit has a cause to show.
    run("log", "sale", "acme", "--amount", "2500", "--cost", "1800", "--on", "2026-11-20")
    // A mistyped sale, taken back: the last command is an undo.
    run("log", "sale", "bolt", "--amount", "31000", "--cost", "2400", "--on", "2026-11-27")
    run("undo")
    self.decision = decision
    self.problems = problems
  }

  /// The environment every example runs in.
  static func environment(book: String) -> [String: String] {
    ["KAM_DB": book, "KAM_TODAY": today, "KAM_ACTOR": actor]
  }

  /// Runs one command line on a fresh copy of the book, in a folder of its own
  /// holding ``files``: a file an example names without a folder is that folder's.
  func run(_ arguments: [String]) throws -> (status: Int32, out: String, err: String) {
    let copy = TemporaryDirectory()
    for suffix in ["", "-wal", "-shm"]
    where FileManager.default.fileExists(atPath: folder + "/book.sqlite" + suffix) {
      try FileManager.default.copyItem(
        atPath: folder + "/book.sqlite" + suffix, toPath: copy.file("book.sqlite" + suffix))
    }
    for (name, text) in Self.files {
      try text.write(toFile: copy.file(name), atomically: true, encoding: .utf8)
    }
    let arguments = arguments.map { argument in
      if argument == Self.decisionInExamples { return decision }
      return Self.namesFile(argument) ? copy.file(argument) : argument
    }
    return InProcessKam.capture(
      arguments, environment: Self.environment(book: copy.file("book.sqlite")))
  }

  /// True for an argument that names a file in the working folder: `sales.csv`, `q3.html`.
  static func namesFile(_ argument: String) -> Bool {
    !argument.hasPrefix("-") && !argument.contains("/")
      && ["csv", "rules", "json", "html", "sqlite"].contains {
        argument.hasSuffix("." + $0)
      }
  }
}
