/// Each ``ProfileFeature``'s value for one client, absent where it has none.
///
/// A slot per feature and a bit saying which are set: the profile reads these values for
/// every client on every training cut, and an index costs nothing where a dictionary
/// hashes and allocates.
///
/// ```swift
/// var values = ProfileValues()
/// values[.meetings] = 2
/// values[.margin]  // nil
/// ```
public struct ProfileValues: Hashable, Sendable {
  private var slots: InlineArray<16, Double> = .init(repeating: 0)
  private var present: UInt16 = 0

  /// No value for any feature.
  public init() {}

  /// The feature's value; nil when absent. Setting nil removes it.
  public subscript(feature: ProfileFeature) -> Double? {
    get { present & feature.bit != 0 ? slots[feature.slot] : nil }
    set {
      slots[feature.slot] = newValue ?? 0
      present = newValue == nil ? present & ~feature.bit : present | feature.bit
    }
  }

  public static func == (left: Self, right: Self) -> Bool {
    guard left.present == right.present else { return false }
    // Absent slots hold 0 on both sides.
    for slot in 0..<16 where left.slots[slot] != right.slots[slot] { return false }
    return true
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(present)
    for slot in 0..<16 { hasher.combine(slots[slot]) }
  }
}

extension ProfileFeature {
  /// The feature's slot in ``ProfileValues``: its place among all cases.
  var slot: Int {
    switch self {
    case .winProbability: 0
    case .expectedValue: 1
    case .segmentRecord: 2
    case .ownerRecord: 3
    case .meetings: 4
    case .negotiations: 5
    case .discountAsked: 6
    case .discountGranted: 7
    case .daysToFirstSale: 8
    case .firstOrder: 9
    case .margin: 10
    case .purchaseDays: 11
    case .amountSoFar: 12
    case .daysKnown: 13
    case .daysSinceLastPurchase: 14
    }
  }

  fileprivate var bit: UInt16 { 1 << UInt16(slot) }
}
