/// The client's strategic mark was removed.
public struct StrategicFlagCleared: EventPayload {
  public static let type = "strategic-flag-cleared"
  public static let version = 1

  /// The client.
  public var client: ClientSlug

  /// Creates the event.
  public init(client: ClientSlug) {
    self.client = client
  }

  public init(json: FlatJSON) throws(PayloadError) {
    self.client = try json.slug("client")
  }

  public var json: FlatJSON {
    var json = FlatJSON()
    json.set("client", .string(client.rawValue))
    return json
  }
}
