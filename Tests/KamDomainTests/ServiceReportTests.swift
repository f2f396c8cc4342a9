import KamDomain
import KamTime
import Testing

@Suite("Service report")
struct ServiceReportTests {
  /// The quarter is days 0–90 (2025-01-01 through 2025-04-01, exclusive). Every client of
  /// `ala` first bought on day −400, so none is new; meetings are an hour (200.00).
  ///
  /// - `big`, `core`: key accounts (100,000.00 of profit each), 3 meetings in the quarter.
  /// - `star`: key, met every 30 days before the quarter and not once in it.
  /// - `gap`: key, met on days 0, 10 and 20 and then not for 70 days.
  /// - `needy`: class C, 100.00 of margin and four meetings: sold at a loss.
  /// - `chatty`: class C, a small profit, met three times: like a key account.
  /// - `quiet`: class C, buys, never met.
  /// - `fresh`: a prospect registered on day 50, met twice.
  static func book() -> GivenBook {
    var book = GivenBook()
    for client in ["big", "core", "star", "gap", "needy", "chatty", "quiet"] {
      book.client(client, owner: "ala", on: -400)
    }
    for client in ["big", "core", "star", "gap"] {
      book.sale(client, on: -400, amount: 100, cost: 0)
      book.sale(client, on: 30, amount: 10_000_000, cost: 0)
    }
    book.meetings("big", on: [10, 40, 70])
    book.meetings("core", on: [15, 45, 75])
    book.meetings("star", on: [-120, -90, -60, -30])
    book.meetings("gap", on: [0, 10, 20])
    book.sale("needy", on: -400, amount: 100, cost: 0)
    book.sale("needy", on: 20, amount: 100_000, cost: 90_000)
    book.meetings("needy", on: [5, 25, 45, 65])
    book.sale("chatty", on: -400, amount: 100, cost: 0)
    book.sale("chatty", on: 20, amount: 200_000, cost: 100_000)
    book.meetings("chatty", on: [10, 50, 80])
    book.sale("quiet", on: -400, amount: 100, cost: 0)
    book.sale("quiet", on: 20, amount: 100_000, cost: 50_000)
    book.prospect("fresh", owner: "ala", on: 50)
    book.meetings("fresh", on: [60, 70])
    return book
  }

  static let quarter = Given.day(0)..<Given.day(91)

  static func report(_ book: GivenBook = book()) -> ServiceReport {
    ServiceReport(book.all, in: quarter, policy: Policy())
  }

  static func verdicts(_ report: ServiceReport) -> [String: ServiceVerdict] {
    Dictionary(uniqueKeysWithValues: report.rows.map { ($0.client.rawValue, $0.verdict) })
  }

  @Test("given a client sold at a loss once its meetings are counted, then it is over-served")
  func unprofitable() throws {
    let row = try #require(Self.report().row(for: GivenBook.slug("needy")))
    #expect(row.verdict == .overServed)
    #expect(row.profit < .zero)
    #expect(row.meetings == 4 && row.minutes == 240)
    #expect(row.costToServe == Money(minorUnits: 80_000))
    #expect(
      row.reason
        == "unprofitable after cost to serve: profit -700.00 over the year; 4 meetings, 240 minutes, 800.00 cost to serve in the quarter"
    )
  }

  @Test("given a profitable class C client met like a key account, then it is over-served")
  func metLikeAKeyAccount() throws {
    let row = try #require(Self.report().row(for: GivenBook.slug("chatty")))
    #expect(row.paretoClass == .c)
    #expect(row.profit > .zero)
    #expect(row.verdict == .overServed)
    #expect(
      row.reason
        == "met like a key account: 3 meetings, 180 minutes in the quarter; class C clients usually get 3, key accounts 3; 17 % of ala's minutes for 0.1 % of the profit"
    )
  }

  @Test("given a key account not met in the quarter, then it is under-served below its tier")
  func belowItsTier() throws {
    let row = try #require(Self.report().row(for: GivenBook.slug("star")))
    #expect(row.tier == .key)
    #expect(row.verdict == .underServed)
    #expect(
      row.reason
        == "below its tier: 0 meetings, 0 minutes in the quarter; key accounts usually get 3")
  }

  @Test("given a key account whose contact gap exceeds its rhythm, then it is under-served")
  func outOfRhythm() throws {
    let row = try #require(Self.report().row(for: GivenBook.slug("gap")))
    #expect(row.verdict == .underServed)
    #expect(row.daysSinceContact == 70 && row.usualContactGap == 10)
    #expect(
      row.reason
        == "out of rhythm: no meeting for 70 days, usually every 10; 3 meetings, 180 minutes in the quarter"
    )
  }

  @Test("given clients served as their tier usually is, then they are balanced")
  func balanced() throws {
    let report = Self.report()
    let verdicts = Self.verdicts(report)
    #expect(verdicts["big"] == .balanced && verdicts["core"] == .balanced)
    #expect(verdicts["quiet"] == .balanced)
    #expect(verdicts["fresh"] == .balanced)
    #expect(
      report.row(for: GivenBook.slug("big"))?.reason
        == "3 meetings, 180 minutes in the quarter; key accounts usually get 3")
    #expect(
      report.row(for: GivenBook.slug("fresh"))?.reason
        == "a prospect: 2 meetings, 120 minutes in the quarter; prospects and new clients usually get 2"
    )
  }

  @Test("given the book, then rows run by owner and minutes, and shares add up per owner")
  func orderAndShares() {
    let report = Self.report()
    #expect(
      report.rows.map(\.client.rawValue) == [
        "needy", "big", "chatty", "core", "gap", "fresh", "quiet", "star",
      ])
    let effort = report.rows.map(\.effortShare).reduce(0, +)
    let value = report.rows.map(\.valueShare).reduce(0, +)
    #expect(abs(effort - 1) < 1e-12 && abs(value - 1) < 1e-12)
    #expect(report.usualMeetings[.key] == 3 && report.usualMeetings[.classC] == 3)
  }

  @Test("given an owner with over- and under-served clients, then the what-if moves hours")
  func ownerSuggestion() throws {
    let owner = try #require(Self.report().owners.first)
    #expect(owner.owner == "ala" && owner.clients == 8 && owner.minutes == 1_080)
    #expect(owner.acquisitionShare == 120.0 / 1_080)
    #expect(owner.shareByClass[.a] == 540.0 / 1_080)
    #expect(owner.shareByClass[.c] == 420.0 / 1_080)
    let suggestion = try #require(owner.suggestion)
    // Surplus: needy 240 + chatty 180 over quiet's 0; need: star 180, gap 60 (one meeting).
    #expect(suggestion.hoursPerQuarter == 4)
    #expect(suggestion.from.map(\.rawValue) == ["needy", "chatty"])
    #expect(suggestion.to.map(\.rawValue) == ["star", "gap"])
    #expect(suggestion.text == "move ~4 hours a quarter from needy, chatty to star, gap")
  }

  @Test("given a strategic client sold at a loss, then it is not called over-served")
  func strategicLoss() throws {
    var book = Self.book()
    book.record(
      "needy", .strategicFlagSet(StrategicFlagSet(client: GivenBook.slug("needy"), reason: "ref")),
      on: 1)
    let row = try #require(Self.report(book).row(for: GivenBook.slug("needy")))
    #expect(row.tier == .key && row.verdict != .overServed)
  }

  @Test("given complaint handling in the quarter, then it is cost to serve and said")
  func complaintHandling() throws {
    var book = Self.book()
    book.complaint("quiet", "q-1", on: 30)
    book.resolved("quiet", "q-1", on: 40, cost: 60_000)
    let row = try #require(Self.report(book).row(for: GivenBook.slug("quiet")))
    #expect(row.complaints == 1 && row.complaintCost == Money(minorUnits: 60_000))
    #expect(row.verdict == .overServed)
    #expect(
      row.reason
        == "unprofitable after cost to serve: profit -100.00 over the year; 0 meetings, 0 minutes, 600.00 cost to serve (complaint handling 600.00) in the quarter"
    )
  }

  @Test("given a period with no facts, then the report is empty")
  func emptyPeriod() {
    let report = ServiceReport(
      Self.book().all, in: Given.day(-2000)..<Given.day(-1900), policy: Policy())
    #expect(report.rows.isEmpty && report.owners.isEmpty)
  }

  @Test("given a focus, then only its row is built, judged against the whole book")
  func focus() throws {
    let report = ServiceReport(
      Self.book().all, in: Self.quarter, policy: Policy(), focus: GivenBook.slug("star"))
    #expect(report.rows.map(\.client.rawValue) == ["star"])
    #expect(report.rows.first?.verdict == .underServed)
  }
}
