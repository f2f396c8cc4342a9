import KamBook
import KamDomain
import KamTime

extension ReportPage {
  /// How many bubbles the matrix draws at most: the most profitable assessed clients.
  static let matrixBubbles = 250

  /// The portfolio matrix: attractiveness against our standing, from each client's latest
  /// assessment; bubble area by profit, colour by stage, quadrants labelled by the policy.
  func matrix() -> String {
    let policy = data.view.policy
    let assessed = data.view.rows.compactMap {
      row -> (BookView.ClientRow, ClientHistory.Assessment)? in
      row.history.latestAssessment(on: data.date).map { (row, $0) }
    }
    let shown = assessed.prefix(Self.matrixBubbles)  // rows are in profit order already
    let (width, height) = (560.0, 440.0)
    let (left, right, top, bottom) = (54.0, 540.0, 16.0, 370.0)
    func x(_ score: Int) -> Double { left + Double(score) / 100 * (right - left) }
    func y(_ score: Int) -> Double { bottom - Double(score) / 100 * (bottom - top) }
    let largest = shown.map { max($0.0.entry.value.profit.minorUnits, 0) }.max() ?? 0
    let description =
      assessed.isEmpty
      ? "No client has been assessed by \(data.date): the matrix is empty."
      : "\(assessed.count) assessed clients placed by our standing in their eyes (across, 0 to 100) "
        + "and their attractiveness (up, 0 to 100), split at \(policy.matrixThreshold); "
        + "bubble area is profit over the window, colour the stage. "
        + (assessed.count > shown.count ? "The \(shown.count) most profitable are drawn. " : "")
        + "The table below lists the most profitable."
    var svg = Self.figure(
      id: "matrix", title: "Portfolio matrix", description: description, width: Int(width),
      height: Int(height))
    // Quadrants and their labels, from the policy.
    let split = policy.matrixThreshold
    svg += "<g class=\"axis\">"
    for tick in stride(from: 0, through: 100, by: 25) {
      svg += "<line class=\"grid-line\" x1=\"\(HTML.coordinate(x(tick)))\" y1=\"\(top)\" "
      svg += "x2=\"\(HTML.coordinate(x(tick)))\" y2=\"\(bottom)\"/>"
      svg += "<line class=\"grid-line\" x1=\"\(left)\" y1=\"\(HTML.coordinate(y(tick)))\" "
      svg += "x2=\"\(right)\" y2=\"\(HTML.coordinate(y(tick)))\"/>"
      svg +=
        "<text x=\"\(HTML.coordinate(x(tick)))\" y=\"\(bottom + 15)\" text-anchor=\"middle\">\(tick)</text>"
      svg +=
        "<text x=\"\(left - 6)\" y=\"\(HTML.coordinate(y(tick) + 4))\" text-anchor=\"end\">\(tick)</text>"
    }
    svg +=
      "<line x1=\"\(HTML.coordinate(x(split)))\" y1=\"\(top)\" x2=\"\(HTML.coordinate(x(split)))\" "
    svg += "y2=\"\(bottom)\" stroke-width=\"1.5\"/>"
    svg += "<line x1=\"\(left)\" y1=\"\(HTML.coordinate(y(split)))\" x2=\"\(right)\" "
    svg += "y2=\"\(HTML.coordinate(y(split)))\" stroke-width=\"1.5\"/>"
    svg += "<rect x=\"\(left)\" y=\"\(top)\" width=\"\(right - left)\" height=\"\(bottom - top)\" "
    svg += "fill=\"none\" stroke=\"#6b7580\"/></g>\n"
    svg +=
      "<text x=\"\(HTML.coordinate((left + right) / 2))\" y=\"\(bottom + 32)\" text-anchor=\"middle\">"
    svg += "our standing in the client's eyes →</text>"
    svg += "<text transform=\"translate(14 \(HTML.coordinate((top + bottom) / 2))) rotate(-90)\" "
    svg += "text-anchor=\"middle\">client attractiveness →</text>\n"
    // Largest first (the rows' profit order), so that small bubbles stay on top.
    for (row, assessment) in shown {
      let profit = row.entry.value.profit.minorUnits
      let radius =
        profit > 0 && largest > 0 ? max(3, 26 * (Double(profit) / Double(largest)).squareRoot()) : 3
      let stage = row.stage.stage
      let label =
        "\(row.history.name) (\(row.history.client.rawValue)): attractiveness "
        + "\(assessment.attractiveness), standing \(assessment.standing), profit "
        + "\(HTML.money(row.entry.value.profit)), \(stage.rawValue)"
      svg += "<circle cx=\"\(HTML.coordinate(x(assessment.standing)))\" "
      svg +=
        "cy=\"\(HTML.coordinate(y(assessment.attractiveness)))\" r=\"\(HTML.coordinate(radius))\" "
      svg +=
        profit > 0
        ? "fill=\"\(Self.colour(stage))\" fill-opacity=\"0.6\" stroke=\"\(Self.colour(stage))\""
        : "fill=\"none\" stroke=\"\(Self.colour(stage))\" stroke-dasharray=\"2 2\""
      svg += "><title>\(HTML.escape(label))</title></circle>\n"
    }
    // The quadrants' names last, over the bubbles, haloed so that they stay legible.
    let quadrants: [(String, Double, Double, String)] = [
      (policy.labelHighLow, left + 8, top + 18, "start"),
      (policy.labelHighHigh, right - 8, top + 18, "end"),
      (policy.labelLowLow, left + 8, bottom - 8, "start"),
      (policy.labelLowHigh, right - 8, bottom - 8, "end"),
    ]
    for (label, qx, qy, anchor) in quadrants {
      svg += "<text class=\"quadrant\" x=\"\(HTML.coordinate(qx))\" y=\"\(HTML.coordinate(qy))\" "
      svg += "text-anchor=\"\(anchor)\">\(HTML.escape(label))</text>\n"
    }
    svg += Self.legend(Self.legendStages, x: left, y: height - 14)
    svg += "</svg>\n"
    svg += "<p class=\"note\">Area ∝ profit; a dashed ring is a client without profit.</p>\n"
    svg += "<table><thead><tr><th>client</th><th>quadrant</th><th class=\"n\">attractiveness</th>"
    svg +=
      "<th class=\"n\">standing</th><th>stage</th><th class=\"n\">profit</th></tr></thead><tbody>\n"
    for (row, assessment) in assessed.prefix(8) {
      svg += "<tr data-client=\"\(HTML.escape(row.history.client.rawValue))\">"
      svg += Self.client(row.history.client.rawValue, name: row.history.name)
      svg += Self.text(row.entry.quadrantLabel ?? "")
      svg += Self.cell("\(assessment.attractiveness)", "\(assessment.attractiveness)")
      svg += Self.cell("\(assessment.standing)", "\(assessment.standing)")
      svg += Self.text(row.stage.stage.rawValue)
      svg += Self.cell(HTML.money(row.entry.value.profit), row.entry.value.profit.description)
      svg += "</tr>\n"
    }
    return svg + "</tbody></table>\n</figure>\n"
  }
}
