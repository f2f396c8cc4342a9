#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes rejected rows, with their line and reason, to a CSV file.
final class RejectWriter {
  private let file: UnsafeMutablePointer<FILE>
  let path: String

  init(path: String) throws(BookError) {
    guard let file = fopen(path, "w") else {
      throw BookError(.io, "cannot write rejects to \(path): \(String(cString: strerror(errno)))")
    }
    self.file = file
    self.path = path
    fputs("line,reason,row\n", file)
  }

  deinit { fclose(file) }

  func write(line: Int, reason: String, row: [UInt8]) throws {
    let text = "\(line),\(Self.quote(reason)),\(Self.quote(String(decoding: row, as: UTF8.self)))\n"
    guard fputs(text, file) >= 0 else {
      throw BookError(.io, "cannot write rejects to \(path)")
    }
  }

  static func quote(_ text: String) -> String {
    "\"" + text.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"")
      + "\""
  }
}
