/// What the profile learns to tell apart: which training clients count as lasting.
public enum ProfileLabel: String, CaseIterable, Hashable, Sendable {
  /// Still buying on the outcome day, Pareto class A or B, stage cooperation or higher:
  /// the lasting key client.
  case lastingKeyClient = "lasting-key-client"
  /// Still buying on the outcome day, whatever its class and stage: the label used when
  /// too few training clients became lasting key clients (a book of sales alone, with no
  /// meetings, never shows cooperation).
  case stillBuying = "still-buying"
}
