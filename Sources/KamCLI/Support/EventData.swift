import KamDomain
import KamEventLog

/// An event's payload as outputs show it: money as decimals (`12000.50`, never
/// the minor units stored), percentages as percentages (`15%`, never the basis
/// points stored), whatever the format.
///
/// The payload type's `moneyFields` and `percentageFields` say which members
/// are which; a member of a type this kam does not know is shown as stored.
enum EventData {
  /// The payload as JSON: money members as decimal strings, percentages as
  /// numbers of percent (`15` for 15 %).
  static func json(_ event: StoredEvent) -> JSON {
    guard let flat = FlatJSON(bytes: event.payload) else { return .string(event.payloadText) }
    return .object(
      flat.members.map { member in
        switch member.value {
        case .integer(let value):
          switch DomainEvent.field(member.key, ofType: event.type) {
          case .money: return .init(member.key, .string(Money(minorUnits: value).description))
          case .percentage:
            // Whole percentages as integers (`15`, not `15.0`), others exact to the basis point.
            return .init(
              member.key,
              value % 100 == 0 ? .integer(value / 100) : .number(Double(value) / 100))
          case .integer: return .init(member.key, .integer(value))
          }
        case .number(let value): return .init(member.key, .number(value))
        case .string(let value): return .init(member.key, .string(value))
        case .bool(let value): return .init(member.key, .bool(value))
        case .null: return .init(member.key, .null)
        }
      })
  }

  /// The payload for a table: `amount=12,000.50 cost=8,000.00 asked=15%`, a
  /// text quoted as JSON when it holds a blank, a quote or an `=`; the client,
  /// which the row names already, left out.
  static func words(_ event: StoredEvent) -> String {
    guard let flat = FlatJSON(bytes: event.payload) else { return event.payloadText }
    return flat.members.filter {
      !($0.key == "client" && $0.value == .string(event.stream.rawValue))
    }.map { member in
      let value: String
      switch member.value {
      case .integer(let number):
        switch DomainEvent.field(member.key, ofType: event.type) {
        case .money: value = NumberText.grouped(Money(minorUnits: number))
        case .percentage:
          value =
            Int(exactly: number).map { Percentage(basisPoints: $0).description }
            ?? String(number)
        case .integer: value = String(number)
        }
      case .string(let text):
        value =
          text.isEmpty || text.contains(where: { $0 == " " || $0 == "\"" || $0 == "=" })
          ? JSON.string(text).rendered : text
      default: value = JSON(member.value).rendered
      }
      return member.key + "=" + value
    }.joined(separator: " ")
  }
}
