/// The group whose usual effort a client's service is compared with.
///
/// Key accounts by top profit, potential or a strategic mark come first, then acquisition
/// (prospects, likely wins among them, and clients in their first `acquisitionDays`), then
/// the other clients by Pareto class.
public enum ServiceTier: String, CaseIterable, Hashable, Sendable, CustomStringConvertible {
  /// A key account (top-profit, potential or strategic).
  case key
  /// A prospect or a client in its first `acquisitionDays` after its first sale.
  case acquisition
  /// An established class B client that is not a key account: high value.
  case classB = "class-b"
  /// An established class C client that is not a key account.
  case classC = "class-c"

  /// The tier as a reason names it: "key accounts", "class C clients".
  public var plural: String {
    switch self {
    case .key: "key accounts"
    case .acquisition: "prospects and new clients"
    case .classB: "class B clients"
    case .classC: "class C clients"
    }
  }

  /// The raw value.
  public var description: String { rawValue }
}
