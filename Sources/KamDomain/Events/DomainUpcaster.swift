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
    default:
      return nil
    }
  }
}
