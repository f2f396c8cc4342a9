import KamDomain
import KamTime

extension ImportRules {
  /// Splits one line into columns.
  func columns(of line: [UInt8]) -> [Substring] {
    switch delimiter {
    case .whitespace:
      return String(decoding: line, as: UTF8.self).split(whereSeparator: { $0 == " " || $0 == "\t" }
      )
    case .character(let separator):
      return Self.splitQuoted(line, separator: separator)
    }
  }

  /// RFC 4180 fields of one line: quotes around a field, `""` for a quote inside.
  static func splitQuoted(_ line: [UInt8], separator: UInt8) -> [Substring] {
    var fields: [Substring] = []
    var current: [UInt8] = []
    var quoted = false
    var index = 0
    while index < line.count {
      let byte = line[index]
      if quoted {
        if byte == UInt8(ascii: "\"") {
          if index + 1 < line.count, line[index + 1] == UInt8(ascii: "\"") {
            current.append(byte)
            index += 1
          } else {
            quoted = false
          }
        } else {
          current.append(byte)
        }
      } else if byte == UInt8(ascii: "\"") && current.isEmpty {
        quoted = true
      } else if byte == separator {
        fields.append(Substring(String(decoding: current, as: UTF8.self)))
        current.removeAll(keepingCapacity: true)
      } else {
        current.append(byte)
      }
      index += 1
    }
    fields.append(Substring(String(decoding: current, as: UTF8.self)))
    return fields
  }

  /// A row's value for a field: its column, or its constant; nil when absent or blank.
  func value(_ field: String, in columns: [Substring]) throws(RowError) -> String? {
    switch fields[field] {
    case nil: return nil
    case .constant(let text)?: return text
    case .column(let index)?:
      guard index < columns.count else {
        throw RowError(
          field: field,
          message: "the row has \(columns.count) columns; expected at least \(index + 1)")
      }
      let text = columns[index].trimmingBlanks
      return text.isEmpty ? nil : text
    }
  }

  /// Parses a date in the rules' format.
  func date(_ text: String) -> CalendarDate? {
    let bytes = Array(text.utf8)
    func number(_ range: Range<Int>) -> Int? {
      guard range.upperBound <= bytes.count else { return nil }
      var value = 0
      for byte in bytes[range] {
        guard byte >= 0x30, byte <= 0x39 else { return nil }
        value = value * 10 + Int(byte - 0x30)
      }
      return value
    }
    let parts: (Int?, Int?, Int?)
    switch dateFormat {
    case .iso: return CalendarDate(iso: text)
    case .compact:
      guard bytes.count == 8 else { return nil }
      parts = (number(0..<4), number(4..<6), number(6..<8))
    case .dotted, .dayFirst:
      guard bytes.count == 10 else { return nil }
      parts = (number(6..<10), number(3..<5), number(0..<2))
    case .monthFirst:
      guard bytes.count == 10 else { return nil }
      parts = (number(6..<10), number(0..<2), number(3..<5))
    }
    guard let year = parts.0, let month = parts.1, let day = parts.2 else { return nil }
    return CalendarDate(year: year, month: month, day: day)
  }
}

/// What is wrong with one row: the field and why.
public struct RowError: Error, Hashable, Sendable {
  /// The field at fault.
  public var field: String
  /// What was wrong and what was expected.
  public var message: String
}
