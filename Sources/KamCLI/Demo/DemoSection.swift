/// One part of the summary `kam demo` prints: a few lines for people, a JSON
/// member for programs.
///
/// Sections for key accounts, the pyramid, transitions and risk plug in here
/// once those projections exist: a new type, one more entry in ``DemoSummary``.
protocol DemoSection {
  /// The heading for people.
  var title: String { get }
  /// The member's name in the JSON summary.
  var key: String { get }
  /// Lines for people, below the heading.
  var lines: [String] { get }
  /// The same content for programs.
  var json: JSON { get }
}

/// Number formats of the demo summary, without Foundation.
enum DemoFormat {
  /// `12.3 %`.
  static func percent(_ share: Double) -> String {
    let tenths = Int((share * 1000).rounded())
    return "\(tenths / 10).\(abs(tenths % 10)) %"
  }

  /// A label padded to a column, then its value.
  static func row(_ label: String, _ value: String) -> String {
    label + String(repeating: " ", count: max(1, 12 - label.count)) + value
  }
}
