/// The state each of the book's projections keeps, for a store to empty.
package enum ProjectionTable: String, CaseIterable, Sendable {
  /// One entry per client stream (`client_directory`).
  case directory
  /// Each client's stage timeline (`stage_transitions`).
  case stageTransitions
  /// Each client's packed value days (`client_value`).
  case valueDays
  /// Each client's folded history (`client_snapshots`).
  case snapshots
}
