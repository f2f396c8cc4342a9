import KamDomain

/// Lays a ``PeopleTable`` out for a terminal `width` columns wide.
///
/// Unless `wide`, no line is longer than `width`: columns are kept in their
/// priority order while they fit (see ``layout(_:cells:totals:)``), and a note
/// names the columns left out. Numbers are never cut; a line that still does not fit (a terminal
/// narrower than the first column) is cut with "…". With `wide` every column
/// is printed at its full width.
struct TableRenderer {
  /// The terminal's width in columns.
  var width: Int
  /// Print every column, whatever the width.
  var wide: Bool
  /// Headings in bold (a terminal, and no `NO_COLOR`).
  var bold: Bool = false

  /// The table as lines of text, each ending in a newline.
  func render(_ table: PeopleTable) -> String {
    var lines = titleLines(table.title)
    guard !table.rows.isEmpty else {
      lines.append(table.empty)
      return lines.map(fitted).map { $0 + "\n" }.joined()
    }
    let cells = table.rows.map { row in row.map(\.rendered) }
    let totals = self.totals(table)
    let layout = self.layout(table, cells: cells, totals: totals)
    let shown = layout.map(\.index)
    func line(_ texts: [String], numeric: [Bool], cells: [TableCell]? = nil) -> String {
      var parts: [String] = []
      for (slot, column) in layout.enumerated() {
        let text =
          cells?[column.index].fitted(to: column.width)
          ?? TextWidth.truncated(texts[column.index], to: column.width)
        let last = slot == layout.count - 1
        parts.append(
          last && !numeric[column.index]
            ? text : TextWidth.padded(text, to: column.width, right: numeric[column.index]))
      }
      return Self.trimmed(parts.joined(separator: "  "))
    }
    let numeric = table.columns.indices.map { index in
      table.rows.contains { $0[index].isNumeric }
    }
    let headings = line(
      layout.reduce(into: Array(repeating: "", count: table.columns.count)) { texts, column in
        texts[column.index] = table.columns[column.index].heading(fitting: column.width)
      }, numeric: numeric)
    lines.append(bold ? "\u{1B}[1m" + fitted(headings) + "\u{1B}[0m" : headings)
    for (row, typed) in zip(cells, table.rows) {
      lines.append(line(row, numeric: numeric, cells: typed))
    }
    if var totals, shown.contains(where: { table.columns[$0].totalled }) {
      if let first = shown.first(where: { !table.columns[$0].totalled }) { totals[first] = "Total" }
      var rule = Array(repeating: "", count: table.columns.count)
      for column in layout where table.columns[column.index].totalled {
        rule[column.index] = String(repeating: "-", count: column.width)
      }
      lines.append(line(rule, numeric: numeric))
      lines.append(line(totals, numeric: numeric))
    }
    let hidden = table.columns.indices.filter { !shown.contains($0) }
    if !hidden.isEmpty {
      lines += wrapped(
        "Not shown: " + hidden.map { table.columns[$0].heading }.joined(separator: ", ")
          + " (--wide shows every column)")
    }
    lines += table.notes
    return lines.map(fitted).map { $0 + "\n" }.joined()
  }

  /// One kept column: where it is in the table and how wide it is printed.
  struct Placed {
    var index: Int
    var width: Int
  }

  /// The columns kept, in table order, with their widths.
  ///
  /// In priority order, each column is kept while it fits at its narrowest
  /// (short heading, text cut to `shrinksTo`); the room left widens cut text
  /// back, in priority order. Text of a column that `fills` and is still cut
  /// then takes the room of kept columns of lower priority, lowest first, when
  /// that shows it whole (the payload of an event rather than the command id
  /// beside it). Full headings
  /// come last, where they fit.
  func layout(_ table: PeopleTable, cells: [[String]], totals: [String]?) -> [Placed] {
    let columns = table.columns
    var natural: [Int] = []
    var whole: [Int] = []
    var narrowest: [Int] = []
    for (index, column) in columns.enumerated() {
      var content = cells.map { TextWidth.of($0[index]) }.max() ?? 0
      if let totals { content = max(content, TextWidth.of(totals[index])) }
      let short = TextWidth.of(column.shortest)
      natural.append(max(TextWidth.of(column.heading), content))
      whole.append(max(short, content))
      narrowest.append(max(short, column.shrinksTo.map { min(content, $0) } ?? content))
    }
    if wide { return columns.indices.map { Placed(index: $0, width: natural[$0]) } }
    let rank = { (index: Int) in (columns[index].priority, index) }
    let order = columns.indices.sorted { rank($0) < rank($1) }
    var widths: [Int: Int] = [:]
    var kept: [Int] = []
    var used = 0
    for index in order {
      let needed = narrowest[index] + (kept.isEmpty ? 0 : 2)
      if kept.isEmpty || used + needed <= width {
        kept.append(index)
        widths[index] = narrowest[index]
        used += needed
      }
    }
    func grow() {
      for index in kept where used < width && widths[index, default: 0] < whole[index] {
        let more = min(whole[index] - widths[index, default: 0], width - used)
        widths[index, default: 0] += more
        used += more
      }
    }
    grow()
    for index in kept where columns[index].fills && widths[index, default: 0] < whole[index] {
      guard kept.contains(index) else { continue }
      let deficit = whole[index] - widths[index, default: 0] - (width - used)
      var freed = 0
      var dropped: [Int] = []
      for other in kept.reversed() where rank(other) > rank(index) && freed < deficit {
        dropped.append(other)
        freed += widths[other, default: 0] + 2
      }
      guard freed >= deficit else { continue }
      kept.removeAll { dropped.contains($0) }
      used -= freed
      grow()
    }
    for index in kept where widths[index, default: 0] < natural[index] {
      let more = natural[index] - widths[index, default: 0]
      if used + more <= width {
        widths[index, default: 0] += more
        used += more
      }
    }
    return kept.sorted().map { Placed(index: $0, width: widths[$0] ?? 0) }
  }

  /// The sum of each totalled column ("Total" goes in the first kept column that is not).
  func totals(_ table: PeopleTable) -> [String]? {
    guard table.rows.count > 1, table.columns.contains(where: \.totalled) else { return nil }
    var texts = Array(repeating: "", count: table.columns.count)
    for (index, column) in table.columns.enumerated() where column.totalled {
      var sum = Money.zero
      for row in table.rows {
        if case .money(let money) = row[index] { sum += money }
      }
      texts[index] = NumberText.grouped(sum)
    }
    return texts
  }

  /// The title's parts joined with " · ", a new line wherever the next part would pass the width.
  func titleLines(_ parts: [String]) -> [String] {
    var lines: [String] = []
    var current = ""
    for part in parts.map(\.visible) {
      if current.isEmpty {
        current = part
      } else if wide || TextWidth.of(current) + 3 + TextWidth.of(part) <= width {
        current += " · " + part
      } else {
        lines.append(current)
        current = part
      }
    }
    if !current.isEmpty { lines.append(current) }
    return lines
  }

  /// Text broken into lines at blanks so that each fits the width (unless `wide`).
  func wrapped(_ text: String) -> [String] {
    guard !wide else { return [text] }
    var lines: [String] = []
    var current = ""
    for word in text.split(separator: " ") {
      if current.isEmpty {
        current = String(word)
      } else if TextWidth.of(current) + 1 + TextWidth.of(String(word)) <= width {
        current += " " + word
      } else {
        lines.append(current)
        current = String(word)
      }
    }
    if !current.isEmpty { lines.append(current) }
    return lines
  }

  /// A line cut to the width (unless `wide`), ending in "…" when cut.
  func fitted(_ line: String) -> String {
    wide || line.hasPrefix("\u{1B}") ? line : TextWidth.truncated(line, to: width)
  }

  static func trimmed(_ line: String) -> String {
    var line = Substring(line)
    while line.last == " " { line = line.dropLast() }
    return String(line)
  }
}
