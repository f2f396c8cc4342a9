import KamDomain

@testable import KamCLI

/// The table renderer as it was before cells were measured once and text as bytes:
/// every width counted grapheme by grapheme, every cell rendered again to fit it.
///
/// Slow and plain, it is what the renderer is held to, byte for byte.
struct NaiveTableRenderer {
  var renderer: TableRenderer

  static func width(_ text: String) -> Int {
    var width = 0
    for character in text { width += TextWidth.of(character) }
    return width
  }

  static func truncated(_ text: String, to width: Int) -> String {
    guard Self.width(text) > width else { return text }
    guard width > 0 else { return "" }
    var result = ""
    var used = 0
    for character in text {
      let next = TextWidth.of(character)
      if used + next > width - 1 { break }
      result.append(character)
      used += next
    }
    return result + "…"
  }

  static func padded(_ text: String, to width: Int, right: Bool) -> String {
    let blanks = String(repeating: " ", count: max(0, width - Self.width(text)))
    return right ? blanks + text : text + blanks
  }

  static func visible(_ text: String) -> String {
    func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
      switch scalar.value {
      case 0x00..<0x20, 0x7F..<0xA0, 0x202A...0x202E, 0x2066...0x2069: true
      default: false
      }
    }
    var result = ""
    for scalar in text.unicodeScalars {
      guard needsEscape(scalar) else {
        result.unicodeScalars.append(scalar)
        continue
      }
      switch scalar.value {
      case 0x09: result += "\\t"
      case 0x0A: result += "\\n"
      case 0x0D: result += "\\r"
      case 0x1B: result += "\\e"
      default: result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
      }
    }
    return result
  }

  func fitted(_ cell: TableCell, to width: Int) -> String {
    let text = cell.rendered
    guard Self.width(text) > width else { return text }
    if case .marked(let body, let mark) = cell, width > Self.width(mark) + 1 {
      return Self.truncated(body.visible, to: width - Self.width(mark) - 1) + " " + mark
    }
    return Self.truncated(text, to: width)
  }

  func fitted(_ line: String) -> String {
    renderer.wide || line.hasPrefix("\u{1B}") ? line : Self.truncated(line, to: renderer.width)
  }

  func render(_ table: PeopleTable) -> String {
    var lines = renderer.titleLines(table.title)
    guard !table.rows.isEmpty else {
      lines.append(table.empty)
      return lines.map(fitted).map { $0 + "\n" }.joined()
    }
    let cells = table.rows.map { row in row.map(\.rendered) }
    let totals = renderer.totals(table)
    let layout = renderer.layout(
      table, widths: cells.flatMap { $0.map(Self.width) }, totals: totals)
    let shown = layout.map(\.index)
    func line(_ texts: [String], numeric: [Bool], cells: [TableCell]? = nil) -> String {
      var parts: [String] = []
      for (slot, column) in layout.enumerated() {
        let text =
          cells.map { fitted($0[column.index], to: column.width) }
          ?? Self.truncated(texts[column.index], to: column.width)
        let last = slot == layout.count - 1
        parts.append(
          last && !numeric[column.index]
            ? text : Self.padded(text, to: column.width, right: numeric[column.index]))
      }
      var joined = Substring(parts.joined(separator: "  "))
      while joined.last == " " { joined = joined.dropLast() }
      return String(joined)
    }
    let numeric = table.columns.indices.map { index in
      table.rows.contains { $0[index].isNumeric }
    }
    let headings = line(
      layout.reduce(into: Array(repeating: "", count: table.columns.count)) { texts, column in
        texts[column.index] = table.columns[column.index].heading(fitting: column.width)
      }, numeric: numeric)
    lines.append(
      renderer.bold ? "\u{1B}[1m" + fitted(headings) + "\u{1B}[0m" : headings)
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
      lines += renderer.wrapped(
        "Not shown: " + hidden.map { table.columns[$0].heading }.joined(separator: ", ")
          + " (--wide shows every column)")
    }
    lines += table.notes
    return lines.map(fitted).map { $0 + "\n" }.joined()
  }
}
