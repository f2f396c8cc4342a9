import KamDomain
import KamTime

/// Builds a whole book, several clients' streams, the way the log delivers them: one
/// global sequence, each event dated a day counted from ``Given/origin``.
struct GivenBook {
  /// Histories by client.
  private(set) var histories: [ClientSlug: ClientHistory] = [:]
  /// The last sequence number used.
  private(set) var seq: Int64 = 0

  /// Every history, in slug order.
  var all: [ClientHistory] { histories.values.sorted { $0.client < $1.client } }

  /// The history of `client`.
  subscript(_ client: String) -> ClientHistory { histories[Self.slug(client)]! }

  static func slug(_ client: String) -> ClientSlug { ClientSlug(rawValue: client)! }

  /// Appends `event` to `client`'s stream, dated `day`, and returns its sequence number.
  @discardableResult
  mutating func record(_ client: String, _ event: DomainEvent, on day: Int) -> Int64 {
    seq += 1
    let slug = Self.slug(client)
    let recorded = RecordedEvent(
      seq: seq, stream: client, occurredAt: Given.day(day).start,
      recordedAt: Instant(millisecondsSinceEpoch: seq * 1000), event: event)
    histories[slug, default: ClientHistory(client: slug)].apply(recorded)
    return seq
  }

  mutating func client(_ client: String, owner: String? = nil, on day: Int = 0) {
    let event = ClientRegistered(client: Self.slug(client), name: client, owner: owner)
    record(client, .clientRegistered(event), on: day)
  }

  mutating func prospect(_ client: String, owner: String? = nil, on day: Int = 0) {
    let event = ProspectRegistered(
      client: Self.slug(client), name: client, owner: owner, winProbability: 0.5)
    record(client, .prospectRegistered(event), on: day)
  }

  /// A sale of 1000.00 at a cost of 600.00.
  @discardableResult
  mutating func sale(_ client: String, on day: Int) -> Int64 {
    let event = SaleRecorded(
      client: Self.slug(client), amount: Money(minorUnits: 100_000),
      cost: Money(minorUnits: 60_000))
    return record(client, .saleRecorded(event), on: day)
  }

  /// A sale of `amount` at `cost`, in minor units.
  @discardableResult
  mutating func sale(_ client: String, on day: Int, amount: Int64, cost: Int64) -> Int64 {
    let event = SaleRecorded(
      client: Self.slug(client), amount: Money(minorUnits: amount),
      cost: Money(minorUnits: cost))
    return record(client, .saleRecorded(event), on: day)
  }

  mutating func sales(_ client: String, on days: [Int]) {
    for day in days { sale(client, on: day) }
  }

  /// A meeting, by default an hour at the policy's rate (200.00).
  @discardableResult
  mutating func meeting(
    _ client: String, on day: Int, minutes: Int64? = 60, cost: Int64? = nil
  ) -> Int64 {
    let event = MeetingHeld(
      client: Self.slug(client), kind: .visit, minutes: minutes,
      cost: cost.map(Money.init(minorUnits:)))
    return record(client, .meetingHeld(event), on: day)
  }

  mutating func meetings(_ client: String, on days: [Int]) {
    for day in days { meeting(client, on: day) }
  }

  @discardableResult
  mutating func complaint(_ client: String, _ id: String, on day: Int) -> Int64 {
    let event = ComplaintFiled(
      client: Self.slug(client), complaint: id, severity: .medium, about: "late")
    return record(client, .complaintFiled(event), on: day)
  }

  @discardableResult
  mutating func resolved(_ client: String, _ id: String, on day: Int, cost: Int64 = 0) -> Int64 {
    let event = ComplaintResolved(
      client: Self.slug(client), complaint: id, cost: Money(minorUnits: cost))
    return record(client, .complaintResolved(event), on: day)
  }

  /// A negotiation on a 1000.00 list price, 10 % asked.
  @discardableResult
  mutating func negotiation(
    _ client: String, on day: Int, granted: Int = 500, outcome: NegotiationOutcome = .won
  ) -> Int64 {
    let event = PriceNegotiated(
      client: Self.slug(client), listAmount: Money(minorUnits: 100_000),
      asked: Percentage(basisPoints: 1000), granted: Percentage(basisPoints: granted),
      outcome: outcome)
    return record(client, .priceNegotiated(event), on: day)
  }

  @discardableResult
  mutating func retract(_ client: String, _ target: Int64, on day: Int) -> Int64 {
    let event = EventRetracted(seq: target, reason: "entered by mistake")
    return record(client, .eventRetracted(event), on: day)
  }
}
