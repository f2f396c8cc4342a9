import KamBook
import KamDomain
import KamTime

/// The HTML report: one self-contained document of inline CSS and SVG, nothing fetched
/// and no script, that prints as it shows.
///
/// Each chart is a `<figure>` with an id (`matrix`, `whale`, `pyramid`, `flow`,
/// `attention`), an SVG with `<title>` and `<desc>`, and a table of the figures it draws:
/// the text alternative, and what a test compares with `kam clients` and `kam risk`. Table
/// cells that hold a figure carry it exactly in `data-v` (`12000.50`, `0.4213`).
struct ReportPage {
  var data: ReportData

  /// The document.
  func render() -> String {
    var html = """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>kam report \(data.date)</title>
      <style>
      \(Self.style)
      </style>
      </head>
      <body>

      """
    html += header()
    html += "<div class=\"grid\">\n"
    html += matrix()
    html += whale()
    html += pyramid()
    html += attention()
    html += flow()
    html += "</div>\n"
    html += atRisk()
    html += service()
    html += prospects()
    html += """
      <footer>Made by <code>kam report</code> from the book's own views \
      (<code>kam clients</code>, <code>kam risk</code>, <code>kam transitions</code>, \
      <code>kam attention</code>, <code>kam service</code>, <code>kam prospects</code>) \
      on \(data.date); nothing in this file is fetched from anywhere.</footer>
      </body>
      </html>

      """
    return html
  }

  /// The title, the day and window, and the headline figures.
  func header() -> String {
    let rows = data.view.rows
    let clients = rows.filter { !$0.entry.isProspect }.count
    let keyAccounts = rows.filter { $0.entry.isKeyAccount }.count
    let profit = data.view.portfolio.whaleCurve.totalProfit
    let window = data.view.policy.windowDays
    let last = data.period.upperBound.adding(days: -1)
    return """
      <header>
      <h1>Key-account portfolio</h1>
      <p class="sub">As of \(data.date). Value: the \(window) days ending on \(data.date); \
      period: \(data.period.lowerBound) to \(last). Amounts in \(data.currency).</p>
      <dl class="tiles">
      <div><dt>clients</dt><dd id="tile-clients">\(HTML.count(clients))</dd></div>
      <div><dt>prospects</dt><dd>\(HTML.count(rows.count - clients))</dd></div>
      <div><dt>key accounts</dt><dd>\(HTML.count(keyAccounts))</dd></div>
      <div><dt>profit (\(data.currency))</dt><dd>\(HTML.wholeMoney(profit))</dd></div>
      <div><dt>loyal clients at high risk</dt><dd>\(HTML.count(data.loyalAtHighRisk.count))</dd></div>
      </dl>
      </header>

      """
  }

  /// A figure's opening: the heading, the SVG's frame with its title and description;
  /// with `side`, in a row the caller closes (the SVG and what stands beside it).
  static func figure(
    id: String, title: String, description: String, width: Int, height: Int, wide: Bool = false,
    side: Bool = false
  ) -> String {
    """
    <figure id="\(id)"\(wide ? " class=\"wide\"" : "")>
    <h2>\(HTML.escape(title))</h2>\(side ? "\n<div class=\"side\">" : "")
    <svg viewBox="0 0 \(width) \(height)" role="img" aria-labelledby="\(id)-title \(id)-desc">
    <title id="\(id)-title">\(HTML.escape(title))</title>
    <desc id="\(id)-desc">\(HTML.escape(description))</desc>

    """
  }

  /// A table cell holding a figure: shown for people, exact in `data-v`.
  static func cell(_ shown: String, _ exact: String) -> String {
    "<td class=\"n\" data-v=\"\(HTML.escape(exact))\">\(shown)</td>"
  }

  /// A table cell of text from the book.
  static func text(_ value: String) -> String { "<td>\(HTML.escape(value))</td>" }

  /// A table cell naming a client: its name, and the slug the commands take below it.
  static func client(_ slug: String, name: String) -> String {
    let shown = name.isEmpty || name == slug ? "" : HTML.escape(name) + "<br>"
    return "<td>\(shown)<code class=\"slug\">\(HTML.escape(slug))</code></td>"
  }

  /// The colour of a stage, the same in every chart.
  static func colour(_ stage: Stage) -> String {
    switch stage {
    case .prospect: "#9aa3ad"
    case .transactional: "#e8a33d"
    case .cooperation: "#3fa7a0"
    case .partnership: "#3b6fc4"
    case .synergy: "#7a4bb3"
    case .lapsed: "#c4544b"
    }
  }

  /// The stages in the order the legends list them.
  static let legendStages: [Stage] = [
    .prospect, .transactional, .cooperation, .partnership, .synergy, .lapsed,
  ]

  /// A legend of stages as SVG, one row from (`x`, `y`), each entry as wide as its name.
  static func legend(_ stages: [Stage], x: Double, y: Double) -> String {
    var svg = "<g class=\"legend\">"
    var left = x
    for stage in stages {
      defer { left += 22 + 6.3 * Double(stage.rawValue.count) }
      svg += "<rect x=\"\(HTML.coordinate(left))\" y=\"\(HTML.coordinate(y - 9))\" width=\"10\" "
      svg += "height=\"10\" fill=\"\(colour(stage))\"/>"
      svg += "<text x=\"\(HTML.coordinate(left + 14))\" y=\"\(HTML.coordinate(y))\">"
      svg += "\(stage.rawValue)</text>"
    }
    return svg + "</g>\n"
  }

  /// The style sheet: system fonts only, charts that scale with the page, and a print
  /// layout of one column without backgrounds that would waste ink.
  static let style = """
    :root { color-scheme: light; }
    * { box-sizing: border-box; }
    body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
      margin: 0 auto; padding: 16px 24px; max-width: 1400px; color: #1d232b; background: #fff;
      font-size: 14px; line-height: 1.4; }
    h1 { font-size: 24px; margin: 0 0 4px; }
    h2 { font-size: 17px; margin: 0 0 8px; }
    .sub { color: #4a5561; margin: 0 0 12px; }
    .tiles { display: flex; flex-wrap: wrap; gap: 12px; margin: 0 0 16px; }
    .tiles div { border: 1px solid #d5dbe1; border-radius: 6px; padding: 8px 14px; min-width: 150px; }
    .tiles dt { color: #4a5561; font-size: 12px; }
    .tiles dd { margin: 0; font-size: 22px; font-weight: 600; font-variant-numeric: tabular-nums; }
    .grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(560px, 1fr)); gap: 20px; }
    figure, section { margin: 0 0 20px; border: 1px solid #e1e5ea; border-radius: 6px; padding: 12px 14px;
      break-inside: avoid; page-break-inside: avoid; }
    figure.wide { grid-column: 1 / -1; }
    svg { width: 100%; height: auto; display: block; font-size: 12px; }
    svg text { fill: #1d232b; }
    svg .axis line, svg .axis path { stroke: #6b7580; }
    svg .axis line.grid-line { stroke: #e4e8ec; }
    svg .muted { fill: #5b6570; }
    svg .quadrant { font-size: 14px; font-weight: 600; fill: #6b7580; stroke: #fff; stroke-width: 3px;
      paint-order: stroke; }
    svg .mark { stroke: #c4544b; stroke-dasharray: 4 3; }
    table { border-collapse: collapse; width: 100%; margin-top: 8px; font-size: 13px; }
    th, td { border-bottom: 1px solid #e4e8ec; padding: 3px 6px; text-align: left; vertical-align: top; }
    th { font-weight: 600; color: #4a5561; }
    td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
    .big { font-size: 40px; font-weight: 700; color: #c4544b; }
    .side { display: flex; gap: 16px; align-items: flex-start; flex-wrap: wrap; }
    .side > svg { flex: 4 1 380px; min-width: 0; }
    .side > .tile { flex: 1 1 110px; max-width: 170px; border: 1px solid #e1e5ea; border-radius: 6px; padding: 10px; }
    code.slug { color: #5b6570; font-size: 11px; }
    .note { color: #4a5561; font-size: 12px; }
    footer { color: #6b7580; font-size: 12px; margin-top: 12px; }
    @media (max-width: 700px) { .grid { grid-template-columns: 1fr; } body { padding: 8px; } }
    @media print {
      @page { size: A4; margin: 12mm; }
      body { max-width: none; padding: 0; font-size: 11px; }
      .grid { display: block; }
      figure, section { border: none; padding: 0; margin: 0 0 10mm; }
      .tiles div { border-color: #999; }
    }
    """
}
