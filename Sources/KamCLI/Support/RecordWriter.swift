/// Prints a list of records as a table, JSON array or CSV, from one description.
///
/// Every list command builds its rows once, as ordered JSON members, so the
/// three formats can never disagree.
struct RecordWriter {
  let format: OutputFormat
  let console: Console
  /// How a table is laid out; plain 80 columns when not said.
  var style: TableStyle? = nil

  /// Prints `records` (each the same keys, in the same order).
  func write(_ records: [[JSON.Member]], columns: [String]? = nil, empty: String = "(none)") {
    switch format {
    case .json:
      console.line(jsonArray: records, JSON.object)
    case .csv:
      guard let keys = columns ?? records.first?.map(\.key) else { return }
      console.line(keys.map(Self.csvField).joined(separator: ","))
      for record in records {
        console.line(record.map { Self.csvField($0.value.cell) }.joined(separator: ","))
      }
    case .table:
      guard let keys = columns ?? records.first?.map(\.key) else {
        console.line(empty)
        return
      }
      guard let style else {
        console.out(Self.table(header: keys, rows: records.map { $0.map(\.value.cell) }))
        return
      }
      console.startPager()
      console.out(style.renderer.render(Self.peopleTable(keys, records, empty: empty)))
    }
  }

  /// Prints a record of each of `rows`, as ``write(_:columns:empty:)`` prints them; as JSON,
  /// each record is written as it is made, so a listing of 20,000 clients never holds
  /// 20,000 records at once.
  func write<Rows: Collection>(
    _ rows: Rows, columns: [String]? = nil, empty: String = "(none)",
    record: (Rows.Element) -> [JSON.Member]
  ) {
    guard format == .json else {
      write(rows.map(record), columns: columns, empty: empty)
      return
    }
    console.line(jsonArray: rows) { JSON.object(record($0)) }
  }

  /// A table of records with nothing said about its columns: the keys as
  /// headings, numbers on the right, text cut to fit in the keys' order.
  static func peopleTable(_ keys: [String], _ records: [[JSON.Member]], empty: String)
    -> PeopleTable
  {
    PeopleTable(
      title: [],
      columns: keys.enumerated().map { TableColumn($1, priority: $0, shrinksTo: 16) },
      rows: records.map { record in
        record.map { member in
          switch member.value {
          case .integer(let number): .figure(String(number))
          case .number: .figure(member.value.rendered)
          case .null: .empty
          default: .text(member.value.cell)
          }
        }
      }, empty: empty)
  }

  /// Aligned columns with a header, two spaces apart, trailing blanks trimmed.
  ///
  /// Cells are shown with control characters escaped (``Swift/String/visible``),
  /// so stored text cannot break a row or drive the terminal.
  static func table(header: [String], rows: [[String]]) -> String {
    let header = header.map(\.visible)
    let rows = rows.map { $0.map(\.visible) }
    var widths = header.map(\.count)
    for row in rows {
      for (index, cell) in row.enumerated() where index < widths.count {
        widths[index] = max(widths[index], cell.count)
      }
    }
    func format(_ cells: [String]) -> String {
      var line = ""
      for (index, cell) in cells.enumerated() {
        if index > 0 { line += "  " }
        line += cell
        if index < cells.count - 1 {
          line += String(repeating: " ", count: widths[index] - cell.count)
        }
      }
      return line + "\n"
    }
    return format(header) + rows.map(format).joined()
  }

  /// A CSV field, quoted when it holds a comma, quote or line break.
  ///
  /// Text that a spreadsheet would run as a formula (starting with `=`, `+`,
  /// `-`, `@`, a tab or a carriage return, and not a plain number such as
  /// `-3.05`) gets a leading `'`, as OWASP advises against CSV injection: CSV
  /// is what people open in spreadsheets. `-O json` keeps every value exact.
  static func csvField(_ text: String) -> String {
    var text = text
    if let first = text.utf8.first, Self.formulaStarts.contains(first), Double(text) == nil {
      text = "'" + text
    }
    guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
      return text
    }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  private static let formulaStarts: Set<UInt8> = [
    UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D,
  ]
}

extension String {
  /// Every occurrence of `target` replaced (the standard library has no such call without Foundation).
  func replacingOccurrences(of target: String, with replacement: String) -> String {
    split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
  }
}
