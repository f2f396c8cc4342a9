/// The figures kam showed for a client when a decision was made: what an
/// audit compares with what kam shows now for the same business date.
public struct DecisionBasis: Hashable, Sendable {
  /// The relationship stage.
  public var stage: String
  /// Profit over the policy's window.
  public var profit: Money
  /// `A`, `B` or `C`.
  public var paretoClass: String
  /// The key-account reasons.
  public var keyAccountReasons: [String]
  /// The churn risk, when assessed.
  public var churnRisk: Double?
  /// The policy version the figures were computed under.
  public var policyVersion: Int

  /// Creates a basis.
  public init(
    stage: String, profit: Money, paretoClass: String, keyAccountReasons: [String],
    churnRisk: Double?, policyVersion: Int
  ) {
    self.stage = stage
    self.profit = profit
    self.paretoClass = paretoClass
    self.keyAccountReasons = keyAccountReasons
    self.churnRisk = churnRisk
    self.policyVersion = policyVersion
  }

  /// The basis as flat JSON, as stored in a decision event.
  public var json: FlatJSON {
    var json = FlatJSON()
    json.set("stage", .string(stage))
    json.set("profit", .integer(profit.minorUnits))
    json.set("paretoClass", .string(paretoClass))
    json.set("keyAccountReasons", .string(keyAccountReasons.joined(separator: ",")))
    json.set("churnRisk", churnRisk.map(FlatJSONValue.number) ?? .null)
    json.set("policyVersion", .integer(Int64(policyVersion)))
    return json
  }

  /// Reads a stored basis.
  public init(json: FlatJSON) throws(PayloadError) {
    stage = try json.string("stage")
    profit = try json.money("profit")
    paretoClass = try json.string("paretoClass")
    let reasons = try json.string("keyAccountReasons")
    keyAccountReasons = reasons.isEmpty ? [] : reasons.split(separator: ",").map(String.init)
    switch json["churnRisk"] {
    case .number(let value)?: churnRisk = value
    case .integer(let value)?: churnRisk = Double(value)
    default: churnRisk = nil
    }
    policyVersion = Int(try json.integer("policyVersion"))
  }
}
