public import KamTime

/// Record a complaint; the decider gives it its id.
public struct FileComplaint: ClientCommand, Hashable {
  public var client: ClientSlug
  /// How serious.
  public var severity: Severity
  /// What it is about.
  public var about: String
  public var occurredAt: Instant

  /// A complaint filed at `occurredAt`.
  public init(client: ClientSlug, severity: Severity, about: String, occurredAt: Instant) {
    self.client = client
    self.severity = severity
    self.about = about
    self.occurredAt = occurredAt
  }

  /// Files it as `SLUG-N`, N one more than the complaints the client has ever had:
  /// unique in the book, and never reused, since a retracted complaint keeps its place.
  public func decide(given history: ClientHistory?) -> Result<[DomainEvent], CommandRefusal> {
    registered(history).map { history in
      [
        .complaintFiled(
          ComplaintFiled(
            client: client, complaint: "\(client)-\(history.complaints.count + 1)",
            severity: severity, about: about))
      ]
    }
  }
}
