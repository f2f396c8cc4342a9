import Foundation
import KamBook
import KamBookSQLite
import KamTestSupport
import Testing

/// `kam import` at its edges: rules values out of range, skips past the end,
/// lines of any length and any ending, encodings, and commits in slices.
@Suite("kam import limits")
struct ImportLimitsTests {
  static let rules = """
    event = sale
    column.client = customer
    column.date = day
    column.amount = net
    column.note = note
    """

  static let csv = "customer,day,net,note\nacme,2026-01-05,100.50,first\nbeta,2026-02-01,7,\n"

  /// Writes bytes as a file in the harness's folder.
  static func write(_ harness: Harness, _ name: String, _ bytes: [UInt8]) throws -> String {
    let path = harness.folder.file(name)
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    return path
  }

  static let badSkips = ["-1", "abc", "1e3", "+1", "99999999999999999999", "1000000001", ""]

  @Test("a skip that is not a number of lines is refused with its rules line", arguments: badSkips)
  func badSkip(value: String) throws {
    let harness = Harness()
    harness.run("init")
    let rules = try harness.write("r", "event = sale\nskip = \(value)\n" + Self.rules)
    let result = harness.run("import", try harness.write("a.csv", Self.csv), "--rules", rules)
    #expect(result.status == 65)
    #expect(
      result.err
        == "kam: \(rules):2: skip \"\(value)\": expected a number of lines from 0 to 1000000000\n")
    #expect(try harness.eventCount() == 1)
  }

  static let badNumbers: [(String, String)] = [
    (
      "column.amount = 0",
      "column \"0\": expected a column number from 1 to 10000, or a header name"
    ),
    (
      "column.amount = -1",
      "column \"-1\": expected a column number from 1 to 10000, or a header name"
    ),
    (
      "column.amount = 10001",
      "column \"10001\": expected a column number from 1 to 10000, or a header name"
    ),
    (
      "column.amount = 99999999999999999999",
      "column \"99999999999999999999\": expected a column number from 1 to 10000, or a header name"
    ),
    (
      "const.cost = -1",
      "const.cost: \"-1\" is not an amount (expected a decimal of at least 0 and at most 999999999999.99 with a point, no thousands separators)"
    ),
    (
      "const.cost = 1e3",
      "const.cost: \"1e3\" is not an amount (expected a decimal of at least 0 and at most 999999999999.99 with a point, no thousands separators)"
    ),
    (
      "const.date = 2026-13-01",
      "const.date: \"2026-13-01\" is not a real date in the format YYYY-MM-DD"
    ),
    (
      "encoding = utf-16",
      "encoding \"utf-16\": expected utf-8, windows-1250 (cp1250) or iso-8859-2 (latin2)"
    ),
  ]

  @Test("every numeric rules value is checked up front, naming its line", arguments: badNumbers)
  func badNumber(line: String, message: String) throws {
    let harness = Harness()
    harness.run("init")
    let rules = try harness.write("r", Self.rules + "\n" + line + "\n")
    let result = harness.run("import", try harness.write("a.csv", Self.csv), "--rules", rules)
    #expect(result.status == 65)
    #expect(result.err == "kam: \(rules):6: \(message)\n")
    #expect(try harness.eventCount() == 1)
  }

  @Test("a skip past the end stops at the end and says nothing was left, at once")
  func skipPastEnd() throws {
    let harness = Harness()
    harness.run("init")
    let rules = try harness.write("r", "skip = 999999999\n" + Self.rules)
    let file = try harness.write("a.csv", Self.csv)
    let started = Date()
    let result = harness.run("import", file, "--rules", rules)
    #expect(Date().timeIntervalSince(started) < 10)
    #expect(result.status == 65)
    #expect(
      result.err
        == "kam: \(file): `skip = 999999999` in \(rules) skips past the end of the file, which has 3 lines; nothing left to import\n"
    )
    #expect(try harness.eventCount() == 1)
  }

  static let nothingToImport: [(String, String, String)] = [
    ("", "", "the file is empty; nothing to import"),
    ("", "customer,day,net,note\n", "no rows after the header (line 1); nothing to import"),
    ("", "customer,day,net,note\n\n  \n", "no rows after the header (line 1); nothing to import"),
    ("skip = 1\n", "junk\n", "no header line after the 1 line skipped; nothing to import"),
    ("header = no\nskip = 2\n", "a\nb\n", "no rows after the 2 lines skipped; nothing to import"),
  ]

  @Test(
    "a file with nothing to import is refused, not a silent success", arguments: nothingToImport)
  func nothing(rulesPrefix: String, csv: String, message: String) throws {
    let harness = Harness()
    harness.run("init")
    let body =
      rulesPrefix.contains("header = no")
      ? "event = sale\ncolumn.client = 1\ncolumn.date = 2\ncolumn.amount = 3\n" : Self.rules
    let rules = try harness.write("r", rulesPrefix + body)
    let file = try harness.write("a.csv", csv)
    for extra in [[], ["--skip-bad"], ["--dry-run"]] {
      let result = harness.run(["import", file, "--rules", rules] + extra)
      #expect(result.status == 65)
      #expect(result.err == "kam: \(file): \(message)\n")
    }
    #expect(try harness.eventCount() == 1)
  }

  @Test("a skipped line of any length is skipped; a longer row than 1 MiB is refused cleanly")
  func longLines() throws {
    let harness = Harness()
    harness.run("init")
    let rules = try harness.write("r", "skip = 2\n" + Self.rules)
    let huge = [UInt8](repeating: UInt8(ascii: "x"), count: 3_000_000)
    let skipped = try Self.write(
      harness, "skip.csv",
      huge + [0x0A] + Array(repeating: 0x2C, count: 200_000) + [0x0A]
        + Array(Self.csv.utf8))
    let ok = harness.run("import", skipped, "--rules", rules, "-O", "json")
    #expect(ok.status == 0, "\(ok.err)")
    #expect(ok.out.contains(#""rows":2,"added":4"#))

    let long = try Self.write(
      harness, "long.csv",
      Array("customer,day,net,note\nacme,2026-01-05,1,".utf8)
        + [UInt8](repeating: UInt8(ascii: "n"), count: LineReaderLimit.bytes + 1) + [0x0A])
    let refused = harness.run("import", long, "--rules", try harness.write("r2", Self.rules))
    #expect(refused.status == 65)
    #expect(
      refused.err
        == "kam: \(long):2: the line is longer than 1048576 bytes, the limit (a binary file, or line endings other than LF, CRLF or CR?)\n"
    )
    // Under the limit, a long value is one short line in the message.
    let wide = try Self.write(
      harness, "wide.csv",
      Array("customer,day,net,note\nacme,2026-01-05,".utf8)
        + [UInt8](repeating: UInt8(ascii: "9"), count: 500_000) + [0x0A])
    let cut = harness.run("import", wide, "--rules", try harness.write("r3", Self.rules))
    #expect(cut.status == 65)
    #expect(cut.err.utf8.count < 300 && cut.err.filter { $0 == "\n" }.count == 1)
    #expect(try harness.eventCount() == 5)
  }

  static let endings: [(String, [UInt8])] = [
    ("LF", [0x0A]), ("CRLF", [0x0D, 0x0A]), ("CR", [0x0D]),
  ]

  @Test("LF, CRLF and bare CR files import alike", arguments: endings)
  func lineEndings(name: String, ending: [UInt8]) throws {
    let harness = Harness()
    harness.run("init")
    let lines = Self.csv.split(separator: "\n").map { Array($0.utf8) }
    let file = try Self.write(harness, "\(name).csv", lines.flatMap { $0 + ending })
    let result = harness.run(
      "import", file, "--rules", try harness.write("r", Self.rules), "-O", "json")
    #expect(result.out.hasPrefix(#"{"rows":2,"added":4,"#), "\(result.err)")
    let db = try KamSQLiteProbe(path: harness.book)
    #expect(
      try db.count("SELECT count(*) FROM events WHERE payload LIKE '%\"note\":\"first\"%'") == 1)
  }

  @Test("invalid UTF-8 is refused with line and byte offsets")
  func invalidUTF8() throws {
    let harness = Harness()
    harness.run("init")
    // "Łódź" in windows-1250, undeclared: 0xA3 is no UTF-8 lead byte.
    let head = Array("customer,day,net,note\nacme,2026-01-05,1,".utf8)
    let file = try Self.write(harness, "a.csv", head + [0xA3, 0xF3, 0x64, 0x9F, 0x0A])
    let result = harness.run("import", file, "--rules", try harness.write("r", Self.rules))
    #expect(result.status == 65)
    #expect(
      result.err
        == "kam: \(file):2: invalid UTF-8 (byte 0xA3) at offset 18 of the line, \(head.count) of the file; if the file is not UTF-8, declare its encoding in the rules (such as `encoding = windows-1250`)\n"
    )
    #expect(try harness.eventCount() == 1)
  }

  static let encodings: [(String, [UInt8])] = [
    ("windows-1250", [0xA3, 0xF3, 0x64, 0x9F, 0x2C, 0x20, 0x9C, 0x6C, 0xB9, 0x73, 0x6B]),
    ("cp1250", [0xA3, 0xF3, 0x64, 0x9F, 0x2C, 0x20, 0x9C, 0x6C, 0xB9, 0x73, 0x6B]),
    ("iso-8859-2", [0xA3, 0xF3, 0x64, 0xBC, 0x2C, 0x20, 0xB6, 0x6C, 0xB1, 0x73, 0x6B]),
    ("latin2", [0xA3, 0xF3, 0x64, 0xBC, 0x2C, 0x20, 0xB6, 0x6C, 0xB1, 0x73, 0x6B]),
  ]

  @Test("a declared single-byte encoding is converted", arguments: encodings)
  func declaredEncoding(name: String, note: [UInt8]) throws {
    let harness = Harness()
    harness.run("init")
    let file = try Self.write(
      harness, "a.csv",
      Array("customer,day,net,note\nacme,2026-01-05,1,\"".utf8) + note + Array("\"\r\n".utf8))
    let rules = try harness.write("r", "encoding = \(name)\n" + Self.rules)
    let result = harness.run("import", file, "--rules", rules)
    #expect(result.status == 0, "\(result.err)")
    let db = try KamSQLiteProbe(path: harness.book)
    #expect(try db.count("SELECT count(*) FROM events WHERE payload LIKE '%Łódź, śląsk%'") == 1)
  }

  @Test("a byte windows-1250 does not define is refused with its offsets")
  func undefinedByte() throws {
    let harness = Harness()
    harness.run("init")
    let head = Array("customer,day,net,note\nacme,2026-01-05,1,".utf8)
    let file = try Self.write(harness, "a.csv", head + [0x41, 0x81, 0x0A])
    let rules = try harness.write("r", "encoding = windows-1250\n" + Self.rules)
    let result = harness.run("import", file, "--rules", rules)
    #expect(result.status == 65)
    #expect(
      result.err
        == "kam: \(file):2: byte 0x81 at offset 19 of the line, \(head.count + 1) of the file is not a character in windows-1250\n"
    )
  }

  @Test("a UTF-8 byte-order mark is dropped; with another encoding declared it is refused")
  func byteOrderMark() throws {
    let harness = Harness()
    harness.run("init")
    let file = try Self.write(harness, "a.csv", [0xEF, 0xBB, 0xBF] + Array(Self.csv.utf8))
    let ok = harness.run("import", file, "--rules", try harness.write("r", Self.rules))
    #expect(ok.status == 0, "\(ok.err)")
    let other = harness.run(
      "import", file, "--rules", try harness.write("r2", "encoding = latin2\n" + Self.rules))
    #expect(other.status == 65)
    #expect(
      other.err
        == "kam: \(file):1: the file starts with a UTF-8 byte-order mark, but the rules say encoding = iso-8859-2\n"
    )
  }

  @Test("a rules file is UTF-8: a BOM and CRLF are fine, an invalid byte is refused")
  func rulesEncoding() throws {
    let harness = Harness()
    harness.run("init")
    let file = try harness.write("a.csv", Self.csv)
    let crlf = Self.rules.split(separator: "\n").joined(separator: "\r\n")
    let good = try Self.write(harness, "good.rules", [0xEF, 0xBB, 0xBF] + Array(crlf.utf8))
    #expect(harness.run("import", file, "--rules", good).status == 0)
    let bad = try Self.write(
      harness, "bad.rules", Array("event = sale\n# caf".utf8) + [0xE9] + Array("\n".utf8))
    let result = harness.run("import", file, "--rules", bad)
    #expect(result.status == 65)
    #expect(
      result.err
        == "kam: \(bad):2: invalid UTF-8 (byte 0xE9) at offset 5 of the line, 18 of the file; a rules file is UTF-8\n"
    )
  }

  @Test("a header that does not match the rules names the CSV file and its line")
  func headerMismatch() throws {
    let harness = Harness()
    harness.run("init")
    let rules = try harness.write(
      "r", "skip = 1\n" + Self.rules.replacingOccurrences(of: "= net", with: "= netto"))
    let file = try harness.write("a.csv", "export of 2026\n" + Self.csv)
    let result = harness.run("import", file, "--rules", rules)
    #expect(result.status == 65)
    #expect(
      result.err
        == "kam: \(file):2: the header has no column \"netto\" (\(rules):5 names it; the header has 4 columns: \"customer\", \"day\", \"net\", \"note\")\n"
    )
  }

  /// A file of `rows` sales, the last one bad when asked.
  static func bigFile(rows: Int, badLast: Bool = false) -> String {
    var text = "customer,day,net,note\n"
    for row in 0..<rows {
      text += "c\(row % 97),2026-0\(1 + row % 9)-1\(row % 10),\(row % 1000).\(row % 7)0,\n"
    }
    if badLast { text += "acme,2026-01-01,x,\n" }
    return text
  }

  @Test("a bad last row of a file longer than one commit leaves the book unchanged")
  func badRowAfterSlices() throws {
    let harness = Harness()
    harness.run("init")
    let file = try harness.write(
      "a.csv", Self.bigFile(rows: Importer.commitRows * 2 + 10, badLast: true))
    let result = harness.run("import", file, "--rules", try harness.write("r", Self.rules))
    #expect(result.status == 65)
    #expect(result.err.hasPrefix("kam: \(file):\(Importer.commitRows * 2 + 12): field amount"))
    #expect(try harness.eventCount() == 1)
  }

  @Test("an import commits in slices of one command: one undo takes it all back")
  func slicesOneCommand() throws {
    let harness = Harness()
    harness.run("init")
    let file = try harness.write("a.csv", Self.bigFile(rows: Importer.commitRows * 2 + 10))
    let result = harness.run(
      "import", file, "--rules", try harness.write("r", Self.rules), "-O", "json")
    #expect(result.out.hasPrefix(#"{"rows":10010,"added":10107,"#), "\(result.err)")
    let db = try KamSQLiteProbe(path: harness.book)
    #expect(try db.count("SELECT count(DISTINCT command_id) FROM events WHERE seq > 1") == 1)
    let undo = harness.run("undo")
    #expect(undo.status == 0, "\(undo.err)")
    #expect(undo.out.contains("retracted 10107 events"), "\(undo.out)")
  }

  @Test("an import killed between commits completes on a re-run with exactly the expected events")
  func killedImport() throws {
    let rows = 60_000
    let clean = Harness()
    clean.run("init")
    let rules = try clean.write("r", Self.rules)
    let file = try clean.write("a.csv", Self.bigFile(rows: rows))
    #expect(clean.run("import", file, "--rules", rules).status == 0)
    let expected = try clean.eventCount()

    let harness = Harness()
    harness.run("init")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: Harness.executable)
    process.arguments = ["import", file, "--rules", rules]
    process.environment = harness.environment
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    // Kill it once the first slices are in, before the end.
    let deadline = Date().addingTimeInterval(60)
    var seen: Int64 = 0
    while Date() < deadline, process.isRunning {
      seen = (try? harness.eventCount()) ?? 0
      if seen > Int64(Importer.commitRows) { break }
      usleep(2_000)
    }
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    let left = try harness.eventCount()
    #expect(left > 1 && left < expected, "killed at \(left) of \(expected) events")
    let rerun = harness.run("import", file, "--rules", rules, "-O", "json")
    #expect(rerun.status == 0, "\(rerun.err)")
    #expect(try harness.eventCount() == expected)
    let db = try KamSQLiteProbe(path: harness.book)
    let ids =
      "SELECT group_concat(event_id, ',') FROM (SELECT event_id FROM events WHERE seq > 1 ORDER BY event_id)"
    #expect(try db.rows(ids) == (try KamSQLiteProbe(path: clean.book).rows(ids)))
    #expect(clean.run("verify").status == 0 && harness.run("verify").status == 0)
  }

  @Test("the fuzzer's quick run: 300 cases, no failures")
  func fuzzQuick() throws {
    let harness = Harness()
    let report = try ImportFuzzer.run(seed: 7, cases: 300, folder: harness.folder.file("fuzz"))
    #expect(report.failures.isEmpty, "\(report.failures.joined(separator: "\n"))")
    #expect(report.cases == 300 && report.accepted > 20 && report.rejected > 20)
  }
}

/// The reader's line limit, as the tests see it.
enum LineReaderLimit {
  static let bytes = 1 << 20
}
