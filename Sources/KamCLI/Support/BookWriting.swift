import ArgumentParser

/// A command that appends to the book (or, like `kam rebuild`, drops what it kept), after
/// which `kam` refreshes the day's listings in the background (``BackgroundRefresh``).
protocol BookWriting: ParsableCommand {
  /// The options naming the book and the day.
  var global: GlobalOptions { get }
  /// The book the command wrote to: ``GlobalOptions/bookPath`` but for `kam demo`, whose
  /// book is never $KAM_DB's; nil when it wrote nothing (`kam import --dry-run`).
  var writtenBook: String? { get }
}

extension BookWriting {
  var writtenBook: String? { global.bookPath }
}
