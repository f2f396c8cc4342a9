/// Command-line shapes that swift-argument-parser reads differently from what
/// the user meant, caught before (or explained after) parsing.
///
/// `-h1` is a group of short flags to the parser, `-h` among them, so it
/// printed help and recorded nothing with exit 0; `--note -x` reads `-x` as an
/// option, and the parser's "missing value" does not say how to give such a value.
/// The parser's message for a word outside a fixed set (`--severity urgent`) is
/// worded unlike every other refusal, and runs over several lines from six values on.
enum ArgumentScreen {
  /// Refuses a short-flag group that holds `-h`, unless it is `-h` alone.
  static func screen(_ arguments: [String]) throws(CLIError) {
    for argument in arguments {
      if argument == "--" { return }
      // `-O json` is the one short option with a value; `-Ohtml` is its value attached.
      guard argument.hasPrefix("-"), !argument.hasPrefix("--"), !argument.hasPrefix("-O"),
        argument.count > 2
      else { continue }
      // Only a group that starts with h: `-shipped` is a value the parser then
      // reports as one, and `missingValue` explains.
      if argument.dropFirst().first == "h" {
        throw CLIError(
          .usage,
          "unknown option \"\(argument)\": -h (help) takes nothing after it; for help write -h or --help alone"
        )
      }
    }
  }

  /// A clearer message for the parser's "missing value" when the next word
  /// starts with `-`; nil when the parser's message is the right one.
  static func missingValue(in arguments: [String], parserMessage: String) -> String? {
    let marker = "Missing value for '"
    guard let range = parserMessage.firstRange(of: marker) else { return nil }
    let rest = parserMessage[range.upperBound...]
    guard let option = rest.split(whereSeparator: { $0 == " " || $0 == "'" }).first else {
      return nil
    }
    let name = String(option)
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else {
      return nil
    }
    let next = arguments[index + 1]
    guard next.hasPrefix("-") else { return nil }
    return "\(name) \"\(next)\": a value that starts with \"-\" must be written \(name)=\(next)"
  }

  /// kam's one line for the parser's "the value is invalid … please provide one of"
  /// (a word outside an `ExpressibleByArgument & CaseIterable` type), worded as
  /// ``CLIError/badValue(_:_:expected:)`` words every other bad value; nil for any
  /// other message, which is then shown as the parser wrote it.
  static func invalidValue(parserMessage: String) -> String? {
    let start = "The value '"
    let option = "' is invalid for '"
    let list = "'. Please provide one of "
    // From the end: the echoed value is the one part that may hold the markers.
    guard parserMessage.hasPrefix(start), let listRange = parserMessage.ranges(of: list).last,
      let optionRange = parserMessage[..<listRange.lowerBound].ranges(of: option).last,
      optionRange.lowerBound >= parserMessage.index(parserMessage.startIndex, offsetBy: start.count)
    else { return nil }
    let value = parserMessage[
      parserMessage.index(parserMessage.startIndex, offsetBy: start.count)..<optionRange.lowerBound]
    // `--severity <severity>`, or `-O <output-format>` as it was written.
    guard
      let name = parserMessage[optionRange.upperBound..<listRange.lowerBound]
        .split(separator: " ").first
    else { return nil }
    var values = parserMessage[listRange.upperBound...]
    let bulleted = "the following:\n"
    let words: [Substring]
    if values.hasPrefix(bulleted) {
      // Six values or more: one "  - value" line each.
      words = values.dropFirst(bulleted.count).split(separator: "\n").map {
        $0.hasPrefix("  - ") ? $0.dropFirst(4) : $0
      }
    } else {
      // "'a', 'b' or 'c'.": the quoted parts.
      while values.last == "." || values.last == "\n" { values = values.dropLast() }
      words = values.split(separator: "'", omittingEmptySubsequences: false).enumerated()
        .filter { $0.offset % 2 == 1 }.map(\.element)
    }
    guard !words.isEmpty else { return nil }
    return CLIError.badValue(
      String(name), String(value), expected: "one of " + words.joined(separator: ", ")
    ).message
  }
}
