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
          .badInput,
          "\(file):\(number): expected `key = value`, found \(ImportRules.shown(trimmed))")
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

  /// Lines to skip before the header, as the rules say: 0 to
  /// ``ImportRules/maxSkip``, digits only.
  public func skip(file: String) throws(BookError) -> Int {
    guard let entry = entries.last(where: { $0.key == "skip" }) else { return 0 }
    guard let count = ImportRules.number(entry.value, upTo: ImportRules.maxSkip) else {
      throw BookError(
        .badInput,
        "\(file):\(entry.line): skip \(ImportRules.shown(entry.value)): expected a number of "
          + "lines from 0 to \(ImportRules.maxSkip)")
    }
    return count
  }

  /// The CSV file's encoding, as the rules say (default UTF-8).
  public func encoding(file: String) throws(BookError) -> TextEncoding {
    guard let entry = entries.last(where: { $0.key == "encoding" }) else { return .utf8 }
    guard let encoding = TextEncoding(name: entry.value) else {
      throw BookError(
        .badInput,
        "\(file):\(entry.line): encoding \(ImportRules.shown(entry.value)): expected "
          + TextEncoding.accepted)
    }
    return encoding
  }

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
          "\(file):\(entry.line): delimiter \(ImportRules.shown(entry.value)): expected one character, tab or whitespace"
        )
      }
      return .character(byte)
    }
  }

  /// Checks every entry and matches column names against the header, line
  /// `headerLine` of the CSV file `csv`.
  public func resolve(header: [String]?, headerLine: Int = 1, csv: String = "", file: String)
    throws(BookError) -> ImportRules
  {
    func fail(_ line: Int, _ message: String) -> BookError {
      BookError(.badInput, "\(file):\(line): \(message)")
    }
    guard let eventEntry = entries.last(where: { $0.key == "event" }) else {
      throw BookError(.badInput, "\(file): no `event = …` line (expected sale, meeting or client)")
    }
    guard let kind = ImportRules.EventKind(rawValue: eventEntry.value) else {
      throw fail(
        eventEntry.line,
        "event \(ImportRules.shown(eventEntry.value)): expected sale, meeting or client")
    }
    var rules = ImportRules(event: kind)
    var constants: [(field: String, value: String, line: Int)] = []
    let names = ImportRules.fieldNames(for: kind)
    let allowed = Set(names.required + names.optional)
    for (key, value, line) in entries {
      switch key {
      case "event": break
      case "delimiter":
        rules.delimiter = try delimiter(file: file)
      case "skip":
        rules.skip = try skip(file: file)
      case "encoding":
        rules.encoding = try encoding(file: file)
      case "header":
        guard value == "yes" || value == "no" else {
          throw fail(line, "header \(ImportRules.shown(value)): expected yes or no")
        }
        rules.header = value == "yes"
      case "date-format":
        guard let format = DateFormat(rawValue: value) else {
          let formats = DateFormat.allCases.map(\.rawValue).joined(separator: ", ")
          throw fail(line, "date-format \(ImportRules.shown(value)): expected one of \(formats)")
        }
        rules.dateFormat = format
      case "decimal":
        guard value == "." || value == "," else {
          throw fail(line, "decimal \(ImportRules.shown(value)): expected . or ,")
        }
        rules.decimalSeparator = value.utf8.first!
      case "client-prefix":
        rules.clientPrefix = value
      default:
        let parts = key.split(separator: ".", maxSplits: 1)
        guard parts.count == 2, parts[0] == "column" || parts[0] == "const" else {
          throw fail(
            line,
            "unknown key \(ImportRules.shown(key)) (expected event, delimiter, skip, header, "
              + "date-format, decimal, client-prefix, encoding, column.FIELD or const.FIELD)")
        }
        let field = String(parts[1])
        guard allowed.contains(field) else {
          throw fail(
            line,
            "\(kind.rawValue) has no field \(ImportRules.shown(field)) (fields: "
              + (names.required + names.optional).joined(separator: ", ") + ")")
        }
        if parts[0] == "const" {
          constants.append((field, value, line))
          rules.fields[field] = .constant(value)
        } else if value.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) || value.hasPrefix("-")
          || value.hasPrefix("+")
        {
          guard let number = ImportRules.number(value, upTo: ImportRules.maxColumns), number >= 1
          else {
            throw fail(
              line,
              "column \(ImportRules.shown(value)): expected a column number from 1 to "
                + "\(ImportRules.maxColumns), or a header name")
          }
          rules.fields[field] = .column(number - 1)
        } else if let index = header?.firstIndex(of: value) {
          rules.fields[field] = .column(index)
        } else if let header {
          throw BookError(
            .badInput,
            "\(csv):\(headerLine): the header has no column \(ImportRules.shown(value)) "
              + "(\(file):\(line) names it; the header has "
              + ImportRules.shown(list: header) + ")")
        } else {
          throw fail(
            line,
            "column \(ImportRules.shown(value)): name columns by number when the file has no header"
          )
        }
      }
    }
    for field in names.required where rules.fields[field] == nil {
      throw BookError(.badInput, "\(file): \(kind.rawValue) needs `column.\(field) = …`")
    }
    // A constant is checked once here, not found wrong on every row.
    for (field, value, line) in constants where rules.fields[field] == .constant(value) {
      do {
        try rules.checkConstant(field, value)
      } catch {
        throw fail(line, "const.\(field): \(error.message)")
      }
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
