import KamDomain
import KamEventLog
import KamTime

extension Book {
  /// The name the churn models (``ChurnRiskModels``) are stored under.
  package static let churnModelsName = "churn-risk"
  /// The name the spend model (Gamma-Gamma) is stored under.
  package static let spendModelName = "spend"

  /// Keeps a model fitted at `head` for later queries, when the log still ends there.
  ///
  /// Best effort: the model is a saving, not a result. A SQLite book another process is
  /// writing to (the query does not wait for it), a full disk or a role that may not write
  /// (a PostgreSQL `kam_reader`) leaves it unstored, and the next query fits again.
  func keep(_ name: String, _ body: [UInt8], on day: CalendarDate, at head: SequenceNumber?) {
    keep([(name, day, body)], at: head)
  }

  /// Keeps several models fitted at `head` in one transaction, as ``keep(_:_:on:at:)``
  /// keeps one: a commit, not one per model.
  func keep(_ models: [(name: String, day: CalendarDate, body: [UInt8])], at head: SequenceNumber?)
  {
    guard let head, !models.isEmpty else { return }
    _ = try? store.writeIfIdle { tx in
      guard try tx.lastSequence() == head else { return }
      for model in models {
        try tx.save(StoredModel(name: model.name, day: model.day, logSeq: head, body: model.body))
      }
    }
  }

  /// The clients known on `date` (as ``histories(knownOn:knownAt:before:)``), the policy in
  /// force, and the models stored for `date`, all read in one transaction.
  func fitInputs(on date: CalendarDate, knownAt: Instant?, before: SequenceNumber?) throws
    -> (policy: Policy, histories: [ClientHistory], stored: StoredModels)
  {
    try store.reading { tx in
      let policy = try policy(knownAt: knownAt, before: before, in: tx)
      let stored = try StoredModels(tx, on: date, knownAt: knownAt, before: before)
      let histories = try histories(knownOn: date, knownAt: knownAt, before: before, in: tx)
      return (policy, histories, stored)
    }
  }
}
