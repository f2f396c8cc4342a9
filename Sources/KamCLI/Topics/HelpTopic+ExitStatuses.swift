extension HelpTopic {
  /// The exit statuses, from ``ExitStatus/all``.
  static var exitStatusesPage: String {
    let rows = ExitStatus.all.sorted { $0.status < $1.status }.map {
      let number = String($0.status)
      return String(repeating: " ", count: 5 - number.count) + number + "  " + $0.meaning + "\n"
    }
    return """
      Exit statuses

      Every status but 0 comes with one line on stderr saying what was wrong and,
      for a file, where (its line and field).


      """ + rows.joined()
  }
}
