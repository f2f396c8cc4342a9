import KamDomain
import KamTime

/// One cell of a table for people: the value and what kind of value it is, so
/// that the renderer formats and aligns it (money grouped in thousands and
/// right-aligned, a share as a percentage, a date as a date).
enum TableCell: Hashable, Sendable {
  /// Text, left-aligned; truncated with "…" where its column is narrowed.
  case text(String)
  /// Text with a mark after it that cutting keeps: `sale-recorded (retracted)`
  /// narrowed is `sale-re… (retracted)`, never `sale-recorded (r…`.
  case marked(String, mark: String)
  /// An amount in the book's currency: `1,433,785.15`, right-aligned.
  case money(Money)
  /// A whole number: `6,960`, right-aligned.
  case count(Int64)
  /// A fraction shown as a percentage with one decimal: `0.061` → `6.1 %`.
  case share(Double)
  /// A figure already in words that lines up on the right (`73 %`, `< 0.1 %`).
  case figure(String)
  /// A business day.
  case date(CalendarDate)
  /// Nothing to show.
  case empty

  /// The cell as it is printed, control characters escaped.
  var rendered: String {
    switch self {
    case .text(let text): text.visible
    case .marked(let text, let mark): text.visible + " " + mark
    case .money(let money): NumberText.grouped(money)
    case .count(let count): NumberText.grouped(count)
    case .share(let share): NumberText.percent(share)
    case .figure(let text): text.visible
    case .date(let date): date.description
    case .empty: ""
    }
  }

  /// The cell cut to `width` columns, with "…" where cut; a mark is kept whole.
  func fitted(to width: Int) -> String {
    let text = rendered
    guard TextWidth.of(text) > width else { return text }
    if case .marked(let body, let mark) = self, width > TextWidth.of(mark) + 1 {
      return TextWidth.truncated(body.visible, to: width - TextWidth.of(mark) - 1) + " " + mark
    }
    return TextWidth.truncated(text, to: width)
  }

  /// True when the cell lines up on the right (numbers).
  var isNumeric: Bool {
    switch self {
    case .money, .count, .share, .figure: true
    case .text, .marked, .date, .empty: false
    }
  }
}
