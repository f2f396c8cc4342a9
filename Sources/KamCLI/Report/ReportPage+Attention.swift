import KamBook
import KamDomain
import KamTime

extension ReportPage {
  /// Attention: the team's meetings per month, acquisition against loyal clients, beside
  /// the count of loyal clients at high risk.
  func attention() -> String {
    let rows = data.attention
    let (width, height) = (460.0, 330.0)
    let (left, right, top, bottom) = (58.0, 432.0, 16.0, 270.0)
    let axis = CountAxis(
      largest: rows.map { max($0.acquisitionMeetings, $0.loyalMeetings) }.max() ?? 1, top: top,
      bottom: bottom)
    let y = axis.y
    let slot = rows.isEmpty ? 0 : (right - left) / Double(rows.count)
    let acquisition = rows.reduce(0) { $0 + $1.acquisitionMeetings }
    let loyal = rows.reduce(0) { $0 + $1.loyalMeetings }
    let atRisk = data.loyalAtHighRisk.count
    var description = "The team's meetings per month, with prospects and first-year clients "
    description += "(acquisition) beside those with established clients (loyal): "
    description += "\(HTML.count(acquisition)) against \(HTML.count(loyal)) over "
    description += "\(rows.count) months. \(HTML.count(atRisk)) loyal clients are at high risk."
    var svg = Self.figure(
      id: "attention", title: "Attention: acquisition against loyal clients",
      description: description, width: Int(width), height: Int(height), side: true)
    svg += axis.svg(left: left, right: right)
    let every = max(1, (rows.count + 5) / 6)
    let colours = ("#e8a33d", "#3b6fc4")
    for (index, row) in rows.enumerated() {
      let x = left + Double(index) * slot + slot * 0.1
      let bar = slot * 0.4
      for (offset, count, colour, what) in [
        (0.0, row.acquisitionMeetings, colours.0, "acquisition"),
        (bar, row.loyalMeetings, colours.1, "loyal"),
      ] where count > 0 {
        svg +=
          "<rect x=\"\(HTML.coordinate(x + offset))\" y=\"\(HTML.coordinate(y(Double(count))))\" "
        svg +=
          "width=\"\(HTML.coordinate(bar))\" height=\"\(HTML.coordinate(bottom - y(Double(count))))\" "
        svg += "fill=\"\(colour)\"><title>\(row.period) \(what): \(count) meetings</title></rect>"
      }
      if (rows.count - 1 - index) % every == 0 {
        svg +=
          "<text x=\"\(HTML.coordinate(x + bar))\" y=\"\(bottom + 16)\" text-anchor=\"middle\">\(row.period)</text>"
      }
      svg += "\n"
    }
    svg += "<text transform=\"translate(12 \(HTML.coordinate((top + bottom) / 2))) rotate(-90)\" "
    svg += "text-anchor=\"middle\">meetings</text>"
    svg +=
      "<g class=\"legend\"><rect x=\"\(left)\" y=\"\(height - 21)\" width=\"10\" height=\"10\" fill=\"\(colours.0)\"/>"
    svg +=
      "<text x=\"\(left + 14)\" y=\"\(height - 12)\">acquisition (prospects, first year)</text>"
    svg +=
      "<rect x=\"\(left + 230)\" y=\"\(height - 21)\" width=\"10\" height=\"10\" fill=\"\(colours.1)\"/>"
    svg += "<text x=\"\(left + 244)\" y=\"\(height - 12)\">loyal clients</text></g>\n"
    svg += "</svg>\n"
    svg +=
      "<div class=\"tile\" id=\"high-risk\"><div class=\"big\" data-v=\"\(atRisk)\">\(HTML.count(atRisk))</div>"
    svg += "loyal clients at high risk (risk ≥ \(HTML.percent(data.view.policy.riskHigh))), "
    svg += "\(HTML.count(data.risk.count)) loyal in all</div></div>\n"
    svg +=
      "<table><thead><tr><th>month</th><th class=\"n\">acquisition</th><th class=\"n\">loyal</th>"
    svg += "<th class=\"n\">acquisition share</th></tr></thead><tbody>\n"
    for row in rows.reversed().prefix(12) {
      svg += "<tr data-month=\"\(row.period)\">" + Self.text(row.period)
      svg += Self.cell(HTML.count(row.acquisitionMeetings), "\(row.acquisitionMeetings)")
      svg += Self.cell(HTML.count(row.loyalMeetings), "\(row.loyalMeetings)")
      svg += Self.cell(
        row.acquisitionShare.map(HTML.percent) ?? "–",
        row.acquisitionShare.map { "\(RiskCommand.rounded($0))" } ?? "")
      svg += "</tr>\n"
    }
    return svg + "</tbody></table>\n</figure>\n"
  }
}
