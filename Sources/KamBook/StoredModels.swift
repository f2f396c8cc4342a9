import KamDomain
import KamEventLog
import KamPurchaseModel
import KamTime

/// The whole-book models a book holds for one day that are still current: fitted at the
/// log's last event, so the same histories and policy would fit them again bit for bit.
///
/// Only a question about the log as it stands reads them; one `--known-at` an instant or
/// `before` an event fits its own (it has no `head`).
struct StoredModels {
  /// The log's last event, when the question is about the log as it stands; models fitted
  /// now are stored against it.
  var head: SequenceNumber?
  /// The churn models for the day, when stored at `head`.
  var churn: ChurnRiskModels?
  /// The spend model for the day, when stored at `head`.
  var spend: SpendModelFit?

  /// Reads them in `tx`, the transaction the histories are read in, so that they and the
  /// histories are of one state of the log.
  init(_ tx: any BookTransaction, on day: CalendarDate, knownAt: Instant?, before: SequenceNumber?)
    throws
  {
    guard knownAt == nil, before == nil else { return }
    let head = try tx.lastSequence()
    self.head = head
    func current(_ name: String) throws -> [UInt8]? {
      guard let model = try tx.storedModel(name, on: day), model.logSeq == head else {
        return nil
      }
      return model.body
    }
    // One of another format, or damaged, is fitted again and replaced.
    churn = try current(Book.churnModelsName).flatMap { try? ChurnRiskModels(encoded: $0) }
    spend = try current(Book.spendModelName).flatMap { try? SpendModelFit(encoded: $0) }
  }
}
