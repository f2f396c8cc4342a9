import KamDomain
import KamTime

extension ImportRules {
  /// The UTF-8 byte-order mark, dropped from the start of a UTF-8 file.
  static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

  /// A line's bytes as UTF-8, in the rules' encoding: checked, or converted.
  ///
  /// - Throws: a ``RowError`` for the whole line naming the first bad byte,
  ///   its offset in the line and in the file (both from 0).
  func utf8(_ line: [UInt8], lineNumber: Int, offset: Int) throws(RowError) -> [UInt8] {
    var line = line
    var dropped = 0
    if lineNumber == 1, offset == 0, line.starts(with: Self.byteOrderMark) {
      guard encoding == .utf8 else {
        throw RowError(
          field: "",
          message:
            "the file starts with a UTF-8 byte-order mark, but the rules say encoding = \(encoding.rawValue)"
        )
      }
      line.removeFirst(3)
      dropped = 3
    }
    do {
      return try encoding.utf8(line)
    } catch {
      let at =
        "at offset \(error.offset + dropped) of the line, \(offset + dropped + error.offset) of the file"
      let byte = Self.hex(error.byte)
      throw RowError(
        field: "",
        message: encoding == .utf8
          ? "invalid UTF-8 (byte \(byte)) \(at); if the file is not UTF-8, declare its encoding in "
            + "the rules (such as `encoding = windows-1250`)"
          : "byte \(byte) \(at) is not a character in \(encoding.rawValue)")
    }
  }

  /// `0xE9`.
  static func hex(_ byte: UInt8) -> String {
    let digits = Array("0123456789ABCDEF")
    return "0x" + String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 0x0F)])
  }

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
public struct RowError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The field at fault; empty when the fault is the line's bytes.
  public var field: String
  /// What was wrong and what was expected.
  public var message: String

  /// `field F: message`, or the message alone for the line as a whole.
  public var description: String { field.isEmpty ? message : "field \(field): \(message)" }
}
