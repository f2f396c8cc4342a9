import KamDomain
import KamTime

extension Result where Success == [DomainEvent], Failure == CommandRefusal {
  /// The events decided, nil when refused.
  var events: [DomainEvent]? { try? get() }

  /// The refusal, nil when decided.
  var refusal: CommandRefusal? {
    guard case .failure(let refusal) = self else { return nil }
    return refusal
  }
}

/// Midday of a `YYYY-MM-DD` day: the business time a command dated that day carries.
func noon(_ text: String) -> Instant { day(text).start.advanced(byMilliseconds: 43_200_000) }

extension GivenClient {
  /// A registered client `acme`, registered on `date`.
  static func registered(on date: String = "2026-01-01") -> GivenClient {
    var given = GivenClient("acme")
    given.registered(on: date)
    return given
  }

  @discardableResult
  mutating func initiative(_ id: String, from: String, to: String? = nil) -> Int64 {
    event(
      .initiativeStarted(
        InitiativeStarted(
          client: client, initiative: id, kind: .jointTeam, from: day(from), to: to.map(day))),
      on: from)
  }

  @discardableResult
  mutating func ended(_ id: String, on date: String) -> Int64 {
    event(
      .initiativeEnded(InitiativeEnded(client: client, initiative: id, on: day(date))), on: date)
  }
}
