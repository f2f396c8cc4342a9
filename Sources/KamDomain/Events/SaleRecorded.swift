/// A sale was made: its net amount and cost of goods.
public struct SaleRecorded: EventPayload {
  public static let type = "sale-recorded"
  public static let version = 2
  public static let moneyFields: Set = ["amount", "cost"]

  /// The client.
  public var client: ClientSlug
  /// Net amount.
  public var amount: Money
  /// Cost of goods sold.
  public var cost: Money
  /// Invoice or order reference.
  public var ref: String?
  /// Free text.
  public var note: String?
  /// True for a delivery given free (an amount of zero, said so on purpose);
  /// it never counts towards the stage thresholds. Absent in older events.
  public var freeDelivery: Bool

  /// Creates the event.
  public init(
    client: ClientSlug, amount: Money, cost: Money, ref: String? = nil, note: String? = nil,
    freeDelivery: Bool = false
  ) {
    self.client = client
    self.amount = amount
    self.cost = cost
    self.ref = ref
    self.note = note
    self.freeDelivery = freeDelivery
  }

  public init(json: FlatJSON) throws(PayloadError) {
    self.client = try json.slug("client")
    self.amount = try json.money("amount")
    self.cost = try json.money("cost")
    self.ref = try json.optionalString("ref")
    self.note = try json.optionalString("note")
    switch json["freeDelivery"] {
    case nil, .null?: self.freeDelivery = false
    case .bool(let flag)?: self.freeDelivery = flag
    default: throw .missing("freeDelivery", "true, false or null")
    }
  }

  public var json: FlatJSON {
    var json = FlatJSON()
    json.set("client", .string(client.rawValue))
    json.set("amount", .integer(amount.minorUnits))
    json.set("cost", .integer(cost.minorUnits))
    json.setIfPresent("ref", ref)
    json.setIfPresent("note", note)
    if freeDelivery { json.set("freeDelivery", .bool(true)) }
    return json
  }
}
