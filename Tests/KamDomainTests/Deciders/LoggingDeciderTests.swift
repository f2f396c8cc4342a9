import KamDomain
import KamTime
import Testing

@Suite("Deciders: logging about a registered client")
struct LoggingDeciderTests {
  static let at = noon("2026-02-01")
  static let acme = slug("acme")
  static let sale = SaleRecorded(client: acme, amount: money(120), cost: money(80))
  static let meeting = MeetingHeld(client: acme, kind: .visit, minutes: 90)
  static let negotiation = PriceNegotiated(
    client: acme, listAmount: money(1000), asked: Percentage(basisPoints: 1500),
    granted: Percentage(basisPoints: 500), outcome: .won)
  static let assessment = ClientAssessed(client: acme, attractiveness: 80, standing: 70)

  /// Each command that only needs a registered client, and the one event it records.
  static let commands: [(any ClientCommand, DomainEvent)] = [
    (RecordSale(sale, occurredAt: at), .saleRecorded(sale)),
    (HoldMeeting(meeting, occurredAt: at), .meetingHeld(meeting)),
    (NegotiatePrice(negotiation, occurredAt: at), .priceNegotiated(negotiation)),
    (AssessClient(assessment, occurredAt: at), .clientAssessed(assessment)),
    (
      SetStrategicFlag(client: acme, reason: "reference", occurredAt: at),
      .strategicFlagSet(StrategicFlagSet(client: acme, reason: "reference"))
    ),
    (
      ClearStrategicFlag(client: acme, occurredAt: at),
      .strategicFlagCleared(StrategicFlagCleared(client: acme))
    ),
    (
      FileComplaint(client: acme, severity: .high, about: "late", occurredAt: at),
      .complaintFiled(
        ComplaintFiled(client: acme, complaint: "acme-1", severity: .high, about: "late"))
    ),
    (
      StartInitiative(client: acme, kind: .sharedWarehouse, occurredAt: at),
      .initiativeStarted(
        InitiativeStarted(
          client: acme, initiative: "acme-i1", kind: .sharedWarehouse, from: day("2026-02-01"),
          to: nil))
    ),
  ]

  @Test(
    "given a registered client, when a command is run, then it records its event",
    arguments: commands)
  func records(command: any ClientCommand, event: DomainEvent) {
    #expect(command.decide(given: GivenClient.registered().history).events == [event])
    #expect(command.client == Self.acme)
    #expect(command.occurredAt == Self.at)
  }

  @Test(
    "given no events, or a retracted registration, when a command is run, then the client is unknown",
    arguments: commands.map(\.0))
  func unknownClient(command: any ClientCommand) {
    var retracted = GivenClient.registered()
    retracted.retract(1, on: "2026-01-02")
    for history in [nil, retracted.history] {
      let refusal = command.decide(given: history).refusal
      #expect(refusal?.code == .unknownClient)
      #expect(refusal?.message == "no client \"acme\" in the book")
    }
  }

  @Test("given a registered client, when a sale of 0 is recorded, then only a free delivery is")
  func zeroAmount() {
    let history = GivenClient.registered().history
    let zero = SaleRecorded(client: Self.acme, amount: .zero, cost: money(120))
    let refusal = RecordSale(zero, occurredAt: Self.at).decide(given: history).refusal
    #expect(refusal?.code == .zeroAmount)
    #expect(refusal?.words.inputs == ["amount", "freeDelivery"])
    var free = zero
    free.freeDelivery = true
    #expect(
      RecordSale(free, occurredAt: Self.at).decide(given: history).events == [.saleRecorded(free)])
  }

  @Test("when a free delivery has an amount, then it is refused before any history is asked")
  func chargedFreeDelivery() {
    var charged = Self.sale
    charged.freeDelivery = true
    let command = RecordSale(charged, occurredAt: Self.at)
    #expect(command.validate()?.code == .chargedFreeDelivery)
    // Refused for what it is, not for the client it names.
    #expect(command.decide(given: nil).refusal?.code == .chargedFreeDelivery)
    #expect(RecordSale(Self.sale, occurredAt: Self.at).validate() == nil)
  }
}
