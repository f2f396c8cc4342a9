/// A table for people: a title, typed rows under worded headings, and notes.
///
/// Commands describe what they show once; ``TableRenderer`` decides how much
/// of it fits the terminal. JSON and CSV are written from the records, never
/// from this.
struct PeopleTable {
  /// The title line's parts (what, the book, the as-of day, the window,
  /// "Amounts in PLN"), joined with " · " and wrapped at the width.
  var title: [String]
  /// The columns, in the order printed.
  var columns: [TableColumn]
  /// The rows, a cell per column.
  var rows: [[TableCell]]
  /// What is printed instead of the headings when there is no row.
  var empty: String
  /// Lines printed after the table.
  var notes: [String] = []

  /// A table.
  init(
    title: [String], columns: [TableColumn], rows: [[TableCell]], empty: String = "(none)",
    notes: [String] = []
  ) {
    self.title = title
    self.columns = columns
    self.rows = rows
    self.empty = empty
    self.notes = notes
  }
}
