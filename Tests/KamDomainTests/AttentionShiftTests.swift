import KamDomain
import KamTime
import Testing

@Suite("Churn risk: attention shift")
struct AttentionShiftTests {
  /// One owner, evaluated on day 500: trailing periods (410, 500] and (320, 410].
  ///
  /// - `loyal`: buys every 30 days from day 0; met every 20 days until day 400 when
  ///   `neglected` (gap 100 against a usual 20), else until day 500 (gap 0).
  /// - `steady`: buys every 30 days; met every 30 days from day 330.
  /// - `lead`: a prospect; met on 425, 445, 465, 485 when the owner `shifted`, else on
  ///   325, 345, 365, 385, 425, 445.
  ///
  /// Shifted: the share goes 0/7 → 4/7 when neglected, 0/7 → 4/12 otherwise.
  /// Not shifted: 4/11 → 2/5 when neglected, 4/11 → 2/10 otherwise.
  static func book(neglected: Bool, shifted: Bool) -> GivenBook {
    var book = GivenBook()
    for client in ["loyal", "steady"] {
      book.client(client, owner: "ala")
      book.sales(client, on: Array(stride(from: 0, through: 480, by: 30)))
    }
    book.meetings("loyal", on: Array(stride(from: 0, through: neglected ? 400 : 500, by: 20)))
    book.meetings("steady", on: [330, 360, 390, 420, 450, 480])
    book.prospect("lead", owner: "ala")
    book.meetings("lead", on: shifted ? [425, 445, 465, 485] : [325, 345, 365, 385, 425, 445])
    return book
  }

  @Test(
    "given an owner's share rise and a loyal client's gap, then a reason only when both hold",
    arguments: [
      (true, true, true), (true, false, false), (false, true, false), (false, false, false),
    ])
  func bothConditions(neglected: Bool, shifted: Bool, reason: Bool) throws {
    let report = try Self.book(neglected: neglected, shifted: shifted).risk(on: 500)
    let loyal = try #require(report.assessment(of: GivenBook.slug("loyal")))
    #expect(loyal.loyal)
    #expect(loyal.reasons.contains { $0.signal == .attentionShift } == reason)
    let contact = try #require(loyal.reading(.contactGap))
    #expect(contact.value == (neglected ? 100 : 0))
  }

  @Test("given the owner's share rising from 0 to 4/7, when read, then value is the rise")
  func value() throws {
    let report = try Self.book(neglected: true, shifted: true).risk(on: 500)
    let reading = try #require(
      report.assessment(of: GivenBook.slug("loyal"))?.reading(.attentionShift))
    #expect(abs(reading.value - 4.0 / 7) < 1e-12)
    #expect(abs((reading.detail ?? 0) - 4.0 / 7) < 1e-12)
    #expect(reading.score == 1)
  }

  @Test(
    "given a rise of 4/7, when the threshold varies, then the score is rise / (2 × threshold)",
    arguments: [(0.5, 4.0 / 7), (4.0 / 7, 0.5), (0.6, 0)])
  func threshold(rise: Double, score: Double) throws {
    var policy = Policy()
    policy.attentionShiftRise = rise
    let report = try Self.book(neglected: true, shifted: true).risk(on: 500, policy: policy)
    let reading = try #require(
      report.assessment(of: GivenBook.slug("loyal"))?.reading(.attentionShift))
    #expect(abs(reading.score - score) < 1e-12)
  }

  @Test("given a shifted owner, when a prospect or a steady client, then no attention shift")
  func onlyLoyalNeglected() throws {
    let report = try Self.book(neglected: true, shifted: true).risk(on: 500)
    let lead = try #require(report.assessment(of: GivenBook.slug("lead")))
    #expect(!lead.loyal)
    #expect(lead.reading(.attentionShift) == nil)
    let steady = try #require(report.assessment(of: GivenBook.slug("steady")))
    #expect(steady.loyal)
    #expect(steady.reading(.attentionShift)?.score == 0)
  }
}
