import KamEventLog

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension Book {
  /// Where the ground truth of a simulated book at `path` goes: `NAME.truth.csv`.
  public static func truthPath(for path: String) -> String {
    (path.hasSuffix(".sqlite") ? String(path.dropLast(7)) : path) + ".truth.csv"
  }

  /// True when the file at `path` is a book that a simulation made: its first
  /// event has a simulated id. Anything else (a real book, another file) is false.
  public static func isSimulated(path: String) -> Bool {
    guard let book = try? Book(path: path) else { return false }
    var simulated = false
    try? book.log.forEachEvent(in: bookStream) { stored in
      if stored.seq.rawValue == 1 { simulated = stored.id.rawValue.hasPrefix("sim-") }
    }
    return simulated
  }

  /// Removes a book file with its SQLite companions (`-wal`, `-shm`).
  public static func removeFiles(of path: String) {
    for suffix in ["", "-wal", "-shm"] { unlink(path + suffix) }
  }

  /// Writes `text` to a new or emptied file.
  static func writeText(_ text: String, to path: String) throws(BookError) {
    guard let file = fopen(path, "w") else {
      throw BookError(.io, "cannot write \(path): \(String(cString: strerror(errno)))")
    }
    let written = fputs(text, file)
    let closed = fclose(file)
    guard written >= 0, closed == 0 else {
      throw BookError(.io, "cannot write \(path): \(String(cString: strerror(errno)))")
    }
  }
}
