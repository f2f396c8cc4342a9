/// A new scoring policy came into force.
public struct PolicyChanged: EventPayload {
  public static let type = "policy-changed"
  public static let version = 1

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
