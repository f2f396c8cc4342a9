import KamDomain
import KamTime

/// Builds a client's history the way the log delivers it: events in stream
/// order, each with the next sequence number and a business day counted from
/// ``Given/origin``, which may be earlier than the previous event's (backdating).
struct Given {
  /// Day 0 of every test.
  static let origin = CalendarDate(year: 2025, month: 1, day: 1)!
  /// The client every test is about.
  static let client = ClientSlug(rawValue: "acme")!

  /// The history so far.
  private(set) var history = ClientHistory(client: Given.client)
  /// The last sequence number used.
  private(set) var seq: Int64 = 0
  /// Each event's business day, by sequence number.
  private(set) var days: [Int64: CalendarDate] = [:]
  /// Every event recorded, in stream order.
  private(set) var events: [RecordedEvent] = []

  /// The day `n` days after the origin.
  static func day(_ n: Int) -> CalendarDate { origin.adding(days: Int64(n)) }

  /// Appends `event`, dated `day`, and returns its sequence number.
  @discardableResult
  mutating func record(_ event: DomainEvent, on day: Int) -> Int64 {
    seq += 1
    days[seq] = Given.day(day)
    let recorded = RecordedEvent(
      seq: seq, stream: Given.client.rawValue, occurredAt: Given.day(day).start,
      recordedAt: Instant(millisecondsSinceEpoch: seq * 1000), event: event)
    history.apply(recorded)
    events.append(recorded)
    return seq
  }

  @discardableResult
  mutating func registered(on day: Int) -> Int64 {
    record(.clientRegistered(ClientRegistered(client: Given.client, name: "ACME")), on: day)
  }

  @discardableResult
  mutating func prospect(on day: Int) -> Int64 {
    let event = ProspectRegistered(client: Given.client, name: "ACME", winProbability: 0.5)
    return record(.prospectRegistered(event), on: day)
  }

  /// A sale, by default 1000.00 at a cost of 600.00 (40 % margin).
  @discardableResult
  mutating func sale(on day: Int, amount: Int64 = 100_000, cost: Int64 = 60_000) -> Int64 {
    let event = SaleRecorded(
      client: Given.client, amount: Money(minorUnits: amount), cost: Money(minorUnits: cost))
    return record(.saleRecorded(event), on: day)
  }

  /// Sales on each of `days`.
  mutating func sales(on days: [Int]) {
    for day in days { sale(on: day) }
  }

  /// A meeting, by default an hour at the policy's rate (200.00).
  @discardableResult
  mutating func meeting(on day: Int, minutes: Int64? = 60, cost: Int64? = nil) -> Int64 {
    let event = MeetingHeld(
      client: Given.client, kind: .visit, minutes: minutes, cost: cost.map(Money.init(minorUnits:)))
    return record(.meetingHeld(event), on: day)
  }

  @discardableResult
  mutating func complaint(_ id: String, on day: Int) -> Int64 {
    let event = ComplaintFiled(client: Given.client, complaint: id, severity: .high, about: "late")
    return record(.complaintFiled(event), on: day)
  }

  @discardableResult
  mutating func resolved(_ id: String, on day: Int, cost: Int64 = 0) -> Int64 {
    let event = ComplaintResolved(
      client: Given.client, complaint: id, cost: Money(minorUnits: cost))
    return record(.complaintResolved(event), on: day)
  }

  @discardableResult
  mutating func negotiation(on day: Int) -> Int64 {
    let event = PriceNegotiated(
      client: Given.client, listAmount: Money(minorUnits: 100_000),
      asked: Percentage(basisPoints: 1000), granted: Percentage(basisPoints: 500), outcome: .won)
    return record(.priceNegotiated(event), on: day)
  }

  /// A joint initiative over the days `from...to`, recorded on its first day.
  @discardableResult
  mutating func initiative(_ id: String, from: Int, to: Int? = nil) -> Int64 {
    let event = InitiativeStarted(
      client: Given.client, initiative: id, kind: .jointTeam, from: Given.day(from),
      to: to.map(Given.day))
    return record(.initiativeStarted(event), on: from)
  }

  /// The initiative's last day was `last`, recorded on `day`.
  @discardableResult
  mutating func initiativeEnded(_ id: String, last: Int, on day: Int) -> Int64 {
    let event = InitiativeEnded(client: Given.client, initiative: id, on: Given.day(last))
    return record(.initiativeEnded(event), on: day)
  }

  @discardableResult
  mutating func assessed(standing: Int64, on day: Int) -> Int64 {
    let event = ClientAssessed(client: Given.client, attractiveness: 60, standing: standing)
    return record(.clientAssessed(event), on: day)
  }

  @discardableResult
  mutating func retract(_ target: Int64, on day: Int) -> Int64 {
    record(.eventRetracted(EventRetracted(seq: target, reason: "entered by mistake")), on: day)
  }
}
