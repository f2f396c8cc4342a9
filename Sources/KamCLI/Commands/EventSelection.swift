import KamDomain
import KamEventLog

/// What `kam events --type/--actor/--command` keep of the events the log's filter
/// (client, period, as of, known at) reads.
///
/// The book's `EventFilter` selects by stream and time only; these are checked on
/// each event read.
struct EventSelection {
  /// The event types to keep; nil keeps every type.
  var types: Set<String>?
  /// Only events written by this actor.
  var actor: String?
  /// Only events written by this invocation.
  var command: String?

  /// True when the event is one to list.
  func matches(_ event: StoredEvent) -> Bool {
    if let types, !types.contains(event.type) { return false }
    if let actor, event.actor != actor { return false }
    if let command, event.commandID.rawValue != command { return false }
    return true
  }

  /// The type names kam records, as `--type` accepts them.
  static var typeNames: [String] { DomainEvent.payloadTypes.map { $0.type } }

  /// A `--type` value as the type it names: a type name (`sale-recorded`) or
  /// the start of exactly one (`sale`); otherwise a refusal listing the
  /// candidates or the nearest name.
  static func type(_ text: String) throws(CLIError) -> String {
    let names = typeNames
    if names.contains(text) { return text }
    let starting = names.filter { $0.hasPrefix(text) }
    if starting.count == 1, !text.isEmpty { return starting[0] }
    let expected: String
    if starting.count > 1, !text.isEmpty {
      expected = "one of " + starting.joined(separator: ", ")
    } else if let near = SlugSuggester.nearest(to: text, in: names) {
      expected = "an event type such as \(near) (kam events -O json lists each event's type)"
    } else {
      expected = "an event type: " + names.joined(separator: ", ")
    }
    throw CLIError.badValue("--type", text, expected: expected)
  }
}
