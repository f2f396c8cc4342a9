#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a text file one line at a time, so that memory stays flat however
/// large the file is.
final class LineReader {
  private let file: UnsafeMutablePointer<FILE>
  private var buffer: UnsafeMutablePointer<CChar>?
  private var capacity = 0
  /// The 1-based number of the line last read.
  private(set) var lineNumber = 0
  /// Bytes read so far, for progress.
  private(set) var bytesRead = 0
  /// The file's size in bytes.
  let size: Int

  /// Opens a file; nil with `errno` set when it cannot be opened.
  init?(path: String) {
    guard let file = fopen(path, "r") else { return nil }
    self.file = file
    var info = stat()
    size = fstat(fileno(file), &info) == 0 ? Int(info.st_size) : 0
  }

  deinit {
    free(buffer)
    fclose(file)
  }

  /// The next line without its line ending (`\n` or `\r\n`), or nil at the end.
  func next() -> [UInt8]? {
    let count = getline(&buffer, &capacity, file)
    guard count >= 0, let buffer else { return nil }
    lineNumber += 1
    bytesRead += count
    var length = count
    while length > 0, buffer[length - 1] == 0x0A || buffer[length - 1] == 0x0D { length -= 1 }
    return buffer.withMemoryRebound(to: UInt8.self, capacity: length) {
      Array(UnsafeBufferPointer(start: $0, count: length))
    }
  }
}
