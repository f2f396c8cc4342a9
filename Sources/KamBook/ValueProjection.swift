import KamDomain

/// Keeps each client's revenue, cost of goods and cost to serve per business
/// day, priced by the policy in force (``PackedValueDays``; `client_value` in SQL).
enum ValueProjection {
  /// The projection, for one catch-up.
  static func make() -> PerClientProjection<ValueDaysRow?> {
    PerClientProjection(
      name: "client-value", table: .valueDays,
      compute: { history, policy in
        // The same first day the replay path uses to leave out clients not known yet.
        StageTimeline.firstDay(of: history).map {
          ValueDaysRow(firstDay: $0, days: PackedValueDays.pack(history.valueDays(policy: policy)))
        }
      },
      store: { client, row, tx in try tx.replaceValueDays(of: client, with: row ?? nil) })
  }
}
