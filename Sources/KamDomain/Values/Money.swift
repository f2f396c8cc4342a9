/// An amount of money in integer minor units (grosze, cents) of one currency.
///
/// Never a floating-point number: sums of money must be exact.
public struct Money: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The amount in minor units (1/100 of the unit).
  public var minorUnits: Int64

  /// Wraps a minor-unit amount.
  public init(minorUnits: Int64) { self.minorUnits = minorUnits }

  /// Nothing.
  public static let zero = Money(minorUnits: 0)

  /// The amount with two decimals and a point: `12000.50`, `-3.05`.
  public var description: String {
    let sign = minorUnits < 0 ? "-" : ""
    let magnitude = minorUnits.magnitude
    let cents = magnitude % 100
    return "\(sign)\(magnitude / 100).\(cents < 10 ? "0" : "")\(cents)"
  }

  public static func + (lhs: Money, rhs: Money) -> Money {
    Money(minorUnits: lhs.minorUnits + rhs.minorUnits)
  }
  public static func - (lhs: Money, rhs: Money) -> Money {
    Money(minorUnits: lhs.minorUnits - rhs.minorUnits)
  }
  public static func += (lhs: inout Money, rhs: Money) { lhs.minorUnits += rhs.minorUnits }
  public static func -= (lhs: inout Money, rhs: Money) { lhs.minorUnits -= rhs.minorUnits }
  public static prefix func - (value: Money) -> Money { Money(minorUnits: -value.minorUnits) }
  public static func < (lhs: Money, rhs: Money) -> Bool { lhs.minorUnits < rhs.minorUnits }
}
