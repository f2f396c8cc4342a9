/// A client was registered.
public struct ClientRegistered: EventPayload {
  public static let type = "client-registered"
  public static let version = 1

  /// The client.
  public var client: ClientSlug
  /// Display name.
  public var name: String
  /// Market segment.
  public var segment: String?
  /// The account owner.
  public var owner: String?

  /// Creates the event.
  public init(client: ClientSlug, name: String, segment: String? = nil, owner: String? = nil) {
    self.client = client
    self.name = name
    self.segment = segment
    self.owner = owner
  }

  public init(json: FlatJSON) throws(PayloadError) {
    self.client = try json.slug("client")
    self.name = try json.string("name")
    self.segment = try json.optionalString("segment")
    self.owner = try json.optionalString("owner")
  }

  public var json: FlatJSON {
    var json = FlatJSON()
    json.set("client", .string(client.rawValue))
    json.set("name", .string(name))
    json.setIfPresent("segment", segment)
    json.setIfPresent("owner", owner)
    return json
  }
}
