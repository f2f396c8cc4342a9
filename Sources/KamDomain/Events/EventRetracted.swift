/// An earlier event was retracted: it no longer counts. Retracting a retraction restores the event.
public struct EventRetracted: EventPayload {
  public static let type = "event-retracted"
  public static let version = 1

  /// The retracted event's sequence number.
  public var seq: Int64
  /// Why.
  public var reason: String

  /// Creates the event.
  public init(seq: Int64, reason: String) {
    self.seq = seq
    self.reason = reason
  }

  public init(json: FlatJSON) throws(PayloadError) {
    self.seq = try json.integer("seq")
    self.reason = try json.string("reason")
  }

  public var json: FlatJSON {
    var json = FlatJSON()
    json.set("seq", .integer(seq))
    json.set("reason", .string(reason))
    return json
  }
}
