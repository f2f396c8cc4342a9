/// Where `kam explain` writes its lines for people: each fitted to the width
/// (`$COLUMNS`, else the terminal, else 80) by breaking it at blanks, the
/// continuation indented under the line's own indent; `--wide` keeps lines whole.
struct ExplainLines {
  let console: Console
  let style: TableStyle

  /// Writes a line that may hold stored text (control characters escaped), broken to fit.
  func text(_ line: String) {
    let visible = line.visible
    guard !style.wide, TextWidth.of(visible) > style.width else {
      console.line(visible)
      return
    }
    let indent = String(visible.prefix { $0 == " " })
    let hanging = indent + "    "
    var lines: [String] = []
    var current = ""
    for word in visible.dropFirst(indent.count).split(separator: " ") {
      if current.isEmpty {
        current = (lines.isEmpty ? indent : hanging) + word
      } else if TextWidth.of(current) + 1 + TextWidth.of(String(word)) <= style.width {
        current += " " + word
      } else {
        lines.append(current)
        current = hanging + word
      }
    }
    if !current.isEmpty { lines.append(current) }
    // A word longer than the width is cut, so that no line passes it.
    for line in lines { console.line(TextWidth.truncated(line, to: style.width)) }
  }
}
