/// How far a relationship with a client has developed, after Millman & Wilson's
/// relationship development model and the article's pyramid.
///
/// The pyramid, top to bottom: synergy, partnership, cooperation, basic
/// transactions. A prospect has not bought yet (pre-KAM); a lapsed client
/// bought once but no longer does (uncoupling, reachable from any stage).
public enum Stage: String, CaseIterable, Hashable, Sendable, CustomStringConvertible {
  /// Registered (or known only by non-sale facts) and no sale yet.
  case prospect
  /// Buys, but the relationship is no more than the transactions.
  case transactional
  /// Regular sales and contact: the firms know each other.
  case cooperation
  /// Many profitable transactions over a long tenure, regular meetings.
  case partnership
  /// Partnership plus a running joint initiative and a high standing.
  case synergy
  /// Bought before, but not within the window: the relationship uncoupled.
  case lapsed

  /// Height in the pyramid, for sorting and for telling a rise from a fall.
  ///
  /// Lapsed is lowest because uncoupling is a fall from any stage, and a
  /// prospect sits below the pyramid's base.
  public var rank: Int {
    switch self {
    case .lapsed: 0
    case .prospect: 1
    case .transactional: 2
    case .cooperation: 3
    case .partnership: 4
    case .synergy: 5
    }
  }

  /// True for the four stages of the article's pyramid.
  public var isOnPyramid: Bool { rank >= Stage.transactional.rank }

  /// The pyramid's stages, top first, as a report draws them.
  public static let pyramid: [Stage] = [.synergy, .partnership, .cooperation, .transactional]

  /// The raw value.
  public var description: String { rawValue }
}
