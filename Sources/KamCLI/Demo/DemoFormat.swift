/// Number formats of the demo summary, without Foundation.
enum DemoFormat {
  /// `12.3 %`.
  static func percent(_ share: Double) -> String {
    let scaled = (share * 1000).rounded()
    guard scaled.isFinite else { return "– %" }
    let tenths = Int(max(-1e16, min(1e16, scaled)))
    return "\(tenths / 10).\(abs(tenths % 10)) %"
  }

  /// A label padded to a column, then its value.
  static func row(_ label: String, _ value: String) -> String {
    label + String(repeating: " ", count: max(1, 12 - label.count)) + value
  }
}
