import Foundation
import KamCLI
import KamTestSupport
import Testing

/// `kam report --html`: the structure of the page, its figures against the JSON of
/// `kam clients` and `kam risk`, and a real browser's rendering of it.
@Suite("kam report --html")
struct HTMLReportTests {
  /// A demo book of 60 accounts over two years, its report, and the JSON to compare with.
  final class DemoReport: @unchecked Sendable {
    let harness = Harness()
    let path: String
    let html: String
    let clients: [[String: Any]]
    let risk: [[String: Any]]
    /// Built once: a demo book takes seconds, and every test only reads it.
    static let shared = try! DemoReport()

    init() throws {
      path = harness.folder.file("demo.sqlite")
      let demo = harness.run("demo", "--db", path, "--clients", "60", "--years", "2")
      precondition(demo.status == 0, demo.err)
      let file = harness.folder.file("report.html")
      let report = harness.run("report", "--db", path, "--html", file)
      precondition(report.status == 0, report.err)
      html = try String(contentsOfFile: file, encoding: .utf8)
      clients =
        try parse(harness.run("clients", "--db", path, "-O", "json").out) as! [[String: Any]]
      risk = try parse(harness.run("risk", "--db", path, "-O", "json").out) as! [[String: Any]]
    }

    var file: String { harness.folder.file("report.html") }
  }

  /// The part of the page from the element with this id to the end of its figure or section.
  static func part(_ html: String, id: String) -> Substring? {
    guard let start = html.range(of: "id=\"\(id)\"") else { return nil }
    let rest = html[start.lowerBound...]
    let end = ["</figure>", "</section>"].compactMap { rest.range(of: $0)?.upperBound }.min()
    return rest[..<(end ?? rest.endIndex)]
  }

  /// The rows of the tables in `part` that carry `attribute`: its value, and the exact
  /// figures (`data-v`) of the row's cells in order.
  static func rows(_ part: Substring, keyedBy attribute: String) -> [(
    key: String, values: [String]
  )] {
    part.components(separatedBy: "<tr \(attribute)=\"").dropFirst().map { row in
      let key = String(row.prefix { $0 != "\"" })
      let line = row.prefix { $0 != "\n" }
      let values = line.components(separatedBy: "data-v=\"").dropFirst().map {
        String($0.prefix { $0 != "\"" })
      }
      return (key, values)
    }
  }

  /// A decimal amount as kam prints it in JSON (`-1600.00`), in minor units.
  static func minor(_ text: String) -> Int64 {
    let negative = text.hasPrefix("-")
    let digits = text.filter { $0.isNumber }
    return (negative ? -1 : 1) * Int64(digits)!
  }

  @Test("every chart is there by id, each SVG with a title and a description")
  func structure() throws {
    let html = DemoReport.shared.html
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    for id in [
      "matrix", "whale", "pyramid", "flow", "transitions", "attention", "high-risk", "at-risk",
      "service", "prospects",
    ] {
      #expect(Self.part(html, id: id) != nil, "no element with id \(id)")
    }
    let svgs = html.components(separatedBy: "<svg ").dropFirst()
    #expect(svgs.count == 5)
    for svg in svgs {
      let body = svg.components(separatedBy: "</svg>")[0]
      #expect(body.contains("<title id=") && body.contains("<desc id="))
      #expect(body.contains("<text"), "a chart without a label")
    }
    #expect(html.contains("@media print"))
  }

  @Test("nothing is fetched and nothing runs: no URL, no script, no external font")
  func selfContained() throws {
    let html = DemoReport.shared.html.lowercased()
    for forbidden in [
      "http://", "https://", "<script", " src=", "@import", "url(", "<link", "@font-face",
    ] {
      #expect(!html.contains(forbidden), "the report holds \(forbidden)")
    }
  }

  @Test("the pyramid's counts and profit per stage are those of kam clients")
  func pyramidMatchesClients() throws {
    let report = DemoReport.shared
    let part = try #require(Self.part(report.html, id: "pyramid"))
    let rows = Self.rows(part, keyedBy: "data-stage")
    #expect(rows.count == 6)
    for (stage, values) in rows {
      let members = report.clients.filter { $0["stage"] as? String == stage }
      #expect(values[0] == "\(members.count)", "\(stage)")
      let profit = members.reduce(Int64(0)) { $0 + Self.minor($1["profit"] as! String) }
      #expect(Self.minor(values[1]) == profit, "\(stage)")
    }
    let total = rows.reduce(0) { $0 + Int($1.values[0])! }
    #expect(total == report.clients.count)
  }

  @Test("the matrix's and the whale curve's profits are those of kam clients")
  func profitsMatchClients() throws {
    let report = DemoReport.shared
    let profits = Dictionary(
      uniqueKeysWithValues: report.clients.map {
        ($0["client"] as! String, $0["profit"] as! String)
      })
    let matrix = Self.rows(
      try #require(Self.part(report.html, id: "matrix")), keyedBy: "data-client")
    #expect(!matrix.isEmpty, "the demo assesses clients")
    for (client, values) in matrix { #expect(values[2] == profits[client], "\(client)") }
    let whale = Self.rows(try #require(Self.part(report.html, id: "whale")), keyedBy: "data-client")
    let ranked = report.clients.map { $0["client"] as! String }
    for (client, values) in whale {
      #expect(values[1] == profits[client], "\(client)")
      #expect(ranked.firstIndex(of: client).map { $0 + 1 } == Int(values[0]), "\(client)'s rank")
    }
  }

  @Test("the at-risk table is kam risk's medium and high rows, in its order, with its stakes")
  func atRiskMatchesRisk() throws {
    let report = DemoReport.shared
    let expected = report.risk.filter { $0["band"] as? String != "low" }.prefix(25)
    let rows = Self.rows(
      try #require(Self.part(report.html, id: "at-risk")), keyedBy: "data-client")
    #expect(rows.map(\.key) == expected.map { $0["client"] as! String })
    for (row, json) in zip(rows, expected) {
      // Foundation's JSON parser may land an ulp off the shortest decimal both print.
      let risk = try #require(Double(row.values[0]))
      #expect(abs(risk - (json["risk"] as! Double)) < 1e-12, "\(row.key)'s risk")
      #expect(row.values[1] == json["valueAtStake"] as? String, "\(row.key)'s value at stake")
    }
    let tile = try #require(Self.part(report.html, id: "high-risk"))
    let high = report.risk.filter { $0["band"] as? String == "high" }.count
    #expect(tile.contains("data-v=\"\(high)\""))
  }

  @Test("text from the book is escaped: a name cannot open a tag")
  func escaping() throws {
    let harness = Harness()
    harness.run("init")
    harness.run(
      "client", "add", "evil", "--name", "<script>alert(\"x\")</script> & 'Co'", "--on",
      "2025-01-10")
    harness.run("log", "sale", "evil", "--amount", "1000", "--cost", "100", "--on", "2025-03-01")
    harness.run("client", "assess", "evil", "--attractiveness", "80", "--standing", "30")
    let file = harness.folder.file("r.html")
    let result = harness.run("report", "--html", file)
    #expect(result.status == 0, "\(result.err)")
    let html = try String(contentsOfFile: file, encoding: .utf8)
    #expect(!html.lowercased().contains("<script"))
    #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Co&#39;"))
  }

  @Test("an empty book still gets every chart, each saying it has nothing to show")
  func emptyBook() throws {
    let harness = Harness()
    harness.run("init")
    let file = harness.folder.file("empty.html")
    let result = harness.run("report", "--html", file)
    #expect(result.status == 0, "\(result.err)")
    #expect(result.out.hasPrefix("wrote \(file): the portfolio as of 2026-11-28"))
    let html = try String(contentsOfFile: file, encoding: .utf8)
    for id in [
      "matrix", "whale", "pyramid", "flow", "attention", "at-risk", "service", "prospects",
    ] {
      #expect(Self.part(html, id: id) != nil, "no element with id \(id)")
    }
    #expect(html.contains("No client has been assessed"))
    #expect(html.contains("The book has no clients."))
  }

  @Test("a report as of a past day, as known at an instant, reads the book as it stood")
  func pointInTime() throws {
    let harness = ReportTests.book()
    let file = harness.folder.file("then.html")
    let result = harness.run(
      "report", "--html", file, "--as-of", "2025-08-01", "--known-at", "2099-01-01")
    #expect(result.status == 0, "\(result.err)")
    let html = try String(contentsOfFile: file, encoding: .utf8)
    let pyramid = Self.rows(try #require(Self.part(html, id: "pyramid")), keyedBy: "data-stage")
    let clients =
      try parse(
        harness.run("clients", "--as-of", "2025-08-01", "--known-at", "2099-01-01", "-O", "json")
          .out)
      as! [[String: Any]]
    for (stage, values) in pyramid {
      #expect(
        values[0] == "\(clients.filter { $0["stage"] as? String == stage }.count)", "\(stage)")
    }
    #expect(clients.count == 3, "the three clients of the book, known by then")
    #expect(html.contains("As of 2025-08-01."))
  }

  @Test(
    "refuses what it cannot honour, with one line and exit 64",
    arguments: [
      (["report"], "--html"),
      (["report", "--html", "x.html", "-O", "json"], "-O json means nothing"),
      (["report", "--html", "x.html", "--as-of", "2026-01-01", "--end", "2026-02-01"], "--as-of"),
      (["report", "--html", "x.html", "--begin", "2026-02-01", "--end", "2026-01-01"], "--begin"),
    ])
  func refusals(arguments: [String], message: String) {
    let harness = Harness.withClient()
    let result = harness.run(arguments)
    #expect(result.status == 64)
    #expect(result.err.contains(message), "\(result.err)")
    #expect(!FileManager.default.fileExists(atPath: "x.html"))
  }

  /// Headless Chromium, when this machine has it (`.ci/run` installs it).
  static let chromium: String? = {
    let found = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first {
      FileManager.default.isExecutableFile(atPath: $0)
    }
    if found == nil {
      print(
        "HTMLReportTests: SKIPPED the browser check: chromium is not installed (apt-get install -y chromium)"
      )
    }
    return found
  }()

  /// Runs `tools/report-check` on a file; its exit status and output.
  static func check(_ file: String) throws -> (status: Int32, out: String) {
    let process = Process()
    process.executableURL = Harness.root.appendingPathComponent("tools/report-check")
    process.arguments = [file]
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let output = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: output, as: UTF8.self))
  }

  @Test(
    "a real browser renders it: no console message, not blank",
    .enabled(if: chromium != nil, "chromium is not installed (apt-get install -y chromium)"))
  func browser() throws {
    let result = try Self.check(DemoReport.shared.file)
    #expect(result.status == 0, "\(result.out)")
    #expect(result.out.contains("report-check: ok"), "\(result.out)")
  }

  @Test(
    "the browser check fails a page that logs to the console, and a blank one",
    .enabled(if: chromium != nil, "chromium is not installed (apt-get install -y chromium)"))
  func browserCheckFails() throws {
    let folder = TemporaryDirectory()
    let noisy = folder.file("noisy.html")
    try "<h1>x</h1><script>console.error('boom')</script>".write(
      toFile: noisy, atomically: true, encoding: .utf8)
    let blank = folder.file("blank.html")
    try "<html><body></body></html>".write(toFile: blank, atomically: true, encoding: .utf8)
    let (noisyStatus, noisyOut) = try Self.check(noisy)
    #expect(noisyStatus == 1 && noisyOut.contains("console"), "\(noisyOut)")
    let (blankStatus, blankOut) = try Self.check(blank)
    #expect(blankStatus == 1 && blankOut.contains("blank"), "\(blankOut)")
  }
}
