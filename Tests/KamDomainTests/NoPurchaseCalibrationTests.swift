import KamDomain
import KamPurchaseModel
import KamTime
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

@Suite("The book's calibration of the chance of no purchase")
struct NoPurchaseCalibrationTests {
  /// A book of `clients` buyers: each buys as a Poisson process at a rate of one purchase
  /// every 10–120 days from a first day in [0, 300], and drops out after each purchase with
  /// its own chance from 2–25 %, as BG/NBD assumes. Sales run to day 900.
  static func buyers(_ clients: Int, seed: UInt64) -> GivenBook {
    var random = SplitMix64(seed: seed)
    var book = GivenBook()
    for index in 0..<clients {
      let name = "b\(index)"
      book.client(name)
      let gap = Double.random(in: 10...120, using: &random)
      let dropout = Double.random(in: 0.02...0.25, using: &random)
      var day = Double(Int.random(in: 0...300, using: &random))
      var days: [Int] = []
      while day <= 900 {
        days.append(Int(day))
        if Double.random(in: 0..<1, using: &random) < dropout { break }
        day += -gap * log(1 - Double.random(in: 0..<1, using: &random))
      }
      book.sales(name, on: days)
    }
    return book
  }

  @Test(
    "given a book with years of history, when assessed, then the calibration is learned at the cut and predicts the held-out share"
  )
  func calibratedOnHeldOutPeriod() throws {
    let book = Self.buyers(600, seed: 7)
    let day = 700
    let report = try book.risk(on: day)
    let calibration = report.calibration
    #expect(calibration.fitted)
    #expect(calibration.fallbackReason == nil)
    #expect(calibration.referenceDays == 180)
    #expect(calibration.windowDays == [72, 117, 180])
    #expect(calibration.cut == Given.day(day - 180))
    #expect(calibration.regression?.coefficients.count == 8)
    // Judged on days the fit never read: (700, 880].
    let buyers = report.assessments.filter { $0.pAlive != nil }
    let predicted = buyers.map(\.risk).reduce(0, +) / Double(buyers.count)
    let observed =
      Double(
        buyers.count(where: { assessment in
          !book[assessment.client.rawValue].sales.contains {
            $0.date > Given.day(day) && $0.date <= Given.day(day + 180)
          }
        })) / Double(buyers.count)
    let model =
      buyers.map { report.purchaseModel.probabilityNoPurchase($0.client, days: 180)! }.reduce(0, +)
      / Double(buyers.count)
    print(
      "calibration on a simulated book: predicted \(predicted), purchase model alone \(model),"
        + " observed \(observed)")
    #expect(abs(predicted - observed) < 0.03)
    #expect(buyers.allSatisfy { $0.risk > 0 && $0.risk < 1 })
  }

  @Test(
    "given a book whose sales span under six weeks, when assessed, then the purchase model's own chance is kept and the reason named"
  )
  func historyTooShort() throws {
    var book = GivenBook()
    for index in 0..<50 {
      book.client("c\(index)")
      book.sales("c\(index)", on: [index % 40, 40])
    }
    let report = try book.risk(on: 40)
    #expect(report.calibration.fitted == false)
    #expect(
      report.calibration.fallbackReason == .historyTooShort(referenceDays: 26, required: 28))
    for assessment in report.assessments {
      let expected = try #require(
        report.purchaseModel.probabilityNoPurchase(assessment.client, days: 180))
      #expect(abs(assessment.risk - expected) < 1e-12)
    }
  }

  @Test(
    "given too few clients to learn from, when assessed, then the calibration falls back with the counts"
  )
  func tooFewOutcomes() throws {
    var book = GivenBook()
    for index in 0..<12 {
      book.client("c\(index)")
      book.sales("c\(index)", on: [0, 100, 200, 300])
    }
    let report = try book.risk(on: 300)
    #expect(
      report.calibration.fallbackReason
        == .tooFewOutcomes(bought: 24, quiet: 12, required: 80))
  }

  @Test(
    "given a calibrated chance, when split between dropout and quiet, then the two combine to it in the model's proportions",
    arguments: [
      (0.7, 0.6, 0.5), (0.2, 0.9, 0.1), (0.5, 1.0, 0.3), (0.9, 0.0, 0.4), (0.3, 1.0, 0.0),
    ] as [(Double, Double, Double)])
  func split(none: Double, pAlive: Double, silence: Double) {
    let (dropout, quiet) = ChurnRiskAssessment.split(none, pAlive: pAlive, silence: silence)
    #expect(abs((1 - dropout) * (1 - quiet) - (1 - none)) < 1e-12)
    if pAlive == 1 { #expect(dropout == 0) }
    if pAlive == 0 { #expect(quiet == 0) }
    if pAlive > 0, pAlive < 1, silence > 0 {
      let modelShare = -log(pAlive) / (-log(pAlive) - log1p(-silence))
      #expect(abs(log1p(-dropout) / log1p(-none) - modelShare) < 1e-9)
    }
  }
}
