extension Policy {
  /// Reads a policy document as a book stored it, upgrading documents that an
  /// earlier kam wrote.
  ///
  /// A book stores the whole policy in force with each change. Before
  /// `riskHorizonDays` existed, churn risk averaged its signals, with
  /// `weightPAlive` 0.35 and `weightPurchaseGap` 0.15 by default; it is now the
  /// chance of no purchase in the horizon, which those two signals give in
  /// full at weight 1 (docs/risk.md). A stored document without
  /// `riskHorizonDays` that still has those two old defaults gets the new
  /// ones; weights someone chose stay as they were.
  public init(stored json: FlatJSON) throws(PolicyError) {
    try self.init(document: json)
    guard json["riskHorizonDays"] == nil, weightPAlive == 0.35, weightPurchaseGap == 0.15 else {
      return
    }
    weightPAlive = 1
    weightPurchaseGap = 1
  }
}
