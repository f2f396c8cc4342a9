import KamDomain

/// Lays a ``PeopleTable`` out for a terminal `width` columns wide.
///
/// Unless `wide`, no line is longer than `width`: columns are kept in their
/// priority order while they fit (see ``layout(_:widths:totals:)``), and a note
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
  /// How many cells a core takes at least, in a table split over the cores (tests split
  /// small tables with a small figure).
  var cellsPerCore = Self.defaultCellsPerCore

  /// The table as lines of text, each ending in a newline.
  func render(_ table: PeopleTable) -> String {
    var output = ""
    /// Appends `line`, cut to the width unless it is known to fit: `columns` bounds its
    /// width, since joining texts can only join their characters, never split them.
    func emit(_ line: String, columns: Int? = nil) {
      output += columns.map { $0 <= width } == true ? line : fitted(line)
      output += "\n"
    }
    guard !table.rows.isEmpty else {
      for line in titleLines(table.title) + [table.empty] { emit(line) }
      return output
    }
    // Each cell is rendered and measured once, into one array row after row: a
    // whole-book table has a hundred thousand cells, and rendering them again to fit
    // them, and an array for each row, were most of its cost. Pure, so a large table is
    // rendered on every core; a smaller one is not worth the threads.
    let count = table.columns.count
    let split = ParallelMap.cores > 1 && table.rows.count * count >= 2 * cellsPerCore
    let cells: [String]
    let cellWidths: [Int]
    if split {
      cells = InPlace.lending(table.rows) { rows in
        ParallelMap.map(
          count: rows.indices.count * count, minimumPerCore: cellsPerCore,
          threads: ParallelMap.cores
        ) { cell in
          let (row, column) = cell.quotientAndRemainder(dividingBy: count)
          return rows[row][column].rendered
        }
      }
      cellWidths = ParallelMap.map(cells, minimumPerCore: cellsPerCore) {
        TextWidth.of($0)
      }
    } else {
      var rendered: [String] = []
      rendered.reserveCapacity(table.rows.count * count)
      for row in table.rows {
        for cell in row { rendered.append(cell.rendered) }
      }
      cells = rendered
      cellWidths = cells.map(TextWidth.of)
    }
    let totals = self.totals(table)
    let layout = self.layout(table, widths: cellWidths, totals: totals)
    let shown = layout.map(\.index)
    let numeric = table.columns.indices.map { index in
      table.rows.contains { $0[index].isNumeric }
    }
    let lineWidth = layout.reduce(0) { $0 + $1.width + 2 }
    output.reserveCapacity((table.rows.count + 8) * (lineWidth + 1))
    /// The line of `texts` from `start` on (a row of `cells`, or a line of `count` texts).
    @Sendable func line(
      _ texts: [String], from start: Int = 0, widths: [Int]? = nil, cells: [TableCell]? = nil
    ) -> (text: String, columns: Int) {
      var line = ""
      line.reserveCapacity(lineWidth)
      var columns = 0
      for (slot, column) in layout.enumerated() {
        if slot > 0 {
          line += "  "
          columns += 2
        }
        var text = texts[start + column.index]
        var used = widths?[start + column.index] ?? TextWidth.of(text)
        if used > column.width {
          text =
            cells?[column.index].fitted(to: column.width)
            ?? TextWidth.truncated(text, to: column.width)
          used = TextWidth.of(text)
        }
        let blanks = max(0, column.width - used)
        columns += used + blanks
        if numeric[column.index] {
          Self.pad(&line, blanks)
          line += text
        } else {
          line += text
          if slot < layout.count - 1 { Self.pad(&line, blanks) }
        }
      }
      while line.last == " " { line.removeLast() }
      return (line, columns)
    }
    for title in titleLines(table.title) { emit(title) }
    let headings = line(
      layout.reduce(into: Array(repeating: "", count: count)) { texts, column in
        texts[column.index] = table.columns[column.index].heading(fitting: column.width)
      }
    ).text
    emit(bold ? "\u{1B}[1m" + fitted(headings) + "\u{1B}[0m" : headings)
    if split {
      // Each row's line on every core, emitted in order.
      let lines = InPlace.lending(table.rows) { rows in
        ParallelMap.map(
          count: rows.indices.count, minimumPerCore: cellsPerCore / max(count, 1),
          threads: ParallelMap.cores
        ) { index in line(cells, from: index * count, widths: cellWidths, cells: rows[index]) }
      }
      for (text, columns) in lines { emit(text, columns: columns) }
    } else {
      for (index, row) in table.rows.enumerated() {
        let (text, columns) = line(cells, from: index * count, widths: cellWidths, cells: row)
        emit(text, columns: columns)
      }
    }
    if var totals, shown.contains(where: { table.columns[$0].totalled }) {
      if let first = shown.first(where: { !table.columns[$0].totalled }) { totals[first] = "Total" }
      var rule = Array(repeating: "", count: count)
      for column in layout where table.columns[column.index].totalled {
        rule[column.index] = String(repeating: "-", count: column.width)
      }
      emit(line(rule).text)
      emit(line(totals).text)
    }
    let hidden = table.columns.indices.filter { !shown.contains($0) }
    if !hidden.isEmpty {
      let note = wrapped(
        "Not shown: " + hidden.map { table.columns[$0].heading }.joined(separator: ", ")
          + " (--wide shows every column)")
      for line in note { emit(line) }
    }
    for note in table.notes { emit(note) }
    return output
  }

  /// Appends `count` blanks, copied from one string of them rather than a string made for
  /// each cell.
  static func pad(_ line: inout String, _ count: Int) {
    var count = count
    while count > 0 {
      let taken = min(count, blanks.utf8.count)
      line.append(contentsOf: Substring(blanks.utf8.prefix(taken)))
      count -= taken
    }
  }

  /// The blanks ``pad(_:_:)`` copies from.
  static let blanks = String(repeating: " ", count: 64)

  /// ``cellsPerCore`` unless told: a smaller table is rendered on the calling thread, as the
  /// threads and the copying of each cell cost more than they save (a 3,000-client book's
  /// listing, 33,000 cells, took a tenth longer split in two; CDNOW's, 235,000, a tenth
  /// less).
  static let defaultCellsPerCore = 65_536

  /// One kept column: where it is in the table and how wide it is printed.
  struct Placed: Sendable {
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
  ///
  /// `widths` are the cells' widths, row after row.
  func layout(_ table: PeopleTable, widths cellWidths: [Int], totals: [String]?) -> [Placed] {
    let columns = table.columns
    var natural: [Int] = []
    var whole: [Int] = []
    var narrowest: [Int] = []
    for (index, column) in columns.enumerated() {
      var content = 0
      for cell in stride(from: index, to: cellWidths.count, by: columns.count) {
        content = max(content, cellWidths[cell])
      }
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

}
