import Foundation
import KamTestSupport
import Testing

@Suite("tools/install")
struct InstallTests {
  @Test(
    "installs kam, the kam-team it hands team books to, its man page and completions under a prefix, and says how to reach kam"
  )
  func install() throws {
    let folder = TemporaryDirectory()
    let prefix = folder.file("prefix")
    let process = Process()
    process.executableURL = Harness.root.appendingPathComponent("tools/install")
    process.arguments = [prefix]
    // The debug kam the tests run, instead of a release build; a PATH without the prefix.
    process.environment = [
      "KAM_INSTALL_BINARY": Harness.executable, "PATH": "/usr/bin:/bin",
      "HOME": folder.path,
    ]
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let output = String(
      decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "\(output)")
    for file in [
      "bin/kam", "bin/kam-team", "share/man/man1/kam.1", "share/bash-completion/completions/kam",
      "share/zsh/site-functions/_kam", "share/fish/vendor_completions.d/kam.fish",
    ] {
      #expect(FileManager.default.fileExists(atPath: prefix + "/" + file), "no \(file)")
    }
    #expect(FileManager.default.isExecutableFile(atPath: prefix + "/bin/kam"))
    #expect(FileManager.default.isExecutableFile(atPath: prefix + "/bin/kam-team"))
    #expect(output.contains("export PATH=\"\(prefix)/bin:$PATH\""), "\(output)")
  }
}
