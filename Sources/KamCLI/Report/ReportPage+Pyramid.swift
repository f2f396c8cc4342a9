import KamBook
import KamDomain
import KamTime

extension ReportPage {
  /// Clients, profit and golden shots of one stage on the report's day.
  struct StageTotal {
    var clients = 0
    var profit = Money.zero
    var goldenShots = 0
  }

  /// The clients and profit of every stage (prospects and lapsed clients included).
  var stageTotals: [Stage: StageTotal] {
    var totals: [Stage: StageTotal] = [:]
    for row in data.view.rows {
      totals[row.stage.stage, default: StageTotal()].clients += 1
      totals[row.stage.stage, default: StageTotal()].profit += row.entry.value.profit
      if row.stage.goldenShot { totals[row.stage.stage, default: StageTotal()].goldenShots += 1 }
    }
    return totals
  }

  /// The relationship pyramid: clients and profit per stage, golden shots marked.
  func pyramid() -> String {
    let totals = stageTotals
    let (width, height) = (560.0, 330.0)
    let (apexX, top, bottom, halfBase) = (150.0, 16.0, 276.0, 135.0)
    let band = (bottom - top) / Double(Stage.pyramid.count)
    let largest = Stage.pyramid.map { (totals[$0]?.profit.minorUnits ?? 0).magnitude }.max() ?? 0
    let golden = totals.values.reduce(0) { $0 + $1.goldenShots }
    var description = "The four stages of the relationship pyramid, synergy at the top: "
    description +=
      Stage.pyramid.map { stage in
        let total = totals[stage] ?? StageTotal()
        return "\(stage.rawValue) \(total.clients) clients, profit \(HTML.money(total.profit))"
      }.joined(separator: "; ")
    description += ". \(golden) golden shots (a single very profitable sale) among them. "
    description += "Outside the pyramid: \(totals[.prospect]?.clients ?? 0) prospects, "
    description += "\(totals[.lapsed]?.clients ?? 0) lapsed."
    var svg = Self.figure(
      id: "pyramid", title: "Relationship pyramid", description: description, width: Int(width),
      height: Int(height))
    func half(_ y: Double) -> Double { (y - top) / (bottom - top) * halfBase }
    for (index, stage) in Stage.pyramid.enumerated() {
      let total = totals[stage] ?? StageTotal()
      let (y0, y1) = (top + Double(index) * band, top + Double(index + 1) * band)
      let points = [
        (apexX - half(y0), y0), (apexX + half(y0), y0), (apexX + half(y1), y1),
        (apexX - half(y1), y1),
      ].map { "\(HTML.coordinate($0.0)),\(HTML.coordinate($0.1))" }.joined(separator: " ")
      svg +=
        "<polygon points=\"\(points)\" fill=\"\(Self.colour(stage))\" stroke=\"#fff\" stroke-width=\"2\"/>"
      let middle = (y0 + y1) / 2
      svg +=
        "<text x=\"\(HTML.coordinate(apexX))\" y=\"\(HTML.coordinate(middle + 5))\" text-anchor=\"middle\" "
      svg += "font-weight=\"600\" style=\"fill:#fff\">\(HTML.count(total.clients))</text>"
      let labelX = 310.0
      svg +=
        "<text x=\"\(labelX)\" y=\"\(HTML.coordinate(middle - 6))\" font-weight=\"600\">\(stage.rawValue)</text>"
      svg += "<text class=\"muted\" x=\"\(labelX)\" y=\"\(HTML.coordinate(middle + 9))\">"
      svg += "\(HTML.count(total.clients)) clients, profit \(HTML.wholeMoney(total.profit))"
      svg += "</text>"
      if total.goldenShots > 0 {
        svg += "<text x=\"\(labelX)\" y=\"\(HTML.coordinate(middle + 24))\" style=\"fill:#9a6b00\" "
        svg += "font-weight=\"600\">★ \(HTML.count(total.goldenShots)) golden shots</text>"
      }
      let bar = largest == 0 ? 0 : Double(total.profit.minorUnits.magnitude) / Double(largest) * 90
      svg +=
        "<rect x=\"\(labelX + 140)\" y=\"\(HTML.coordinate(middle - 14))\" width=\"\(HTML.coordinate(bar))\" "
      svg +=
        "height=\"10\" fill=\"\(total.profit.minorUnits < 0 ? "#c4544b" : Self.colour(stage))\"/>"
      if total.goldenShots > 0 {
        // Marked in the band itself too, beside the count, in gold.
        svg +=
          "<text x=\"\(HTML.coordinate(apexX + half(middle) * 0.55))\" y=\"\(HTML.coordinate(middle + 5))\" "
        svg +=
          "text-anchor=\"middle\" font-weight=\"700\" style=\"fill:#fff3b0\">★ \(HTML.count(total.goldenShots))"
        svg += "<title>\(HTML.count(total.goldenShots)) golden shots</title></text>"
      }
      svg += "\n"
    }
    svg += "<text class=\"muted\" x=\"20\" y=\"\(bottom + 26)\">Outside the pyramid: "
    svg += "\(HTML.count(totals[.prospect]?.clients ?? 0)) prospects, "
    svg += "\(HTML.count(totals[.lapsed]?.clients ?? 0)) lapsed. Bars: profit per stage.</text>\n"
    svg += "</svg>\n"
    svg += "<table><thead><tr><th>stage</th><th class=\"n\">clients</th><th class=\"n\">profit</th>"
    svg += "<th class=\"n\">golden shots</th></tr></thead><tbody>\n"
    for stage in Stage.pyramid + [.prospect, .lapsed] {
      let total = totals[stage] ?? StageTotal()
      svg += "<tr data-stage=\"\(stage.rawValue)\">" + Self.text(stage.rawValue)
      svg += Self.cell(HTML.count(total.clients), "\(total.clients)")
      svg += Self.cell(HTML.money(total.profit), total.profit.description)
      svg += Self.cell(HTML.count(total.goldenShots), "\(total.goldenShots)") + "</tr>\n"
    }
    return svg + "</tbody></table>\n</figure>\n"
  }
}
