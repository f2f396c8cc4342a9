import Testing

@testable import KamPurchaseModel

@Suite("PurchaseModelFit fallback and validation")
struct PurchaseModelFitTests {
  /// Nine repeat buyers with gaps of 1…9 weeks, and three one-time buyers.
  static let fewRepeatBuyers: [PurchaseSummary] =
    (1...9).map { PurchaseSummary(frequency: 2, recency: Double(2 * $0), age: 30) }
    + (0..<3).map { _ in PurchaseSummary(frequency: 0, recency: 0, age: 20) }

  @Test("too few repeat buyers falls back to the recency rule")
  func fallsBack() throws {
    let fit = try PurchaseModelFit.fit(Self.fewRepeatBuyers)
    #expect(fit.model == .recency)
    #expect(fit.model.rawValue == "recency")
    #expect(!fit.fitted)
    #expect(fit.r == nil && fit.alpha == nil && fit.a == nil && fit.b == nil)
    #expect(fit.logLikelihood == nil)
    #expect(fit.clients == 12)
    #expect(fit.fallbackReason == .tooFewRepeatBuyers(found: 9, required: 10))
    // The median own gap tX/x of the nine repeat buyers is 5 weeks.
    #expect(fit.recencyRule.typicalGap == 5)
  }

  @Test(
    "the recency rule's P(alive) is exp(−silence / (k·g))",
    arguments: [(0.0, 1.0), (5, 0.71653131057378925), (15, 0.36787944117144233)])
  func recencySurvival(_ silence: Double, _ expected: Double) throws {
    let fit = try PurchaseModelFit.fit(Self.fewRepeatBuyers)
    let summary = PurchaseSummary(frequency: 3, recency: 20, age: 20 + silence)
    // exp(−s/15) for s = 0, 5, 15 (g = 5 weeks, k = 3).
    #expect(abs(fit.probabilityAlive(summary) - expected) < 1e-15)
    #expect(abs(fit.expectedPurchases(in: 10, given: summary) - expected * 2) < 1e-14)
  }

  @Test("with no repeat buyer at all the gap is the median age, and at least half a year")
  func noRepeatBuyers() throws {
    let summaries = [10.0, 30, 40].map { PurchaseSummary(frequency: 0, recency: 0, age: $0) }
    let fit = try PurchaseModelFit.fit(summaries)
    #expect(fit.fallbackReason == .tooFewRepeatBuyers(found: 0, required: 10))
    #expect(fit.recencyRule.typicalGap == 30)
    let young = [1.0, 2, 4].map { PurchaseSummary(frequency: 0, recency: 0, age: $0) }
    #expect(try PurchaseModelFit.fit(young).recencyRule.typicalGap == 26)
  }

  @Test("an empty client base falls back without failing")
  func empty() throws {
    let fit = try PurchaseModelFit.fit([])
    #expect(fit.clients == 0 && !fit.fitted)
    #expect(fit.recencyRule.typicalGap == RecencySurvival.gapWithoutRepeats)
  }

  @Test("a starved optimiser falls back as not converged")
  func notConverged() throws {
    let summaries = Self.fewRepeatBuyers + Self.fewRepeatBuyers
    let options = PurchaseModelFit.Options(maxEvaluations: 5)
    let fit = try PurchaseModelFit.fit(summaries, options: options)
    #expect(!fit.fitted)
    guard case .didNotConverge = fit.fallbackReason else {
      Issue.record("expected didNotConverge, got \(String(describing: fit.fallbackReason))")
      return
    }
  }

  @Test("an inconsistent summary is rejected with its index")
  func invalidSummary() {
    var summaries = Self.fewRepeatBuyers
    summaries[4] = PurchaseSummary(frequency: 1, recency: 31, age: 30)
    #expect {
      try PurchaseModelFit.fit(summaries)
    } throws: { error in
      guard let error = error as? PurchaseModelError else { return false }
      return error.code == .invalidSummary && error.index == 4
    }
  }

  @Test("invalid options are rejected")
  func invalidOptions() {
    let options = PurchaseModelFit.Options(parameterBounds: 0...1)
    #expect(throws: PurchaseModelError.self) {
      try PurchaseModelFit.fit(Self.fewRepeatBuyers, options: options)
    }
  }

  @Test("the grouped likelihood matches the per-client formula")
  func groupedLikelihood() {
    let summaries = Self.fewRepeatBuyers + Self.fewRepeatBuyers.reversed()
    let parameters = BGNBDParameters(r: 0.5, alpha: 3, a: 0.8, b: 2)
    let grouped = BGNBDLikelihood(summaries)(parameters)
    let perClient = parameters.logLikelihood(of: summaries)
    #expect(abs(grouped - perClient) <= 1e-12 * abs(perClient))
  }
}
