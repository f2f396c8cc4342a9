#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `kam`'s hand-over of a command line about a team book to `kam-team`: the same commands
/// with the PostgreSQL store linked in, which `kam` starts without (``ServerBooks``).
///
/// ```swift
/// TeamHandOver.handOverIfNeeded()  // kam's first line: returns unless it hands over
/// KamRunner.main()
/// ```
public enum TeamHandOver {
  /// Whether a command line, or `$KAM_DB`, names a `postgres://` (or `postgresql://`) book:
  /// as `--db`'s value, `--db=…`, `kam migrate`'s `--from` and `--to`. Any argument holding
  /// such a text counts, a note's included: handing that over costs only the start of
  /// `kam-team`, which runs every command `kam` does, to the same output.
  public static func namesServer(
    _ arguments: some Sequence<String>, environment: [String: String]
  ) -> Bool {
    arguments.contains(where: mentionsServer) || environment["KAM_DB"].map(mentionsServer) ?? false
  }

  /// Whether `text` holds `postgres://` or `postgresql://`, in any case. Compared byte by
  /// byte: `String.contains` and `lowercased()` instantiate the string-processing module's
  /// generic searchers, a quarter of a millisecond at every start of `kam`.
  static func mentionsServer(_ text: String) -> Bool {
    let bytes = Array(text.utf8)
    let scheme = Array("postgres".utf8)
    guard bytes.count >= scheme.count + 3 else { return false }
    for start in 0...(bytes.count - scheme.count - 3) {
      var index = start
      while index - start < scheme.count, bytes[index] | 0x20 == scheme[index - start] {
        index += 1
      }
      guard index - start == scheme.count else { continue }
      // postgresql:// as well as postgres://
      if index + 2 <= bytes.count, bytes[index] | 0x20 == UInt8(ascii: "q"),
        bytes[index + 1] | 0x20 == UInt8(ascii: "l")
      {
        index += 2
      }
      if index + 3 <= bytes.count, bytes[index..<index + 3].elementsEqual("://".utf8) {
        return true
      }
    }
    return false
  }

  /// Where `kam-team` is expected: beside the running executable (`/proc/self/exe`, not
  /// `argv[0]`, which a shell's `PATH` search leaves bare); nil where that cannot be told.
  public static var teamExecutable: String? {
    guard let path = runningExecutable, let slash = path.lastIndex(of: "/") else { return nil }
    return String(path[...slash]) + "kam-team"
  }

  /// The running executable's path (`/proc/self/exe`); nil where that cannot be told.
  static var runningExecutable: String? {
    #if os(Linux)
      var buffer = [CChar](repeating: 0, count: 4_096)
      let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
      guard count > 0 else { return nil }
      return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    #else
      return nil
    #endif
  }

  /// Runs `kam-team` in this process's place, with the same arguments and environment, when
  /// the command line names a team book and this process has no ``ServerBooks``; returns
  /// when it need not, or when there is no `kam-team` to run: the command then says so, in
  /// one line, where it opens the book.
  public static func handOverIfNeeded(_ arguments: [String] = CommandLine.arguments) {
    let database = getenv("KAM_DB").map { String(cString: $0) }
    guard namesServer(arguments.dropFirst(), environment: database.map { ["KAM_DB": $0] } ?? [:]),
      ServerBooks.installed == nil,
      let team = teamExecutable, access(team, X_OK) == 0
    else { return }
    var argv = arguments.map { strdup($0) } + [nil]
    execv(team, &argv)
    // Only a failed exec returns: carry on, and let opening the book say what is missing.
    for pointer in argv { free(pointer) }
  }
}
