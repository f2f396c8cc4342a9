/// An ISO 4217 currency code, such as `PLN`; amounts use two minor digits.
public struct Currency: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
  /// The three upper-case letters.
  public let rawValue: String

  /// Validates a code: exactly three letters A–Z.
  public init?(rawValue: String) {
    guard rawValue.utf8.count == 3, rawValue.utf8.allSatisfy({ $0 >= 0x41 && $0 <= 0x5A }) else {
      return nil
    }
    self.rawValue = rawValue
  }

  /// Polish złoty, the default of a new book.
  public static let pln = Currency(rawValue: "PLN")!

  public var description: String { rawValue }
}
