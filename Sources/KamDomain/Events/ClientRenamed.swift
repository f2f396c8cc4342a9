/// The client's display name changed.
///
/// Recorded after the registration; the registration itself stays as it was, and the
/// client's history reads the latest change that stands (a retracted one no longer counts).
public struct ClientRenamed: EventPayload {
  public static let type = "client-renamed"
  public static let version = 1

  /// The client.
  public var client: ClientSlug
  /// The new display name.
  public var name: String

  /// Creates the event.
  public init(client: ClientSlug, name: String) {
    self.client = client
    self.name = name
  }

  public init(json: FlatJSON) throws(PayloadError) {
    self.client = try json.slug("client")
    self.name = try json.string("name")
  }

  public var json: FlatJSON {
    var json = FlatJSON()
    json.set("client", .string(client.rawValue))
    json.set("name", .string(name))
    return json
  }
}
