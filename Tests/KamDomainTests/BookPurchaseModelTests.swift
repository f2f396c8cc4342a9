import KamDomain
import KamPurchaseModel
import KamTime
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

@Suite("Churn risk: the book's purchase model")
struct BookPurchaseModelTests {
  @Test("given sales, when summarised on a day, then only sales that count on or before it")
  func summaries() throws {
    var book = GivenBook()
    book.sales("acme", on: [0, 7, 7, 14])
    let wrong = book.sale("acme", on: 10)
    book.retract("acme", wrong, on: 11)
    book.sale("acme", on: 30)
    book.prospect("lead")
    book.sale("late", on: 29)
    let model = try BookPurchaseModel(book.all, on: Given.day(28))
    #expect(model.summaries.count == 1)
    #expect(model.fit.clients == 1)
    let acme = try #require(model.summaries[GivenBook.slug("acme")])
    #expect(acme == PurchaseSummary(frequency: 2, recency: 2, age: 4))
    #expect(model.probabilityAlive(GivenBook.slug("lead")) == nil)
    #expect(model.probabilityAlive(GivenBook.slug("late")) == nil)
  }

  @Test(
    "given three buyers, when fitted, then the recency rule: exp(−silence / (3 × median gap))")
  func fallback() throws {
    var book = GivenBook()
    book.sales("two-weeks", on: [0, 14])
    book.sales("four-weeks", on: [0, 28])
    book.sale("once", on: 0)
    let report = try book.risk(on: 42)
    #expect(!report.fit.fitted)
    #expect(report.fit.model == .recency)
    #expect(report.fit.fallbackReason == .tooFewRepeatBuyers(found: 2, required: 10))
    // g = median(2, 4) = 3 weeks; T = 6 weeks.
    let expected = ["two-weeks": exp(-4.0 / 9), "four-weeks": exp(-2.0 / 9), "once": exp(-6.0 / 9)]
    for (client, pAlive) in expected {
      let assessment = try #require(report.assessment(of: GivenBook.slug(client)))
      #expect(abs((assessment.pAlive ?? 0) - pAlive) < 1e-12)
      #expect(abs((assessment.reading(.pAlive)?.score ?? 0) - (1 - pAlive)) < 1e-12)
    }
  }

  @Test(
    "given a synthetic book with many repeat buyers whose dropout ignores purchases, when fitted, then the pinned fit falls back and everyone still gets P(alive)"
  )
  func fitted() throws {
    let book = NeglectBook(seed: 7, clients: 120)
    let report = try ChurnRiskReport(book.histories, on: book.today, policy: Policy())
    #expect(report.fit.converged)
    #expect(!report.fit.atBounds.isEmpty)
    #expect(report.fit.model == .recency)
    #expect(report.fit.clients == 120)
    let pAlive = report.assessments.compactMap(\.pAlive)
    #expect(pAlive.count == 120)
    #expect(pAlive.allSatisfy { $0 >= 0 && $0 <= 1 })
  }

  @Test(
    "given books where nobody drops out after a purchase, when fitted, then the fit converges on b's bound and is not trusted",
    arguments: [11, 12] as [UInt64])
  func dropoutOnTheEdge(seed: UInt64) throws {
    // Dropout here follows neglect, not purchases, so the likelihood rises towards p = 0
    // (b → ∞) and the simplex ends within rounding of the edge, where the likelihood's
    // rounding noise is above the flatness tolerance. It used to spend its whole budget,
    // and then to report the pinned parameters as fitted.
    let book = NeglectBook(seed: seed)
    let fit = try BookPurchaseModel(book.histories, on: book.today).fit
    #expect(fit.converged)
    #expect(fit.evaluations < 5_000)
    #expect(fit.atBounds.contains("b"))
    #expect(fit.fallbackReason == .atBounds(fit.atBounds))
    #expect(!fit.fitted)
    #expect(fit.model == .recency)
  }
}
