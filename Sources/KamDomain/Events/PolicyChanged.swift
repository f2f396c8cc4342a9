/// A new scoring policy came into force.
///
/// Version 2's document means what today's `Policy(document:)` reads; version 1's were
/// written by kams whose churn risk may have averaged its signals, and
/// `DomainUpcaster.upcastPolicyDocument(_:)` brings them to version 2 on every read.
public struct PolicyChanged: EventPayload {
  public static let type = "policy-changed"
  public static let version = 2

  /// The policy's version number.
  public var version: Int64
  /// The policy document (JSON).
  public var document: String

  /// Creates the event.
  public init(version: Int64, document: String) {
    self.version = version
    self.document = document
  }

  public init(json: FlatJSON) throws(PayloadError) {
    self.version = try json.integer("version")
    self.document = try json.string("document")
  }

  public var json: FlatJSON {
    var json = FlatJSON()
    json.set("version", .integer(version))
    json.set("document", .string(document))
    return json
  }
}
