import KamBook
import KamDomain
import KamTime

extension ReportPage {
  /// How many at-risk loyal clients the report lists.
  static let atRiskRows = 25

  /// The loyal clients at medium or high risk, the most value at stake first (the order
  /// of `kam risk`), with owner, value at stake and the top reasons.
  func atRisk() -> String {
    let listed = data.risk.filter { $0.assessment.band != .low }
    var html = "<section id=\"at-risk\">\n<h2>Loyal clients at risk</h2>\n"
    html += "<p class=\"note\">\(HTML.count(listed.count)) of \(HTML.count(data.risk.count)) loyal "
    html += "clients at medium or high risk (from \(HTML.percent(data.view.policy.riskMedium))), "
    html += "the most value at stake first"
    html += listed.count > Self.atRiskRows ? "; the first \(Self.atRiskRows) are listed" : ""
    html += ". Value at stake: the profit expected within \(data.view.policy.riskHorizonDays) "
    html += "days that churn would lose (as <code>kam risk</code>).</p>\n"
    guard !listed.isEmpty else { return html + "<p>No loyal client is at risk.</p>\n</section>\n" }
    html += "<table><thead><tr><th>client</th><th>owner</th><th class=\"n\">risk</th>"
    html += "<th>band</th><th class=\"n\">value at stake</th><th class=\"n\">profit</th>"
    html += "<th>last purchase</th><th>top reasons</th></tr></thead><tbody>\n"
    for item in listed.prefix(Self.atRiskRows) {
      let (assessment, stake, client) = (item.assessment, item.stake, item.client)
      html += "<tr data-client=\"\(HTML.escape(assessment.client.rawValue))\">"
      html += Self.client(assessment.client.rawValue, name: client.name)
      html += Self.text(client.owner ?? "")
      html += Self.cell(HTML.percent(assessment.risk), "\(assessment.risk)")
      html += Self.text(assessment.band.rawValue)
      html += Self.cell(HTML.money(stake.valueAtStake), stake.valueAtStake.description)
      html += Self.cell(
        HTML.money(client.value.profit), client.value.profit.description)
      html += Self.text(stake.lastPurchase?.description ?? "never")
      html += Self.text(RiskText.reasons(of: assessment, count: 3))
      html += "</tr>\n"
    }
    return html + "</tbody></table>\n</section>\n"
  }
}
