/// A meeting with the client took place.
public struct MeetingHeld: EventPayload {
  public static let type = "meeting-held"
  public static let version = 1
  public static let moneyFields: Set = ["cost"]

  /// The client.
  public var client: ClientSlug
  /// What kind.
  public var kind: MeetingKind
  /// How long; costed at the policy's hourly rate when no cost is given.
  public var minutes: Int64?
  /// Its cost to serve, when known.
  public var cost: Money?

  /// Creates the event.
  public init(client: ClientSlug, kind: MeetingKind, minutes: Int64? = nil, cost: Money? = nil) {
    self.client = client
    self.kind = kind
    self.minutes = minutes
    self.cost = cost
  }

  public init(json: FlatJSON) throws(PayloadError) {
    self.client = try json.slug("client")
    self.kind = try json.word("kind", as: MeetingKind.self)
    self.minutes = try json.optionalInteger("minutes")
    self.cost = try json.optionalMoney("cost")
  }

  public var json: FlatJSON {
    var json = FlatJSON()
    json.set("client", .string(client.rawValue))
    json.set("kind", .string(kind.rawValue))
    if let value = minutes { json.set("minutes", .integer(value)) }
    if let value = cost { json.set("cost", .integer(value.minorUnits)) }
    return json
  }
}
