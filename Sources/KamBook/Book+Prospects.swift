public import KamDomain
public import KamTime

extension Book {
  /// The key-client profile learned on `date` and every open prospect's and first-year
  /// client's fit against it (`kam prospects`), as known at `knownAt`.
  ///
  /// Reads only the histories and the policy in force; nothing is recorded.
  public func prospects(on date: CalendarDate, knownAt: Instant? = nil) throws -> ProspectReport {
    let policy = try policy(knownAt: knownAt)
    // In slug order: the fit sums over clients, and must not change from run to run.
    let known = try histories(knownAt: knownAt).values.filter { $0.isKnown(by: date) }
      .sorted { $0.client < $1.client }
    return ProspectReport(known, on: date, policy: policy)
  }
}
