import KamBook
import KamBookSQLite
import KamDomain
import KamEventLog
import KamSimulation

/// A seeded mutation fuzzer of command-line values (issue #13): the logging commands run
/// through the real parser against a scratch book, with values at the edges and hostile
/// text, tokens dropped, repeated, swapped or inserted.
///
/// Each case must end with a documented status (never 70, "a bug"); a refusal must be one
/// line on stderr with no raw control character and leave the book as it was (same last
/// seq, same head hash); an accepted `log sale` must store exactly the amount it was given.
public struct ArgumentFuzzer {
  /// What a run found.
  public struct Report: Sendable {
    /// Cases run.
    public var cases = 0
    /// Cases that recorded something.
    public var accepted = 0
    /// Cases refused with a message.
    public var rejected = 0
    /// Accepted sales whose stored amount was compared with the given one.
    public var amountsCompared = 0
    /// Exit statuses seen, by status.
    public var statuses: [Int32: Int] = [:]
    /// What went wrong, one line per failing case (the first 50).
    public var failures: [String] = []
    /// How many cases failed.
    public var failureCount = 0
  }

  /// The statuses a command may end with (1 is `kam verify`'s alone, 70 a bug).
  static let documented: Set<Int32> = [0, 64, 65, 66, 73, 74, 75]

  /// Runs `cases` cases derived from `seed` against a book in `folder` (which must exist).
  public static func run(seed: UInt64, cases: Int, folder: String) throws -> Report {
    let path = folder + "/arguments.sqlite"
    let environment = ["KAM_DB": path, "KAM_TODAY": "2026-11-28", "KAM_ACTOR": "fuzz"]
    for setup in [
      ["init", "--force"], ["init"],
      ["client", "add", "acme", "--name", "ACME", "--on", "2025-01-10"],
    ] {
      _ = KamRunner.capture(setup, environment: environment)
    }
    var random = SimulationRandom(seed: seed, stream: 17)
    var report = Report()
    for number in 0..<cases {
      let arguments = Self.arguments(&random)
      let before = try head(path)
      let result = KamRunner.capture(arguments, environment: environment)
      report.cases += 1
      report.statuses[result.status, default: 0] += 1
      var problems: [String] = []
      if !documented.contains(result.status) {
        problems.append("exit \(result.status) is not a documented status")
      }
      if result.status == 0 {
        // Help and version print and record nothing; only a change is an acceptance.
        if try head(path) != before {
          report.accepted += 1
          if let problem = try storedAmountProblem(arguments, path: path) {
            problems.append(problem)
          } else if arguments.first == "log", arguments.dropFirst().first == "sale",
            arguments.count(where: { $0 == "--amount" }) == 1
          {
            report.amountsCompared += 1
          }
        }
      } else if result.status != 0 {
        report.rejected += 1
        let lines = result.err.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.count != 2 || !result.err.hasSuffix("\n") {
          problems.append("the refusal is \(lines.count - 1) lines")
        }
        if result.err.unicodeScalars.contains(where: { $0.value < 0x20 && $0 != "\n" }) {
          problems.append("the refusal holds a raw control character")
        }
        if try head(path) != before { problems.append("a refusal changed the book") }
      }
      if !problems.isEmpty {
        report.failureCount += 1
        if report.failures.count < 50 {
          let shown = arguments.map { "\"\($0.visible)\"" }.joined(separator: " ")
          report.failures.append(
            "case \(number): \(shown): \(problems.joined(separator: "; ")) (\(result.err.visible))")
        }
      }
    }
    return report
  }

  /// The book's last seq and the hash of that event.
  static func head(_ path: String) throws -> String {
    let book = try Book(path: path)
    let last = try book.lastSequence()
    let hash = try book.event(at: last)?.hash ?? []
    return "\(last.rawValue):\(hash.map { String($0, radix: 16) }.joined())"
  }

  /// For an accepted `log sale` given one `--amount`, whether the last sale stored differs.
  static func storedAmountProblem(_ arguments: [String], path: String) throws -> String? {
    guard arguments.first == "log", arguments.dropFirst().first == "sale",
      arguments.count(where: { $0 == "--amount" }) == 1,
      let index = arguments.firstIndex(of: "--amount"), index + 1 < arguments.count
    else { return nil }
    let given = arguments[index + 1]
    let book = try Book(path: path)
    guard let stored = try book.event(at: try book.lastSequence()),
      case .saleRecorded(let sale) = try DomainEvent(stored)
    else { return "an accepted sale is not the last event" }
    guard let expected = Money(decimal: given), expected == sale.amount else {
      return "the stored amount \(sale.amount) is not the given \"\(given.visible)\""
    }
    return nil
  }
}
