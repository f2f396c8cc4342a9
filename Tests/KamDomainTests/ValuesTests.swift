import KamDomain
import KamTime
import Testing

@Suite("Money, percentages, dates and payloads")
struct ValuesTests {
  @Test(
    "decimal amounts parse to exact minor units",
    arguments: [
      ("12000", 1_200_000), ("12000.5", 1_200_050), ("12000.50", 1_200_050), ("0.07", 7),
      ("-3.05", -305),
    ]
      as [(String, Int64)])
  func money(text: String, minor: Int64) {
    #expect(Money(decimal: text)?.minorUnits == minor)
  }

  @Test(
    "ambiguous or rounded amounts are refused",
    arguments: ["12 000,50", "12,000.50", "1.234", "", ".", "1.", "abc", "1e3"])
  func moneyRefused(text: String) {
    #expect(Money(decimal: text) == nil)
  }

  @Test(
    "money prints with two decimals",
    arguments: [(1_200_050, "12000.50"), (-305, "-3.05"), (7, "0.07"), (0, "0.00")]
      as [(Int64, String)])
  func moneyDescription(minor: Int64, text: String) {
    #expect(Money(minorUnits: minor).description == text)
  }

  @Test("percentages accept 15 and 15%, and refuse what is outside 0–100")
  func percentages() {
    #expect(Percentage(text: "15")?.basisPoints == 1500)
    #expect(Percentage(text: "12.5%")?.basisPoints == 1250)
    #expect(Percentage(text: "100")?.basisPoints == 10_000)
    #expect(Percentage(text: "100.01") == nil)
    #expect(Percentage(text: "-1") == nil)
  }

  @Test("calendar dates round-trip and refuse impossible days")
  func dates() {
    #expect(CalendarDate(iso: "2024-02-29")?.description == "2024-02-29")
    #expect(CalendarDate(iso: "2026-02-29") == nil)
    #expect(CalendarDate(iso: "1970-01-01")?.daysSinceEpoch == 0)
    #expect(CalendarDate(iso: "1969-12-31")?.daysSinceEpoch == -1)
    #expect(Instant(iso: "2026-11-28T10:00:00+02:00")?.description == "2026-11-28T08:00:00.000Z")
    #expect(Instant(iso: "2026-11-28")?.description == "2026-11-28T23:59:59.999Z")
    #expect(Instant(iso: "2026-11-28T10:00:00") == nil)
  }

  @Test("every event survives a round trip through its flat JSON payload")
  func payloadRoundTrip() throws {
    let acme = ClientSlug(rawValue: "acme")!
    let events: [DomainEvent] = [
      .saleRecorded(
        SaleRecorded(
          client: acme, amount: Money(minorUnits: 100), cost: .zero, ref: "a\"b", note: "ł\n")),
      .priceNegotiated(
        PriceNegotiated(
          client: acme, listAmount: Money(minorUnits: 5), asked: Percentage(basisPoints: 1500),
          granted: Percentage(basisPoints: 0), outcome: .lost)),
      .initiativeStarted(
        InitiativeStarted(
          client: acme, initiative: "i1", kind: .sharedWarehouse,
          from: CalendarDate(iso: "2026-01-01")!)),
      .prospectRegistered(ProspectRegistered(client: acme, name: "A", winProbability: 0.75)),
    ]
    for event in events {
      #expect(
        try DomainEvent(type: event.type, version: event.version, payload: event.payloadBytes)
          == event)
    }
  }

  @Test("a version-1 sale payload is upcast to minor units")
  func upcastSale() throws {
    let old = Array(#"{"client":"acme","amount":"120.50","cost":"80"}"#.utf8)
    let (version, payload) = try #require(
      try DomainUpcaster.upcast(type: "sale-recorded", version: 1, payload: old))
    #expect(version == 2)
    let event = try DomainEvent(type: "sale-recorded", version: version, payload: payload)
    guard case .saleRecorded(let sale) = event else {
      Issue.record("not a sale")
      return
    }
    #expect(sale.amount.minorUnits == 12_050)
    #expect(sale.cost.minorUnits == 8_000)
  }

  @Test("the nearest slug is suggested only for likely typos")
  func suggestions() {
    #expect(SlugSuggester.nearest(to: "acmee", in: ["acme", "beta"]) == "acme")
    #expect(SlugSuggester.nearest(to: "zzz", in: ["acme", "beta"]) == nil)
  }
}
