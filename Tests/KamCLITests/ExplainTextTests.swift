import Foundation
import Testing

/// `kam explain` for people: what holds, then what the next stage still needs.
@Suite("kam explain: what holds and what is missing")
struct ExplainTextTests {
  @Test("a cooperating client: its conditions with their events, then partnership's gaps")
  func cooperation() {
    let harness = TransitionCauseTests.book()
    harness.run(
      "log", "complaint", "acme", "--severity", "high", "--about", "late", "--on", "2026-05-01")
    let result = harness.fitting(100).run("explain", "acme")
    #expect(result.status == 0)
    #expect(
      result.out == """
        acme on 2026-11-28, policy version 1

        What holds for acme
          stage: cooperation — cooperation: one step below cooperation, 1 complaint open over 90 days;
              evidence: cooperation: 2 sales in 365 days (≥ 2), 1 meeting in 365 days (≥ 1)
            2 sales in 365 days (≥ 2): seq 4, 5
            1 meeting in 365 days (≥ 1): seq 6
          value over 365 days: revenue 17,000.50 − cost of goods 11,000.00 − cost to serve 300.00 = profit
              5,700.50, class A
          key account, top-profit: class A: profit 5700.50 is among the top clients making 80 % of positive
              profit
          service 2026-08-30 to 2026-11-28: balanced — 0 meetings, 0 minutes in the quarter; key accounts
              usually get 0
          fit: none (stated-win-probability, and no stated win probability)
          churn risk: 0.9366 (high), a loyal client, purchase model recency; the chance of no purchase
              within 180 days, 1 − Π(1 − weight × score) over the signals
            p-alive: 0.1631, score 0.8369 × weight 1.0, contributes 0.6158
            contact-gap: 240.0 (against 60.0), score 1.0 × weight 0.25, contributes 0.0977
            purchase-gap: 272.0 (against 186.0), score 0.4542 × weight 1.0, contributes 0.2056
            complaints: 1.0 (against 1.0), score 0.5 × weight 0.1, contributes 0.0174
            discount-pressure: 0.0 (against 0.0), score 0.0 × weight 0.05, contributes 0.0

        What acme still needs for partnership
          needs 4 more sales in 365 days, has 2 (seq 4, 5)
          needs 1 more meeting in 365 days, has 1 (seq 6)
          needs its 1 complaint open over 90 days resolved (seq 8)

        """)
  }

  @Test("a partner's long lists of events are summarised, and synergy's gaps named")
  func partnership() {
    let harness = Harness.withClient()
    for month in 2...8 {
      harness.run(
        "log", "sale", "acme", "--amount", "5000", "--cost", "1000", "--on", "2025-0\(month)-01")
    }
    for day in ["2025-02-02", "2025-03-02"] {
      harness.run("log", "meeting", "acme", "--kind", "call", "--minutes", "30", "--on", day)
    }
    let result = harness.fitting(100).run("explain", "acme", "--as-of", "2025-09-01")
    #expect(result.status == 0)
    #expect(
      result.out == """
        acme on 2025-09-01, policy version 1

        What holds for acme
          stage: partnership — partnership: 7 sales in 365 days (≥ 6), first sale 212 days before (≥ 180), 2
              meetings in 365 days (≥ 2), profit 27800.00 over 365 days (> 0)
            7 sales in 365 days (≥ 6): seq 3, 4, 5 and 4 more
            first sale 212 days before (≥ 180): seq 3
            2 meetings in 365 days (≥ 2): seq 10, 11
            profit 27800.00 over 365 days (> 0): seq 3, 4, 5 and 6 more
          value over 365 days: revenue 35,000.00 − cost of goods 7,000.00 − cost to serve 200.00 = profit
              27,800.00, class A
          key account, top-profit: class A: profit 27800.00 is among the top clients making 80 % of positive
              profit
          service 2025-06-03 to 2025-09-01: balanced — 0 meetings, 0 minutes in the quarter; key accounts
              usually get 0
          fit: none (stated-win-probability, and no stated win probability)
          churn risk: 0.4784 (medium), a loyal client, purchase model recency; the chance of no purchase
              within 180 days, 1 − Π(1 − weight × score) over the signals
            p-alive: 0.71, score 0.29 × weight 1.0, contributes 0.2518
            contact-gap: 183.0 (against 60.0), score 1.0 × weight 0.25, contributes 0.2115
            purchase-gap: 31.0 (against 34.5952), score 0.0204 × weight 1.0, contributes 0.0152
            complaints: 0.0 (against 0.0), score 0.0 × weight 0.1, contributes 0.0
            discount-pressure: 0.0 (against 0.0), score 0.0 × weight 0.05, contributes 0.0

        What acme still needs for synergy
          needs a joint initiative running, has none
          needs a standing of 70 or more, has no assessment

        """)
  }

  @Test("the JSON gains what holds and what is needed, keeping its keys")
  func json() throws {
    let harness = TransitionCauseTests.book()
    let explained =
      try JSONSerialization.jsonObject(
        with: Data(harness.run("explain", "acme", "-O", "json").out.utf8)) as! [String: Any]
    let stage = explained["stage"] as! [String: Any]
    #expect(
      Set(stage.keys) == [
        "stage", "rule", "goldenShot", "explanation", "missing", "events", "holds", "next",
        "needs",
      ])
    #expect(stage["next"] as? String == "partnership")
    let needs = stage["needs"] as! [[String: Any]]
    #expect(
      needs.map { $0["gap"] as? String } == [
        "needs 4 more sales in 365 days, has 2", "needs 1 more meeting in 365 days, has 1",
      ])
    #expect(needs.first?["events"] as? [Int] == [4, 5])
  }

  @Test(
    "an established client is explained the same from what the book keeps as from a view of every client"
  )
  func keptAndViewed() {
    let harness = TransitionCauseTests.book()
    harness.run("log", "sale", "globex", "--amount", "700", "--on", "2025-06-01")
    harness.run(
      "log", "meeting", "globex", "--kind", "call", "--minutes", "30", "--on", "2026-11-02")
    // Nothing kept yet: each is explained from a view weighing every client.
    let viewed = ["", "json"].map { format in
      harness.run(["explain", "globex"] + (format.isEmpty ? [] : ["-O", format]))
    }
    // kam clients and kam risk keep their listings; the first explanation kept the norms.
    harness.run("clients")
    harness.run("risk")
    let kept = ["", "json"].map { format in
      harness.run(["explain", "globex"] + (format.isEmpty ? [] : ["-O", format]))
    }
    for (viewed, kept) in zip(viewed, kept) {
      #expect(viewed.status == 0 && kept.status == 0)
      #expect(kept.out == viewed.out)
    }
    #expect(kept[0].out.hasPrefix("globex on 2026-11-28, policy version 1\n"))
    #expect(kept[0].out.contains("  service 2026-08-30 to 2026-11-28: "))
  }
}
