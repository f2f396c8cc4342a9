/// A complaint was resolved, at a cost.
public struct ComplaintResolved: EventPayload {
  public static let type = "complaint-resolved"
  public static let version = 1
  public static let moneyFields: Set = ["cost"]

  /// The client.
  public var client: ClientSlug
  /// The complaint's id.
  public var complaint: String
  /// Compensation and handling.
  public var cost: Money

  /// Creates the event.
  public init(client: ClientSlug, complaint: String, cost: Money) {
    self.client = client
    self.complaint = complaint
    self.cost = cost
  }

  public init(json: FlatJSON) throws(PayloadError) {
    self.client = try json.slug("client")
    self.complaint = try json.string("complaint")
    self.cost = try json.money("cost")
  }

  public var json: FlatJSON {
    var json = FlatJSON()
    json.set("client", .string(client.rawValue))
    json.set("complaint", .string(complaint))
    json.set("cost", .integer(cost.minorUnits))
    return json
  }
}
