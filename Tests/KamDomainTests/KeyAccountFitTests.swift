import KamDomain
import KamTime
import Testing

@Suite("Key-account reasons read the prospect fit")
struct KeyAccountFitTests {
  let policy = Policy()
  let t = day("2026-12-31")

  func fit(_ band: FitBand, firstSale: CalendarDate? = nil, stated: Double? = nil) -> ProspectFit {
    ProspectFit(
      client: ClientSlug(rawValue: "lead")!, stage: firstSale == nil ? .prospect : .transactional,
      winProbability: stated, fit: band == .high ? 0.8 : band == .medium ? 0.3 : 0.05,
      band: band, reasons: [], firstSale: firstSale)
  }

  func reasons(
    _ history: ClientHistory, fit: ProspectFit?, label: ProfileLabel = .lastingKeyClient,
    forecast: Int64 = 0
  ) -> [String] {
    KeyAccountReason.reasons(
      for: history, paretoClass: .c, forecastProfit: money(forecast), cutOffA: money(50_000),
      on: t, policy: policy, fit: fit, label: label
    ).map(\.rawValue)
  }

  func prospect(_ probability: Double) -> ClientHistory {
    var given = GivenClient("lead")
    given.prospect(winProbability: probability, on: "2026-05-01")
    return given.history
  }

  @Test(
    "given a prospect scored by a fitted profile, then the fit decides likely-win with the stated probability",
    arguments: [
      (FitBand.high, 0.3, true), (.high, 0.9, true), (.medium, 0.9, true), (.medium, 0.5, false),
      (.low, 0.9, false), (.low, 0.3, false),
    ])
  func likelyWin(band: FitBand, stated: Double, likely: Bool) {
    #expect(
      reasons(prospect(stated), fit: fit(band, stated: stated)) == (likely ? ["likely-win"] : []))
  }

  @Test("given no fit (the profile fell back), then likely-win is the stated probability")
  func fallback() {
    #expect(reasons(prospect(0.9), fit: nil) == ["likely-win"])
    #expect(reasons(prospect(0.5), fit: nil) == [])
  }

  @Test("given a first-year client with a high fit to lasting key clients, then it has potential")
  func potential() {
    var given = GivenClient("lead")
    given.registered(on: "2026-06-01")
    given.sale(100, on: "2026-07-01")
    let first = day("2026-07-01")
    #expect(reasons(given.history, fit: fit(.high, firstSale: first)) == ["potential"])
    #expect(reasons(given.history, fit: fit(.medium, firstSale: first)) == [])
    #expect(
      reasons(given.history, fit: fit(.high, firstSale: first), label: .stillBuying) == [],
      "still buying is not a key account")
    #expect(reasons(given.history, fit: nil) == [])
    #expect(
      reasons(given.history, fit: nil, forecast: 60_000) == ["potential"],
      "the forecast rule still holds")
  }
}
