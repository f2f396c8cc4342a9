public import KamTime

/// Record a complaint's resolution and what it cost.
public struct ResolveComplaint: ClientCommand, Hashable {
  public var client: ClientSlug
  /// The complaint's id, as filing it gave it.
  public var complaint: String
  /// Compensation and handling.
  public var cost: Money
  public var occurredAt: Instant

  /// Resolves `complaint` at `occurredAt`.
  public init(client: ClientSlug, complaint: String, cost: Money, occurredAt: Instant) {
    self.client = client
    self.complaint = complaint
    self.cost = cost
    self.occurredAt = occurredAt
  }

  /// Resolves a complaint that counts, is not resolved (by a resolution that
  /// stands), and was filed on or before the day of the resolution.
  public func decide(given history: ClientHistory?) -> Result<[DomainEvent], CommandRefusal> {
    registered(history).flatMap { history in
      let counts = { (seq: Int64) in !history.isRetracted(seq) }
      guard let filed = history.complaint(id: complaint) else {
        let open = history.complaints.filter {
          counts($0.seq) && $0.standingResolution(counts) == nil
        }.map(\.id)
        let hint = open.isEmpty ? "" : "; open complaints: \(open.joined(separator: ", "))"
        return .failure(
          CommandRefusal(
            .unknownComplaint, "client \(client) has no complaint \"\(complaint)\"\(hint)"))
      }
      if let resolved = filed.standingResolution(counts) {
        return .failure(
          CommandRefusal(
            .resolvedAlready, "complaint \(complaint) was resolved already, on \(resolved.date)"))
      }
      guard occurredAt.date >= filed.filedOn else {
        return .failure(
          CommandRefusal(
            .beforeStart,
            "\(input: "on") \(occurredAt.date) is before the complaint was filed (\(filed.filedOn))"
          ))
      }
      return .success([
        .complaintResolved(ComplaintResolved(client: client, complaint: complaint, cost: cost))
      ])
    }
  }
}
