import Foundation
import Testing

/// A transition's cause as people read it: the event that caused it, or what
/// time did; programs keep `{rule, seq}`.
@Suite("Transition causes in words")
struct TransitionCauseTests {
  /// acme rises on a sale and a meeting; globex buys once and lapses.
  static func book() -> Harness {
    let harness = Harness()
    harness.run("init")
    harness.run("client", "add", "acme", "--name", "ACME", "--on", "2025-01-10")
    harness.run("client", "add", "globex", "--name", "Globex", "--on", "2025-01-10")
    harness.run(
      "log", "sale", "acme", "--amount", "12000.50", "--cost", "10000", "--on", "2026-01-10")
    harness.run("log", "sale", "acme", "--amount", "5000", "--cost", "1000", "--on", "2026-03-01")
    harness.run(
      "log", "meeting", "acme", "--kind", "visit", "--minutes", "90", "--on", "2026-04-02")
    harness.run("log", "sale", "globex", "--amount", "900", "--on", "2025-02-01")
    return harness
  }

  @Test("kam transitions names the causing event, and what time did for a lapse")
  func transitions() {
    let result = Self.book().fitting(120).run("transitions")
    #expect(result.status == 0)
    #expect(
      result.out == """
        Stage transitions in book.sqlite · as of 2026-11-28
        Client  From           To             On          Rule              Cause
        acme    (none)         prospect       2025-01-10  prospect          registered
        globex  (none)         prospect       2025-01-10  prospect          registered
        globex  prospect       transactional  2025-02-01  golden-shot       sale 900.00 (seq 7)
        acme    prospect       transactional  2026-01-10  transactional     sale 12,000.50 (seq 4)
        globex  transactional  lapsed         2026-02-01  sale-left-window  no sale for 365 days
        acme    transactional  cooperation    2026-04-02  cooperation       meeting visit 90 min (seq 6)

        """)
  }

  @Test("kam stage --history names the causing event; JSON and CSV keep its seq")
  func history() {
    let harness = Self.book()
    #expect(
      harness.fitting(120).run("stage", "acme", "--history").out == """
        from           to             on          rule           cause                         exited      days
                       prospect       2025-01-10  prospect       registered                    2026-01-10   365
        prospect       transactional  2026-01-10  transactional  sale 12,000.50 (seq 4)        2026-04-02    82
        transactional  cooperation    2026-04-02  cooperation    meeting visit 90 min (seq 6)               240

        """)
    #expect(
      harness.run("stage", "acme", "--history", "-O", "csv").out == """
        from,to,on,rule,causeSeq,exited,days
        ,prospect,2025-01-10,prospect,,2026-01-10,365
        prospect,transactional,2026-01-10,transactional,4,2026-04-02,82
        transactional,cooperation,2026-04-02,cooperation,6,,240

        """)
    #expect(
      harness.run("transitions", "--client", "globex", "-O", "json").out
        == #"[{"client":"globex","from":null,"to":"prospect","on":"2025-01-10","cause":{"rule":"prospect","policyVersion":1}},"#
        + #"{"client":"globex","from":"prospect","to":"transactional","on":"2025-02-01","cause":{"rule":"golden-shot","seq":7,"policyVersion":1}},"#
        + #"{"client":"globex","from":"transactional","to":"lapsed","on":"2026-02-01","cause":{"rule":"sale-left-window","policyVersion":1}}]"#
        + "\n")
  }

  @Test("a demotion after the grace names its cause's own day")
  func causeOnAnotherDay() {
    let harness = Harness()
    harness.run("init")
    harness.run("client", "add", "acme", "--name", "ACME", "--on", "2025-01-10")
    for month in 2...7 {
      harness.run(
        "log", "sale", "acme", "--amount", "5000", "--cost", "1000", "--on", "2025-0\(month)-01")
    }
    for day in ["2025-02-02", "2025-03-02"] {
      harness.run("log", "meeting", "acme", "--kind", "call", "--minutes", "30", "--on", day)
    }
    let complaint = harness.run(
      "log", "complaint", "acme", "--severity", "high", "--about", "late", "--on", "2025-09-20"
    ).out.trimmingCharacters(in: .whitespacesAndNewlines)
    harness.run("log", "resolution", "acme", complaint, "--cost", "50000", "--on", "2025-10-01")
    let result = harness.fitting(120).run("transitions", "--client", "acme")
    #expect(
      result.out == """
        Stage transitions in book.sqlite · as of 2026-11-28 · client acme
        Client  From           To             On          Cause
        acme    (none)         prospect       2025-01-10  registered
        acme    prospect       transactional  2025-02-01  sale 5,000.00 (seq 3)
        acme    transactional  cooperation    2025-03-01  sale 5,000.00 (seq 4)
        acme    cooperation    partnership    2025-07-31  first sale 180 days before
        acme    partnership    cooperation    2025-11-30  complaint resolved, cost 50,000.00 on 2025-10-01 (seq 12)
        acme    cooperation    transactional  2026-05-01  a meeting left the 365-day window
        acme    transactional  lapsed         2026-07-01  no sale for 365 days
        Not shown: Rule (--wide shows every column)

        """)
  }
}
