import KamBook
import KamDomain
import KamEventLog

extension Recorder {
  /// Prints what was recorded, as ``report(_:_:lines:extra:)`` does, and for
  /// people what it changed: `lines` the command adds, then the client's stage
  /// today when the write moved it.
  ///
  /// The stages come from the histories the command was decided on and
  /// folded into (``RecordedCommand/before``, ``RecordedCommand/after``): one
  /// client, nothing read but the policy.
  func report(
    _ recorded: RecordedCommand, book: Book, _ sentence: String, lines: [String] = [],
    extra: [JSON.Member] = []
  ) throws {
    var lines = lines
    if global.outputFormat == .table, let change = try stageChange(recorded, book: book) {
      lines.append(change)
    }
    report(recorded.events, sentence, lines: lines, extra: extra)
  }

  /// `stage: transactional → cooperation (rule cooperation)` when the command
  /// moved the client's stage today; nil when it did not.
  func stageChange(_ recorded: RecordedCommand, book: Book) throws -> String? {
    guard let before = recorded.before, let after = recorded.after else { return nil }
    let today = try global.currentDate()
    let policy = try book.policy()
    let was = StageRules.evaluate(before, on: today, policy: policy)
    let now = StageRules.evaluate(after, on: today, policy: policy)
    guard was.stage != now.stage else { return nil }
    return "stage: \(was.stage.rawValue) → \(now.stage.rawValue) (rule \(now.rule.rawValue))"
  }

  /// What a logged meeting costs to serve, and why: `cost to serve 150.00 PLN:
  /// 90 min at 100.00/h`, or `--cost` given.
  func meetingCost(_ recorded: RecordedCommand, book: Book) throws -> String {
    guard let seq = recorded.events.first?.seq.rawValue,
      let meeting = recorded.after?.meetings.last(where: { $0.seq == seq })
    else { return "cost to serve: not known" }
    let policy = try book.policy()
    let cost = NumberText.grouped(meeting.costToServe(policy: policy)) + " \(book.currency)"
    if meeting.cost != nil { return "cost to serve \(cost): --cost given" }
    guard let minutes = meeting.minutes else {
      return "cost to serve \(cost): no --minutes or --cost given"
    }
    let rate = NumberText.grouped(Money(minorUnits: policy.hourlyRateMinor))
    return "cost to serve \(cost): \(minutes) min at \(rate)/h"
  }
}
