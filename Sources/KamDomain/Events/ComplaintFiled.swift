/// The client filed a complaint.
public struct ComplaintFiled: EventPayload {
  public static let type = "complaint-filed"
  public static let version = 1

  /// The client.
  public var client: ClientSlug
  /// The complaint's id, unique in the book.
  public var complaint: String
  /// How serious.
  public var severity: Severity
  /// What it is about.
  public var about: String

  /// Creates the event.
  public init(client: ClientSlug, complaint: String, severity: Severity, about: String) {
    self.client = client
    self.complaint = complaint
    self.severity = severity
    self.about = about
  }

  public init(json: FlatJSON) throws(PayloadError) {
    self.client = try json.slug("client")
    self.complaint = try json.string("complaint")
    self.severity = try json.word("severity", as: Severity.self)
    self.about = try json.string("about")
  }

  public var json: FlatJSON {
    var json = FlatJSON()
    json.set("client", .string(client.rawValue))
    json.set("complaint", .string(complaint))
    json.set("severity", .string(severity.rawValue))
    json.set("about", .string(about))
    return json
  }
}
