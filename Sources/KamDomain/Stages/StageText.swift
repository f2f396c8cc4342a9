/// Small formatting helpers for explanations (no Foundation in the domain).
enum StageText {
  /// A share as a percentage with at most one decimal: `0.3` → `30%`, `0.125` → `12.5%`.
  static func percent(_ share: Double) -> String {
    // Held to ±10^15 %: a margin of a forged cost must not trap the explanation.
    let scaled = (share * 1000).rounded()
    guard scaled.isFinite else { return "–" }
    let tenths = Int64(max(-1e16, min(1e16, scaled)))
    let sign = tenths < 0 ? "-" : ""
    let magnitude = tenths.magnitude
    let rest = magnitude % 10
    return sign + "\(magnitude / 10)" + (rest == 0 ? "" : ".\(rest)") + "%"
  }

  /// `1 sale`, `2 sales`.
  static func count(_ value: Int, _ noun: String) -> String {
    "\(value) \(noun)\(value == 1 ? "" : "s")"
  }
}
