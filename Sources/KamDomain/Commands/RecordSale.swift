public import KamTime

/// Record a sale, or a delivery given free.
public struct RecordSale: ClientCommand, Hashable {
  /// The sale to record.
  public var sale: SaleRecorded
  public var occurredAt: Instant

  /// A sale made at `occurredAt`.
  public init(_ sale: SaleRecorded, occurredAt: Instant) {
    self.sale = sale
    self.occurredAt = occurredAt
  }

  public var client: ClientSlug { sale.client }

  public func validate() -> CommandRefusal? {
    Self.validate(amount: sale.amount, freeDelivery: sale.freeDelivery)
  }

  /// An amount of 0 is a free delivery, said so on purpose, and a free delivery is 0:
  /// a forgotten amount must not pass for goods given away. A front end may ask
  /// as soon as it has the amount.
  public static func validate(amount: Money, freeDelivery: Bool) -> CommandRefusal? {
    if amount == .zero, !freeDelivery {
      return CommandRefusal(
        .zeroAmount,
        "a sale's \(input: "amount") must be above 0 (or \(input: "freeDelivery") for goods given free)"
      )
    }
    if amount != .zero, freeDelivery {
      return CommandRefusal(
        .chargedFreeDelivery,
        "with \(input: "freeDelivery") the \(input: "amount") is 0, not \(amount)")
    }
    return nil
  }

  public func decide(given history: ClientHistory?) -> Result<[DomainEvent], CommandRefusal> {
    registered(history).map { _ in [.saleRecorded(sale)] }
  }
}
