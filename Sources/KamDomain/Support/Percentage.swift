/// A percentage in basis points (1 % = 100), so discounts add up exactly.
public struct Percentage: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// Hundredths of a percent.
  public var basisPoints: Int

  /// Wraps basis points.
  public init(basisPoints: Int) { self.basisPoints = basisPoints }

  /// Parses `15`, `15%` or `12.5` (percent); nil outside 0–100 or when malformed.
  public init?(text: some StringProtocol) {
    var body = Substring(text)
    if body.hasSuffix("%") { body = body.dropLast() }
    guard let money = Money(decimal: body), money.minorUnits >= 0, money.minorUnits <= 10_000
    else { return nil }
    self.basisPoints = Int(money.minorUnits)
  }

  /// The fraction: 0.15 for 15 %.
  public var fraction: Double { Double(basisPoints) / 10_000 }

  /// `15%`, `12.5%`.
  public var description: String {
    let whole = basisPoints / 100
    let rest = basisPoints % 100
    if rest == 0 { return "\(whole)%" }
    return rest % 10 == 0 ? "\(whole).\(rest / 10)%" : "\(whole).\(rest < 10 ? "0" : "")\(rest)%"
  }

  public static func < (lhs: Percentage, rhs: Percentage) -> Bool {
    lhs.basisPoints < rhs.basisPoints
  }
}
