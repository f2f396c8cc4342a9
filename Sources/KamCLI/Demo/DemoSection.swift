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
