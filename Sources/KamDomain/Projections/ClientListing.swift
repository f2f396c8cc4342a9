/// What a whole-book listing (`kam clients`, `kam key-accounts`) shows of one client on one
/// day: names, stage, value, class, key-account reasons and churn risk, without the history
/// they were evaluated from.
///
/// Small enough that a book keeps every client's for a day (``encodedParts(_:on:)``), so
/// that a listing of a log that has not moved reads them back instead of evaluating every
/// client again.
public struct ClientListing: Hashable, Sendable {
  /// The client.
  public var client: ClientSlug
  /// The name as registered or last renamed; empty when it has none.
  public var name: String
  /// The account owner, if any.
  public var owner: String?
  /// The segment, if any.
  public var segment: String?
  /// The relationship stage on the day.
  public var stage: Stage
  /// Revenue, costs and profit over the value window ending on the day.
  public var value: ClientValue
  /// The Pareto class on profit.
  public var paretoClass: ParetoClass
  /// Why it is a key account; empty when it is not one.
  public var keyAccountReasons: [KeyAccountReason]
  /// The portfolio matrix quadrant, as shown.
  public var quadrantLabel: String?
  /// The churn risk, when assessed (prospects are not).
  public var churnRisk: Double?
  /// Whether it is a prospect: registered as one and no sale yet.
  public var isProspect: Bool

  /// Whether any key-account reason holds.
  public var isKeyAccount: Bool { !keyAccountReasons.isEmpty }

  /// A listing of its parts.
  public init(
    client: ClientSlug, name: String, owner: String?, segment: String?, stage: Stage,
    value: ClientValue, paretoClass: ParetoClass, keyAccountReasons: [KeyAccountReason],
    quadrantLabel: String?, churnRisk: Double?, isProspect: Bool
  ) {
    self.client = client
    self.name = name
    self.owner = owner
    self.segment = segment
    self.stage = stage
    self.value = value
    self.paretoClass = paretoClass
    self.keyAccountReasons = keyAccountReasons
    self.quadrantLabel = quadrantLabel
    self.churnRisk = churnRisk
    self.isProspect = isProspect
  }

  /// The listing of a client evaluated on a day: its history's names, its portfolio
  /// entry, its stage and its risk.
  public init(
    _ history: borrowing ClientHistory, entry: PortfolioEntry, stage: Stage, churnRisk: Double?
  ) {
    self.init(
      client: history.client, name: history.name, owner: history.owner,
      segment: history.segment, stage: stage, value: entry.value,
      paretoClass: entry.paretoClass, keyAccountReasons: entry.keyAccountReasons,
      quadrantLabel: entry.quadrantLabel, churnRisk: churnRisk, isProspect: entry.isProspect)
  }
}
