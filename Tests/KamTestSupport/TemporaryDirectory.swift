import Foundation

/// A fresh folder under the system's temporary folder, removed when the value goes.
public final class TemporaryDirectory {
  /// The folder's absolute path.
  public let path: String

  /// Makes the folder, named `kam-test-` and six random characters.
  public init() {
    var template = Array((NSTemporaryDirectory() + "kam-test-XXXXXX").utf8CString)
    let made = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
    path = String(cString: made!)
  }

  /// The path of `name` inside the folder.
  public func file(_ name: String) -> String { path + "/" + name }

  deinit { try? FileManager.default.removeItem(atPath: path) }
}
