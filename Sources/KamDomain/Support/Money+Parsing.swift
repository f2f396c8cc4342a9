extension Money {
  /// Parses a decimal amount as people type it: `12000`, `12000.5`, `12000.50`.
  ///
  /// A point is the only decimal separator, and there are no thousands
  /// separators: `12 000,50` or `12,000.50` is refused rather than guessed.
  /// At most two decimals; a third would be silently rounded money. Amounts
  /// beyond `limit` (by default ``Money/maximum``, either sign) are refused.
  public init?(
    decimal text: some StringProtocol, decimalSeparator: UInt8 = UInt8(ascii: "."),
    limit: Money = .maximum
  ) {
    var bytes = Substring(text).utf8[...]
    var negative = false
    if bytes.first == UInt8(ascii: "-") {
      negative = true
      bytes = bytes.dropFirst()
    }
    var units: Int64 = 0
    var fraction: Int64 = 0
    var fractionDigits = 0
    var seenSeparator = false
    var digits = 0
    for byte in bytes {
      if byte == decimalSeparator && !seenSeparator {
        seenSeparator = true
        continue
      }
      guard byte >= 0x30, byte <= 0x39 else { return nil }
      let digit = Int64(byte - 0x30)
      if seenSeparator {
        fractionDigits += 1
        guard fractionDigits <= 2 else { return nil }
        fraction = fraction * 10 + digit
      } else {
        digits += 1
        guard digits <= 15 else { return nil }
        units = units * 10 + digit
      }
    }
    guard digits > 0 || fractionDigits > 0, !(seenSeparator && fractionDigits == 0) else {
      return nil
    }
    if fractionDigits == 1 { fraction *= 10 }
    let minor = units * 100 + fraction
    guard minor <= limit.minorUnits else { return nil }
    self.init(minorUnits: negative ? -minor : minor)
  }

  /// What ``init(decimal:decimalSeparator:)`` accepts, for error messages.
  public static let format =
    "a decimal amount such as 12000 or 12000.50 (a point, no spaces, at most \(maximum))"
}
