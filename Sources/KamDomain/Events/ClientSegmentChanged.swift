/// The client's market segment changed.
///
/// Recorded after the registration; the registration itself stays as it was, and the
/// client's history reads the latest change that stands (a retracted one no longer counts).
public struct ClientSegmentChanged: EventPayload {
  public static let type = "client-segment-changed"
  public static let version = 1

  /// The client.
  public var client: ClientSlug
  /// The new market segment.
  public var segment: String

  /// Creates the event.
  public init(client: ClientSlug, segment: String) {
    self.client = client
    self.segment = segment
  }

  public init(json: FlatJSON) throws(PayloadError) {
    self.client = try json.slug("client")
    self.segment = try json.string("segment")
  }

  public var json: FlatJSON {
    var json = FlatJSON()
    json.set("client", .string(client.rawValue))
    json.set("segment", .string(segment))
    return json
  }
}
