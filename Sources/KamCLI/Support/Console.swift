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
  public let environment: [String: String]
  private let capture: Bool
  private var outBuffer: [UInt8] = []
  private var errBuffer: [UInt8] = []

  /// The console of the current task.
  @TaskLocal public static var current = Console(environment: processEnvironment(), capture: false)

  /// Creates a console; with `capture`, output is kept for ``capturedOut``.
  public init(environment: [String: String], capture: Bool) {
    self.environment = environment
    self.capture = capture
  }

  /// Writes to standard output (buffered; see ``flush()``).
  public func out(_ text: String) {
    outBuffer.append(contentsOf: text.utf8)
    if !capture && outBuffer.count >= 1 << 16 { flush() }
  }

  /// Writes buffered standard output to the process's stdout.
  public func flush() {
    guard !capture, !outBuffer.isEmpty else { return }
    Self.writeAll(outBuffer, to: 1)
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

  /// The process's environment.
  public static func processEnvironment() -> [String: String] {
    var result: [String: String] = [:]
    var pointer = environ
    while let entry = pointer.pointee {
      let text = String(cString: entry)
      if let equals = text.firstIndex(of: "=") {
        result[String(text[..<equals])] = String(text[text.index(after: equals)...])
      }
      pointer += 1
    }
    return result
  }
}
