/// A prospect (not yet a client) was registered, with its chance of being won.
public struct ProspectRegistered: EventPayload {
  public static let type = "prospect-registered"
  public static let version = 1
  public static let moneyFields: Set = ["expectedValue"]

  /// The prospect.
  public var client: ClientSlug
  /// Display name.
  public var name: String
  /// Market segment.
  public var segment: String?
  /// The account owner.
  public var owner: String?
  /// Chance of winning the client, 0–1.
  public var winProbability: Double
  /// Expected yearly revenue if won.
  public var expectedValue: Money?

  /// Creates the event.
  public init(
    client: ClientSlug, name: String, segment: String? = nil, owner: String? = nil,
    winProbability: Double, expectedValue: Money? = nil
  ) {
    self.client = client
    self.name = name
    self.segment = segment
    self.owner = owner
    self.winProbability = winProbability
    self.expectedValue = expectedValue
  }

  public init(json: FlatJSON) throws(PayloadError) {
    self.client = try json.slug("client")
    self.name = try json.string("name")
    self.segment = try json.optionalString("segment")
    self.owner = try json.optionalString("owner")
    self.winProbability = try json.number("winProbability")
    self.expectedValue = try json.optionalMoney("expectedValue")
  }

  public var json: FlatJSON {
    var json = FlatJSON()
    json.set("client", .string(client.rawValue))
    json.set("name", .string(name))
    json.setIfPresent("segment", segment)
    json.setIfPresent("owner", owner)
    json.set("winProbability", .number(winProbability))
    if let value = expectedValue { json.set("expectedValue", .integer(value.minorUnits)) }
    return json
  }
}
