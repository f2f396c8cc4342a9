import KamDomain

extension ImportRules {
  /// Parses a rules file's text; `columnNames` come from the CSV's header line.
  ///
  /// Column references stay symbolic until ``resolve(header:file:)``.
  public static func parse(_ text: String, file: String) throws(BookError) -> RawImportRules {
    var raw = RawImportRules()
    var number = 0
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      number += 1
      let content = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
      let trimmed = content.trimmingBlanks
      if trimmed.isEmpty { continue }
      guard let equals = trimmed.firstIndex(of: "=") else {
        throw BookError(
          .badInput, "\(file):\(number): expected `key = value`, found \"\(trimmed)\"")
      }
      let key = trimmed[..<equals].trimmingBlanks
      let value = trimmed[trimmed.index(after: equals)...].trimmingBlanks
      raw.entries.append((key, value, number))
    }
    return raw
  }
}

/// A rules file as written, before its columns are matched to a header.
public struct RawImportRules: Sendable {
  var entries: [(key: String, value: String, line: Int)] = []

  /// True when the first data line is a header, as the rules say (default yes).
  public var hasHeader: Bool {
    (entries.last { $0.key == "header" }?.value ?? "yes") == "yes"
  }

  /// Lines to skip before the header, as the rules say.
  public var skip: Int { entries.last { $0.key == "skip" }.flatMap { Int($0.value) } ?? 0 }

  /// The column separator the rules name (default: a comma).
  func delimiter(file: String) throws(BookError) -> ImportRules.Delimiter {
    guard let entry = entries.last(where: { $0.key == "delimiter" }) else {
      return .character(UInt8(ascii: ","))
    }
    switch entry.value {
    case "whitespace": return .whitespace
    case "tab": return .character(0x09)
    default:
      guard entry.value.utf8.count == 1, let byte = entry.value.utf8.first else {
        throw BookError(
          .badInput,
          "\(file):\(entry.line): delimiter \"\(entry.value)\": expected one character, tab or whitespace"
        )
      }
      return .character(byte)
    }
  }

  /// Checks every entry and matches column names against the header.
  public func resolve(header: [String]?, file: String) throws(BookError) -> ImportRules {
    func fail(_ line: Int, _ message: String) -> BookError {
      BookError(.badInput, "\(file):\(line): \(message)")
    }
    guard let eventEntry = entries.last(where: { $0.key == "event" }) else {
      throw BookError(.badInput, "\(file): no `event = …` line (expected sale, meeting or client)")
    }
    guard let kind = ImportRules.EventKind(rawValue: eventEntry.value) else {
      throw fail(eventEntry.line, "event \"\(eventEntry.value)\": expected sale, meeting or client")
    }
    var rules = ImportRules(event: kind)
    let names = ImportRules.fieldNames(for: kind)
    let allowed = Set(names.required + names.optional)
    for (key, value, line) in entries {
      switch key {
      case "event": break
      case "delimiter":
        rules.delimiter = try delimiter(file: file)
      case "skip":
        guard let count = Int(value), count >= 0 else {
          throw fail(line, "skip \"\(value)\": expected a number of lines")
        }
        rules.skip = count
      case "header":
        guard value == "yes" || value == "no" else {
          throw fail(line, "header \"\(value)\": expected yes or no")
        }
        rules.header = value == "yes"
      case "date-format":
        guard let format = DateFormat(rawValue: value) else {
          let formats = DateFormat.allCases.map(\.rawValue).joined(separator: ", ")
          throw fail(line, "date-format \"\(value)\": expected one of \(formats)")
        }
        rules.dateFormat = format
      case "decimal":
        guard value == "." || value == "," else {
          throw fail(line, "decimal \"\(value)\": expected . or ,")
        }
        rules.decimalSeparator = value.utf8.first!
      case "client-prefix":
        rules.clientPrefix = value
      default:
        let parts = key.split(separator: ".", maxSplits: 1)
        guard parts.count == 2, parts[0] == "column" || parts[0] == "const" else {
          throw fail(
            line,
            "unknown key \"\(key)\" (expected event, delimiter, skip, header, date-format, decimal, "
              + "client-prefix, column.FIELD or const.FIELD)")
        }
        let field = String(parts[1])
        guard allowed.contains(field) else {
          throw fail(
            line,
            "\(kind.rawValue) has no field \"\(field)\" (fields: "
              + (names.required + names.optional).joined(separator: ", ") + ")")
        }
        if parts[0] == "const" {
          rules.fields[field] = .constant(value)
        } else if let number = Int(value) {
          guard number >= 1 else {
            throw fail(line, "column \(value): columns are numbered from 1")
          }
          rules.fields[field] = .column(number - 1)
        } else if let index = header?.firstIndex(of: value) {
          rules.fields[field] = .column(index)
        } else {
          throw fail(
            line,
            header == nil
              ? "column \"\(value)\": name columns by number when the file has no header"
              : "column \"\(value)\" is not in the header (\(header!.joined(separator: ", ")))")
        }
      }
    }
    for field in names.required where rules.fields[field] == nil {
      throw BookError(.badInput, "\(file): \(kind.rawValue) needs `column.\(field) = …`")
    }
    return rules
  }
}

extension StringProtocol {
  /// Without leading and trailing spaces and tabs.
  var trimmingBlanks: String {
    var slice = Substring(self)
    while let first = slice.first, first == " " || first == "\t" || first == "\r" {
      slice.removeFirst()
    }
    while let last = slice.last, last == " " || last == "\t" || last == "\r" { slice.removeLast() }
    return String(slice)
  }
}
