public import KamPurchaseModel
public import KamTime

extension ChurnRiskReport {
  /// Assesses every client of the book on `date`.
  ///
  /// The work is one pass per client to extract its facts, one fit of the purchase model
  /// (which dominates: summaries are grouped, so its cost grows with distinct summaries),
  /// one pass over all meetings for the owners' attention shift, and one stage evaluation
  /// per client old enough to be loyal.
  ///
  /// - Parameters:
  ///   - histories: every client's history (facts after `date` are ignored).
  ///   - date: the evaluation day.
  ///   - policy: weights, thresholds and windows.
  ///   - classA: the Pareto class A clients on `date`: loyal whatever their stage.
  ///   - options: purchase model fit options.
  ///   - assessing: the clients to assess, when not all: the model and the owners'
  ///     attention still come from every history, so each assessment is the one the
  ///     whole report would hold; only the per-client work is skipped. With `models`,
  ///     `purchaseModel.summaries` then holds the assessed clients' alone.
  ///   - models: the models fitted to the same histories, policy and options on `date`
  ///     before (``models``, as a book stores them), used instead of fitting again; ignored
  ///     when fitted for another day.
  ///   - stages: each client's stage on `date` under `policy`, where the caller has it
  ///     (by position, as `histories`), for the loyal test; the others are evaluated here.
  /// - Throws: `PurchaseModelError` only for unusable `options`.
  public init(
    _ histories: [ClientHistory], on date: CalendarDate, policy: Policy,
    classA: Set<ClientSlug> = [], options: PurchaseModelFit.Options = PurchaseModelFit.Options(),
    assessing: Set<ClientSlug>? = nil, models: ChurnRiskModels? = nil, stages: [Stage?] = []
  ) throws(PurchaseModelError) {
    precondition(
      stages.isEmpty || stages.count == histories.count, "one stage (or nil) per history")
    let facts = ParallelMap.map(histories) { RiskFacts($0, policy: policy) }
    let model: BookPurchaseModel
    let calibration: NoPurchaseCalibration
    if let models, models.date == date {
      // A fit read back needs only the summaries of the clients assessed: a one-client
      // view of a book of 20,000 spent a fifth of its time summarising the rest.
      let summarised = assessing.map { chosen in facts.filter { chosen.contains($0.client) } }
      model = BookPurchaseModel(facts: summarised ?? facts, on: date, fit: models.purchase)
      calibration = models.calibration
    } else {
      (model, calibration) = try Self.fit(facts, on: date, policy: policy, options: options)
    }
    let shift = AttentionShift(
      meetings: AttentionMeeting.all(facts, through: date, policy: policy), on: date,
      policy: policy)
    // By position: binding each history would retain and release its dozen arrays.
    let chosen = histories.indices.filter { assessing?.contains(facts[$0].client) ?? true }
    var assessments = InPlace.lending(histories) { histories in
      ParallelMap.map(chosen, minimumPerCore: 64) { index in
        Self.assess(
          histories[index], facts[index], on: date, policy: policy, classA: classA,
          model: model, calibration: calibration, shift: shift,
          stage: stages.isEmpty ? nil : stages[index])
      }
    }
    assessments.sort {
      if $0.risk != $1.risk { return $0.risk > $1.risk }
      return $0.client < $1.client
    }
    self.init(
      date: date, purchaseModel: model, calibration: calibration, assessments: assessments)
  }

  /// The purchase model on `date` and the calibration learned at its cut.
  static func fit(
    _ facts: [RiskFacts], on date: CalendarDate, policy: Policy,
    options: PurchaseModelFit.Options
  ) throws(PurchaseModelError) -> (BookPurchaseModel, NoPurchaseCalibration) {
    let referenceDays = NoPurchaseCalibration.referenceDays(
      facts, on: date, horizonDays: policy.riskHorizonDays)
    let cut = NoPurchaseCalibration.cut(on: date, referenceDays: referenceDays)
    // The fits on the day and at the calibration's cut are independent: one per core.
    let fits = ParallelMap.map([date] + (cut.map { [$0] } ?? []), minimumPerCore: 1) { day in
      Result { () throws(PurchaseModelError) in
        try BookPurchaseModel(facts: facts, on: day, options: options)
      }
    }
    let model = try fits[0].get()
    let calibration = NoPurchaseCalibration(
      facts: facts, model: model, cutModel: try fits.dropFirst().first?.get(),
      horizonDays: policy.riskHorizonDays, referenceDays: referenceDays)
    return (model, calibration)
  }

  /// One client's assessment against the book's purchase model and owners' attention.
  private static func assess(
    _ history: ClientHistory, _ client: RiskFacts, on date: CalendarDate, policy: Policy,
    classA: Set<ClientSlug>, model: BookPurchaseModel, calibration: NoPurchaseCalibration,
    shift: AttentionShift, stage: Stage?
  ) -> ChurnRiskAssessment {
    let loyal = isLoyal(
      history, facts: client, on: date, policy: policy, classA: classA, stage: stage)
    let pAlive = model.probabilityAlive(history.client)
    let contact = client.contactGap(on: date, policy: policy)
    var signals: [SignalReading] = []
    if let pAlive, let gap = model.expectedGapDays(history.client),
      let silence = model.probabilityNoPurchaseIfAlive(
        history.client, days: policy.riskHorizonDays),
      let none = calibration.probabilityNoPurchase(client, model: model),
      let purchase = client.purchaseGap(on: date, expectedGap: gap, silence: silence)
    {
      let (dropout, quiet) = ChurnRiskAssessment.split(none, pAlive: pAlive, silence: silence)
      signals.append(SignalReading(.pAlive, value: pAlive, score: dropout))
      if let contact { signals.append(contact) }
      signals.append(
        SignalReading(.purchaseGap, value: purchase.value, detail: purchase.detail, score: quiet))
    } else if let contact {
      signals.append(contact)
    }
    signals.append(client.complaints(on: date, policy: policy))
    signals.append(client.discountPressure(on: date, policy: policy))
    // Only a loyal client can be neglected in favour of acquisition.
    if loyal, let contact,
      let reading = shift.reading(owner: client.owner, contactGap: contact, policy: policy)
    {
      signals.append(reading)
    }
    return ChurnRiskAssessment(
      client: history.client, loyal: loyal, pAlive: pAlive, signals: signals, policy: policy)
  }

  /// Whether a client is loyal on `date`: in Pareto class A, or a first sale at least
  /// `loyalTenureDays` before and cooperation or above (cooperation, partnership,
  /// synergy) under the stage rules.
  public static func isLoyal(
    _ history: ClientHistory, on date: CalendarDate, policy: Policy,
    classA: Set<ClientSlug> = []
  ) -> Bool {
    isLoyal(
      history, facts: RiskFacts(history, policy: policy), on: date, policy: policy,
      classA: classA)
  }

  /// `isLoyal` with the client's facts already extracted, and its stage on `date` when the
  /// caller has it.
  static func isLoyal(
    _ history: ClientHistory, facts: RiskFacts, on date: CalendarDate, policy: Policy,
    classA: Set<ClientSlug>, stage known: Stage? = nil
  ) -> Bool {
    if classA.contains(history.client) { return true }
    // The tenure test is cheap and rules most clients out before the stage rules run.
    guard let first = facts.firstSale, first <= date,
      first.days(to: date) >= Int64(policy.loyalTenureDays)
    else { return false }
    let stage = known ?? StageRules.unexplained(history, on: date, policy: policy).stage
    return stage.isOnPyramid && stage.rank >= Stage.cooperation.rank
  }
}
