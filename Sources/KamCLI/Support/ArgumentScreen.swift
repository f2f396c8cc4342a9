/// Command-line shapes that swift-argument-parser reads differently from what
/// the user meant, caught before (or explained after) parsing.
///
/// `-h1` is a group of short flags to the parser, `-h` among them, so it
/// printed help and recorded nothing with exit 0; `--note -x` reads `-x` as an
/// option, and the parser's "missing value" does not say how to give such a value.
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
}
