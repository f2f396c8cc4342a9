/// How the service report writes its numbers in words: "1,080 minutes in the quarter".
enum ServiceText {
  /// An integer with a comma every three digits.
  static func grouped(_ value: Int64) -> String {
    let digits = String(value.magnitude)
    var out = ""
    for (index, digit) in digits.enumerated() {
      if index > 0 && (digits.count - index) % 3 == 0 { out += "," }
      out.append(digit)
    }
    return (value < 0 ? "-" : "") + out
  }

  /// Money with grouped units and its two decimals: "-1,234.50".
  static func money(_ money: Money) -> String {
    let text = money.description
    let negative = text.hasPrefix("-")
    let body = negative ? String(text.dropFirst()) : text
    let parts = body.split(separator: ".", maxSplits: 1)
    let units = Int64(parts.first ?? "0") ?? 0
    let decimals = parts.count > 1 ? "." + parts[1] : ""
    return (negative ? "-" : "") + grouped(units) + decimals
  }

  /// "1 meeting", "3 meetings".
  static func count(_ value: Int, _ noun: String) -> String {
    "\(grouped(Int64(value))) \(noun)\(value == 1 ? "" : "s")"
  }

  /// A median: whole when it is, else with one decimal ("2.5").
  static func number(_ value: Double) -> String {
    let tenths = (value * 10).rounded()
    if tenths.truncatingRemainder(dividingBy: 10) == 0 { return grouped(Int64(tenths / 10)) }
    return grouped(Int64((tenths / 10).rounded(.towardZero))) + "."
      + String(Int64(abs(tenths)) % 10)
  }

  /// A share as a whole percentage ("18 %"); below 1 % with one decimal ("0.1 %"), so that
  /// a small share is not written as none.
  static func percent(_ share: Double) -> String {
    guard share > 0, share < 0.01 else { return "\(Int64((share * 100).rounded())) %" }
    let tenths = max(Int64((share * 1000).rounded()), 1)
    return tenths >= 10 ? "1 %" : "0.\(tenths) %"
  }

  /// The period in words: the quarter, the month, the year, or the N days.
  static func span(days: Int64) -> String {
    switch days {
    case 90...92: "the quarter"
    case 28...31: "the month"
    case 365...366: "the year"
    case 1: "the day"
    default: "the \(grouped(days)) days"
    }
  }

  /// The value window in words.
  static func window(days: Int) -> String {
    days == 365 ? "the year" : "\(grouped(Int64(days))) days"
  }
}
