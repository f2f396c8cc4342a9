import KamDomain

/// Numbers for people, without Foundation: thousands grouped with commas, a
/// point before the decimals (`1,433,785.15`), fractions as percentages.
enum NumberText {
  /// An amount with two decimals, grouped: `-1,433,785.15`.
  static func grouped(_ money: Money) -> String {
    let magnitude = money.minorUnits.magnitude
    let cents = magnitude % 100
    return (money.minorUnits < 0 ? "-" : "") + group(magnitude / 100) + "."
      + (cents < 10 ? "0" : "") + String(cents)
  }

  /// A whole number, grouped: `6,960`.
  static func grouped(_ number: Int64) -> String {
    (number < 0 ? "-" : "") + group(number.magnitude)
  }

  /// A fraction as a percentage with one decimal: `0.0612` → `6.1 %`, `1.036` → `103.6 %`.
  static func percent(_ share: Double) -> String {
    let scaled = (share * 1000).rounded()
    guard scaled.isFinite, scaled.magnitude < 1e15 else { return "–" }
    let tenths = Int64(scaled)
    let magnitude = tenths.magnitude
    return (tenths < 0 ? "-" : "") + group(magnitude / 10) + "." + String(magnitude % 10) + " %"
  }

  private static func group(_ number: UInt64) -> String {
    // Digits and commas as bytes: a whole-book table groups a hundred thousand figures.
    let digits = String(number).utf8
    let count = digits.count
    return String(unsafeUninitializedCapacity: count + (count - 1) / 3) { buffer in
      var written = 0
      for (index, digit) in digits.enumerated() {
        if index > 0, (count - index) % 3 == 0 {
          buffer[written] = UInt8(ascii: ",")
          written += 1
        }
        buffer[written] = digit
        written += 1
      }
      return written
    }
  }
}
