/// Writes rejected rows, with their line and reason, to a CSV file.
///
/// The file is a ``SideFile``: owner-only, never written through a symbolic link.
final class RejectWriter {
  private let file: SideFile
  let path: String

  init(path: String) throws(BookError) {
    let file = try SideFile(replacing: path, what: "the rejects file")
    try file.write("line,reason,row\n")
    // Published at once, as the file always appeared: an import that stops
    // half-way still leaves the rows rejected so far.
    try file.publish()
    self.file = file
    self.path = path
  }

  func write(line: Int, reason: String, row: [UInt8]) throws {
    let text = "\(line),\(Self.quote(reason)),\(Self.quote(String(decoding: row, as: UTF8.self)))\n"
    try file.write(text)
  }

  static func quote(_ text: String) -> String {
    "\"" + text.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"")
      + "\""
  }
}
