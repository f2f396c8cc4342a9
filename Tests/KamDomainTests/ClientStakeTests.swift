import KamDomain
import KamPurchaseModel
import KamTime
import Testing

@Suite("What a client's churn would cost")
struct ClientStakeTests {
  /// A book of `clients` clients buying every `gap` days from day 0 to `last`, each sale
  /// 1000.00 at a cost of 600.00 (a 40 % margin).
  static func book(clients: Int, gap: Int, last: Int) -> GivenBook {
    var book = GivenBook()
    for index in 0..<clients {
      let name = "c\(index)"
      book.client(name)
      book.sales(name, on: Array(stride(from: index % gap, through: last - index % 7, by: gap)))
    }
    return book
  }

  @Test("given a fitted book, value at stake is the retained profit times 1 − P(alive)")
  func valueAtStake() throws {
    let book = Self.book(clients: 60, gap: 20, last: 400)
    let day = Given.day(420)
    let purchases = try BookPurchaseModel(book.all, on: day)
    let spend = BookSpendModel(book.all, on: day)
    let client = GivenBook.slug("c3")
    let stake = ClientStake(
      book["c3"], on: day, horizonDays: 180, purchases: purchases, spend: spend)
    let summary = try #require(purchases.summaries[client])
    let expected = purchases.fit.expectedPurchases(in: 180 / 7, given: summary)
    let pAlive = purchases.fit.probabilityAlive(summary)
    let perDay = try #require(stake.expectedSpend)
    #expect(abs(stake.margin - 0.4) < 1e-12)
    #expect(abs(stake.expectedPurchases - expected) < 1e-12)
    #expect(stake.expectedProfit == ClientStake.money(expected * perDay * 0.4))
    #expect(
      stake.valueAtStake == ClientStake.money((1 - pAlive) * expected / pAlive * perDay * 0.4))
    let neglected = ClientStake(
      book["c3"], on: day, horizonDays: 180, purchases: purchases, spend: spend, churn: 0.5)
    #expect(neglected.valueAtStake == ClientStake.money(0.5 * expected / pAlive * perDay * 0.4))
    #expect(stake.lastPurchase == book["c3"].sales.map(\.date).max())
    #expect(stake.lastContact == nil)
  }

  @Test("given a client with no purchase by the day, nothing is at stake")
  func noPurchase() throws {
    var book = Self.book(clients: 20, gap: 30, last: 300)
    book.client("late")
    book.sale("late", on: 350)
    let day = Given.day(320)
    let stake = ClientStake(
      book["late"], on: day, horizonDays: 180,
      purchases: try BookPurchaseModel(book.all, on: day), spend: BookSpendModel(book.all, on: day))
    #expect(stake.expectedSpend == nil)
    #expect(stake.valueAtStake == .zero)
    #expect(stake.lastPurchase == nil)
  }

  @Test(
    "given a degenerate book, then the models name their fallback and no figure is NaN or a risk near 0 without evidence",
    arguments: [
      "one client", "ten clients", "everyone once", "everyone every day", "all on the day",
    ])
  func degenerate(shape: String) throws {
    var book = GivenBook()
    let day = 200
    switch shape {
    case "one client":
      book.client("solo")
      book.sales("solo", on: [0, 50, 100, 150])
    case "ten clients":
      for index in 0..<10 {
        book.client("c\(index)")
        book.sales("c\(index)", on: [index, index + 60])
      }
    case "everyone once":
      for index in 0..<40 {
        book.client("c\(index)")
        book.sale("c\(index)", on: index * 3)
      }
    case "everyone every day":
      for index in 0..<15 {
        book.client("c\(index)")
        book.sales("c\(index)", on: Array(0...day))
      }
    default:
      for index in 0..<30 {
        book.client("c\(index)")
        book.sale("c\(index)", on: day)
      }
    }
    let report = try book.risk(on: day)
    let purchases = report.purchaseModel
    let spend = BookSpendModel(book.all, on: Given.day(day))
    if !purchases.fit.fitted { #expect(purchases.fit.fallbackReason != nil) }
    if shape != "everyone every day" && shape != "ten clients" {
      // Fewer than ten repeat buyers: BG/NBD cannot be learned, and says why.
      #expect(purchases.fit.fitted == false)
      #expect(purchases.fit.model == .recency)
      #expect(purchases.fit.fallbackReason != nil)
    }
    if !spend.fit.fitted { #expect(spend.fit.fallbackReason != nil) }
    // Too small or too short a book to learn a calibration from: it says so.
    #expect(report.calibration.fitted == false)
    #expect(report.calibration.fallbackReason != nil)
    for assessment in report.assessments {
      #expect(assessment.risk.isFinite && assessment.risk >= 0 && assessment.risk <= 1)
      #expect(assessment.pAlive.map { $0.isFinite && $0 >= 0 && $0 <= 1 } ?? true)
      #expect(assessment.reasons.allSatisfy { $0.contribution.isFinite })
      let stake = ClientStake(
        book[assessment.client.rawValue], on: Given.day(day), horizonDays: 180,
        purchases: purchases, spend: spend)
      #expect(stake.expectedPurchases.isFinite)
      #expect(stake.expectedSpend.map(\.isFinite) ?? true)
    }
    if shape == "all on the day" || shape == "everyone once" {
      // Nobody has come back yet: there is no evidence either way, so no one is safe.
      #expect(report.assessments.allSatisfy { $0.risk > 0.05 })
    }
  }
}
