public import KamDomain
import KamEventLog
import KamSQLite
public import KamTime

extension Book {
  /// Every client's value over the policy's window ending on `date`, read from
  /// the value projection (one row per client) rather than by folding the log.
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
          SELECT d.client, v.days FROM client_directory d
          LEFT JOIN client_value v ON v.client = d.client ORDER BY d.client
          """)
        defer { select.reset() }
        var values: [ClientValue] = []
        while try select.step() {
          guard let client = ClientSlug(rawValue: select.column(0)) else { continue }
          let (revenue, cogs, costToServe) = select.withColumnBytes(1) {
            PackedValueDays.sum($0, in: window)
          }
          values.append(
            ClientValue(client: client, revenue: revenue, cogs: cogs, costToServe: costToServe))
        }
        return values
      }
    } catch {
      throw BookError.wrap(error)
    }
  }
}
