import ArgumentParser
import KamDomain
import Testing

@testable import KamCLI

@Suite("Tables for people: numbers, fitting, totals")
struct TableRendererTests {
  @Test(
    "money is grouped in thousands with two decimals, shares are percentages with one",
    arguments: [
      (TableCell.money(Money(minorUnits: 143_378_515)), "1,433,785.15"),
      (.money(Money(minorUnits: -5)), "-0.05"), (.money(.zero), "0.00"),
      (.money(Money(minorUnits: 99_999_999_999_999)), "999,999,999,999.99"),
      (.count(6960), "6,960"), (.count(-1_000_000), "-1,000,000"), (.count(999), "999"),
      (.share(0.0612), "6.1 %"), (.share(1.036282), "103.6 %"), (.share(-0.005), "-0.5 %"),
      (.share(.nan), "–"),
    ])
  func numbers(cell: TableCell, text: String) {
    #expect(cell.rendered == text)
    #expect(cell.isNumeric)
  }

  static let table = PeopleTable(
    title: ["Clients in book.sqlite", "as of 2026-11-28", "Amounts in PLN"],
    columns: [
      TableColumn("Client", priority: 0, shrinksTo: 6),
      TableColumn("Name", priority: 3, shrinksTo: 5),
      TableColumn("Profit", priority: 1, totalled: true),
      TableColumn("Cost to serve", short: "Serve", priority: 2, totalled: true),
    ],
    rows: [
      [
        .text("acme"), .text("ACME Industries S.A."), .money(Money(minorUnits: 1_200_050)),
        .money(Money(minorUnits: 25_075)),
      ],
      [
        .text("globex-international"), .text("Globex"), .money(Money(minorUnits: -300_000)),
        .money(Money(minorUnits: 100)),
      ],
    ])

  @Test("at full width: headings in words, numbers on the right, a totals row under a rule")
  func full() {
    #expect(
      TableRenderer(width: 120, wide: false).render(Self.table) == """
        Clients in book.sqlite · as of 2026-11-28 · Amounts in PLN
        Client                Name                     Profit  Cost to serve
        acme                  ACME Industries S.A.  12,000.50         250.75
        globex-international  Globex                -3,000.00           1.00
                                                    ---------  -------------
        Total                                        9,000.50         251.75

        """)
  }

  @Test("narrow: columns left out in priority order and named, text cut with an ellipsis")
  func narrow() {
    #expect(
      TableRenderer(width: 30, wide: false).render(Self.table) == """
        Clients in book.sqlite
        as of 2026-11-28
        Amounts in PLN
        Client          Profit   Serve
        acme         12,000.50  250.75
        globex-int…  -3,000.00    1.00
                     ---------  ------
        Total         9,000.50  251.75
        Not shown: Name (--wide shows
        every column)

        """)
  }

  @Test("no line passes the width, however narrow; --wide prints everything", arguments: 1...60)
  func neverWider(width: Int) {
    let text = TableRenderer(width: width, wide: false).render(Self.table)
    for line in text.split(separator: "\n") {
      #expect(TextWidth.of(String(line)) <= width, "\(width): \(line)")
    }
    let wide = TableRenderer(width: width, wide: true).render(Self.table)
    #expect(wide.contains("ACME Industries S.A."))
    #expect(wide.contains("globex-international"))
    #expect(wide.contains("Cost to serve"))
  }

  @Test("text that fills takes the room of lower-priority columns when that shows it whole")
  func fills() {
    let table = PeopleTable(
      title: [],
      columns: [
        TableColumn("Seq", priority: 0),
        TableColumn("Data", priority: 1, shrinksTo: 6, fills: true),
        TableColumn("Actor", priority: 2), TableColumn("Command", priority: 3),
      ],
      rows: [[.figure("1"), .text("amount=12,000.50"), .text("anna"), .text("c0123")]])
    #expect(
      TableRenderer(width: 30, wide: false).render(table) == """
        Seq  Data              Actor
          1  amount=12,000.50  anna
        Not shown: Command (--wide
        shows every column)

        """)
  }

  @Test("bold headings are an escape around the heading line only")
  func bold() {
    let text = TableRenderer(width: 120, wide: false, bold: true).render(Self.table)
    let lines = text.split(separator: "\n")
    #expect(lines[1].hasPrefix("\u{1B}[1mClient"))
    #expect(lines[1].hasSuffix("\u{1B}[0m"))
    #expect(lines.filter { $0.contains("\u{1B}") }.count == 1)
  }

  @Test("a table without rows prints its title and what is missing")
  func empty() {
    var table = Self.table
    table.rows = []
    table.empty = "(no clients)"
    #expect(
      TableRenderer(width: 80, wide: false).render(table)
        == "Clients in book.sqlite · as of 2026-11-28 · Amounts in PLN\n(no clients)\n")
  }

  @Test(
    "a title names a file book by its name and a server book by host and database, never its password",
    arguments: [
      ("/home/anna/books/north.sqlite", "north.sqlite"),
      (
        "postgres://anna:s3cret@db.example:5432/kam?sslmode=require&book=north",
        "db.example:5432/kam (north)"
      ),
      ("postgresql://db.example/kam", "db.example/kam"),
    ])
  func bookLabel(db: String, label: String) throws {
    let global = try GlobalOptions.parse(["--db", db])
    #expect(global.bookLabel == label)
  }

  @Test("wide characters count two columns; cutting never splits one")
  func wideCharacters() {
    #expect(TextWidth.of("東京") == 4)
    #expect(TextWidth.truncated("東京都庁", to: 5) == "東京…")
    #expect(TextWidth.truncated("abc", to: 3) == "abc")
    #expect(TextWidth.truncated("abcd", to: 3) == "ab…")
  }
}
