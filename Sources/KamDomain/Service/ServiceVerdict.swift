/// Whether a client's service in a period matches what it is worth and could become.
public enum ServiceVerdict: String, CaseIterable, Hashable, Sendable, CustomStringConvertible {
  /// Effort well above what the client's value and stage warrant.
  case overServed = "over-served"
  /// A key or high-value client served below its tier's usual effort, or out of rhythm.
  case underServed = "under-served"
  /// Neither.
  case balanced

  /// The raw value.
  public var description: String { rawValue }
}
