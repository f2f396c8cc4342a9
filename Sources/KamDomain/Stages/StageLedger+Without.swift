extension StageLedger {
  /// The ledger without the fact of sequence number `seq`.
  func without(_ seq: Int64) -> StageLedger {
    entries.contains { $0.seq == seq } ? StageLedger(entries.filter { $0.seq != seq }) : self
  }
}
