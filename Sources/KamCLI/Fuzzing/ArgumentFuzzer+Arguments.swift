import KamDomain
import KamSimulation

extension ArgumentFuzzer {
  /// One case's command line: a logging command with drawn values, then up to three
  /// mutations of its tokens.
  static func arguments(_ random: inout SimulationRandom) -> [String] {
    func pick(_ values: [String]) -> String { values[Int(random.next() % UInt64(values.count))] }
    func value(_ kind: Kind) -> String {
      // Half the time a value of the right kind, else anything hostile.
      random.next() % 2 == 0 ? pick(kind.values) : pick(hostile)
    }
    var tokens: [String]
    switch random.next() % 8 {
    case 0, 1, 2:
      tokens = ["log", "sale", pick(clients), "--amount", value(.amount)]
      if random.next() % 2 == 0 { tokens += ["--cost", value(.amount)] }
      if random.next() % 2 == 0 { tokens += ["--on", value(.date)] }
      if random.next() % 3 == 0 { tokens += ["--note", value(.text)] }
      if random.next() % 3 == 0 { tokens += ["--ref", value(.text)] }
    case 3:
      tokens = ["log", "meeting", pick(clients), "--kind", value(.meetingKind)]
      if random.next() % 2 == 0 { tokens += ["--minutes", value(.count)] }
      if random.next() % 3 == 0 { tokens += ["--cost", value(.amount)] }
    case 4:
      tokens = [
        "log", "complaint", pick(clients), "--severity", value(.severity), "--about",
        value(.text),
      ]
    case 5:
      tokens = [
        "log", "negotiation", pick(clients), "--list", value(.amount), "--asked",
        value(.percentage), "--granted", value(.percentage), "--outcome", value(.outcome),
      ]
    case 6:
      tokens = ["client", "add", value(.slug), "--name", value(.text)]
      if random.next() % 2 == 0 { tokens += ["--owner", value(.text)] }
      if random.next() % 3 == 0 {
        tokens += ["--prospect", "--win-probability", value(.probability)]
      }
    default:
      tokens = [
        "client", "assess", pick(clients), "--attractiveness", value(.count), "--standing",
        value(.count),
      ]
    }
    for _ in 0..<Int(random.next() % 4) {
      guard !tokens.isEmpty else { break }
      let index = Int(random.next() % UInt64(tokens.count))
      switch random.next() % 5 {
      case 0: tokens.remove(at: index)
      case 1: tokens.insert(tokens[index], at: index)
      case 2: tokens.swapAt(index, Int(random.next() % UInt64(tokens.count)))
      case 3: tokens.insert(pick(options + hostile), at: index)
      default: tokens[index] = pick(hostile)
      }
    }
    return tokens
  }

  /// The kinds of value the commands take, each with values at and beyond its edges.
  enum Kind {
    case amount, date, text, count, meetingKind, severity, outcome, percentage, probability
    case slug

    var values: [String] {
      switch self {
      case .amount:
        [
          "0", "1", "12000.50", "0.01", "999999999999.99", "1000000000000", "-1", "12,5", "1.234",
          "1e3", "00012", ".5", "5.", "253000000000000", "9223372036854775807",
        ]
      case .date:
        [
          "2026-11-28", "2026-11-29", "2026-02-29", "2024-02-29", "2016-11-27", "1970-01-01",
          "1969-12-31", "0001-01-01", "0000-03-01", "9999-12-31", "2026-1-1", "today",
        ]
      case .text:
        [
          "ACME S.A.", "", " ", "Zażółć gęślą jaźń", "\u{1B}[2J", "a\nb", "tab\there",
          "\u{202E}evil",
          String(repeating: "x", count: 100_000), "=HYPERLINK(\"x\")", "\"quoted\"", "-x",
        ]
      case .count: ["0", "1", "60", "100", "101", "1440", "1441", "-1", "99999999999999999999"]
      case .meetingKind: ["visit", "call", "workshop", "review", "party", "VISIT"]
      case .severity: ["low", "medium", "high", "critical"]
      case .outcome: ["won", "lost", "open", "maybe"]
      case .percentage: ["0", "15", "15%", "12.5", "100", "100.01", "-5", "%"]
      case .probability: ["0", "0.5", "1", "1.5", "70%", "-0.1", "nan"]
      case .slug: ["newco", "acme", "new-co", "NewCo", "a", "x--y", "-x", "ąę", "9lives"]
      }
    }
  }

  /// Clients the cases log against: the book's one, and ones it does not have.
  static let clients = ["acme", "acme", "acme", "nosuch", "ACME", "acme\n", ""]

  /// Values no option expects.
  static let hostile = [
    "", "-", "--", "-h", "-h1", "--help", "--version", "-O", "json", "\u{0}", "\u{7F}",
    "\u{9B}31m", "\u{FEFF}", String(repeating: "9", count: 400), "--amount", "--on",
    "--allow-old-date", "-Ocsv", "--output-format=json", "--note=-x",
  ]

  /// Options inserted between tokens.
  static let options = [
    "--amount", "--cost", "--on", "--note", "--ref", "--minutes", "--kind", "--allow-old-date",
    "-O", "--as-of", "--known-at",
  ]
}
