/// The client's account owner changed.
///
/// Recorded after the registration; the registration itself stays as it was, and the
/// client's history reads the latest change that stands (a retracted one no longer counts).
public struct ClientReassigned: EventPayload {
  public static let type = "client-reassigned"
  public static let version = 1

  /// The client.
  public var client: ClientSlug
  /// The new account owner.
  public var owner: String

  /// Creates the event.
  public init(client: ClientSlug, owner: String) {
    self.client = client
    self.owner = owner
  }

  public init(json: FlatJSON) throws(PayloadError) {
    self.client = try json.slug("client")
    self.owner = try json.string("owner")
  }

  public var json: FlatJSON {
    var json = FlatJSON()
    json.set("client", .string(client.rawValue))
    json.set("owner", .string(owner))
    return json
  }
}
