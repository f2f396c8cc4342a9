import KamPurchaseModel

extension KeyClientProfile {
  /// The value of `feature` for `facts`: the client's own, or its segment's or owner's
  /// record, shrunk towards the base rate by ``recordPrior`` pseudo-clients. A training
  /// client's own outcome (`leavingOut`) is taken out of its record.
  func value(of feature: ProfileFeature, in facts: EarlyFacts, leavingOut label: Bool? = nil)
    -> Double?
  {
    let records: [String: Record]
    let key: String?
    switch feature {
    case .segmentRecord: (records, key) = (segments, facts.segment)
    case .ownerRecord: (records, key) = (owners, facts.owner)
    default: return facts.values[feature]
    }
    guard let key, let base = baseRate else { return nil }
    let record = records[key] ?? Record(lasting: 0, clients: 0)
    let own = label.map { $0 ? 1.0 : 0.0 }
    let lasting = Double(record.lasting) - (own ?? 0)
    let clients = Double(record.clients) - (own == nil ? 0 : 1)
    return (lasting + Self.recordPrior * base) / (clients + Self.recordPrior)
  }

  /// `history` scored on the profile's day: its fit, band and reasons, or under the
  /// fallback its stated win probability; nil when it was not known by then.
  public func score(_ history: ClientHistory, policy: Policy) -> ProspectFit? {
    EarlyFacts(history, on: date, earlyDays: earlyDays).map {
      score(history, facts: $0, policy: policy)
    }
  }

  /// ``score(_:policy:)`` of facts already read from `history` on the profile's day.
  func score(_ history: ClientHistory, facts: EarlyFacts, policy: Policy) -> ProspectFit {
    // The stage alone: a fit shows no stage explanation.
    let stage = StageRules.unexplained(history, on: date, policy: policy).stage
    var scored = ProspectFit(
      client: facts.client, stage: stage, winProbability: facts.winProbability, fit: nil,
      band: nil, reasons: [], firstSale: facts.firstSale)
    guard fitted, let regression, let base = baseRate else {
      scored.fit = facts.winProbability
      scored.band = facts.winProbability.map { FitBand(stated: $0, policy: policy) }
      return scored
    }
    let values = features.map { value(of: $0.feature, in: facts) }
    let z = zip(features, values).map { $0.standardised($1) }
    let fit = regression.probability(z)
    scored.fit = fit
    scored.band = FitBand(fit: fit, baseRate: base)
    scored.reasons = features.indices.map { index in
      let scaling = features[index]
      let typical = scaling.standardised(scaling.typical)
      return ProfileReason(
        feature: scaling.feature, value: values[index], typical: scaling.typical,
        contribution: regression.coefficients[index + 1] * (z[index] - typical))
    }
    .sorted {
      abs($0.contribution) != abs($1.contribution)
        ? abs($0.contribution) > abs($1.contribution)
        : $0.feature.rawValue < $1.feature.rawValue
    }
    return scored
  }
}
