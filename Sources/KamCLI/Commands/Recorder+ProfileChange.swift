import KamBook
import KamDomain
import KamEventLog

extension Recorder {
  /// Records a rename, reassignment or segment change, and says what it replaced:
  /// "Reassigned acme: anna → bob." (`from` and `to` in JSON and CSV).
  ///
  /// What it replaced is asked of the book after the write (the value just before
  /// the event), so that a change made meanwhile by someone else is named right.
  func recordChange(
    _ command: some KamDomain.ClientCommand, _ field: ClientHistory.ProfileChange.Field,
    to value: String, saying sentence: (_ from: String, _ to: String) -> String
  ) throws {
    let (book, recorded) = try record(command)
    guard let first = recorded.events.first else { return }
    let before = try book.history(of: command.client).0?.value(
      of: field, before: first.seq.rawValue)
    let none = field == .owner ? AttentionReport.unassigned : "(none)"
    report(
      recorded.events, sentence((before ?? none).visible, value.visible),
      extra: [
        .init("from", before.map { .string($0) } ?? .null), .init("to", .string(value)),
      ])
  }
}
