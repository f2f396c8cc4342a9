/// The client was marked strategically important.
public struct StrategicFlagSet: EventPayload {
  public static let type = "strategic-flag-set"
  public static let version = 1

  /// The client.
  public var client: ClientSlug
  /// Why, e.g. its reference value.
  public var reason: String

  /// Creates the event.
  public init(client: ClientSlug, reason: String) {
    self.client = client
    self.reason = reason
  }

  public init(json: FlatJSON) throws(PayloadError) {
    self.client = try json.slug("client")
    self.reason = try json.string("reason")
  }

  public var json: FlatJSON {
    var json = FlatJSON()
    json.set("client", .string(client.rawValue))
    json.set("reason", .string(reason))
    return json
  }
}
