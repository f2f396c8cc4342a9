public import KamDomain
import KamEventLog
import KamSQLite
public import KamTime

extension Book {
  /// Every client's value over the policy's window ending on `date`, read from
  /// the value projection: one indexed sum, no fold of the log.
  ///
  /// This is the book as known now, under the policy in force; a replay
  /// `--known-at` an earlier instant folds the log instead (``view(on:knownAt:)``).
  /// Clients without a fact in the window are there with zeros, as in ``Portfolio``.
  public func storedValues(on date: CalendarDate) throws(BookError) -> [ClientValue] {
    let window = ValueWindow(endingOn: date, policy: try policy())
    do {
      return try log.queue.read { db in
        let select = try db.cachedStatement(
          """
          SELECT d.client, coalesce(sum(v.revenue), 0), coalesce(sum(v.cogs), 0),
            coalesce(sum(v.cost_to_serve), 0)
          FROM client_directory d
          LEFT JOIN client_value_days v
            ON v.client = d.client AND v.on_date >= ?1 AND v.on_date <= ?2
          GROUP BY d.client ORDER BY d.client
          """)
        try select.bind([window.first.description, window.end.description])
        defer { select.reset() }
        var values: [ClientValue] = []
        while try select.step() {
          guard let client = ClientSlug(rawValue: select.column(0)) else { continue }
          values.append(
            ClientValue(
              client: client, revenue: Money(minorUnits: select.column(1)),
              cogs: Money(minorUnits: select.column(2)),
              costToServe: Money(minorUnits: select.column(3))))
        }
        return values
      }
    } catch {
      throw BookError.wrap(error)
    }
  }
}
