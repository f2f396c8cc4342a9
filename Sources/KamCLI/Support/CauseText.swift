import KamBook
import KamDomain
import KamEventLog
import KamTime

/// A stage transition's cause as tables show it: the event that caused it
/// (`sale 12,000.50 (seq 4365)`, its day added when it is not the
/// transition's: `… on 2026-11-20 (seq 4365)`), else what passing time did
/// (`no sale for 365 days`), with the figures of the policy it was evaluated under.
///
/// JSON and CSV keep the cause as data (`rule`, `seq`); this is for people.
struct CauseText {
  /// Each causing event of the rows shown, by position: its words and its day.
  let causes: [Int64: Cause]
  /// Every policy put in force, to word a time trigger under its transition's version.
  let policies: [PolicyChange]

  /// Reads the events `transitions` name, and the book's policies.
  init(_ transitions: some Sequence<StageTransition>, book: Book, knownAt: Instant?) throws {
    // Read as for a fold: the words need an event's type, payload and day, not its ids.
    let read = try book.events(
      at: transitions.compactMap(\.causeSeq).map { SequenceNumber(rawValue: $0) }, fold: true)
    // Worded on every core, and kept as words: a whole-book table names tens of thousands
    // (CDNOW: 40,000), each a payload to decode.
    let worded = ParallelMap.map(read) { Cause(words: Self.words($0), day: $0.occurredAt.date) }
    causes = Dictionary(uniqueKeysWithValues: zip(read.lazy.map(\.seq.rawValue), worded))
    policies = try book.policyChanges(knownAt: knownAt)
  }

  /// The cause of `transition` in words; empty for a first transition that only a
  /// registration caused.
  func text(_ transition: StageTransition) -> String {
    if let seq = transition.causeSeq {
      guard let cause = causes[seq] else { return "seq \(seq)" }
      // Its day only when it is not the transition's own (a demotion after the grace).
      return cause.words + (cause.day == transition.on ? "" : " on \(cause.day)") + " (seq \(seq))"
    }
    guard let trigger = TimeTrigger(rawValue: transition.rule) else {
      return transition.from == nil ? "registered" : ""
    }
    let policy =
      policies.last { $0.policy.version == transition.policyVersion }?.policy
      ?? policies.last?.policy ?? Policy()
    return trigger.explanation(to: transition.to, policy: policy)
  }

  /// A causing event as a row words it.
  struct Cause: Sendable {
    var words: String
    var day: CalendarDate
  }

  /// What an event was, in a few words: `sale 12,000.50`, `meeting visit 90 min`.
  static func words(_ stored: StoredEvent) -> String {
    guard let event = try? DomainEvent(stored) else { return stored.type }
    switch event {
    case .saleRecorded(let sale):
      return sale.freeDelivery ? "free delivery" : "sale \(NumberText.grouped(sale.amount))"
    case .meetingHeld(let meeting):
      return "meeting \(meeting.kind.rawValue)" + (meeting.minutes.map { " \($0) min" } ?? "")
    case .complaintFiled(let complaint): return "complaint \(complaint.severity.rawValue)"
    case .complaintResolved(let resolution):
      return "complaint resolved"
        + (resolution.cost == .zero ? "" : ", cost \(NumberText.grouped(resolution.cost))")
    case .priceNegotiated(let negotiation):
      return "negotiation \(negotiation.outcome.rawValue)"
    case .initiativeStarted(let initiative): return "initiative \(initiative.kind.rawValue)"
    case .initiativeEnded: return "initiative ended"
    case .clientAssessed(let assessment): return "assessment, standing \(assessment.standing)"
    default: return stored.type
    }
  }
}
