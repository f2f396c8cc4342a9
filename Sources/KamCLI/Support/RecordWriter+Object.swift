extension RecordWriter {
  /// Prints one flat result: a JSON object, a CSV header and row, or the
  /// sentence `table` prints for people.
  ///
  /// What commands that record or rebuild report, so that `-O csv` is honoured
  /// rather than read as "table".
  func writeObject(_ members: [JSON.Member], table: () -> Void) {
    switch format {
    case .json: console.line(JSON.object(members))
    case .csv:
      console.line(members.map { Self.csvField($0.key) }.joined(separator: ","))
      console.line(members.map { Self.csvField($0.value.cell) }.joined(separator: ","))
    case .table: table()
    }
  }
}
