import KamDomain
import Testing

@Suite("Which payload members hold money")
struct PayloadFieldTests {
  static let acme = slug("acme")

  /// An event of each type with money or percentages, and the members that hold them.
  static let events: [(DomainEvent, [String: DomainEvent.Field])] = [
    (
      .saleRecorded(SaleRecorded(client: acme, amount: money(12), cost: money(8))),
      ["amount": .money, "cost": .money, "client": .integer]
    ),
    (
      .meetingHeld(MeetingHeld(client: acme, kind: .call, minutes: 30, cost: money(5))),
      [
        "cost": .money, "minutes": .integer,
      ]
    ),
    (
      .complaintResolved(ComplaintResolved(client: acme, complaint: "acme-1", cost: money(3))),
      [
        "cost": .money
      ]
    ),
    (
      .priceNegotiated(
        PriceNegotiated(
          client: acme, listAmount: money(100), asked: Percentage(basisPoints: 1500),
          granted: Percentage(basisPoints: 500), outcome: .won)),
      ["listAmount": .money, "asked": .percentage, "granted": .percentage]
    ),
    (
      .prospectRegistered(
        ProspectRegistered(client: acme, name: "A", winProbability: 0.5, expectedValue: money(9))),
      ["expectedValue": .money]
    ),
    (
      .clientAssessed(ClientAssessed(client: acme, attractiveness: 80, standing: 70)),
      [
        "attractiveness": .integer, "standing": .integer,
      ]
    ),
    (.eventRetracted(EventRetracted(seq: 4, reason: "x")), ["seq": .integer]),
  ]

  @Test(
    "given an event, when its members are asked about, then the money ones are money",
    arguments: events)
  func fields(event: DomainEvent, expected: [String: DomainEvent.Field]) {
    for (key, field) in expected {
      #expect(DomainEvent.field(key, ofType: event.type) == field, "\(event.type).\(key)")
    }
    // Each money member is written as the integer of minor units a reader turns back.
    for key in type(of: event.payload).moneyFields {
      guard case .integer? = event.payload.json[key] else {
        Issue.record("\(event.type).\(key) is not stored as minor units")
        continue
      }
    }
  }

  @Test("every type kam records is known by its name, and an unknown one holds no money")
  func types() {
    for payload in DomainEvent.payloadTypes {
      #expect(DomainEvent.payloadType(named: payload.type) == payload)
    }
    #expect(DomainEvent.payloadTypes.count == Set(DomainEvent.payloadTypes.map { $0.type }).count)
    #expect(DomainEvent.field("amount", ofType: "sale-recorded-by-a-newer-kam") == .integer)
  }
}
