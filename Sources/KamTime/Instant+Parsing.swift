extension Instant {
  /// Parses ISO 8601: `2026-11-28T10:00:00Z`, with optional fractional seconds
  /// and a `Z` or `±HH:MM` offset. A bare `YYYY-MM-DD` means the end of that day, UTC.
  ///
  /// Returns nil for anything else; a time without a zone is refused rather
  /// than guessed.
  public init?(iso text: some StringProtocol) {
    if let date = CalendarDate(iso: text) {
      self = date.end
      return
    }
    let bytes = Array(text.utf8)
    guard bytes.count >= 20, bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: " "),
      let date = CalendarDate(iso: String(decoding: bytes[0..<10], as: UTF8.self)),
      bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
      let hours = CalendarDate.number(bytes[11..<13]), hours < 24,
      let minutes = CalendarDate.number(bytes[14..<16]), minutes < 60,
      let seconds = CalendarDate.number(bytes[17..<19]), seconds < 60
    else { return nil }
    var index = 19
    var millis = 0
    if bytes[index] == UInt8(ascii: ".") {
      index += 1
      var scale = 100
      let start = index
      while index < bytes.count, let digit = CalendarDate.number(bytes[index..<index + 1]) {
        millis += digit * scale
        scale /= 10
        index += 1
      }
      guard index > start else { return nil }
    }
    guard index < bytes.count else { return nil }
    var offsetMinutes = 0
    switch bytes[index] {
    case UInt8(ascii: "Z") where index == bytes.count - 1:
      break
    case UInt8(ascii: "+"), UInt8(ascii: "-"):
      let sign = bytes[index] == UInt8(ascii: "-") ? -1 : 1
      guard bytes.count == index + 6, bytes[index + 3] == UInt8(ascii: ":"),
        let offsetHours = CalendarDate.number(bytes[index + 1..<index + 3]),
        let offsetMins = CalendarDate.number(bytes[index + 4..<index + 6])
      else { return nil }
      offsetMinutes = sign * (offsetHours * 60 + offsetMins)
    default:
      return nil
    }
    let inDay = Int64(((hours * 60 + minutes) * 60 + seconds) * 1000 + millis)
    self = date.start.advanced(byMilliseconds: inDay - Int64(offsetMinutes) * 60_000)
  }
}
