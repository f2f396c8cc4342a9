/// A scalar of a flat JSON object: what event payloads are made of.
public enum FlatJSONValue: Hashable, Sendable {
  /// A string.
  case string(String)
  /// An integer (money in minor units, counts, basis points).
  case integer(Int64)
  /// A number with a fraction (probabilities).
  case number(Double)
  /// true or false.
  case bool(Bool)
  /// null.
  case null
}

/// A flat JSON object (`{"key": scalar, …}`), read and written by hand.
///
/// Event payloads are flat by design, so a few hundred lines of scanning
/// replace a generic decoder: a full rebuild decodes every payload, and this is
/// where its time goes.
public struct FlatJSON: Hashable, Sendable {
  /// The members, in document order.
  public var members: [(key: String, value: FlatJSONValue)]

  /// An empty object.
  public init() { members = [] }

  /// The value of `key`, or nil when absent.
  public subscript(key: String) -> FlatJSONValue? {
    for member in members where member.key == key { return member.value }
    return nil
  }

  /// Adds a member.
  public mutating func set(_ key: String, _ value: FlatJSONValue) {
    members.append((key, value))
  }

  public static func == (lhs: FlatJSON, rhs: FlatJSON) -> Bool {
    lhs.members.count == rhs.members.count
      && zip(lhs.members, rhs.members).allSatisfy { $0.key == $1.key && $0.value == $1.value }
  }

  public func hash(into hasher: inout Hasher) {
    for member in members {
      hasher.combine(member.key)
      hasher.combine(member.value)
    }
  }
}
