/// Why a client counts as a key account; a client may have several, or none.
///
/// Declared in the order reasons are listed: profit first, then what may come.
public enum KeyAccountReason: String, CaseIterable, Sendable {
  /// Pareto class A on profit: among the few clients that bring most of it.
  case topProfit = "top-profit"
  /// Not class A yet, but its forecast profit for the next window reaches class A's cut-off.
  case potential
  /// A prospect whose latest win probability is at least the policy's `likelyWinProbability`.
  case likelyWin = "likely-win"
  /// Marked strategically important (e.g. reference value), and the mark stands.
  case strategic
}
