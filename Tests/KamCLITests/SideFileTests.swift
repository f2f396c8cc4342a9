import Foundation
import KamSQLite
import KamTestSupport
import Testing

@Suite("Files beside the book: owner-only, never through a link, never made by a read")
struct SideFileTests {
  /// The permission bits of a file.
  static func mode(_ path: String) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    return (attributes[.posixPermissions] as! NSNumber).intValue
  }

  /// Runs the kam executable under a shell with umask 000, the worst case.
  static func kamUnderOpenUmask(_ harness: Harness, _ arguments: String) throws -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", "umask 000; \(Harness.executable) \(arguments) >/dev/null 2>&1"]
    process.environment = harness.environment
    try process.run()
    process.waitUntilExit()
    return process.terminationStatus
  }

  static let rejectedCSV = "customer,day,net,cogs\nacme,2026-01-05,x,60\n"

  @Test("the truth and rejects files are 0600 even under umask 000")
  func ownerOnly() throws {
    let harness = Harness()
    let demo = harness.folder.file("d.sqlite")
    #expect(try Self.kamUnderOpenUmask(harness, "demo --db \(demo) --clients 5 --years 1") == 0)
    #expect(try Self.mode(demo) == 0o600)
    #expect(try Self.mode(harness.folder.file("d.truth.csv")) == 0o600)
    harness.run("init")
    let csv = try harness.write("s.csv", Self.rejectedCSV)
    let rules = try harness.write("r.rules", ImportTests.rules)
    let rejects = harness.folder.file("rejects.csv")
    #expect(
      try Self.kamUnderOpenUmask(
        harness, "import \(csv) --rules \(rules) --skip-bad --rejects \(rejects)") == 0)
    #expect(try Self.mode(rejects) == 0o600)
    let text = try String(contentsOfFile: rejects, encoding: .utf8)
    #expect(text.hasPrefix("line,reason,row\n2,"))
  }

  @Test(
    "a symbolic link planted at the truth or rejects path is refused (73), its target untouched")
  func plantedLinks() throws {
    let harness = Harness()
    let target = try harness.write("target.txt", "secret\n")
    let truth = harness.folder.file("d.truth.csv")
    try FileManager.default.createSymbolicLink(atPath: truth, withDestinationPath: target)
    let demo = harness.run(
      "demo", "--db", harness.folder.file("d.sqlite"), "--clients", "5", "--years", "1")
    #expect(demo.status == 73)
    #expect(
      demo.err
        == "kam: \(truth) is a symbolic link; kam does not write the truth file through one (remove it or choose another path)\n"
    )
    #expect(!FileManager.default.fileExists(atPath: harness.folder.file("d.sqlite")))
    harness.run("init")
    let rejects = harness.folder.file("rejects.csv")
    try FileManager.default.createSymbolicLink(atPath: rejects, withDestinationPath: target)
    let imported = harness.run(
      "import", try harness.write("s.csv", Self.rejectedCSV), "--rules",
      try harness.write("r.rules", ImportTests.rules), "--skip-bad", "--rejects", rejects)
    #expect(imported.status == 73)
    #expect(
      imported.err
        == "kam: \(rejects) is a symbolic link; kam does not write the rejects file through one (remove it or choose another path)\n"
    )
    #expect(try String(contentsOfFile: target, encoding: .utf8) == "secret\n")
    #expect(try harness.eventCount() == 1)
  }

  @Test(
    "a read or write command on an empty file says so (66) and leaves it empty",
    arguments: [
      ["clients"], ["log", "sale", "acme", "--amount", "1"], ["status"], ["events"], ["rebuild"],
    ])
  func emptyFileIsNotABook(arguments: [String]) throws {
    let harness = Harness()
    _ = FileManager.default.createFile(
      atPath: harness.book, contents: nil, attributes: [.posixPermissions: 0o644])
    let result = harness.run(arguments)
    #expect(result.status == 66)
    #expect(
      result.err
        == "kam: the book \(harness.book) is an empty file; make it a book with `kam init`\n")
    #expect(try FileManager.default.attributesOfItem(atPath: harness.book)[.size] as? Int == 0)
    #expect(!FileManager.default.fileExists(atPath: harness.book + "-wal"))
  }

  @Test("kam init refuses to create a book through a symbolic link, and leaves its target alone")
  func initThroughLink() throws {
    let harness = Harness()
    let target = harness.folder.file("elsewhere")
    _ = FileManager.default.createFile(
      atPath: target, contents: nil, attributes: [.posixPermissions: 0o644])
    try FileManager.default.createSymbolicLink(atPath: harness.book, withDestinationPath: target)
    let result = harness.run("init")
    #expect(result.status == 73)
    #expect(
      result.err
        == "kam: \(harness.book) is a symbolic link; kam does not create a book through one (remove it or choose another path)\n"
    )
    #expect(try FileManager.default.attributesOfItem(atPath: target)[.size] as? Int == 0)
  }

  @Test("kam verify on an empty file reports no log at seq 1 and writes nothing")
  func verifyEmptyFile() throws {
    let harness = Harness()
    _ = FileManager.default.createFile(
      atPath: harness.book, contents: nil, attributes: [.posixPermissions: 0o644])
    let result = harness.run("verify")
    #expect(result.status == 1)
    #expect(
      result.err
        == "kam: the log is damaged at event 1: the file is empty (0 bytes); a book starts with its book-created event\n"
    )
    #expect(try FileManager.default.attributesOfItem(atPath: harness.book)[.size] as? Int == 0)
    #expect(!FileManager.default.fileExists(atPath: harness.book + "-wal"))
  }

  @Test("kam init takes an empty file over explicitly and makes it owner-only")
  func initTakesOver() throws {
    let harness = Harness()
    _ = FileManager.default.createFile(
      atPath: harness.book, contents: nil, attributes: [.posixPermissions: 0o644])
    let result = harness.run("init")
    #expect(result.status == 0)
    #expect(
      result.out
        == "Created the book \(harness.book) in the empty file that was there (currency PLN; now readable by you only).\n"
    )
    #expect(try Self.mode(harness.book) == 0o600)
    #expect(harness.run("verify").status == 0)
  }

  @Test("kam demo --force replaces an empty file (what an interrupted older demo left)")
  func demoReplacesEmptyFile() throws {
    let harness = Harness()
    let path = harness.folder.file("d.sqlite")
    _ = FileManager.default.createFile(atPath: path, contents: nil)
    #expect(harness.run("demo", "--db", path, "--clients", "5", "--years", "1").status == 73)
    let forced = harness.run("demo", "--db", path, "--clients", "5", "--years", "1", "--force")
    #expect(forced.status == 0, "\(forced.err)")
    #expect(try Self.mode(path) == 0o600)
  }

  @Test("a demo killed at once leaves no book at its path, and the next one clears its draft")
  func killedDemo() throws {
    let harness = Harness()
    let path = harness.folder.file("d.sqlite")
    for delay in [0.0, 0.05, 0.2] {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: Harness.executable)
      process.arguments = ["demo", "--db", path, "--clients", "400", "--years", "5"]
      process.environment = harness.environment
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle.nullDevice
      try process.run()
      if delay > 0 { Thread.sleep(forTimeInterval: delay) }
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
      #expect(!FileManager.default.fileExists(atPath: path))
    }
    let done = harness.run("demo", "--db", path, "--clients", "5", "--years", "1")
    #expect(done.status == 0, "\(done.err)")
    let left = try FileManager.default.contentsOfDirectory(atPath: harness.folder.path)
    #expect(left.filter { $0.hasPrefix(".d.sqlite.demo-") } == [])
  }
}
