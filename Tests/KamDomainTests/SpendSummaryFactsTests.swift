import KamDomain
import KamPurchaseModel
import KamTime
import Testing

/// A book's spend summaries come from one computation whether they are made from its
/// histories or from its kept facts; here it is held to the summary's definition
/// (``SpendSummary/init(sales:asOf:)``) on random histories, and to not trapping where
/// the running totals saturate.
@Suite("Spend summaries from histories and from kept facts")
struct SpendSummaryFactsTests {
  /// The summary by definition: the sales that count, amounts summed per day.
  static func defined(_ history: ClientHistory, asOf date: CalendarDate) -> SpendSummary? {
    SpendSummary(
      sales: history.sales.filter { !history.isRetracted($0.seq) }.map {
        (date: $0.date, amount: $0.amount)
      }, asOf: date)
  }

  @Test(
    "given a random history, when it is summarised on several days from the history or from its facts, then each summary is the defined one",
    arguments: 0..<40 as Range<UInt64>)
  func randomHistories(seed: UInt64) {
    let random = RandomHistory(seed: seed)
    let history = random.given.history
    let facts = BookRiskFacts([history], policy: random.policy)
    for offset in [-30, 0, 45, 200, 400, 1_000] {
      let date = Given.day(random.today + offset)
      let fromHistories = BookSpendModel([history], on: date)
      let fromFacts = BookSpendModel(facts, on: date)
      let known = history.isKnown(by: date)
      #expect(fromHistories.summaries[history.client] == Self.defined(history, asOf: date))
      #expect(
        fromFacts.summaries[history.client] == (known ? Self.defined(history, asOf: date) : nil))
    }
  }

  @Test(
    "given sales whose running total passes the largest amount, when summarised both ways, then nothing traps and both give the same summary"
  )
  func saturatedTotals() {
    var given = Given()
    given.sale(on: 0, amount: Int64.max / 2, cost: 0)
    given.sale(on: 1, amount: Int64.max / 2, cost: 0)
    given.sale(on: 2, amount: Int64.max / 2, cost: 0)
    given.sale(on: 3, amount: 100, cost: 0)
    let history = given.history
    let date = Given.day(10)
    let fromHistories = BookSpendModel([history], on: date).summaries[history.client]
    let fromFacts = BookSpendModel(BookRiskFacts([history], policy: Policy()), on: date)
      .summaries[history.client]
    #expect(fromHistories != nil)
    #expect(fromHistories == fromFacts)
    #expect(fromHistories?.repeatDays == 3)
  }
}
