public import KamTime

/// A joint initiative with the client started.
public struct InitiativeStarted: EventPayload {
  public static let type = "initiative-started"
  public static let version = 1

  /// The client.
  public var client: ClientSlug
  /// The initiative's id.
  public var initiative: String
  /// What kind.
  public var kind: InitiativeKind
  /// First day.
  public var from: CalendarDate
  /// Last day, when planned.
  public var to: CalendarDate?

  /// Creates the event.
  public init(
    client: ClientSlug, initiative: String, kind: InitiativeKind, from: CalendarDate,
    to: CalendarDate? = nil
  ) {
    self.client = client
    self.initiative = initiative
    self.kind = kind
    self.from = from
    self.to = to
  }

  public init(json: FlatJSON) throws(PayloadError) {
    self.client = try json.slug("client")
    self.initiative = try json.string("initiative")
    self.kind = try json.word("kind", as: InitiativeKind.self)
    self.from = try json.date("from")
    self.to = try json.optionalDate("to")
  }

  public var json: FlatJSON {
    var json = FlatJSON()
    json.set("client", .string(client.rawValue))
    json.set("initiative", .string(initiative))
    json.set("kind", .string(kind.rawValue))
    json.set("from", .string(from.description))
    if let value = to { json.set("to", .string(value.description)) }
    return json
  }
}
