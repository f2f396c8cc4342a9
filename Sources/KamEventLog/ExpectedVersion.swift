/// What an append expects of its stream: optimistic concurrency control.
public enum ExpectedVersion: Hashable, Sendable, CustomStringConvertible {
  /// Append whatever the stream's version.
  case any
  /// The stream must not exist yet.
  case noStream
  /// The stream must be exactly at this version (its last event's version).
  case exact(Int64)

  package func admits(_ current: Int64) -> Bool {
    switch self {
    case .any: return true
    case .noStream: return current == 0
    case .exact(let version): return current == version
    }
  }

  public var description: String {
    switch self {
    case .any: return "any version"
    case .noStream: return "no stream"
    case .exact(let version): return "version \(version)"
    }
  }
}
