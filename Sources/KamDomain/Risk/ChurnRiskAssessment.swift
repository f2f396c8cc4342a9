/// One client's churn risk on one day: the risk, its band, and the signals behind it.
///
/// Every client gets one (`kam risk --all`); `loyal` says whether `kam risk` lists it by
/// default. Build one from readings with ``init(client:loyal:pAlive:signals:policy:)``.
public struct ChurnRiskAssessment: Hashable, Sendable {
  /// The client.
  public var client: ClientSlug
  /// Whether the client counts as loyal (see `docs/risk.md`).
  public var loyal: Bool
  /// The risk in [0, 1]: 1 − Π (1 − weight × score) over the signals, the chance of no
  /// purchase within the policy's horizon (see `docs/risk.md`).
  public var risk: Double
  /// The risk's band.
  public var band: RiskBand
  /// P(alive) from the purchase model; nil for a client with no purchase yet.
  public var pAlive: Double?
  /// The signals with a positive contribution, largest first; they sum to `risk`.
  public var reasons: [RiskReason]
  /// Every signal that could be read, with its value and score (a report lists them in
  /// `RiskSignal` order).
  public var signals: [SignalReading]
}
