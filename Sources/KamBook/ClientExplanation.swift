public import KamDomain
public import KamPurchaseModel
public import KamTime

/// Why one client has its stage, value, key-account reasons, service verdict, fit and risk
/// on one day: what `kam explain` shows, as data.
///
/// Made by ``Book/explanation(of:on:knownAt:)``, from the book's stored listings when the
/// log has not moved since they were kept, else from a view focused on the client; both
/// give the same explanation (`ExplanationTests`).
public struct ClientExplanation: Hashable, Sendable {
  /// A key-account reason that holds, and its rule in words with the figures judged on.
  public struct Reason: Hashable, Sendable {
    /// The reason.
    public var reason: KeyAccountReason
    /// Its rule, in words.
    public var rule: String
  }

  /// The business date explained.
  public var date: CalendarDate
  /// The policy in force.
  public var policy: Policy
  /// The client's folded history.
  public var history: ClientHistory
  /// The stage on the date, with its rule, explanation and events.
  public var stage: StageEvaluation
  /// Revenue, costs and profit over the value window ending on the date.
  public var value: ClientValue
  /// The Pareto class on profit.
  public var paretoClass: ParetoClass
  /// The key-account reasons that hold, with their rules; empty when it is not one.
  public var reasons: [Reason]
  /// The churn risk, when assessed (a prospect's is not).
  public var churnRisk: Double?
  /// The risk's derivation, when assessed.
  public var risk: ChurnRiskAssessment?
  /// The purchase model the risk was assessed with, when assessed.
  public var purchaseModel: PurchaseModelFit.Model?
  /// The period of the service verdict: the quarter (91 days) ending on the date.
  public var servicePeriod: Range<CalendarDate>
  /// The service verdict over the period, nil when the client is not in the report.
  public var service: ServiceRow?
  /// A prospect's or first-year client's fit to the key-client profile; nil for an
  /// established client.
  public var fit: ProspectFit?
  /// The key-client profile the fit was scored with, when one was learned.
  public var profile: KeyClientProfile?

  /// The client.
  public var client: ClientSlug { history.client }

  /// The service period of an explanation on `date`: the 91 days ending on it.
  public static func servicePeriod(endingOn date: CalendarDate) -> Range<CalendarDate> {
    date.adding(days: -90)..<date.adding(days: 1)
  }
}
