/// A client's short, stable name: lower-case letters, digits and hyphens, such as `acme-sp`.
///
/// The slug names the client's event stream, so it never changes once used.
public struct ClientSlug: RawRepresentable, Hashable, Comparable, Sendable, CustomStringConvertible
{
  /// The slug's text.
  public let rawValue: String

  /// Validates a slug: 1–64 characters of `a–z`, `0–9` and `-`, starting with a letter or digit.
  public init?(rawValue: String) {
    let bytes = rawValue.utf8
    guard let first = bytes.first, bytes.count <= 64, first != UInt8(ascii: "-"),
      bytes.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D })
    else { return nil }
    self.rawValue = rawValue
  }

  /// What a valid slug looks like, for error messages.
  public static let rule = "1–64 lower-case letters, digits and hyphens, not starting with a hyphen"

  public var description: String { rawValue }
  public static func < (lhs: ClientSlug, rhs: ClientSlug) -> Bool { lhs.rawValue < rhs.rawValue }
}
