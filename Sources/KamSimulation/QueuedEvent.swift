import KamDomain
import KamTime

/// An event that happened and waits for the day someone enters it.
struct QueuedEvent {
  var stream: String
  var event: DomainEvent
  var occurredAt: Instant
  var owner: Int
  /// Entered by mistake: a retraction follows this many days after it is entered.
  var retractAfter: Int?
}
