/// How tables for people are laid out in this invocation: the width they fit,
/// whether `--wide` lifts it, whether headings are bold.
///
/// The width is `$COLUMNS`, else the terminal's, else 80 (a pipe, a file, a
/// test). Bold only on a terminal, never with `NO_COLOR` set (no-color.org) or
/// `TERM=dumb`.
struct TableStyle {
  /// The width tables fit.
  var width: Int
  /// Every column at full width.
  var wide: Bool
  /// Bold headings.
  var bold: Bool

  /// The width when nothing says otherwise.
  static let defaultWidth = 80

  /// The style `console` and `--wide` ask for.
  init(console: Console, wide: Bool) {
    let environment = console.environment
    let columns = environment["COLUMNS"].flatMap { Int($0) }.flatMap { $0 > 0 ? $0 : nil }
    width = columns ?? console.terminalWidth ?? Self.defaultWidth
    self.wide = wide
    bold =
      console.stdoutIsTerminal && (environment["NO_COLOR"] ?? "").isEmpty
      && environment["TERM"] != "dumb"
  }

  /// The renderer of this style.
  var renderer: TableRenderer { TableRenderer(width: width, wide: wide, bold: bold) }
}
