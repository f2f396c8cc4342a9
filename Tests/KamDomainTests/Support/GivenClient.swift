import KamDomain
import KamTime

/// Builds a client's history the way the book does: by applying recorded events
/// in stream order, each with a business date that may lie before earlier ones.
struct GivenClient {
  /// The history folded so far.
  private(set) var history: ClientHistory
  /// The next sequence number; a shared counter would model the global log, but
  /// one stream per builder is all these tests need.
  private var nextSeq: Int64

  /// A client with no events yet.
  init(_ slug: String, firstSeq: Int64 = 1) {
    self.history = ClientHistory(client: ClientSlug(rawValue: slug)!)
    self.nextSeq = firstSeq
  }

  var client: ClientSlug { history.client }

  /// Applies one event dated `on`, returning its sequence number.
  @discardableResult
  mutating func event(_ event: DomainEvent, on date: String) -> Int64 {
    let seq = nextSeq
    nextSeq += 1
    let businessDay = day(date)
    history.apply(
      RecordedEvent(
        seq: seq, stream: client.rawValue,
        occurredAt: businessDay.start.advanced(byMilliseconds: 43_200_000),
        recordedAt: Instant(millisecondsSinceEpoch: 1_900_000_000_000 + seq), event: event))
    return seq
  }

  @discardableResult
  mutating func registered(on date: String) -> Int64 {
    event(.clientRegistered(ClientRegistered(client: client, name: client.rawValue)), on: date)
  }

  @discardableResult
  mutating func prospect(winProbability: Double, on date: String) -> Int64 {
    event(
      .prospectRegistered(
        ProspectRegistered(client: client, name: client.rawValue, winProbability: winProbability)),
      on: date)
  }

  @discardableResult
  mutating func sale(_ amount: Int64, cost: Int64 = 0, on date: String) -> Int64 {
    event(
      .saleRecorded(
        SaleRecorded(client: client, amount: money(amount), cost: money(cost))),
      on: date)
  }

  @discardableResult
  mutating func meeting(minutes: Int64? = nil, cost: Int64? = nil, on date: String) -> Int64 {
    event(
      .meetingHeld(
        MeetingHeld(client: client, kind: .visit, minutes: minutes, cost: cost.map(money))),
      on: date)
  }

  /// A meeting whose explicit cost is given in minor units.
  @discardableResult
  mutating func meeting(minutes: Int64?, costMinor: Int64?, on date: String) -> Int64 {
    event(
      .meetingHeld(
        MeetingHeld(
          client: client, kind: .call, minutes: minutes,
          cost: costMinor.map { Money(minorUnits: $0) })),
      on: date)
  }

  @discardableResult
  mutating func complaint(_ id: String, on date: String) -> Int64 {
    event(
      .complaintFiled(ComplaintFiled(client: client, complaint: id, severity: .medium, about: "x")),
      on: date)
  }

  @discardableResult
  mutating func resolved(_ id: String, cost: Int64, on date: String) -> Int64 {
    event(
      .complaintResolved(ComplaintResolved(client: client, complaint: id, cost: money(cost))),
      on: date)
  }

  @discardableResult
  mutating func retract(_ seq: Int64, on date: String) -> Int64 {
    event(.eventRetracted(EventRetracted(seq: seq, reason: "test")), on: date)
  }

  @discardableResult
  mutating func assessed(attractiveness: Int64, standing: Int64, on date: String) -> Int64 {
    event(
      .clientAssessed(
        ClientAssessed(client: client, attractiveness: attractiveness, standing: standing)),
      on: date)
  }

  @discardableResult
  mutating func strategic(on date: String) -> Int64 {
    event(.strategicFlagSet(StrategicFlagSet(client: client, reason: "reference")), on: date)
  }

  @discardableResult
  mutating func notStrategic(on date: String) -> Int64 {
    event(.strategicFlagCleared(StrategicFlagCleared(client: client)), on: date)
  }
}

/// A date from `YYYY-MM-DD`.
func day(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }

/// An amount in whole units (tests read better in złoty than in grosze).
func money(_ units: Int64) -> Money { Money(minorUnits: units * 100) }

/// A slug from text.
func slug(_ text: String) -> ClientSlug { ClientSlug(rawValue: text)! }

/// A value with the given profit, earned as revenue (or lost as cost to serve).
func valued(_ client: String, profit units: Int64) -> ClientValue {
  ClientValue(
    client: slug(client), revenue: money(max(units, 0)), cogs: .zero,
    costToServe: money(max(-units, 0)))
}
