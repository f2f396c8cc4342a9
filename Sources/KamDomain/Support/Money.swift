/// An amount of money in integer minor units (grosze, cents) of one currency.
///
/// Never a floating-point number: sums of money must be exact. Arithmetic never
/// traps: one amount is at most ``maximum`` when entered and ``readableLimit``
/// when read back, so a sum reaches the bounds of `Int64` only after some
/// ninety thousand amounts of the largest size, and there it saturates rather
/// than crashing a view.
public struct Money: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The amount in minor units (1/100 of the unit).
  public var minorUnits: Int64

  /// Wraps a minor-unit amount.
  public init(minorUnits: Int64) { self.minorUnits = minorUnits }

  /// Nothing.
  public static let zero = Money(minorUnits: 0)

  /// The largest amount one event may carry: 999,999,999,999.99 (twelve digits
  /// before the point), far above any real order and small enough that a
  /// year's profit scaled from it cannot overflow.
  public static let maximum = Money(minorUnits: 99_999_999_999_999)

  /// The largest amount a stored event may hold and still be read: what kam
  /// accepted before ``maximum`` existed (fifteen digits before the point).
  /// A payload beyond it was forged, and reading it fails with the event named.
  public static let readableLimit = Money(minorUnits: 99_999_999_999_999_999)

  /// The amount with two decimals and a point: `12000.50`, `-3.05`.
  public var description: String {
    let sign = minorUnits < 0 ? "-" : ""
    let magnitude = minorUnits.magnitude
    let cents = magnitude % 100
    return "\(sign)\(magnitude / 100).\(cents < 10 ? "0" : "")\(cents)"
  }

  public static func + (lhs: Money, rhs: Money) -> Money {
    Money(minorUnits: lhs.minorUnits.saturatingAdding(rhs.minorUnits))
  }
  public static func - (lhs: Money, rhs: Money) -> Money {
    Money(minorUnits: lhs.minorUnits.saturatingSubtracting(rhs.minorUnits))
  }
  public static func += (lhs: inout Money, rhs: Money) { lhs = lhs + rhs }
  public static func -= (lhs: inout Money, rhs: Money) { lhs = lhs - rhs }
  public static prefix func - (value: Money) -> Money {
    Money(minorUnits: Int64.zero.saturatingSubtracting(value.minorUnits))
  }
  public static func < (lhs: Money, rhs: Money) -> Bool { lhs.minorUnits < rhs.minorUnits }
}
