public import KamDomain
import KamEventLog
public import KamTime

extension Book {
  /// The name every client's listing for a day (``ClientListing``) is stored under.
  package static let clientListingName = "client-listing"
  /// The name every client's risk listing for a day (``RiskListing``) is stored under.
  package static let riskListingName = "risk-listing"

  /// Every client's listing on `date`, counting only what was recorded by `knownAt`: the
  /// rows of ``view(on:knownAt:before:focus:usingFit:)``, without the histories.
  ///
  /// Of the log as it stands, the listing is read back when it was stored for `date` at
  /// the log's last event, together with the policy, in one transaction; otherwise every
  /// client is evaluated and the listing kept (best effort, as the models are), so the next
  /// listing of the same log and day reads one row instead of every history.
  ///
  /// ```swift
  /// let listing = try book.listing(on: today)
  /// let keyAccounts = listing.rows.filter(\.isKeyAccount)
  /// ```
  public func listing(on date: CalendarDate, knownAt: Instant? = nil) throws(BookError)
    -> BookListing<ClientListing>
  {
    try listing(
      Self.clientListingName, on: date, knownAt: knownAt,
      { parts, date, _ throws(SnapshotError) in try ClientListing.decoded(parts: parts, on: date) },
      ClientListing.encodedParts
    ) {
      // A listing keeps each client's stage alone, not its explanation.
      let view = try view(
        on: date, knownAt: knownAt, before: nil, focus: nil, usingFit: true, explaining: false)
      return (BookListing(view), view.logHead)
    }
  }

  /// Every client's risk listing on `date`, loyal or not, highest risk first: what `kam risk`
  /// lists (prospects aside: they have no purchase to lose), stored and read back as
  /// ``listing(on:knownAt:)`` is.
  public func riskListing(on date: CalendarDate, knownAt: Instant? = nil) throws(BookError)
    -> BookListing<RiskListing>
  {
    try listing(
      Self.riskListingName, on: date, knownAt: knownAt,
      { parts, date, policy throws(SnapshotError) in
        try RiskListing.decoded(parts: parts, on: date, policy: policy)
      }, RiskListing.encodedParts
    ) {
      // Risk shows no key-account reason: the profile would be learned for nothing.
      let view = try view(
        on: date, knownAt: knownAt, before: nil, focus: nil, usingFit: false, explaining: false,
        spending: true)
      return (BookListing(view, spend: try spendModel(view)), view.logHead)
    }
  }

  /// The listing stored as `name` for `date`, when it is of the log as it stands; else
  /// `evaluate`'s, kept against the log position it was evaluated at (nil: not kept).
  private func listing<Row>(
    _ name: String, on date: CalendarDate, knownAt: Instant?,
    _ decode: ([[UInt8]], CalendarDate, Policy) throws(SnapshotError) -> [Row],
    _ encode: ([Row], CalendarDate) -> [[UInt8]],
    evaluate: () throws -> (BookListing<Row>, head: SequenceNumber?)
  ) throws(BookError) -> BookListing<Row> {
    try BookError.catching {
      if knownAt == nil,
        let stored = try store.reading({ tx in
          try storedListing(name, on: date, decode, in: tx)
        })
      {
        return stored
      }
      let (listing, head) = try evaluate()
      let parts = encode(listing.rows, date)
      keep(
        parts.enumerated().map { (Self.partName(name, $0.offset), date, $0.element) }, at: head)
      return listing
    }
  }

  /// One client's row of the listing stored for `date` at the log's last event, with its
  /// history and the policy in force, read in one transaction; nil when no listing of the
  /// log as it stands is stored, or the client is not in it.
  ///
  /// What `kam show` prints of a client without evaluating the book: a focused
  /// ``view(on:knownAt:before:focus:usingFit:)`` gives the same row (`StoredListingTests`),
  /// at the cost of every history and the portfolio.
  public func storedListing(of client: ClientSlug, on date: CalendarDate) throws(BookError)
    -> (listing: BookListing<ClientListing>, history: ClientHistory)?
  {
    try BookError.catching {
      try store.reading { tx in
        // Only the client's part is read, and its row decoded, of 23,570 on the CDNOW book.
        guard
          let (policy, row) = try storedClientRow(of: client, on: date, in: tx),
          let history = try history(of: client, in: tx).0
        else { return nil }
        return (BookListing(date: date, policy: policy, rows: [row]), history)
      }
    }
  }

  /// The rows stored as `name` for `date` at the log's last event, if any, with the policy
  /// in force, read in `tx`: the policy they were evaluated under, which `decode` is given
  /// with the parts.
  func storedListing<Row>(
    _ name: String, on date: CalendarDate,
    _ decode: ([[UInt8]], CalendarDate, Policy) throws(SnapshotError) -> [Row],
    in tx: any BookTransaction
  ) throws -> BookListing<Row>? {
    let head = try tx.lastSequence()
    var parts: [[UInt8]] = []
    let names = (0..<ListingParts.count).map { Self.partName(name, $0) }
    for stored in try tx.storedModels(names, on: date) {
      guard let stored, stored.logSeq == head else { return nil }
      parts.append(stored.body)
    }
    let policy = try policy(knownAt: nil, in: tx)
    // One of another format, or damaged, is evaluated again and replaced.
    guard let rows = try? decode(parts, date, policy) else { return nil }
    return BookListing(date: date, policy: policy, rows: rows)
  }

  /// `client`'s row of the listing stored as `name` for `date` at the log's last event,
  /// read by `decode` from the client's part alone, with the policy in force; nil when the
  /// part is not stored at that event, cannot be read, or does not hold the client.
  func storedRow<Row>(
    _ name: String, of client: ClientSlug, on date: CalendarDate,
    _ decode: ([UInt8], CalendarDate, Policy) throws(SnapshotError) -> Row?,
    in tx: any BookTransaction
  ) throws -> (policy: Policy, row: Row)? {
    let head = try tx.lastSequence()
    guard
      let stored = try tx.storedModel(
        Self.partName(name, ListingParts.part(of: client)), on: date),
      stored.logSeq == head
    else { return nil }
    let policy = try policy(knownAt: nil, in: tx)
    // `try?` flattens: nil for a part that cannot be read and for a client not in it.
    guard let row = try? decode(stored.body, date, policy) else { return nil }
    return (policy, row)
  }

  /// `client`'s row of the client listing stored for `date` at the log's last event, read
  /// from its part alone, with the policy in force (``storedRow(_:of:on:_:in:)``).
  func storedClientRow(of client: ClientSlug, on date: CalendarDate, in tx: any BookTransaction)
    throws -> (policy: Policy, row: ClientListing)?
  {
    try storedRow(
      Self.clientListingName, of: client, on: date,
      { part, date, _ throws(SnapshotError) in
        try ClientListing.decoded(part: part, on: date, client: client)
      }, in: tx)
  }

  /// The name a listing's part is stored under: the listing's own for the first part, which
  /// tells whether the listing is kept (all parts are kept in one transaction).
  package static func partName(_ name: String, _ part: Int) -> String {
    part == 0 ? name : "\(name)#\(part)"
  }
}
