#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file kam writes beside the book (a demo's truth, an import's rejects),
/// made as carefully as the book itself.
///
/// It is created owner-only (0600, whatever the umask) under a fresh
/// temporary name in its folder (`mkstemp`: `O_CREAT | O_EXCL`, so never
/// through a link), then renamed over the target. A symbolic link planted at
/// the target is refused rather than followed or replaced.
package final class SideFile {
  /// Where the file ends up.
  let path: String
  /// The temporary name it is written under until ``publish()``.
  private(set) var temporaryPath: String
  private var file: UnsafeMutablePointer<FILE>?
  private let what: String

  /// Creates the temporary file next to `path`; `what` names the file in messages.
  ///
  /// - Throws: ``BookError`` with ``BookError/Code/cannotCreate`` when `path`
  ///   is a symbolic link or the folder cannot take a new file.
  init(replacing path: String, what: String) throws(BookError) {
    try Self.refuseLink(path, what: what)
    self.path = path
    self.what = what
    var template = Array(
      (Self.folder(of: path) + "/." + Self.name(of: path) + ".kam-XXXXXX").utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard descriptor >= 0 else {
      throw BookError(
        .cannotCreate, "cannot create \(what) \(path): \(String(cString: strerror(errno)))")
    }
    temporaryPath = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
    fchmod(descriptor, 0o600)
    guard let file = fdopen(descriptor, "w") else {
      close(descriptor)
      unlink(temporaryPath)
      throw BookError(.io, "cannot write \(what) \(path): \(String(cString: strerror(errno)))")
    }
    self.file = file
  }

  deinit { discard() }

  /// Appends `text`.
  func write(_ text: String) throws(BookError) {
    guard let file, fputs(text, file) >= 0 else {
      throw BookError(.io, "cannot write \(what) \(path): \(String(cString: strerror(errno)))")
    }
  }

  /// Flushes the file and renames it over ``path``; later writes go on in place.
  func publish() throws(BookError) {
    guard let file, fflush(file) == 0 else {
      throw BookError(.io, "cannot write \(what) \(path): \(String(cString: strerror(errno)))")
    }
    // Checked again at the last moment: rename would replace a link planted meanwhile.
    try Self.refuseLink(path, what: what)
    guard rename(temporaryPath, path) == 0 else {
      throw BookError(
        .cannotCreate, "cannot create \(what) \(path): \(String(cString: strerror(errno)))")
    }
    temporaryPath = path
  }

  /// Flushes, publishes when not yet done, and closes the file.
  func finish() throws(BookError) {
    if temporaryPath != path { try publish() }
    guard let file else { return }
    self.file = nil
    guard fclose(file) == 0 else {
      throw BookError(.io, "cannot write \(what) \(path): \(String(cString: strerror(errno)))")
    }
  }

  /// Closes the file, and removes it when it was never published.
  func discard() {
    if let file { fclose(file) }
    file = nil
    if temporaryPath != path { unlink(temporaryPath) }
    temporaryPath = path
  }

  /// Writes `text` to `path` in one go: the target holds the old file or the whole new one.
  package static func write(_ text: String, to path: String, what: String) throws(BookError) {
    let file = try SideFile(replacing: path, what: what)
    try file.write(text)
    try file.finish()
  }

  /// Refuses a symbolic link at `path`, with one line naming it.
  package static func refuseLink(_ path: String, what: String) throws(BookError) {
    var status = stat()
    if lstat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFLNK {
      throw BookError(
        .cannotCreate,
        "\(path) is a symbolic link; kam does not write \(what) through one (remove it or choose another path)"
      )
    }
  }

  /// The folder holding `path` (`.` for a bare name).
  package static func folder(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }

  /// The last component of `path`.
  package static func name(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return path }
    return String(path[path.index(after: slash)...])
  }
}
