import KamBook

/// The import's row counter in the memory store's state, so that it rolls
/// back with the transaction that counted.
struct MemoryRowOccurrences: RowOccurrences {
  let transaction: MemoryBookTransaction

  init(_ transaction: MemoryBookTransaction) {
    self.transaction = transaction
  }

  func next(_ key: Int) throws -> Int64 {
    transaction.state.importRows[key, default: 0] += 1
    return transaction.state.importRows[key]!
  }
}
