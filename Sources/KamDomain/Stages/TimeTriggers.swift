/// The time triggers of one critical day, in a byte.
///
/// Every critical day of every client carries some (a sale's day has the day it leaves
/// the window); a `Set` of them cost an allocation and a hash each time one was added.
struct TimeTriggers: Hashable, Sendable, ExpressibleByArrayLiteral {
  private var bits: UInt8 = 0

  init(arrayLiteral triggers: TimeTrigger...) {
    for trigger in triggers { insert(trigger) }
  }

  /// True when time changes nothing on the day.
  var isEmpty: Bool { bits == 0 }

  /// Adds a trigger.
  mutating func insert(_ trigger: TimeTrigger) { bits |= Self.bit(trigger) }

  /// True when the day has `trigger`.
  func contains(_ trigger: TimeTrigger) -> Bool { bits & Self.bit(trigger) != 0 }

  private static func bit(_ trigger: TimeTrigger) -> UInt8 {
    switch trigger {
    case .saleLeftWindow: 1 << 0
    case .meetingLeftWindow: 1 << 1
    case .costLeftWindow: 1 << 2
    case .complaintStale: 1 << 3
    case .initiativeEnded: 1 << 4
    case .tenureReached: 1 << 5
    }
  }
}
