public import KamTime

/// A joint initiative ended.
public struct InitiativeEnded: EventPayload {
  public static let type = "initiative-ended"
  public static let version = 1

  /// The client.
  public var client: ClientSlug
  /// The initiative's id.
  public var initiative: String
  /// Its last day.
  public var on: CalendarDate

  /// Creates the event.
  public init(client: ClientSlug, initiative: String, on: CalendarDate) {
    self.client = client
    self.initiative = initiative
    self.on = on
  }

  public init(json: FlatJSON) throws(PayloadError) {
    self.client = try json.slug("client")
    self.initiative = try json.string("initiative")
    self.on = try json.date("on")
  }

  public var json: FlatJSON {
    var json = FlatJSON()
    json.set("client", .string(client.rawValue))
    json.set("initiative", .string(initiative))
    json.set("on", .string(on.description))
    return json
  }
}
