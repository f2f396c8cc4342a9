public import KamBook
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
    try? book.forEachEvent(matching: EventFilter(stream: bookStream)) { stored in
      if stored.seq.rawValue == 1 { simulated = stored.id.rawValue.hasPrefix("sim-") }
    }
    return simulated
  }

  /// Removes a book file with its SQLite companions (`-wal`, `-shm`).
  public static func removeFiles(of path: String) {
    for suffix in ["", "-wal", "-shm"] { unlink(path + suffix) }
  }

  /// Writes `text` to `path` as a ``SideFile``: owner-only, never through a link.
  static func writeText(_ text: String, to path: String) throws(BookError) {
    try SideFile.write(text, to: path, what: "the truth file")
  }
}

extension Book {
  /// The prefix of the draft files a simulation of `path` is built in.
  static func draftPrefix(for path: String) -> String {
    "." + SideFile.name(of: path) + ".demo-"
  }

  /// Creates an empty owner-only draft file beside `path`: `.NAME.demo-PID-XXXXXX`.
  static func makeDraft(for path: String) throws(BookError) -> String {
    let template = SideFile.folder(of: path) + "/" + draftPrefix(for: path) + "\(getpid())-XXXXXX"
    var bytes = Array(template.utf8CString)
    let descriptor = bytes.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard descriptor >= 0 else {
      throw BookError(.cannotCreate, "cannot create \(path): \(String(cString: strerror(errno)))")
    }
    close(descriptor)
    return bytes.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
  }

  /// Moves a finished draft to `path`, never over a file that appeared meanwhile.
  static func publish(draft: String, at path: String) throws(BookError) {
    if link(draft, path) == 0 {
      removeFiles(of: draft)
      return
    }
    let reason = errno
    // A folder without hard links (some network and FUSE file systems): rename,
    // after one more look, is the best left.
    guard reason != EEXIST, access(path, F_OK) != 0 else {
      throw BookError(.cannotCreate, "\(path) exists already; a simulated book needs a new file")
    }
    guard rename(draft, path) == 0 else {
      throw BookError(.cannotCreate, "cannot create \(path): \(String(cString: strerror(errno)))")
    }
    removeFiles(of: draft)
  }

  /// Removes the drafts (and their `-wal`, `-shm`) of simulations of `path`
  /// whose process is gone: a `kam demo` killed before it finished.
  static func removeAbandonedDrafts(of path: String) {
    let folder = SideFile.folder(of: path)
    let prefix = draftPrefix(for: path)
    guard let directory = opendir(folder) else { return }
    defer { closedir(directory) }
    var abandoned: [String] = []
    while let entry = readdir(directory) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
      }
      guard name.hasPrefix(prefix) else { continue }
      let pid = name.dropFirst(prefix.count).prefix { $0 != "-" }
      guard let pid = pid_t(pid), kill(pid, 0) != 0, errno == ESRCH else { continue }
      abandoned.append(folder + "/" + name)
    }
    for file in abandoned { unlink(file) }
  }

  /// True when `path` is itself an empty regular file (not a link to one): nothing a
  /// replacement could lose.
  public static func isEmptyFile(path: String) -> Bool {
    var status = stat()
    return lstat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG
      && status.st_size == 0
  }

  /// True when `path` is a symbolic link.
  public static func isSymbolicLink(path: String) -> Bool {
    var status = stat()
    return lstat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFLNK
  }
}
