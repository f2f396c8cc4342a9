/// Rewrites payloads stored under older schema versions into the current ones.
///
/// The log never rewrites what it stored; every read passes through here.
public enum DomainUpcaster {
  /// Upcasts a payload of `type` from `version` to the current version.
  ///
  /// Returns nil when the version is already current (nothing to do).
  public static func upcast(type: String, version: Int, payload: some Collection<UInt8>)
    throws(PayloadError) -> (version: Int, payload: [UInt8])?
  {
    switch (type, version) {
    case (SaleRecorded.type, 1):
      // v1 (kam 0.1) stored amounts as decimal strings; v2 stores minor units,
      // so sums never pass through text or floating point.
      guard let old = FlatJSON(bytes: payload) else { throw .malformed }
      func minor(_ key: String) throws(PayloadError) -> Int64 {
        guard let text = try old.optionalString(key) else { return 0 }
        guard let money = Money(decimal: text, limit: .readableLimit) else {
          throw .missing(key, "a decimal amount")
        }
        return money.minorUnits
      }
      var new = FlatJSON()
      new.set("client", .string(try old.string("client")))
      new.set("amount", .integer(try minor("amount")))
      new.set("cost", .integer(try minor("cost")))
      new.setIfPresent("ref", try old.optionalString("ref"))
      new.setIfPresent("note", try old.optionalString("note"))
      return (2, new.bytes)
    case (PolicyChanged.type, 1):
      guard let old = FlatJSON(bytes: payload) else { throw .malformed }
      guard let document = FlatJSON(text: try old.string("document")) else {
        throw .missing("document", "a flat JSON policy document")
      }
      let upcast = upcastPolicyDocument(document).text
      return (2, replacing(old) { key, value in key == "document" ? .string(upcast) : value }.bytes)
    default:
      return nil
    }
  }

  /// A version-1 policy document as version 2 reads it.
  ///
  /// Before `riskHorizonDays` existed, churn risk averaged its signals, with `weightPAlive`
  /// 0.35 and `weightPurchaseGap` 0.15 by default; it is now the chance of no purchase in
  /// the horizon, which those two signals give in full at weight 1 (docs/risk.md). A
  /// document without `riskHorizonDays` that still has those two old defaults gets the new
  /// ones; weights someone chose stay as they were, and so does everything else. Members
  /// added since version 1 are absent and read as their defaults.
  public static func upcastPolicyDocument(_ document: FlatJSON) -> FlatJSON {
    guard document["riskHorizonDays"] == nil,
      document["weightPAlive"] == .number(0.35),
      document["weightPurchaseGap"] == .number(0.15)
    else { return document }
    return replacing(document) { key, value in
      key == "weightPAlive" || key == "weightPurchaseGap" ? .integer(1) : value
    }
  }

  /// `object` with each member's value mapped, in document order.
  private static func replacing(
    _ object: FlatJSON, _ transform: (String, FlatJSONValue) -> FlatJSONValue
  ) -> FlatJSON {
    var result = FlatJSON()
    for member in object.members { result.set(member.key, transform(member.key, member.value)) }
    return result
  }
}
