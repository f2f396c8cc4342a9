import KamDomain
import KamPurchaseModel
import KamTime
import Testing

@Suite("The key-client profile and the prospect fit")
struct KeyClientProfileTests {
  /// A prospect registered on `day` with a stated win probability and segment.
  static func prospect(
    _ book: inout GivenBook, _ name: String, win: Double, segment: String? = nil, on day: Int
  ) {
    let event = ProspectRegistered(
      client: GivenBook.slug(name), name: name, segment: segment, winProbability: win)
    book.record(name, .prospectRegistered(event), on: day)
  }

  /// 240 prospects registered on days 0–239. Every other one (`good`) is courted with a
  /// meeting, buys from 20 days after registering every 30 days to day 1000 and is met every
  /// 60: on day 1000 it is a lasting key client. The others buy once and stop. Stated win
  /// probabilities overlap: 0.5–0.8 for the good, 0.3–0.6 for the others.
  static func book() -> GivenBook {
    var book = GivenBook()
    for index in 0..<240 {
      let name = "p\(index)"
      let good = index % 2 == 0
      let start = index
      prospect(
        &book, name, win: (good ? 0.5 : 0.3) + 0.1 * Double(index % 4), segment: "s\(index % 3)",
        on: start)
      if good {
        book.meeting(name, on: start + 5)
        book.sales(name, on: Array(stride(from: start + 20, through: 1000, by: 30)))
        book.meetings(name, on: Array(stride(from: start + 60, through: 1000, by: 60)))
      } else {
        book.sale(name, on: start + 40)
      }
    }
    return book
  }

  @Test(
    "given a book whose lasting clients were courted and bought early, when profiled, then the fit learns it and ranks new prospects by it"
  )
  func learnsTheProfile() throws {
    var book = Self.book()
    Self.prospect(&book, "hopeful", win: 0.9, on: 995)
    Self.prospect(&book, "doubtful", win: 0.2, on: 995)
    let report = ProspectReport(book.all, on: Given.day(1000), policy: Policy())
    let profile = report.profile
    #expect(profile.fallback == nil)
    #expect(profile.fitted)
    #expect(profile.model == "ridge-logistic")
    #expect(profile.label == .lastingKeyClient)
    #expect(profile.horizonDays == 666, "⅔ of the 1000 days, under two years")
    #expect(profile.cut == Given.day(334))
    #expect(profile.cuts == [334, 243, 152, 61].map(Given.day), "a quarter apart")
    #expect(profile.trainingClients == 240)
    #expect(profile.trainedOn > 240, "a client new on several cuts is a row on each")
    // The good ones, but for the few least profitable that Pareto puts in class C.
    let base = try #require(profile.baseRate)
    #expect(base > 0.3 && base <= 0.5)
    #expect(profile.aucHeldOut, "the latest cut, scored by a fit to the earlier three")
    #expect((profile.auc ?? 0) > 0.95)
    #expect((profile.statedAUC ?? 1) < (profile.auc ?? 0), "the stated chances overlap")
    let names = profile.features.map(\.feature)
    #expect(names.contains(.winProbability))
    #expect(names.contains(.meetings))
    #expect(!names.contains(.negotiations), "no negotiation anywhere: it says nothing")
    let win = try #require(profile.features.firstIndex { $0.feature == .winProbability })
    #expect((profile.regression?.coefficients[win + 1] ?? 0) > 0)
    let typical = try #require(profile.features[win].typical, "the lasting clients' median")
    #expect(typical >= 0.5 && typical <= 0.7)
    let hopeful = try #require(report.fits.first { $0.client.rawValue == "hopeful" })
    let doubtful = try #require(report.fits.first { $0.client.rawValue == "doubtful" })
    #expect(hopeful.stage == .prospect)
    #expect(hopeful.winProbability == 0.9)
    #expect((hopeful.fit ?? 0) > (doubtful.fit ?? 1))
    let reason = try #require(hopeful.reasons.first { $0.feature == .winProbability })
    #expect(reason.value == 0.9)
    #expect(reason.typical == typical)
    #expect(reason.contribution > 0, "above the typical lasting client's stated chance")
    // The contributions add up to the fit's log-odds against the typical lasting client's.
    let regression = try #require(profile.regression)
    let typicalFit = regression.probability(
      profile.features.map { $0.standardised($0.typical) })
    let total = hopeful.reasons.map(\.contribution).reduce(0, +)
    let logit = { (p: Double) in RidgeLogistic.logit(p) }
    #expect(abs(total - (logit(hopeful.fit ?? 0) - logit(typicalFit))) < 1e-9)
    let sizes = hopeful.reasons.map { abs($0.contribution) }
    #expect(sizes == sizes.sorted(by: >))
    #expect(report.fits.allSatisfy { ($0.fit ?? -1) >= 0 && ($0.fit ?? 2) <= 1 })
    // Scored: the two new prospects only; everyone else's first sale is over a year old.
    #expect(Set(report.fits.map(\.client.rawValue)) == ["hopeful", "doubtful"])
  }

  @Test(
    "given a book of sales alone, when profiled, then no one reaches cooperation and the label falls back to still buying"
  )
  func salesAloneLabelStillBuying() throws {
    var book = GivenBook()
    for index in 0..<200 {
      book.client("c\(index)", on: index)
      let days = index % 2 == 0 ? Array(stride(from: index, through: 600, by: 25)) : [index]
      book.sales("c\(index)", on: days)
    }
    let profile = KeyClientProfile(book.all, on: Given.day(600), policy: Policy())
    #expect(profile.label == .stillBuying)
    #expect(profile.fitted)
    #expect(!profile.features.map(\.feature).contains(.winProbability))
  }

  @Test(
    "given a book too small to learn from, when profiled, then the stated win probability stands in and the reason is named"
  )
  func tooFewOutcomes() throws {
    var book = GivenBook()
    for index in 0..<6 {
      book.client("c\(index)", on: 0)
      book.sales("c\(index)", on: index % 2 == 0 ? [0, 200, 400] : [0])
    }
    Self.prospect(&book, "hope", win: 0.8, on: 390)
    Self.prospect(&book, "maybe", win: 0.4, on: 390)
    let report = ProspectReport(book.all, on: Given.day(400), policy: Policy())
    let profile = report.profile
    #expect(!profile.fitted)
    #expect(profile.model == "stated-win-probability")
    guard case .tooFewOutcomes(let lasting, let other, let required) = profile.fallback else {
      Issue.record("expected too few outcomes, got \(String(describing: profile.fallback))")
      return
    }
    #expect(lasting + other == 12, "six clients on each of two cuts")
    #expect(required >= 10, "ten per coefficient, the intercept's included")
    #expect(profile.fallback?.name == "too-few-outcomes")
    let fits = Dictionary(uniqueKeysWithValues: report.fits.map { ($0.client.rawValue, $0) })
    #expect(fits["hope"]?.fit == 0.8)
    #expect(fits["hope"]?.band == .high)
    #expect(fits["maybe"]?.band == .medium)
    #expect(fits["hope"]?.reasons.isEmpty == true)
    #expect(fits["c0"]?.fit == nil, "a client registered without a stated chance")
    #expect(fits["c0"]?.band == nil)
  }

  @Test(
    "given a book of a few weeks, when profiled, then the history is too short to hold out an outcome"
  )
  func historyTooShort() throws {
    var book = GivenBook()
    for index in 0..<100 { book.client("c\(index)", on: index % 30) }
    let profile = KeyClientProfile(book.all, on: Given.day(30), policy: Policy())
    #expect(profile.fallback == .historyTooShort(horizonDays: 20, required: 28))
    #expect(profile.cut == nil)
  }

  @Test(
    "given a day before the book starts, when profiled, then nothing is scored and the fallback says why"
  )
  func beforeTheBook() throws {
    let report = ProspectReport(Self.book().all, on: Given.day(-10), policy: Policy())
    #expect(report.fits.isEmpty)
    #expect(report.profile.fallback == .historyTooShort(horizonDays: 0, required: 28))
  }

  @Test(
    "given a client's later facts, when described as of a day, then only its first months by then count"
  )
  func earlyFactsReadNothingLater() throws {
    var book = GivenBook()
    Self.prospect(&book, "p", win: 0.6, on: 0)
    book.meeting("p", on: 10)
    book.negotiation("p", on: 15, granted: 500)
    book.sales("p", on: [30, 30, 60, 400])
    book.meeting("p", on: 300)
    let early = try #require(EarlyFacts(book["p"], on: Given.day(500), earlyDays: 180))
    #expect(early.firstSale == Given.day(30))
    #expect(early.values[.daysToFirstSale] == 30)
    #expect(early.values[.meetings] == 1, "the meeting on day 300 is after the first months")
    #expect(early.values[.negotiations] == 1)
    #expect(early.values[.discountAsked] == 0.1)
    #expect(early.values[.discountGranted] == 0.05)
    #expect(early.values[.purchaseDays] == 2)
    #expect(early.values[.firstOrder] == 2000)
    #expect(early.values[.amountSoFar] == 3000)
    #expect(early.values[.margin] == 0.4)
    #expect(early.values[.daysKnown] == 180)
    #expect(early.values[.daysSinceLastPurchase] == 150)
    let then = try #require(EarlyFacts(book["p"], on: Given.day(20), earlyDays: 180))
    #expect(then.isProspect)
    #expect(then.values[.daysToFirstSale] == 20, "courted so far")
    #expect(then.values[.purchaseDays] == 0)
    #expect(then.values[.margin] == nil)
    #expect(EarlyFacts(book["p"], on: Given.day(-1), earlyDays: 180) == nil)
    book.complaint("q", "c-1", on: 5)
    let known = try #require(EarlyFacts(book["q"], on: Given.day(9), earlyDays: 180))
    #expect(known.firstDay == Given.day(5), "known by a complaint alone")
    #expect(known.values[.daysToFirstSale] == 4)
  }
}
