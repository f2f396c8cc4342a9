import KamPurchaseModel
public import KamTime

extension KeyClientProfile {
  /// Learns the profile from `histories` (every client the book knows) for scoring on
  /// `date`, or names why it cannot.
  public init(_ histories: [ClientHistory], on date: CalendarDate, policy: Policy) {
    self.date = date
    earlyDays = policy.acquisitionDays
    horizonDays = Self.horizonDays(histories, on: date)
    guard horizonDays >= Self.minimumHorizonDays else {
      fallback = .historyTooShort(horizonDays: horizonDays, required: Self.minimumHorizonDays)
      return
    }
    cuts = Self.cuts(histories, on: date, horizonDays: horizonDays)
    var facts: [EarlyFacts] = []
    var latestRows = 0
    var outcomes: [(buying: Bool, key: Bool)] = []
    for cut in cuts {
      // Positions, not copies: a history is a dozen arrays to retain and release. (The
      // closure reads a copy of `earlyDays`: it may not capture `self` mid-initialisation.)
      let earlyDays = earlyDays
      let training = InPlace.lending(histories) { histories in
        ParallelMap.map(histories.indices, minimumPerCore: 512) { index in
          EarlyFacts(histories[index], on: cut, earlyDays: earlyDays).flatMap {
            Self.isNew($0, on: cut, policy: policy) ? (index, $0) : nil
          }
        }
      }
      .compactMap { $0 }
      facts += training.map(\.1)
      if cut == cuts.first { latestRows = facts.count }
      outcomes += Self.outcomes(
        training.map(\.0), among: histories, cut: cut,
        on: cut.adding(days: Int64(horizonDays)), policy: policy)
    }
    trainedOn = facts.count
    trainingClients = Set(facts.map(\.client)).count
    let candidates = Self.candidateFeatures(facts)
    let required = Self.rowsPerCoefficient * (candidates.count + 1)
    var chosen: (ProfileLabel, [Bool])?
    var counts = (lasting: 0, other: 0)
    for label in ProfileLabel.allCases {
      let labels = outcomes.map { label == .lastingKeyClient ? $0.key : $0.buying }
      counts = (labels.count { $0 }, labels.count { !$0 })
      if counts.lasting >= required && counts.other >= required {
        chosen = (label, labels)
        break
      }
    }
    guard let (label, labels) = chosen else {
      fallback = .tooFewOutcomes(lasting: counts.lasting, other: counts.other, required: required)
      return
    }
    self.label = label
    lasting = counts.lasting
    learn(facts, labels: labels, candidates: candidates, latestRows: latestRows)
  }

  /// Each training client's outcome on `date`: still buying, and lasting key client. The
  /// training clients are given by their positions in `histories`.
  private static func outcomes(
    _ training: [Int], among histories: [ClientHistory], cut: CalendarDate,
    on date: CalendarDate, policy: Policy
  ) -> [(buying: Bool, key: Bool)] {
    let after = max(cut, date.adding(days: -Int64(policy.windowDays)))
    let known = histories.indices.filter { histories[$0].isKnown(by: date) }
    let classes = Portfolio.paretoClasses(of: histories, at: known, on: date, policy: policy)
    return InPlace.lending(histories) { histories in
      ParallelMap.map(training) { index in
        let buying = stillBuying(histories[index], after: after, on: date)
        guard buying, classes[histories[index].client].map({ $0 != .c }) ?? false else {
          return (buying, false)
        }
        let stage = StageRules.unexplained(histories[index], on: date, policy: policy).stage
        return (buying, stage.rank >= Stage.cooperation.rank)
      }
    }
  }

  /// The cuts, latest first: d − h, then a quarter earlier each, while the book was known
  /// for ``minimumHorizonDays`` by then, at most ``maximumCuts``.
  static func cuts(_ histories: [ClientHistory], on date: CalendarDate, horizonDays: Int)
    -> [CalendarDate]
  {
    let latest = date.adding(days: -Int64(horizonDays))
    guard let first = histories.lazy.compactMap(\.firstDay).filter({ $0 <= date }).min() else {
      return [latest]
    }
    let earliest = first.adding(days: Int64(minimumHorizonDays))
    var cuts = [latest]
    while cuts.count < maximumCuts, let last = cuts.last,
      last.adding(days: -Int64(cutStepDays)) >= earliest
    {
      cuts.append(last.adding(days: -Int64(cutStepDays)))
    }
    return cuts
  }

  /// The features that vary among the training clients: a feature no client has, or all
  /// have alike, says nothing (a book of sales alone has no win probability or meeting).
  static func candidateFeatures(_ facts: [EarlyFacts]) -> [ProfileFeature] {
    ProfileFeature.allCases.filter { feature in
      switch feature {
      case .segmentRecord: return varies(facts.lazy.compactMap(\.segment))
      case .ownerRecord: return varies(facts.lazy.compactMap(\.owner))
      default:
        // Transformed values that differ by more than 1e-12 from the first; a value equal
        // to the first transforms alike, so only the others need the logarithm.
        var values = facts.lazy.compactMap { $0.values[feature] }.makeIterator()
        guard let first = values.next() else { return false }
        let transformed = feature.transformed(first)
        while let value = values.next() {
          if value != first, abs(feature.transformed(value) - transformed) > 1e-12 {
            return true
          }
        }
        return false
      }
    }
  }

  /// True when `keys` hold two different ones.
  private static func varies(_ keys: some Sequence<String>) -> Bool {
    var keys = keys.makeIterator()
    guard let first = keys.next() else { return false }
    while let key = keys.next() {
      if key != first { return true }
    }
    return false
  }

  /// Fits the regression on the training clients' standardised features.
  ///
  /// The first `latestRows` rows are the latest cut's: when the earlier cuts have both
  /// outcomes too, the AUC is that of a fit on the earlier cuts alone, scored on the latest.
  private mutating func learn(
    _ facts: [EarlyFacts], labels: [Bool], candidates: [ProfileFeature], latestRows: Int
  ) {
    segments = Self.records(facts.map(\.segment), labels: labels)
    owners = Self.records(facts.map(\.owner), labels: labels)
    // The records of training clients leave their own outcome out, or each would predict itself.
    let raw = zip(facts, labels).map { facts, label in
      candidates.map { feature in value(of: feature, in: facts, leavingOut: label) }
    }
    // Each value's transform once: the scalings and the standardised rows both read it.
    let transformed = raw.map { row in
      zip(candidates, row).map { feature, value in value.map(feature.transformed) }
    }
    features = candidates.enumerated().compactMap { index, feature in
      let present = transformed.compactMap { $0[index] }
      let mean = present.reduce(0, +) / Double(max(present.count, 1))
      let variance =
        present.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(max(present.count, 1))
      guard variance > 1e-18 else { return nil }
      let typical = zip(raw, labels).compactMap { $1 ? $0[index] : nil }
      return Scaling(
        feature: feature, mean: mean, deviation: variance.squareRoot(),
        typical: RecencySurvival.median(typical))
    }
    let used = features.map { scaling in candidates.firstIndex(of: scaling.feature)! }
    let rows = transformed.map { row in
      zip(features, used).map { scaling, index in
        scaling.standardised(transformed: row[index])
      }
    }
    let regression = RidgeLogistic.fit(rows: rows, labels: labels, ridge: Self.ridge)
    guard let regression, regression.converged else {
      fallback = .didNotConverge(iterations: regression?.iterations ?? 0)
      return
    }
    self.regression = regression
    let earlier = Array(labels[latestRows...])
    if earlier.contains(true), earlier.contains(false),
      let past = RidgeLogistic.fit(
        rows: Array(rows[latestRows...]), labels: earlier, ridge: Self.ridge),
      past.converged,
      let heldOut = ROCAUC.auc(
        scores: rows[..<latestRows].map(past.probability), positives: Array(labels[..<latestRows]))
    {
      auc = heldOut
      aucHeldOut = true
    } else {
      auc = ROCAUC.auc(scores: rows.map(regression.probability), positives: labels)
    }
    // The owners' own forecast on the same rows, for comparison: the rows with one.
    let judged = aucHeldOut ? Array(facts[..<latestRows].indices) : Array(facts.indices)
    let stated = judged.filter { facts[$0].winProbability != nil }
    statedAUC = ROCAUC.auc(
      scores: stated.map { facts[$0].winProbability! }, positives: stated.map { labels[$0] })
  }

  /// Lasting and all training clients by segment (or owner).
  private static func records(_ keys: [String?], labels: [Bool]) -> [String: Record] {
    var records: [String: Record] = [:]
    for (key, label) in zip(keys, labels) {
      guard let key else { continue }
      records[key, default: Record(lasting: 0, clients: 0)].clients += 1
      if label { records[key]!.lasting += 1 }
    }
    return records
  }
}
