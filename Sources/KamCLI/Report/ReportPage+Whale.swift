import KamBook
import KamDomain
import KamTime

extension ReportPage {
  /// How many points the whale curve draws at most; more clients are sampled evenly, the
  /// peak and the 20 % mark always among them.
  static let whalePoints = 400

  /// The whale curve: cumulative profit share with clients ranked by profit, the 20 %
  /// mark and the peak labelled.
  func whale() -> String {
    let curve = data.view.portfolio.whaleCurve
    let rows = curve.rows
    let count = rows.count
    let (width, height) = (560.0, 400.0)
    let (left, right, top, bottom) = (58.0, 540.0, 20.0, 340.0)
    let shares = rows.map(\.cumulativeProfitShare)
    let high = max(1, shares.max() ?? 1) * 1.08
    let low = min(0, shares.min() ?? 0)
    func x(_ rank: Int) -> Double {
      left + (count == 0 ? 0 : Double(rank) / Double(count) * (right - left))
    }
    func y(_ share: Double) -> Double { bottom - (share - low) / (high - low) * (bottom - top) }
    let peakIndex = shares.indices.max { shares[$0] < shares[$1] }
    let fifth = count == 0 ? nil : Optional(max(1, (count + 4) / 5) - 1)
    let basis: String
    switch curve.basis {
    case .totalProfit: basis = "of the total profit"
    case .positiveProfit: basis = "of the profitable clients' profit (the total is not positive)"
    case .totalLoss: basis = "of the total loss (no client earns)"
    case .none: basis = "(every profit is zero)"
    }
    var description = "Clients ranked by profit, most profitable first (across, share of clients); "
    description += "cumulative profit as a share \(basis) (up). "
    if let fifth, let peakIndex {
      description += "The top 20 % (\(fifth + 1) clients) earn \(HTML.percent(shares[fifth])); "
      description += "the curve peaks at \(HTML.percent(shares[peakIndex])) after \(peakIndex + 1) "
      description += "clients and ends at \(HTML.percent(shares.last ?? 0))."
    } else {
      description += "The book has no clients."
    }
    var svg = Self.figure(
      id: "whale", title: "Whale curve", description: description, width: Int(width),
      height: Int(height))
    svg += "<g class=\"axis\">"
    let step = high - low > 2 ? 0.5 : 0.25
    var tick = (low / step).rounded(.up) * step
    while tick <= high {
      svg += "<line class=\"grid-line\" x1=\"\(left)\" y1=\"\(HTML.coordinate(y(tick)))\" "
      svg += "x2=\"\(right)\" y2=\"\(HTML.coordinate(y(tick)))\"/>"
      svg += "<text x=\"\(left - 6)\" y=\"\(HTML.coordinate(y(tick) + 4))\" text-anchor=\"end\">"
      svg += "\(Int((tick * 100).rounded())) %</text>"
      tick += step
    }
    for percent in stride(from: 0, through: 100, by: 20) {
      let px = left + Double(percent) / 100 * (right - left)
      svg +=
        "<text x=\"\(HTML.coordinate(px))\" y=\"\(bottom + 16)\" text-anchor=\"middle\">\(percent) %</text>"
    }
    svg +=
      "<line x1=\"\(left)\" y1=\"\(HTML.coordinate(y(1)))\" x2=\"\(right)\" y2=\"\(HTML.coordinate(y(1)))\" "
    svg += "stroke-dasharray=\"6 3\"/>"
    svg += "<rect x=\"\(left)\" y=\"\(top)\" width=\"\(right - left)\" height=\"\(bottom - top)\" "
    svg += "fill=\"none\" stroke=\"#6b7580\"/></g>\n"
    svg +=
      "<text x=\"\(HTML.coordinate((left + right) / 2))\" y=\"\(bottom + 34)\" text-anchor=\"middle\">"
    svg += "share of clients, ranked by profit →</text>"
    svg += "<text transform=\"translate(14 \(HTML.coordinate((top + bottom) / 2))) rotate(-90)\" "
    svg += "text-anchor=\"middle\">cumulative share of profit</text>\n"
    if count > 0 {
      var picked = Set(stride(from: 0, to: count, by: max(1, count / Self.whalePoints)))
      picked.insert(count - 1)
      if let peakIndex { picked.insert(peakIndex) }
      if let fifth { picked.insert(fifth) }
      var path = "M\(HTML.coordinate(x(0))),\(HTML.coordinate(y(0)))"
      for index in picked.sorted() {
        path += " L\(HTML.coordinate(x(index + 1))),\(HTML.coordinate(y(shares[index])))"
      }
      svg += "<path d=\"\(path)\" fill=\"none\" stroke=\"#3b6fc4\" stroke-width=\"2.5\"/>\n"
    }
    if let fifth {
      let fx = x(fifth + 1)
      svg +=
        "<line class=\"mark\" x1=\"\(HTML.coordinate(fx))\" y1=\"\(top)\" x2=\"\(HTML.coordinate(fx))\" y2=\"\(bottom)\"/>"
      svg +=
        "<circle cx=\"\(HTML.coordinate(fx))\" cy=\"\(HTML.coordinate(y(shares[fifth])))\" r=\"4\" fill=\"#c4544b\"/>"
      svg +=
        "<text x=\"\(HTML.coordinate(fx + 6))\" y=\"\(HTML.coordinate(min(bottom - 24, y(shares[fifth]) + 18)))\">"
      svg += "top 20 %: \(HTML.percent(shares[fifth])) of profit</text>\n"
    }
    if let peakIndex {
      let (px, py) = (x(peakIndex + 1), y(shares[peakIndex]))
      svg +=
        "<circle cx=\"\(HTML.coordinate(px))\" cy=\"\(HTML.coordinate(py))\" r=\"4\" fill=\"#1d232b\"/>"
      let anchor = px > (left + right) / 2 ? "end" : "start"
      svg +=
        "<text x=\"\(HTML.coordinate(px + (anchor == "end" ? -6 : 6)))\" y=\"\(HTML.coordinate(max(top + 12, py - 8)))\" "
      svg +=
        "text-anchor=\"\(anchor)\">peak \(HTML.percent(shares[peakIndex])) after \(HTML.count(peakIndex + 1)) clients</text>\n"
    }
    svg += "</svg>\n"
    svg += "<table><thead><tr><th class=\"n\">rank</th><th>client</th><th class=\"n\">profit</th>"
    svg += "<th class=\"n\">cumulative share</th></tr></thead><tbody>\n"
    var listed = Array(rows.indices.prefix(5))
    for index in [fifth, peakIndex, rows.indices.last].compactMap({ $0 })
    where !listed.contains(index) {
      listed.append(index)
    }
    for index in listed.sorted() {
      let row = rows[index]
      svg += "<tr data-client=\"\(HTML.escape(row.client.rawValue))\">"
      svg += Self.cell(HTML.count(index + 1), "\(index + 1)") + Self.text(row.client.rawValue)
      svg += Self.cell(HTML.money(row.profit), row.profit.description)
      svg += Self.cell(
        HTML.percent(row.cumulativeProfitShare), "\(RiskCommand.rounded(row.cumulativeProfitShare))"
      )
      svg += "</tr>\n"
    }
    return svg + "</tbody></table>\n</figure>\n"
  }
}
