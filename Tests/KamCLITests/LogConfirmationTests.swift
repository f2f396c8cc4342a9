import Foundation
import Testing

/// What `kam log …` says it changed: the client's stage when the write moved it,
/// and what a meeting costs to serve.
@Suite("Logging confirmations say what changed")
struct LogConfirmationTests {
  /// The confirmation with the command id, which is random, cut out.
  static func steady(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      guard let range = line.range(of: ", command c") else { return String(line) }
      return String(line[..<range.lowerBound]) + ")"
    }.joined(separator: "\n")
  }

  @Test("a sale that moves the stage says from what to what, and by which rule")
  func saleMovesStage() {
    let harness = Harness.withClient()
    let first = harness.run(
      "log", "sale", "acme", "--amount", "12000.50", "--cost", "10000", "--on", "2026-11-01")
    #expect(
      Self.steady(first.out) == """
        Logged a sale to acme: 12000.50 PLN, cost 10000.00, on 2026-11-01. (event 3)
        stage: prospect → transactional (rule transactional)

        """)
    let second = harness.run("log", "sale", "acme", "--amount", "500", "--on", "2026-11-02")
    #expect(
      Self.steady(second.out) == """
        Logged a sale to acme: 500.00 PLN, cost 0.00, on 2026-11-02. (event 4)

        """, "no stage moved: no stage line")
  }

  @Test("a meeting says what it costs to serve, and the stage it completes")
  func meetingCost() {
    let harness = Harness.withClient()
    harness.run("log", "sale", "acme", "--amount", "5000", "--cost", "1000", "--on", "2026-10-01")
    harness.run("log", "sale", "acme", "--amount", "5000", "--cost", "1000", "--on", "2026-10-02")
    let visit = harness.run(
      "log", "meeting", "acme", "--kind", "visit", "--minutes", "90", "--on", "2026-10-03")
    #expect(
      Self.steady(visit.out) == """
        Logged a visit with acme on 2026-10-03. (event 5)
        cost to serve 300.00 PLN: 90 min at 200.00/h
        stage: transactional → cooperation (rule cooperation)

        """)
    let call = harness.run(
      "log", "meeting", "acme", "--kind", "call", "--cost", "1500", "--on", "2026-10-04")
    #expect(
      Self.steady(call.out) == """
        Logged a call with acme on 2026-10-04. (event 6)
        cost to serve 1,500.00 PLN: --cost given

        """)
    let json = harness.run("log", "meeting", "acme", "--kind", "call", "-O", "json").out
    let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
    #expect(Set(object?.keys ?? [:].keys) == ["seq", "client", "type", "commandId"])
  }

  @Test("a complaint prints only its id on stdout; a stage it moves goes to stderr")
  func complaint() {
    let harness = Harness.withClient()
    harness.run("log", "sale", "acme", "--amount", "5000", "--cost", "1000", "--on", "2026-10-01")
    let quiet = harness.run(
      "log", "complaint", "acme", "--severity", "high", "--about", "late", "--on", "2026-10-05")
    #expect(quiet.out == "acme-1\n" && quiet.err == "")
  }
}
