import Foundation
import KamCLI
import KamTestSupport
import Testing

/// The quick variant of `tools/reliability diskfull`: an import into a tiny tmpfs.
@Suite("A full disk")
struct DiskFullTests {
  /// A 512 KiB tmpfs mounted for this run (a new book with every schema and its write-ahead
  /// log takes most of 256 KiB), or why there is none (the test then shows as
  /// skipped with that reason).
  static let mount: (path: String?, reason: String) = {
    guard getuid() == 0 else { return (nil, "mounting a tmpfs needs root") }
    let folder = TemporaryDirectory().path + "-full"
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/mount")
    process.arguments = ["-t", "tmpfs", "-o", "size=512k", "tmpfs", folder]
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return (nil, "no /bin/mount") }
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      return (nil, "this machine does not allow mounting a tmpfs")
    }
    return (folder, "")
  }()

  @Test(
    "an import that fills the disk exits 74 with one line, and the book stays whole and writable",
    .enabled(if: mount.path != nil, "SKIPPED: disk full: \(mount.reason)"))
  func fullDisk() throws {
    let folder = try #require(Self.mount.path)
    defer {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: "/bin/umount")
      process.arguments = [folder]
      try? process.run()
      process.waitUntilExit()
    }
    let harness = Harness()
    let book = folder + "/book.sqlite"
    let environment = harness.environment.merging(["KAM_DB": book]) { $1 }
    func run(_ arguments: String...) -> (status: Int32, out: String, err: String) {
      InProcessKam.capture(arguments, environment: environment)
    }
    #expect(run("init").status == 0)
    #expect(run("client", "add", "acme", "--name", "ACME", "--on", "2024-01-01").status == 0)
    let rows = (1...20_000).map {
      "big\($0),2025-\(String(format: "%02d", 1 + $0 % 12))-\(10 + $0 % 18),\(10 + $0 % 900).50,0"
    }
    let csv = try harness.write(
      "big.csv", "customer,day,net,cogs\n" + rows.joined(separator: "\n") + "\n")
    let rules = try harness.write("big.rules", ImportTests.rules)
    let before = try KamSQLiteProbe(path: book).count("SELECT count(*) FROM events")
    let full = run("import", csv, "--rules", rules)
    #expect(full.status == 74, "\(full.err)")
    #expect(full.err.split(separator: "\n").count == 1)
    #expect(try KamSQLiteProbe(path: book).rows("PRAGMA integrity_check") == "ok")
    #expect(run("verify").status == 0)
    // Whole slices at most: none here, since the disk filled within the first.
    #expect(try KamSQLiteProbe(path: book).count("SELECT count(*) FROM events") == before)
    #expect(run("clients").status == 0)
    #expect(run("log", "sale", "acme", "--amount", "1").status == 0)
  }
}
