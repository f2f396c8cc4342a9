public import KamTime

extension FlatJSON {
  /// A required string member.
  public func string(_ key: String) throws(PayloadError) -> String {
    guard case .string(let value)? = self[key] else { throw .missing(key, "a string") }
    return value
  }

  /// An optional string member (absent or null gives nil).
  public func optionalString(_ key: String) throws(PayloadError) -> String? {
    switch self[key] {
    case nil, .null?: return nil
    case .string(let value)?: return value
    default: throw .missing(key, "a string or null")
    }
  }

  /// A required integer member.
  public func integer(_ key: String) throws(PayloadError) -> Int64 {
    guard case .integer(let value)? = self[key] else { throw .missing(key, "an integer") }
    return value
  }

  /// An optional integer member.
  public func optionalInteger(_ key: String) throws(PayloadError) -> Int64? {
    switch self[key] {
    case nil, .null?: return nil
    case .integer(let value)?: return value
    default: throw .missing(key, "an integer or null")
    }
  }

  /// A required number member (integers are accepted).
  public func number(_ key: String) throws(PayloadError) -> Double {
    switch self[key] {
    case .number(let value)?: return value
    case .integer(let value)?: return Double(value)
    default: throw .missing(key, "a number")
    }
  }

  /// A required client slug.
  public func slug(_ key: String) throws(PayloadError) -> ClientSlug {
    let text = try string(key)
    guard let slug = ClientSlug(rawValue: text) else { throw .missing(key, "a client slug") }
    return slug
  }

  /// A required money amount in minor units.
  ///
  /// Beyond ``Money/readableLimit`` either way it was not written by kam, and
  /// reading it fails rather than let a forged amount reach the sums.
  public func money(_ key: String) throws(PayloadError) -> Money {
    try Self.bounded(key, try integer(key))
  }

  /// An optional money amount in minor units.
  public func optionalMoney(_ key: String) throws(PayloadError) -> Money? {
    guard let minor = try optionalInteger(key) else { return nil }
    return try Self.bounded(key, minor)
  }

  private static func bounded(_ key: String, _ minor: Int64) throws(PayloadError) -> Money {
    guard minor.magnitude <= Money.readableLimit.minorUnits.magnitude else {
      throw .missing(key, "an amount of at most ±\(Money.readableLimit)")
    }
    return Money(minorUnits: minor)
  }

  /// A required `YYYY-MM-DD` date.
  public func date(_ key: String) throws(PayloadError) -> CalendarDate {
    guard let date = CalendarDate(iso: try string(key)) else { throw .missing(key, "a date") }
    return date
  }

  /// An optional `YYYY-MM-DD` date.
  public func optionalDate(_ key: String) throws(PayloadError) -> CalendarDate? {
    guard let text = try optionalString(key) else { return nil }
    guard let date = CalendarDate(iso: text) else { throw .missing(key, "a date") }
    return date
  }

  /// Adds a member unless the value is nil.
  public mutating func setIfPresent(_ key: String, _ value: String?) {
    if let value { set(key, .string(value)) }
  }
}

/// A payload that does not have the members its type and version promise.
public enum PayloadError: Error, Hashable, Sendable, CustomStringConvertible {
  /// A member is absent or of the wrong kind.
  case missing(String, String)
  /// The payload is not a flat JSON object.
  case malformed
  /// No event type of this name and version is known.
  case unknownType(String, Int)
  /// A member's value is not one of the allowed words.
  case unknownWord(String, String)

  public var description: String {
    switch self {
    case .missing(let key, let expected): return "member \"\(key)\" should be \(expected)"
    case .malformed: return "the payload is not a flat JSON object"
    case .unknownType(let type, let version): return "unknown event type \(type) v\(version)"
    case .unknownWord(let key, let value): return "member \"\(key)\" has unknown value \"\(value)\""
    }
  }
}

extension FlatJSON {
  /// A required currency code.
  public func currency(_ key: String) throws(PayloadError) -> Currency {
    guard let currency = Currency(rawValue: try string(key)) else {
      throw .missing(key, "a currency code")
    }
    return currency
  }
}
