import KamBook
import KamDomain
import KamPurchaseModel
import KamTime

extension Explanation {
  /// The explanation for people, in two parts: what holds for the client now
  /// (its stage's conditions with their events, value, key-account reasons,
  /// service, fit and risk), then what its next stage still needs.
  func print(to console: ExplainLines) {
    let client = explanation.client
    let stage = explanation.stage
    let value = explanation.value
    let policy = explanation.policy
    let checklist = StageRules.checklist(explanation.history, stage, policy: policy)
    console.text("\(client) on \(explanation.date), policy version \(policy.version)")
    console.text("")
    console.text("What holds for \(client)")
    console.text(
      "  stage: \(stage.stage.rawValue)\(stage.goldenShot ? " (a golden shot)" : "") — \(stage.explanation)"
        // A lapsed client's last sale, a prospect's nothing: no condition holds to show them.
        + (checklist.holding.isEmpty && !stage.facts.isEmpty ? " (\(Self.seqs(stage.facts)))" : ""))
    for check in checklist.holding {
      console.text(
        "    \(check.text)" + (check.facts.isEmpty ? "" : ": " + Self.seqs(check.facts)))
    }
    console.text(
      "  value over \(policy.windowDays) days: revenue \(NumberText.grouped(value.revenue)) "
        + "− cost of goods \(NumberText.grouped(value.cogs)) "
        + "− cost to serve \(NumberText.grouped(value.costToServe)) "
        + "= profit \(NumberText.grouped(value.profit)), class \(explanation.paretoClass.rawValue)"
    )
    if reasons.isEmpty {
      console.text("  key account: no")
    } else {
      for reason in reasons { console.text("  key account, \(reason.reason): \(reason.rule)") }
    }
    printServiceAndFit(to: console)
    printRisk(to: console)
    console.text("")
    guard let next = checklist.next else {
      console.text("\(client) is at the top: \(stage.stage.rawValue) has no stage above it")
      return
    }
    console.text("What \(client) still needs for \(next.rawValue)")
    if checklist.needed.isEmpty {
      // Every condition of the next stage holds, yet the stage is lower: held back.
      console.text("  its conditions all hold; " + stage.explanation)
    }
    for check in checklist.needed {
      console.text(
        "  \(check.gap ?? check.text)"
          + (check.facts.isEmpty ? "" : " (\(Self.seqs(check.facts)))"))
    }
  }

  /// A condition's events, a long list summarised: `seq 12, 40, 77 and 31 more`.
  static func seqs(_ seqs: [Int64]) -> String {
    let shown = seqs.count <= 5 ? seqs[...] : seqs.prefix(3)
    let rest = seqs.count - shown.count
    return "seq " + shown.map(String.init).joined(separator: ", ")
      + (rest > 0 ? " and \(rest) more" : "")
  }

  /// The churn risk and its signals.
  private func printRisk(to console: ExplainLines) {
    guard let assessment = explanation.risk, let model = explanation.purchaseModel else {
      console.text("  churn risk: not assessed (no purchase yet)")
      return
    }
    console.text(
      "  churn risk: \(RiskCommand.rounded(assessment.risk)) (\(assessment.band.rawValue)), "
        + (assessment.loyal ? "a loyal client" : "not counted as loyal")
        + ", purchase model \(model.rawValue); the chance of no purchase within "
        + "\(explanation.policy.riskHorizonDays) days, 1 − Π(1 − weight × score) over the signals")
    for reading in assessment.signals {
      let contribution = assessment.contribution(of: reading.signal)
      console.text(
        "    \(reading.signal.rawValue): \(RiskCommand.rounded(reading.value))"
          + (reading.detail.map { " (against \(RiskCommand.rounded($0)))" } ?? "")
          + ", score \(RiskCommand.rounded(reading.score)) × weight "
          + "\(RiskCommand.rounded(reading.signal.weight(in: explanation.policy))), "
          + "contributes \(RiskCommand.rounded(contribution))"
      )
    }
  }

  /// The service verdict and, for a new client, the fit, in words.
  private func printServiceAndFit(to console: ExplainLines) {
    let period = explanation.servicePeriod
    if let service = explanation.service {
      console.text(
        "  service \(period.lowerBound) to \(period.upperBound.adding(days: -1)): "
          + "\(service.verdict.rawValue) — \(service.reason)")
    } else {
      console.text(
        "  service \(period.lowerBound) to \(period.upperBound.adding(days: -1)): none, and no purchase in the window"
      )
    }
    guard let fit = explanation.fit, let profile = explanation.profile else { return }
    guard let value = fit.fit else {
      console.text("  fit: none (\(profile.model), and no stated win probability)")
      return
    }
    let reasons = fit.reasons.prefix(3).map { reason in
      "\(reason.feature.rawValue) \(reason.value.map { "\(RiskCommand.rounded($0))" } ?? "none")"
        + " against \(reason.typical.map { "\(RiskCommand.rounded($0))" } ?? "none")"
        + " (\(reason.contribution >= 0 ? "+" : "")\(RiskCommand.rounded(reason.contribution)))"
    }
    console.text(
      "  fit: \(RiskCommand.rounded(value)) (\(fit.band?.rawValue ?? "-")), \(profile.model)"
        + (reasons.isEmpty ? "" : "; " + reasons.joined(separator: "; ")))
  }
}
