/// A price was negotiated: list amount, discount asked and granted, outcome.
public struct PriceNegotiated: EventPayload {
  public static let type = "price-negotiated"
  public static let version = 1
  public static let moneyFields: Set = ["listAmount"]
  public static let percentageFields: Set = ["asked", "granted"]

  /// The client.
  public var client: ClientSlug
  /// List amount before discount.
  public var listAmount: Money
  /// Discount the client asked for.
  public var asked: Percentage
  /// Discount we granted.
  public var granted: Percentage
  /// How it ended.
  public var outcome: NegotiationOutcome

  /// Creates the event.
  public init(
    client: ClientSlug, listAmount: Money, asked: Percentage, granted: Percentage,
    outcome: NegotiationOutcome
  ) {
    self.client = client
    self.listAmount = listAmount
    self.asked = asked
    self.granted = granted
    self.outcome = outcome
  }

  public init(json: FlatJSON) throws(PayloadError) {
    self.client = try json.slug("client")
    self.listAmount = try json.money("listAmount")
    self.asked = Percentage(basisPoints: Int(try json.integer("asked")))
    self.granted = Percentage(basisPoints: Int(try json.integer("granted")))
    self.outcome = try json.word("outcome", as: NegotiationOutcome.self)
  }

  public var json: FlatJSON {
    var json = FlatJSON()
    json.set("client", .string(client.rawValue))
    json.set("listAmount", .integer(listAmount.minorUnits))
    json.set("asked", .integer(Int64(asked.basisPoints)))
    json.set("granted", .integer(Int64(granted.basisPoints)))
    json.set("outcome", .string(outcome.rawValue))
    return json
  }
}
