import Foundation

/// A fresh folder under the system's temporary folder, removed when the value goes.
final class TemporaryDirectory {
  let path: String

  init() {
    var template = Array((NSTemporaryDirectory() + "kam-test-XXXXXX").utf8CString)
    let made = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
    path = String(cString: made!)
  }

  func file(_ name: String) -> String { path + "/" + name }

  deinit { try? FileManager.default.removeItem(atPath: path) }
}
