#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where a command's output and messages go, and the environment it reads.
///
/// A task-local, so that tests run the real commands in parallel, each with
/// its own captured output and environment, while `kam` itself writes to the
/// process's standard streams.
public final class Console: @unchecked Sendable {
  /// The environment variables the command sees.
  public let environment: Environment
  private let capture: Bool
  private var outBuffer: [UInt8] = []
  private var errBuffer: [UInt8] = []
  /// The pager standard output goes through, once a table started it.
  private var pager: UnsafeMutablePointer<FILE>?

  /// The console of the current task.
  @TaskLocal public static var current = Console(environment: .process, capture: false)

  /// Creates a console; with `capture`, output is kept for ``capturedOut``.
  public convenience init(environment: [String: String], capture: Bool) {
    self.init(environment: Environment(environment), capture: capture)
  }

  /// Creates a console reading `environment`; with `capture`, output is kept.
  init(environment: Environment, capture: Bool) {
    self.environment = environment
    self.capture = capture
  }

  /// Writes to standard output (buffered; see ``flush()``).
  public func out(_ text: String) {
    outBuffer.append(contentsOf: text.utf8)
    flushWhenFull()
  }

  /// Flushes once 64 KiB are buffered, unless output is captured.
  private func flushWhenFull() {
    if !capture && outBuffer.count >= 1 << 16 { flush() }
  }

  /// Writes buffered standard output to the process's stdout.
  public func flush() {
    guard !capture, !outBuffer.isEmpty else { return }
    Self.writeAll(outBuffer, to: pager.map { fileno($0) } ?? 1)
    outBuffer.removeAll(keepingCapacity: true)
  }

  private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) {
    bytes.withUnsafeBytes { buffer in
      var offset = 0
      while offset < buffer.count {
        let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
        if written <= 0 { return }
        offset += written
      }
    }
  }

  /// Writes a line to standard output, as it is: JSON, CSV and text kam made.
  public func line(_ text: String = "") { out(text + "\n") }

  /// Writes a JSON value and a line break to standard output, rendered straight into the
  /// buffer, an array element by element: a whole book's rows are megabytes, and a copy
  /// through a `String`, or a buffer grown to hold them all, costs more than rendering.
  func line(_ json: JSON) {
    if case .array(let values) = json {
      outBuffer.append(UInt8(ascii: "["))
      for (index, value) in values.enumerated() {
        if index > 0 { outBuffer.append(UInt8(ascii: ",")) }
        value.render(into: &outBuffer)
        flushWhenFull()
      }
      outBuffer.append(UInt8(ascii: "]"))
    } else {
      json.render(into: &outBuffer)
    }
    outBuffer.append(0x0A)
    flushWhenFull()
  }

  /// Writes a JSON array of `items` and a line break, each element built only as it is
  /// rendered: a whole book's rows held as one `JSON` value first are tens of megabytes of
  /// small allocations, freed again once written.
  func line<Items: Collection>(jsonArray items: Items, _ element: (Items.Element) -> JSON) {
    outBuffer.append(UInt8(ascii: "["))
    // By index: each element is lent to `element`, where iterating would copy it (a
    // listed client's row retains a dozen arrays).
    var index = items.startIndex
    while index != items.endIndex {
      if index != items.startIndex { outBuffer.append(UInt8(ascii: ",")) }
      element(items[index]).render(into: &outBuffer)
      flushWhenFull()
      items.formIndex(after: &index)
    }
    outBuffer.append(UInt8(ascii: "]"))
    outBuffer.append(0x0A)
    flushWhenFull()
  }

  /// Writes a line for people that may hold stored text (a name, a note):
  /// control characters are shown escaped (``Swift/String/visible``).
  public func text(_ text: String) { out(text.visible + "\n") }

  /// Writes one line to standard error, control characters shown escaped so
  /// that a message echoing a value stays one line.
  public func err(_ text: String) { writeErr(text.visible) }

  private func writeErr(_ text: String) {
    if capture {
      errBuffer.append(contentsOf: (text + "\n").utf8)
    } else {
      flush()
      Self.writeAll(Array((text + "\n").utf8), to: 2)
    }
  }

  /// True when standard output is a terminal: tables fit it, may be bold and go through a pager.
  public var stdoutIsTerminal: Bool { !capture && isatty(1) != 0 }

  /// The terminal's width in columns, when standard output is one that says.
  public var terminalWidth: Int? {
    guard stdoutIsTerminal else { return nil }
    var size = winsize()
    guard ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
    return Int(size.ws_col)
  }

  /// Sends the rest of standard output through `$PAGER` (else `less -FRX`), when
  /// standard output is a terminal and the pager is found; never when capturing
  /// or writing to a pipe or file. `PAGER` set but empty means no pager.
  public func startPager() {
    guard stdoutIsTerminal, pager == nil else { return }
    let command = environment["PAGER"] ?? "less -FRX"
    guard let program = command.split(separator: " ").first.map(String.init),
      Self.isRunnable(program, path: environment["PATH"] ?? "/usr/bin:/bin")
    else { return }
    flush()
    // A reader who quits the pager early must not kill kam halfway with SIGPIPE.
    signal(SIGPIPE, SIG_IGN)
    pager = popen(command, "w")
  }

  /// Flushes standard output and waits for the pager, if one was started.
  public func finish() {
    flush()
    if let pager {
      pclose(pager)
      self.pager = nil
    }
  }

  private static func isRunnable(_ program: String, path: String) -> Bool {
    if program.contains("/") { return access(program, X_OK) == 0 }
    return path.split(separator: ":").contains { access("\($0)/\(program)", X_OK) == 0 }
  }

  /// True when standard error is a terminal (progress bars go there).
  public var stderrIsTerminal: Bool { !capture && isatty(2) != 0 }

  /// Writes progress to standard error without a newline (terminals only).
  public func progress(_ text: String) {
    guard stderrIsTerminal else { return }
    Self.writeAll(Array(("\r" + text).utf8), to: 2)
  }

  /// What was written to standard output, when capturing.
  public var capturedOut: String { String(decoding: outBuffer, as: UTF8.self) }
  /// What was written to standard error, when capturing.
  public var capturedErr: String { String(decoding: errBuffer, as: UTF8.self) }
}
