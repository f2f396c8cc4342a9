#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a text file one line at a time, so that memory stays flat however
/// large the file is, and a line however long is refused or skipped at a
/// bounded cost.
///
/// A line ends where the file's first line ending says: LF (with or without
/// a CR before it), or a bare CR when that comes first, as in old Mac
/// exports. Once a file has shown LF endings, a CR inside a line is data.
final class LineReader {
  /// The longest line ``next()`` returns, without its ending: 1 MiB. A CSV
  /// row is a few hundred bytes; a longer "line" is a binary file, or a file
  /// whose line endings were lost, and holding it whole would only hide that.
  static let maxLineBytes = 1 << 20

  /// How lines end, once the file has shown it.
  private enum Ending { case unknown, lf, cr }

  private let file: UnsafeMutablePointer<FILE>
  /// The path, for messages.
  let path: String
  private var chunk = [UInt8](repeating: 0, count: 65_536)
  private var start = 0
  private var end = 0
  private var ending = Ending.unknown
  private var atEnd = false
  /// The 1-based number of the line last read or skipped.
  private(set) var lineNumber = 0
  /// Bytes consumed so far: the file offset of the next line.
  private(set) var bytesRead = 0
  /// The file offset of the line last read.
  private(set) var lineOffset = 0
  /// The file's size in bytes.
  let size: Int
  /// False for a pipe or a device, which can be read only once.
  let isRegularFile: Bool

  /// Opens a file; nil with `errno` set when it cannot be opened.
  init?(path: String) {
    guard let file = fopen(path, "r") else { return nil }
    self.file = file
    self.path = path
    var info = stat()
    let known = fstat(fileno(file), &info) == 0
    size = known ? Int(info.st_size) : 0
    isRegularFile = known && (info.st_mode & S_IFMT) == S_IFREG
  }

  deinit { fclose(file) }

  /// The next line without its line ending, or nil at the end of the file.
  ///
  /// - Throws: ``BookError/Code/badInput`` for a line longer than
  ///   ``maxLineBytes``, ``BookError/Code/io`` when the file cannot be read.
  func next() throws(BookError) -> [UInt8]? {
    var line: [UInt8] = []
    var overlong = false
    let found = try consumeLine { bytes in
      if overlong { return }
      if line.count + bytes.count > Self.maxLineBytes {
        overlong = true
        line = []
      } else {
        line.append(contentsOf: bytes)
      }
    }
    guard found else { return nil }
    if ending == .lf, line.last == 0x0D { line.removeLast() }
    if overlong {
      throw BookError(
        .badInput,
        "\(path):\(lineNumber): the line is longer than \(Self.maxLineBytes) bytes, the limit "
          + "(a binary file, or line endings other than LF, CRLF or CR?)")
    }
    return line
  }

  /// Consumes the next line without keeping it; false at the end of the file.
  func skip() throws(BookError) -> Bool {
    try consumeLine { _ in }
  }

  /// Feeds the next line's bytes, piece by piece, to `take`; false when the
  /// file had no more lines.
  private func consumeLine(_ take: (ArraySlice<UInt8>) -> Void) throws(BookError) -> Bool {
    lineOffset = bytesRead
    var any = false
    while true {
      if start == end {
        guard try refill() else {
          if any { lineNumber += 1 }
          return any
        }
      }
      any = true
      var index = start
      while index < end, chunk[index] != 0x0A, chunk[index] != 0x0D { index += 1 }
      if index == end {
        take(chunk[start..<end])
        bytesRead += end - start
        start = end
        continue
      }
      let byte = chunk[index]
      if byte == 0x0D, ending == .lf {
        // A CR inside a line of an LF file is data; one right before the LF
        // is part of the ending, and ``next()`` drops it.
        take(chunk[start...index])
        bytesRead += index + 1 - start
        start = index + 1
        continue
      }
      take(chunk[start..<index])
      bytesRead += index + 1 - start
      start = index + 1
      if byte == 0x0D {
        // A CR: the line ends here unless an LF follows, which makes it CRLF.
        if start == end { _ = try refill() }
        if start < end, chunk[start] == 0x0A {
          start += 1
          bytesRead += 1
          if ending == .unknown { ending = .lf }
        } else if ending == .unknown {
          ending = .cr
        }
      } else {
        if ending == .unknown { ending = .lf }
      }
      lineNumber += 1
      return true
    }
  }

  /// Reads the next chunk of the file; false at its end.
  private func refill() throws(BookError) -> Bool {
    if atEnd { return false }
    let count = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
    start = 0
    end = count
    if count == 0 {
      atEnd = true
      if ferror(file) != 0 {
        throw BookError(.io, "cannot read \(path): \(String(cString: strerror(errno)))")
      }
      return false
    }
    return true
  }
}
