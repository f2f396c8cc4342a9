package import KamEventLog
package import KamTime

/// A model fitted over the whole book and kept beside the projections: good for one
/// business day while the log ends at the event it was fitted at.
///
/// Unlike a projection it is not caught up: any event appended (a sale, a backdated one, a
/// retraction, a policy change) moves the log past `logSeq`, and the next query fits anew
/// and stores the result in its place.
package struct StoredModel: Sendable, Hashable {
  /// What it is: ``Book/churnModelsName`` or ``Book/spendModelName``.
  package var name: String
  /// The business day it was fitted for.
  package var day: CalendarDate
  /// The log's last event when it was fitted.
  package var logSeq: SequenceNumber
  /// The model's encoded form, starting with its format.
  package var body: [UInt8]

  /// Creates a row.
  package init(name: String, day: CalendarDate, logSeq: SequenceNumber, body: [UInt8]) {
    self.name = name
    self.day = day
    self.logSeq = logSeq
    self.body = body
  }
}
