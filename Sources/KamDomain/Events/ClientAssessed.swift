/// The client's attractiveness to us and our standing in its eyes were assessed.
public struct ClientAssessed: EventPayload {
  public static let type = "client-assessed"
  public static let version = 1

  /// The client.
  public var client: ClientSlug
  /// Client attractiveness to us, 0–100.
  public var attractiveness: Int64
  /// Our standing in the client's eyes (its criteria), 0–100.
  public var standing: Int64

  /// Creates the event.
  public init(client: ClientSlug, attractiveness: Int64, standing: Int64) {
    self.client = client
    self.attractiveness = attractiveness
    self.standing = standing
  }

  public init(json: FlatJSON) throws(PayloadError) {
    self.client = try json.slug("client")
    self.attractiveness = try json.integer("attractiveness")
    self.standing = try json.integer("standing")
  }

  public var json: FlatJSON {
    var json = FlatJSON()
    json.set("client", .string(client.rawValue))
    json.set("attractiveness", .integer(attractiveness))
    json.set("standing", .integer(standing))
    return json
  }
}
