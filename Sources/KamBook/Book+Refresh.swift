import KamDomain
import KamEventLog
public import KamTime

extension Book {
  /// Evaluates and keeps the client listing and the risk listing of `date` for the log as
  /// it stands, with the models fitted on the way, and the service norms `kam explain`
  /// weighs a client against, so that the next whole-book or one-client query of that day
  /// reads them instead of evaluating every client.
  ///
  /// What the queries would have computed and kept themselves, only earlier: the kept
  /// listings are those a fresh evaluation gives (`RefreshTests`), the norms those the first
  /// explanation of an established client keeps, and nothing kept at an event the log has
  /// since moved past is read. What is already kept at the log's last event is read back,
  /// not evaluated again.
  ///
  /// ```swift
  /// let summary = try book.refresh(on: today)
  /// if !summary.kept { /* the log moved on meanwhile: the next query evaluates */ }
  /// ```
  public func refresh(on date: CalendarDate) throws(BookError) -> RefreshSummary {
    let head = try lastSequence()
    let clients = try listing(on: date)
    let risks = try riskListing(on: date)
    if let client = try establishedClient(in: clients) {
      // Its explanation weighs it against every client once, and keeps the quarter's norms.
      _ = try explanation(of: client, on: date)
    }
    let kept = try BookError.catching {
      try store.reading { tx in
        try tx.lastSequence() == head
          && [Self.clientListingName, Self.riskListingName].allSatisfy { name in
            try tx.storedModel(name, on: date)?.logSeq == head
          }
      }
    }
    return RefreshSummary(
      date: date, head: head, clients: clients.rows.count, risks: risks.rows.count, kept: kept)
  }

  /// The first client of `listing` that `kam explain` explains from what the book keeps
  /// (``isExplainedFromKeptParts(_:_:on:policy:)``), when the norms are not kept at the
  /// log's last event yet; nil when they are, or no client is such.
  private func establishedClient(in listing: BookListing<ClientListing>) throws(BookError)
    -> ClientSlug?
  {
    let period = ClientExplanation.servicePeriod(endingOn: listing.date)
    return try BookError.catching {
      try store.reading { tx -> ClientSlug? in
        if let kept = try tx.storedModel(Self.serviceNormsName, on: listing.date),
          kept.logSeq == (try tx.lastSequence()),
          (try? ServiceNorms(encoded: kept.body, period: period)) != nil
        {
          return nil
        }
        for row in listing.rows where !row.isProspect {
          guard let history = try history(of: row.client, in: tx).0 else { continue }
          if Self.isExplainedFromKeptParts(row, history, on: listing.date, policy: listing.policy) {
            return row.client
          }
        }
        return nil
      }
    }
  }
}
