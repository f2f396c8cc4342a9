public import KamTime

/// Record a price negotiation.
public struct NegotiatePrice: ClientCommand, Hashable {
  /// The negotiation.
  public var negotiation: PriceNegotiated
  public var occurredAt: Instant

  /// A negotiation held at `occurredAt`.
  public init(_ negotiation: PriceNegotiated, occurredAt: Instant) {
    self.negotiation = negotiation
    self.occurredAt = occurredAt
  }

  public var client: ClientSlug { negotiation.client }

  public func decide(given history: ClientHistory?) -> Result<[DomainEvent], CommandRefusal> {
    registered(history).map { _ in [.priceNegotiated(negotiation)] }
  }
}
