import KamDomain
import KamTime
import Testing

@testable import KamCLI

@Suite(
  "Tables for people: measuring text as bytes, and writing figures and days as bytes, changes no output"
)
struct TableTextReferenceTests {
  /// Pieces that break the ASCII fast paths where they are weakest: a combining mark
  /// after ASCII, a prepended mark before a blank, CR LF, controls, wide characters,
  /// emoji, a joiner and lone regional indicators (which pair up when text is joined).
  static let pieces = [
    "a", "Z", "7", " ", "  ", ".", "-", "acme", "12,000.50", "é", "e\u{301}", "\u{301}",
    "\u{600} ", "\r\n", "\t", "\u{1B}[2J", "\u{7F}", "\u{202E}", "東", "京都", "😀", "🇵🇱", "…",
    "ü", "%", "Ω", "\u{200D}", "👨", "🇱",
  ]

  static func text(_ random: inout SplitMix64) -> String {
    (0..<Int.random(in: 0...8, using: &random)).map { _ in pieces.randomElement(using: &random)! }
      .joined()
  }

  @Test("a text's width, cut and escapes are those counted grapheme by grapheme")
  func textWidth() {
    var random = SplitMix64(seed: 20)
    for _ in 0..<3000 {
      let text = Self.text(&random)
      #expect(TextWidth.of(text) == NaiveTableRenderer.width(text), "\(text.debugDescription)")
      #expect(text.visible == NaiveTableRenderer.visible(text), "\(text.debugDescription)")
      for width in 0...14 {
        #expect(
          TextWidth.truncated(text, to: width) == NaiveTableRenderer.truncated(text, to: width),
          "\(text.debugDescription) to \(width)")
      }
    }
  }

  static func cell(_ random: inout SplitMix64) -> TableCell {
    switch Int.random(in: 0..<8, using: &random) {
    case 0: .text(text(&random))
    case 1: .marked(text(&random), mark: ["(retracted)", "*", "東"].randomElement(using: &random)!)
    case 2: .money(Money(minorUnits: Int64.random(in: -10_000_000...10_000_000, using: &random)))
    case 3: .count(Int64.random(in: -5000...5000, using: &random))
    case 4: .share(Double.random(in: -0.2...1.5, using: &random))
    case 5: .figure(text(&random))
    case 6:
      .date(CalendarDate(daysSinceEpoch: Int64.random(in: -800_000...3_000_000, using: &random)))
    default: .empty
    }
  }

  @Test("random tables render byte for byte as before, at every width, wide and bold")
  func tables() {
    var random = SplitMix64(seed: 7)
    for _ in 0..<300 {
      let columns = (0..<Int.random(in: 1...6, using: &random)).map { index in
        TableColumn(
          Self.text(&random) + "h\(index)", short: Bool.random(using: &random) ? "s\(index)" : nil,
          priority: Int.random(in: 0...5, using: &random),
          shrinksTo: Bool.random(using: &random) ? Int.random(in: 1...12, using: &random) : nil,
          totalled: Bool.random(using: &random), fills: Bool.random(using: &random))
      }
      let rows = (0..<Int.random(in: 0...6, using: &random)).map { _ in
        columns.map { _ in Self.cell(&random) }
      }
      let table = PeopleTable(
        title: (0..<Int.random(in: 0...3, using: &random)).map { _ in Self.text(&random) },
        columns: columns, rows: rows, empty: "(none)",
        notes: Bool.random(using: &random) ? [Self.text(&random)] : [])
      let width = Int.random(in: 1...100, using: &random)
      for wide in [false, true] {
        for bold in [false, true] {
          let renderer = TableRenderer(width: width, wide: wide, bold: bold)
          let reference = NaiveTableRenderer(renderer: renderer).render(table)
          #expect(
            renderer.render(table) == reference,
            "width \(width), wide \(wide), bold \(bold): \(rows)")
          // Split over the cores as a whole-book table is, a cell or a line per core at least.
          var split = renderer
          split.cellsPerCore = 1
          #expect(
            split.render(table) == reference,
            "split, width \(width), wide \(wide), bold \(bold): \(rows)")
        }
      }
    }
  }

  @Test(
    "a table large enough to be rendered on every core renders byte for byte as before",
    arguments: [2, 5])
  func largeTables(columnCount: Int) {
    var random = SplitMix64(seed: UInt64(columnCount))
    let columns = (0..<columnCount).map { index in
      TableColumn(
        "h\(index)", priority: index, shrinksTo: index == 0 ? nil : 8, totalled: index == 1,
        fills: index == columnCount - 1)
    }
    // More cells than `cellsPerCore` on each of two cores, and more lines too.
    let cellsPerCore = 1_024
    let rowCount = 3 * cellsPerCore / columnCount + 7
    let rows = (0..<rowCount).map { _ in columns.map { _ in Self.cell(&random) } }
    let table = PeopleTable(
      title: ["Large"], columns: columns, rows: rows, empty: "(none)", notes: [])
    for width in [12, 40, 200] {
      var renderer = TableRenderer(width: width, wide: false, bold: false)
      renderer.cellsPerCore = cellsPerCore
      #expect(
        renderer.render(table) == NaiveTableRenderer(renderer: renderer).render(table),
        "width \(width), \(columnCount) columns")
    }
  }

  @Test("figures are grouped in thousands as the character-by-character grouping did")
  func figures() {
    func grouped(_ magnitude: UInt64) -> String {
      let digits = Array(String(magnitude))
      var result = ""
      for (index, digit) in digits.enumerated() {
        if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
        result.append(digit)
      }
      return result
    }
    var random = SplitMix64(seed: 3)
    let edges: [Int64] = [0, 1, -1, 999, 1_000, -1_000, 999_999, 1_000_000, .max, .min, .min + 1]
    let numbers =
      edges
      + (0..<5_000).map { _ in
        Int64(bitPattern: random.next()) >> Int64.random(in: 0...63, using: &random)
      }
    for number in numbers {
      let sign = number < 0 ? "-" : ""
      #expect(NumberText.grouped(number) == sign + grouped(number.magnitude))
      let cents = number.magnitude % 100
      #expect(
        NumberText.grouped(Money(minorUnits: number))
          == sign + grouped(number.magnitude / 100) + "." + (cents < 10 ? "0" : "") + String(cents))
    }
  }

  @Test("a day is written YYYY-MM-DD as five padded numbers wrote it, in every year")
  func dates() {
    func padded(_ value: Int, _ width: Int) -> String {
      let digits = String(value)
      return digits.count >= width
        ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
    let first = CalendarDate(year: 0, month: 1, day: 1)!.daysSinceEpoch
    let last = CalendarDate(year: 10_000, month: 12, day: 31)!.daysSinceEpoch
    var random = SplitMix64(seed: 11)
    let days =
      Array(first - 400...first + 400) + Array(last - 800...last)
      + (0..<20_000).map { _ in Int64.random(in: first - 5000...last + 5000, using: &random) }
    for day in days {
      let date = CalendarDate(daysSinceEpoch: day)
      let (year, month, dayOfMonth) = date.components
      #expect(
        date.description == padded(year, 4) + "-" + padded(month, 2) + "-" + padded(dayOfMonth, 2))
    }
  }
}
