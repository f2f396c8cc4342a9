import KamDomain

/// Text and figures made safe and readable for the HTML report.
enum HTML {
  /// `text` escaped for an element's content or a quoted attribute.
  ///
  /// Stored text (a client's name, an owner) can then neither open a tag nor end an
  /// attribute, and control characters show as escapes (`\e`, `\u{9B}`) as in the tables.
  static func escape(_ text: String) -> String {
    let visible = text.visible
    guard
      visible.utf8.contains(where: {
        $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27
      })
    else { return visible }
    var result = ""
    result.reserveCapacity(visible.utf8.count + 16)
    for character in visible.unicodeScalars {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      default: result.unicodeScalars.append(character)
      }
    }
    return result
  }

  /// An amount for people: grouped in thousands, two decimals (`-12,000.50`).
  static func money(_ amount: Money) -> String {
    let text = amount.description
    let negative = text.hasPrefix("-")
    let digits = negative ? text.dropFirst() : Substring(text)
    let point = digits.firstIndex(of: ".") ?? digits.endIndex
    return (negative ? "−" : "") + grouped(String(digits[..<point])) + String(digits[point...])
  }

  /// An amount rounded to whole units, grouped (`12,001`), for axes and labels.
  static func wholeMoney(_ amount: Money) -> String {
    let units = (amount.minorUnits + (amount.minorUnits >= 0 ? 50 : -50)) / 100
    return (units < 0 ? "−" : "") + grouped(String(units.magnitude))
  }

  /// A count grouped in thousands.
  static func count(_ value: Int) -> String {
    (value < 0 ? "−" : "") + grouped(String(value.magnitude))
  }

  /// A share as a percentage (`12.5 %`), as the tables print it.
  static func percent(_ share: Double) -> String { RiskText.percent(share) }

  /// A coordinate with one decimal, without Foundation's locale-dependent formatting.
  static func coordinate(_ value: Double) -> String {
    guard value.isFinite else { return "0" }
    let tenths = Int64((value * 10).rounded())
    let sign = tenths < 0 ? "-" : ""
    let magnitude = tenths.magnitude
    return magnitude % 10 == 0
      ? "\(sign)\(magnitude / 10)" : "\(sign)\(magnitude / 10).\(magnitude % 10)"
  }

  private static func grouped(_ digits: String) -> String {
    var result = ""
    for (index, digit) in digits.enumerated() {
      if index > 0, (digits.count - index) % 3 == 0 { result += "," }
      result.append(digit)
    }
    return result
  }
}
