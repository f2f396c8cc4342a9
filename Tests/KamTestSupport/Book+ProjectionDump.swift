public import KamBook
import KamDomain
import KamEventLog
import KamTime

extension Book {
  /// Everything the projections keep, one line per row, read through the
  /// store's seam: what "rebuild ≡ incremental" compares, on any store.
  public func projectionDump() throws -> [String] {
    try store.read { tx in
      var lines: [String] = []
      for entry in try tx.directoryEntries() { lines.append("directory \(entry)") }
      let everything = TransitionQuery(asOf: CalendarDate(iso: "9999-12-31")!)
      for transition in try tx.transitions(matching: everything) {
        lines.append("transition \(transition)")
      }
      try tx.forEachValueDays(knownBy: CalendarDate(iso: "9999-12-31")!) { client, days in
        lines.append("value \(client) \(Array(days))")
      }
      for (client, snapshot) in try tx.snapshots().sorted(by: { $0.client < $1.client }) {
        lines.append("snapshot \(client) \(snapshot)")
      }
      return lines
    }
  }
}
