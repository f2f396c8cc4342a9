/// Small formatting helpers for explanations (no Foundation in the domain).
enum StageText {
  /// A share as a percentage with at most one decimal: `0.3` → `30%`, `0.125` → `12.5%`.
  static func percent(_ share: Double) -> String {
    let tenths = Int64((share * 1000).rounded())
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
