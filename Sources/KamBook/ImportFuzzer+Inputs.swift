import KamDomain

/// The fuzzer's choices, drawn from SplitMix64 so that a seed names the same cases on
/// every platform.
extension SplitMix64 {
  /// A number in 0..<bound.
  mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(max(bound, 1))) }

  mutating func pick<T>(_ values: [T]) -> T { values[below(values.count)] }

  mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
}

extension ImportFuzzer {
  /// A valid CSV file and its rules, with what each row must become.
  struct Generated {
    struct Row {
      var client: String
      var amount: Int64
      var cost: Int64
      var note: String?
      /// The row's bytes in the file, without its line ending.
      var line: [UInt8]
    }

    var csv: [UInt8] = []
    var rules: [UInt8] = []
    /// Ref → the row.
    var rows: [String: Row] = [:]

    /// The CSV header's columns.
    static let header = ["customer", "day", "net", "cogs", "ref", "note"]

    static let notes = [
      "plain", "Zażółć gęślą jaźń", "ŁÓDŹ, ul. Śląska 5", "a \"quoted\" word", "semi;colon",
      "tab\there", "pipe|bar", "comma, and more", "#hash", "=SUM(A1)", "Škoda Ťahúň",
      "Größe", "£ not in 1250",
    ]
    static let wideNotes = ["☕ coffee", "日本", "𝄞 clef", "\u{2028}sep"]

    init(_ random: inout SplitMix64, number: Int) {
      let encoding: TextEncoding =
        random.chance(75) ? .utf8 : random.chance(60) ? .windows1250 : .iso88592
      let decimal: UInt8 = random.chance(80) ? UInt8(ascii: ".") : UInt8(ascii: ",")
      let delimiters: [(String, UInt8)] =
        decimal == UInt8(ascii: ",")
        ? [(";", UInt8(ascii: ";")), ("tab", 0x09), ("|", UInt8(ascii: "|"))]
        : [(",", UInt8(ascii: ",")), (";", UInt8(ascii: ";")), ("tab", 0x09)]
      let (delimiterName, delimiter) = random.pick(delimiters)
      let ending: [UInt8] = random.pick([[0x0A], [0x0A], [0x0A], [0x0D, 0x0A], [0x0D]])
      let skip = random.chance(70) ? 0 : 1 + random.below(3)

      var text = "event = sale\n"
      text += "delimiter = \(delimiterName)\n"
      if decimal == UInt8(ascii: ",") { text += "decimal = ,\n" }
      if encoding != .utf8 || random.chance(30) { text += "encoding = \(encoding.rawValue)\n" }
      if skip > 0 { text += "skip = \(skip)\n" }
      text += "header = yes\ncolumn.client = customer\ncolumn.date = day\n"
      text += "column.amount = net\ncolumn.cost = cogs\ncolumn.ref = ref\ncolumn.note = note\n"
      rules = Array(text.utf8)

      if encoding == .utf8, random.chance(20) { csv += ImportRules.byteOrderMark }
      for index in 0..<skip {
        csv += Self.encode("junk line \(index), ignored", encoding) + ending
      }
      csv += Array(Self.header.joined(separator: String(UnicodeScalar(delimiter))).utf8) + ending
      for index in 0..<(1 + random.below(8)) {
        let client = random.pick(["acme", "ACME", "beta-2", "c\(random.below(7))"])
        let day =
          "\(2020 + random.below(6))-\(Self.two(1 + random.below(12)))-\(Self.two(1 + random.below(28)))"
        let amount = Self.amount(&random)
        let cost = random.chance(30) ? nil : Self.amount(&random)
        var note: String? = random.chance(25) ? nil : random.pick(Self.notes)
        if encoding == .utf8, random.chance(10) { note = random.pick(Self.wideNotes) }
        if let text = note, Self.encodable(text, encoding) == false { note = "plain" }
        let ref = "f\(number)-\(index)"
        var fields = [
          client, day, Self.text(amount, decimal, &random),
          cost.map { Self.text($0, decimal, &random) } ?? "",
          ref, note.map { Self.quoted($0) } ?? "",
        ]
        if random.chance(10) { fields[2] = " " + fields[2] + " " }
        let line = Self.encode(fields.joined(separator: String(UnicodeScalar(delimiter))), encoding)
        csv += line + ending
        rows[ref] = Row(
          client: client.lowercased(), amount: amount, cost: cost ?? 0, note: note, line: line)
      }
    }

    /// Minor units at the edges and in between, up to ten million.
    static func amount(_ random: inout SplitMix64) -> Int64 {
      switch random.below(6) {
      case 0: return random.pick([0, 1, 5, 10, 99, 100, 101, 999_999_999, 1_000_000_000])
      case 1: return Int64(random.below(100))
      default: return Int64(random.below(1_000_000_001))
      }
    }

    /// Minor units as an export might write them: `12`, `12.5`, `12.50`, `.5`, `007.10`.
    static func text(_ minor: Int64, _ decimal: UInt8, _ random: inout SplitMix64) -> String {
      let units = minor / 100
      let cents = minor % 100
      let separator = String(UnicodeScalar(decimal))
      var whole = "\(units)"
      if random.chance(5) { whole = "00" + whole }
      if units == 0, cents > 0, random.chance(30) { whole = "" }
      if cents == 0, random.chance(50) { return whole.isEmpty ? "0" : whole }
      if cents % 10 == 0, random.chance(50) { return whole + separator + "\(cents / 10)" }
      return whole + separator + two(Int(cents))
    }

    static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    /// RFC 4180 quoting.
    static func quoted(_ text: String) -> String {
      "\"" + text.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"")
        + "\""
    }

    /// Unicode scalar → byte, for the single-byte encodings.
    static let reverse: [TextEncoding: [UInt32: UInt8]] = {
      var tables: [TextEncoding: [UInt32: UInt8]] = [:]
      for (encoding, table, first) in [
        (TextEncoding.windows1250, TextEncoding.windows1250High, 0x80),
        (TextEncoding.iso88592, TextEncoding.iso88592High, 0xA0),
      ] {
        var map: [UInt32: UInt8] = [:]
        for (index, scalar) in table.enumerated() where scalar != 0 {
          map[UInt32(scalar)] = UInt8(first + index)
        }
        tables[encoding] = map
      }
      return tables
    }()

    static func encodable(_ text: String, _ encoding: TextEncoding) -> Bool {
      guard encoding != .utf8 else { return true }
      return text.unicodeScalars.allSatisfy {
        $0.value < 0x80 || reverse[encoding]![$0.value] != nil
      }
    }

    static func encode(_ text: String, _ encoding: TextEncoding) -> [UInt8] {
      guard encoding != .utf8 else { return Array(text.utf8) }
      return text.unicodeScalars.map {
        $0.value < 0x80 ? UInt8($0.value) : reverse[encoding]![$0.value]!
      }
    }

    /// The default policy's document, some members set to other valid values.
    static func policy(_ random: inout SplitMix64) -> [UInt8] {
      var json = Policy().document
      if random.chance(50) {
        var members = json.members
        let index = random.below(members.count)
        if case .integer(let value) = members[index].value {
          members[index].value = .integer(value + Int64(random.below(3)))
        }
        json.members = members
      }
      return json.bytes
    }
  }

  /// Byte-level mutations, with tokens known to hurt parsers.
  enum Mutator {
    static let tokens: [[UInt8]] =
      [
        [0x0D], [0x0A], [0x0D, 0x0A], [0x22], [0x2C], [0x3B], [0x09], [0x20], [0x23], [0x3D],
        [0xEF, 0xBB, 0xBF], [0xC3], [0xFF], [0xFE], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
        [0xC0, 0x80], [0xE2, 0x82], [0x00], [0x1B], [0xE2, 0x80, 0xA8], [0xE9], [0x81], [0x5C],
        [0x22, 0x22], [0xEF, 0xBC, 0x91],
      ] + edgeNumbers.map { Array($0.utf8) }

    static let edgeNumbers = [
      "-1", "0", "1", "+1", " 2", "1e3", "0x10", "NaN", "-0", "00", "1.", ".5", "1.005",
      "99999999999999999999", "9223372036854775807", "9223372036854775808",
      "-9223372036854775808", "1000000000", "1000000001", "10000", "10001", "999999999999999",
      "9999999999999999", "1440", "1441",
    ]

    static let ruleLines = [
      "skip = ", "column.amount = ", "column.note = ", "encoding = ", "const.cost = ",
      "const.amount = ", "const.minutes = ", "header = ", "delimiter = ", "decimal = ",
      "date-format = ", "event = ", "const.date = ", "client-prefix = ",
    ]

    static let ruleValues =
      edgeNumbers + [
        "", "no", "yes", "whitespace", "tab", ",", ";", "utf-8", "windows-1250", "latin2",
        "UTF-16", "cp1252", "YYYYMMDD", "DD.MM.YYYY", "meeting", "client", "sale", "cogs", "net",
        "2026-13-01", "0001-01-01", "x\u{1B}[2J",
      ]

    static func mutate(_ bytes: inout [UInt8], _ random: inout SplitMix64, rules: Bool) {
      let count = bytes.count
      let at = random.below(count + 1)
      switch random.below(rules ? 13 : 11) {
      case 0, 1:
        guard count > 0 else { return }
        bytes[min(at, count - 1)] ^= UInt8(1 << random.below(8))
      case 2:
        guard count > 0 else { return }
        let length = min(1 + random.below(16), count - min(at, count - 1))
        bytes.removeSubrange(min(at, count - 1)..<(min(at, count - 1) + length))
      case 3: bytes.removeSubrange(at..<count)
      case 4, 5: bytes.insert(contentsOf: random.pick(tokens), at: at)
      case 6:
        bytes.insert(
          contentsOf: (0...random.below(8)).map { _ in UInt8(random.below(256)) }, at: at)
      case 7:
        guard count > 0 else { return }
        let start = min(at, count - 1)
        let slice = Array(bytes[start..<min(count, start + 1 + random.below(64))])
        bytes.insert(contentsOf: slice, at: random.below(count + 1))
      case 8:
        let ending: [UInt8] = random.pick([[0x0D], [0x0D, 0x0A], [0x0A]])
        var out: [UInt8] = []
        var index = 0
        while index < bytes.count {
          if bytes[index] == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A {
            out += ending
            index += 2
          } else if bytes[index] == 0x0A || bytes[index] == 0x0D {
            out += ending
            index += 1
          } else {
            out.append(bytes[index])
            index += 1
          }
        }
        bytes = out
      case 9:
        // A long line now and then: under the limit, or over it.
        if random.chance(20) {
          let length = random.pick([150_000, 1_048_575, 1_048_577, 2_000_000])
          bytes.insert(contentsOf: [UInt8](repeating: UInt8(ascii: "7"), count: length), at: at)
        } else {
          bytes.insert(contentsOf: random.pick(tokens), at: at)
        }
      case 10:
        // A run of digits replaced by a number at the edge.
        guard
          let start = (0..<count).first(where: {
            bytes[($0 + at) % count] >= 0x30 && bytes[($0 + at) % count] <= 0x39
          }).map({ ($0 + at) % count })
        else { return }
        var end = start
        while end < count, bytes[end] >= 0x30, bytes[end] <= 0x39 { end += 1 }
        bytes.replaceSubrange(start..<end, with: Array(random.pick(edgeNumbers).utf8))
      default:
        // A rules line with a value at the edge, at the end (last one wins) or anywhere.
        let line = Array((random.pick(ruleLines) + random.pick(ruleValues) + "\n").utf8)
        if random.chance(50) {
          bytes += line
        } else {
          let breaks = bytes.indices.filter { bytes[$0] == 0x0A }
          bytes.insert(contentsOf: line, at: breaks.isEmpty ? 0 : random.pick(breaks) + 1)
        }
      }
    }
  }
}
