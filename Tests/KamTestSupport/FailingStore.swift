package import KamBook

/// A store that loses its connection at one write: that write's transaction
/// is rolled back as a server's would be, and the writes before it stand.
package final class FailingStore: BookStore, @unchecked Sendable {
  private let store: any BookStore
  private let failingWrite: Int
  private var writes = 0

  /// Wraps `store`, failing its `failingWrite`th write (counted from 1).
  package init(_ store: any BookStore, failingWrite: Int) {
    self.store = store
    self.failingWrite = failingWrite
  }

  package var location: String { store.location }

  package func read<Result>(_ body: (any BookTransaction) throws -> Result) throws -> Result {
    try store.read(body)
  }

  package func write<Result>(_ body: (any BookTransaction) throws -> Result) throws -> Result {
    writes += 1
    let failing = writes == failingWrite
    return try store.write { tx in
      let result = try body(tx)
      if failing { throw BookError(.io, "the connection to \(location) was lost") }
      return result
    }
  }

  package func waitWhenBusy(
    seconds: Int, noticeAfterMilliseconds: Int64, notice: @escaping () -> Void
  ) {
    store.waitWhenBusy(
      seconds: seconds, noticeAfterMilliseconds: noticeAfterMilliseconds, notice: notice)
  }

  package func storageProblem() throws -> String? { try store.storageProblem() }
}
