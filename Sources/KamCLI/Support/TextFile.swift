import KamDomain

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads small input files (policies) whole.
enum TextFile {
  /// A policy file, validated: exit 66 when missing, 65 naming the member at fault.
  static func policy(_ path: String) throws -> Policy {
    guard let document = FlatJSON(text: try read(path)) else {
      throw CLIError(
        .dataError, "\(path): not a flat JSON object of policy members (see docs/policy.md)")
    }
    do {
      return try Policy(document: document)
    } catch {
      throw CLIError(.dataError, "\(path): \(error)")
    }
  }

  /// The file's text; exit 66 when it cannot be opened.
  static func read(_ path: String) throws -> String {
    guard let file = fopen(path, "r") else {
      throw CLIError(.noInput, "cannot open \(path): \(String(cString: strerror(errno)))")
    }
    defer { fclose(file) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65_536)
    while true {
      let count = fread(&buffer, 1, buffer.count, file)
      if count <= 0 { break }
      bytes.append(contentsOf: buffer[0..<count])
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
