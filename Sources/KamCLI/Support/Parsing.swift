import KamBook
import KamDomain
import KamEventLog
import KamTime

/// Turns option values into domain values, with messages that say which
/// option, what was given and what was expected.
enum Parse {
  /// A client slug.
  static func slug(_ text: String, what: String = "client") throws -> ClientSlug {
    guard let slug = ClientSlug(rawValue: text) else {
      throw CLIError.badValue(what, text, expected: ClientSlug.rule)
    }
    return slug
  }

  /// A non-negative amount of money.
  static func amount(_ text: String, option: String) throws -> Money {
    guard let money = Money(decimal: text) else {
      throw CLIError.badValue(option, text, expected: Money.format)
    }
    guard money.minorUnits >= 0 else {
      throw CLIError.badValue(option, text, expected: "an amount of at least 0")
    }
    return money
  }

  /// A percentage from 0 to 100.
  static func percentage(_ text: String, option: String) throws -> Percentage {
    guard let value = Percentage(text: text) else {
      throw CLIError.badValue(
        option, text, expected: "a percentage from 0 to 100, such as 15 or 15%")
    }
    return value
  }

  /// A score from 0 to 100.
  static func score(_ value: Int, option: String) throws -> Int64 {
    guard (0...100).contains(value) else {
      throw CLIError.badValue(option, String(value), expected: "a score from 0 to 100")
    }
    return Int64(value)
  }

  /// A probability from 0 to 1 (or a percentage such as 70%).
  static func probability(_ text: String, option: String) throws -> Double {
    if text.hasSuffix("%"), let percent = Percentage(text: text) { return percent.fraction }
    guard let value = Double(text), value >= 0, value <= 1 else {
      throw CLIError.badValue(option, text, expected: "a probability from 0 to 1, such as 0.7")
    }
    return value
  }
}
