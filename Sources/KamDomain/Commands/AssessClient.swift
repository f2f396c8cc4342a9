public import KamTime

/// Record an assessment of a client: the two axes of the portfolio matrix.
public struct AssessClient: ClientCommand, Hashable {
  /// The assessment.
  public var assessment: ClientAssessed
  public var occurredAt: Instant

  /// An assessment made at `occurredAt`.
  public init(_ assessment: ClientAssessed, occurredAt: Instant) {
    self.assessment = assessment
    self.occurredAt = occurredAt
  }

  public var client: ClientSlug { assessment.client }

  public func decide(given history: ClientHistory?) -> Result<[DomainEvent], CommandRefusal> {
    registered(history).map { _ in [.clientAssessed(assessment)] }
  }
}
