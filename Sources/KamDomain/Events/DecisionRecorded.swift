/// A decision about a client was recorded, with the figures kam showed then.
public struct DecisionRecorded: EventPayload {
  public static let type = "decision-recorded"
  public static let version = 1

  /// The decision's id.
  public var decision: String
  /// The client.
  public var client: ClientSlug
  /// What was decided.
  public var kind: DecisionKind
  /// Free text.
  public var note: String
  /// The figures kam showed (JSON).
  public var basis: String

  /// Creates the event.
  public init(decision: String, client: ClientSlug, kind: DecisionKind, note: String, basis: String)
  {
    self.decision = decision
    self.client = client
    self.kind = kind
    self.note = note
    self.basis = basis
  }

  public init(json: FlatJSON) throws(PayloadError) {
    self.decision = try json.string("decision")
    self.client = try json.slug("client")
    self.kind = try json.word("kind", as: DecisionKind.self)
    self.note = try json.string("note")
    self.basis = try json.string("basis")
  }

  public var json: FlatJSON {
    var json = FlatJSON()
    json.set("decision", .string(decision))
    json.set("client", .string(client.rawValue))
    json.set("kind", .string(kind.rawValue))
    json.set("note", .string(note))
    json.set("basis", .string(basis))
    return json
  }
}
