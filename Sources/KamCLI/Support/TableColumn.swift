/// One column of a table for people: its heading, how readily it is left out
/// when the terminal is narrow, and whether it adds up.
struct TableColumn {
  /// The heading, in words ("Cost to serve").
  var heading: String
  /// A shorter heading for when the column is narrower than `heading`.
  var short: String?
  /// The order columns are kept in when the table must fit: 0 first, the
  /// highest left out first.
  var priority: Int
  /// Text that may be truncated (with "…") down to this many characters to fit;
  /// nil: never truncated.
  var shrinksTo: Int?
  /// True when a totals row sums the column (money that adds up).
  var totalled: Bool
  /// Text worth more than the columns of lower priority: cut, it takes their
  /// room when that shows it whole (an event's payload, a risk's reasons).
  var fills: Bool

  /// A column.
  init(
    _ heading: String, short: String? = nil, priority: Int, shrinksTo: Int? = nil,
    totalled: Bool = false, fills: Bool = false
  ) {
    self.heading = heading
    self.short = short
    self.priority = priority
    self.shrinksTo = shrinksTo
    self.totalled = totalled
    self.fills = fills
  }

  /// The heading shown when the column is `width` wide.
  func heading(fitting width: Int) -> String {
    if TextWidth.of(heading) <= width { return heading }
    return TextWidth.truncated(short ?? heading, to: width)
  }

  /// The narrowest heading.
  var shortest: String {
    short.map { TextWidth.of($0) < TextWidth.of(heading) ? $0 : heading } ?? heading
  }
}
