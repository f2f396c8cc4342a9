import KamBook
import KamDomain
import KamTime

extension ReportPage {
  /// The stages the flow chart stacks, bottom up.
  static let flowStages: [Stage] = [.transactional, .cooperation, .partnership, .synergy]

  /// Stage flow over time: clients per pyramid stage at each month's end, stacked; then
  /// the period's transitions, counted by pair of stages.
  func flow() -> String {
    let columns = data.census.columns
    let (width, height) = (1100.0, 330.0)
    let (left, right, top, bottom) = (58.0, 1080.0, 16.0, 270.0)
    let totals = columns.map { column in Self.flowStages.reduce(0) { $0 + column.count($1) } }
    let axis = CountAxis(largest: totals.max() ?? 1, top: top, bottom: bottom)
    let y = axis.y
    let slot = columns.isEmpty ? 0 : (right - left) / Double(columns.count)
    var description = "Clients on the pyramid at the end of each month, stacked by stage "
    description += "(transactional at the bottom, synergy at the top), "
    if let first = columns.first, let last = columns.last {
      description += "\(first.period) to \(last.period): \(HTML.count(totals.first ?? 0)) then "
      description += "\(HTML.count(totals.last ?? 0)). The table below gives every month."
    } else {
      description += "no months to show."
    }
    var svg = Self.figure(
      id: "flow", title: "Stage flow over time", description: description, width: Int(width),
      height: Int(height), wide: true)
    svg += axis.svg(left: left, right: right)
    let every = max(1, (columns.count + 11) / 12)
    for (index, column) in columns.enumerated() {
      let x = left + Double(index) * slot + slot * 0.1
      var base = 0.0
      for stage in Self.flowStages {
        let count = Double(column.count(stage))
        guard count > 0 else { continue }
        svg += "<rect x=\"\(HTML.coordinate(x))\" y=\"\(HTML.coordinate(y(base + count)))\" "
        svg +=
          "width=\"\(HTML.coordinate(slot * 0.8))\" height=\"\(HTML.coordinate(y(base) - y(base + count)))\" "
        svg += "fill=\"\(Self.colour(stage))\"><title>\(column.period) \(stage.rawValue): "
        svg += "\(column.count(stage))</title></rect>"
        base += count
      }
      if (columns.count - 1 - index) % every == 0 {
        svg +=
          "<text x=\"\(HTML.coordinate(x + slot * 0.4))\" y=\"\(bottom + 16)\" text-anchor=\"middle\">"
        svg += "\(column.period)</text>"
      }
      svg += "\n"
    }
    svg += "<text transform=\"translate(14 \(HTML.coordinate((top + bottom) / 2))) rotate(-90)\" "
    svg += "text-anchor=\"middle\">clients</text>"
    svg += Self.legend(Self.flowStages, x: left, y: height - 12)
    svg += "</svg>\n"
    svg += "<table><thead><tr><th>month</th>"
    for stage in Self.legendStages { svg += "<th class=\"n\">\(stage.rawValue)</th>" }
    svg += "</tr></thead><tbody>\n"
    for column in columns.reversed() {
      svg += "<tr data-month=\"\(column.period)\">" + Self.text(column.period)
      for stage in Self.legendStages {
        svg += Self.cell(HTML.count(column.count(stage)), "\(column.count(stage))")
      }
      svg += "</tr>\n"
    }
    svg += "</tbody></table>\n"
    svg += transitionsTable()
    return svg + "</figure>\n"
  }

  /// The period's transitions by pair of stages, the most frequent first.
  func transitionsTable() -> String {
    var counts: [String: (from: Stage?, to: Stage, count: Int)] = [:]
    let moves = data.periodTransitions
    for item in moves {
      let key = "\(item.transition.from?.rawValue ?? "")>\(item.transition.to.rawValue)"
      counts[key, default: (item.transition.from, item.transition.to, 0)].count += 1
    }
    let last = data.period.upperBound.adding(days: -1)
    var html = "<h3 id=\"transitions\">Transitions \(data.period.lowerBound) to \(last): "
    html += "\(HTML.count(moves.count))</h3>\n"
    guard !counts.isEmpty else {
      return html + "<p class=\"note\">No stage changed in the period.</p>\n"
    }
    html +=
      "<table><thead><tr><th>from</th><th>to</th><th class=\"n\">clients</th></tr></thead><tbody>\n"
    let sorted = counts.sorted { a, b in
      a.value.count != b.value.count ? a.value.count > b.value.count : a.key < b.key
    }
    for (_, pair) in sorted {
      html +=
        "<tr>" + Self.text(pair.from?.rawValue ?? "(first stage)") + Self.text(pair.to.rawValue)
      html += Self.cell(HTML.count(pair.count), "\(pair.count)") + "</tr>\n"
    }
    return html + "</tbody></table>\n"
  }

}
