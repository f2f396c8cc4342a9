extension StageLedger {
  /// The ledger without the fact of sequence number `seq`.
  ///
  /// The stage fold asks this for each event of a day with several, to name the one a
  /// change needed: the entries stay sorted without it, and the running sums before it
  /// stand, so neither is made again.
  func without(_ seq: Int64) -> StageLedger {
    guard let index = entries.firstIndex(where: { $0.seq == seq }) else { return self }
    var kept = entries
    kept.remove(at: index)
    var amounts = Array(amountSums[...index])
    var costs = Array(costSums[...index])
    Self.appendSums(of: kept[index...], to: &amounts, &costs)
    return StageLedger(sorted: kept, amountSums: amounts, costSums: costs)
  }
}
