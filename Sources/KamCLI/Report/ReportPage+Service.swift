import KamBook
import KamDomain
import KamTime

extension ReportPage {
  /// How many clients of each verdict, and prospects, the report lists.
  static let serviceRows = 8

  /// Service against value in the period: how many clients are over-, under-served and
  /// balanced, and the top clients of the first two.
  func service() -> String {
    let rows = data.service.rows
    let last = data.service.lastDay
    var html = "<section id=\"service\">\n<h2>Service against value, "
    html += "\(data.service.period.lowerBound) to \(last)</h2>\n<table id=\"service-counts\">"
    html += "<thead><tr><th>verdict</th><th class=\"n\">clients</th><th class=\"n\">minutes</th>"
    html += "<th class=\"n\">cost to serve</th></tr></thead><tbody>\n"
    for verdict in ServiceVerdict.allCases {
      let members = rows.filter { $0.verdict == verdict }
      let minutes = members.reduce(Int64(0)) { $0 + $1.minutes }
      let cost = members.reduce(Money.zero) { $0 + $1.costToServe }
      html += "<tr data-verdict=\"\(verdict.rawValue)\">" + Self.text(verdict.rawValue)
      html += Self.cell(HTML.count(members.count), "\(members.count)")
      html += Self.cell(HTML.count(Int(minutes)), "\(minutes)")
      html += Self.cell(HTML.money(cost), cost.description) + "</tr>\n"
    }
    html += "</tbody></table>\n"
    let over = rows.filter { $0.verdict == .overServed }.sorted {
      ($0.costToServe, $1.client.rawValue) > ($1.costToServe, $0.client.rawValue)
    }
    let under = rows.filter { $0.verdict == .underServed }.sorted {
      ($0.profit, $1.client.rawValue) > ($1.profit, $0.client.rawValue)
    }
    html += serviceTable("Over-served, the most cost to serve first", over, id: "over-served")
    html += serviceTable("Under-served, the most profitable first", under, id: "under-served")
    return html + "</section>\n"
  }

  private func serviceTable(_ title: String, _ rows: [ServiceRow], id: String) -> String {
    var html = "<h3>\(HTML.escape(title))</h3>\n"
    guard !rows.isEmpty else { return html + "<p class=\"note\">None.</p>\n" }
    html += "<table id=\"\(id)\"><thead><tr><th>client</th><th>owner</th><th>stage</th>"
    html +=
      "<th class=\"n\">profit</th><th class=\"n\">cost to serve</th><th class=\"n\">meetings</th>"
    html += "<th>why</th></tr></thead><tbody>\n"
    for row in rows.prefix(Self.serviceRows) {
      html +=
        "<tr data-client=\"\(HTML.escape(row.client.rawValue))\">"
        + Self.client(row.client.rawValue, name: "")
      html += Self.text(row.owner) + Self.text(row.stage.rawValue)
      html += Self.cell(HTML.money(row.profit), row.profit.description)
      html += Self.cell(HTML.money(row.costToServe), row.costToServe.description)
      html += Self.cell(HTML.count(row.meetings), "\(row.meetings)") + Self.text(row.reason)
      html += "</tr>\n"
    }
    return html + "</tbody></table>\n"
  }

  /// The prospects' and first-year clients' fit against the key-client profile.
  func prospects() -> String {
    let report = data.prospects
    var html = "<section id=\"prospects\">\n<h2>Prospects' fit to the key-client profile</h2>\n"
    html += "<p class=\"note\">"
    if let fallback = report.profile.fallback {
      html += "No profile learned (\(HTML.escape(ProspectsCommand.reason(fallback)))): "
      html += "fit is the stated win probability. "
    } else {
      html += "Fit: the chance of becoming a lasting key client, learned from the book's past "
      html += "(as <code>kam prospects</code>). "
    }
    html += "\(HTML.count(report.fits.count)) open prospects and first-year clients"
    html +=
      report.fits.count > Self.serviceRows * 2
      ? "; the best \(Self.serviceRows * 2) are listed." : "."
    html += "</p>\n"
    guard !report.fits.isEmpty else { return html + "</section>\n" }
    html += "<table><thead><tr><th>client</th><th>stage</th><th class=\"n\">fit</th><th>band</th>"
    html += "<th class=\"n\">win probability</th><th>reasons</th></tr></thead><tbody>\n"
    for fit in report.fits.prefix(Self.serviceRows * 2) {
      html +=
        "<tr data-client=\"\(HTML.escape(fit.client.rawValue))\">"
        + Self.client(fit.client.rawValue, name: "")
      html += Self.text(fit.stage.rawValue)
      html += Self.cell(fit.fit.map(HTML.percent) ?? "–", fit.fit.map { "\($0)" } ?? "")
      html += Self.text(fit.band?.rawValue ?? "")
      html += Self.cell(
        fit.winProbability.map(HTML.percent) ?? "–", fit.winProbability.map { "\($0)" } ?? "")
      html += Self.text(ProspectsCommand.reasons(fit.reasons.prefix(2))) + "</tr>\n"
    }
    return html + "</tbody></table>\n</section>\n"
  }
}
