import Foundation
import KamCLI
import KamSQLite
import KamTestSupport
import Testing

@Suite("kam demo")
struct DemoTests {
  /// The whole log as text, hashes included: what "byte-identical" compares.
  static func dump(_ path: String) throws -> [String] {
    let db = try Database(path: path, mode: .readOnly)
    return try db.fetchAll(
      """
      SELECT event_id, stream, type, type_version, occurred_at, recorded_at, payload, hash
      FROM events ORDER BY seq
      """
    ) { row in
      let hash = try row.column(7, as: Blob.self).bytes.map { String($0, radix: 16) }.joined()
      let columns: [String] = [
        try row.column(0), try row.column(1), try row.column(2),
        String(try row.column(3) as Int64), String(try row.column(4) as Int64),
        String(try row.column(5) as Int64), try row.column(6), hash,
      ]
      return columns.joined(separator: "|")
    }
  }

  @Test("writes a book and its truth, and prints a guided summary")
  func summary() throws {
    let harness = Harness()
    let path = harness.folder.file("demo.sqlite")
    let result = harness.run("demo", "--db", path, "--clients", "40", "--years", "2")
    #expect(result.status == 0, "\(result.err)")
    #expect(result.out.hasPrefix("Created the demo book \(path): 40 accounts over 2 years"))
    for heading in ["\nBook\n", "\nAccounts\n", "\nRevenue\n", "\nNext\n", "kam verify"] {
      #expect(result.out.contains(heading))
    }
    let truth = try String(contentsOfFile: harness.folder.file("demo.truth.csv"), encoding: .utf8)
    #expect(truth.hasPrefix("kind,owner,client,from,to,detail\n"))
    let verify = harness.run("verify", "--db", path, "-O", "json")
    #expect(verify.status == 0, "\(verify.out)\(verify.err)")
    #expect(verify.out.hasPrefix(#"{"ok":true"#))
  }

  @Test("money in the summary is grouped as tables group it")
  func groupedMoney() {
    let harness = Harness()
    let path = harness.folder.file("demo.sqlite")
    let out = harness.run(
      "demo", "--db", path, "--clients", "30", "--years", "2", "--seed", "3"
    ).out
    #expect(out.contains("\n  total       1,170,101.67 over 2 years, gross margin 24.9 %\n"))
    #expect(
      out.contains(
        "\n  orion-cargo-4        4,541.98 at stake, risk 54 % (medium): P(alive) 48 %\n"))
  }

  @Test("-O json prints one object with the book, accounts, revenue and next steps")
  func json() throws {
    let harness = Harness()
    let path = harness.folder.file("demo.sqlite")
    let result = harness.run("demo", "--db", path, "--clients", "30", "--years", "1", "-O", "json")
    #expect(result.status == 0, "\(result.err)")
    let object = try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any]
    #expect(
      Set(object?.keys.map { $0 } ?? []) == [
        "book", "accounts", "revenue", "keyAccounts", "pyramid", "recentTransitions", "atRisk",
        "next",
      ])
    let book = object?["book"] as? [String: Any]
    #expect(book?["path"] as? String == path)
    #expect((book?["events"] as? Int ?? 0) == Int(try harness.countEvents(path)))
  }

  @Test("the same seed gives a byte-identical log, hashes included; another seed does not")
  func determinism() throws {
    let harness = Harness()
    var dumps: [[String]] = []
    for (name, seed) in [("a", "5"), ("b", "5"), ("c", "6")] {
      let path = harness.folder.file("\(name).sqlite")
      let result = harness.run(
        "demo", "--db", path, "--clients", "50", "--years", "2", "--seed", seed)
      #expect(result.status == 0, "\(result.err)")
      dumps.append(try Self.dump(path))
    }
    #expect(dumps[0].count > 100)
    #expect(dumps[0] == dumps[1])
    #expect(dumps[0] != dumps[2])
    let truthA = try String(contentsOfFile: harness.folder.file("a.truth.csv"), encoding: .utf8)
    let truthB = try String(contentsOfFile: harness.folder.file("b.truth.csv"), encoding: .utf8)
    #expect(truthA == truthB)
  }

  @Test("an existing file is refused (73); --force replaces only a demo book")
  func existing() throws {
    let harness = Harness()
    let path = harness.folder.file("demo.sqlite")
    #expect(harness.run("demo", "--db", path, "--clients", "5", "--years", "1").status == 0)
    let again = harness.run("demo", "--db", path, "--clients", "5", "--years", "1")
    #expect(again.status == 73)
    #expect(
      again.err
        == "kam: \(path) exists already; pass --force to replace a demo book, or choose another --db\n"
    )
    let forced = harness.run("demo", "--db", path, "--clients", "8", "--years", "1", "--force")
    #expect(forced.status == 0, "\(forced.err)")
    #expect(forced.out.contains("8 accounts"))
    harness.run("init")
    let real = harness.run("demo", "--db", harness.book, "--force")
    #expect(real.status == 73)
    #expect(
      real.err
        == "kam: \(harness.book) is not a book made by kam demo; --force replaces only those\n")
    #expect(try harness.eventCount() == 1)
  }

  static let badInput: [([String], String)] = [
    (["--clients", "0"], "kam: --clients \"0\": expected a whole number from 1 to 1000000"),
    (["--clients", "abc"], "kam: --clients \"abc\": expected a whole number from 1 to 1000000"),
    (["--years", "0"], "kam: --years \"0\": expected a whole number from 1 to 50"),
    (["--years", "2.5"], "kam: --years \"2.5\": expected a whole number from 1 to 50"),
    (["--seed=-1"], "kam: --seed \"-1\": expected a whole number from 0 to \(UInt64.max)"),
    (
      ["--seed", "lucky"], "kam: --seed \"lucky\": expected a whole number from 0 to \(UInt64.max)"
    ),
    (["--today", "2026-02-30"], "kam: --today \"2026-02-30\": expected a real date as YYYY-MM-DD"),
  ]

  @Test("bad values are refused with one line, exit 64, and nothing written", arguments: badInput)
  func refused(arguments: [String], message: String) {
    let harness = Harness()
    let path = harness.folder.file("demo.sqlite")
    let result = harness.run(["demo", "--db", path] + arguments)
    #expect(result.status == 64)
    #expect(result.err == message + "\n")
    #expect(result.out == "")
    #expect(FileManager.default.fileExists(atPath: path) == false)
    #expect(FileManager.default.fileExists(atPath: harness.folder.file("demo.truth.csv")) == false)
  }
}

extension Harness {
  /// How many events the book at `path` holds.
  func countEvents(_ path: String) throws -> Int64 {
    Int64(try KamSQLiteProbe(path: path).count("SELECT count(*) FROM events"))
  }
}

@Suite("kam demo, through the projections")
struct DemoProjectionTests {
  @Test("the default demo book puts clients on every stage of the pyramid")
  func everyStage() throws {
    let harness = Harness()
    let path = harness.folder.file("demo.sqlite")
    let result = harness.run("demo", "--db", path, "-O", "json")
    #expect(result.status == 0, "\(result.err)")
    let summary = try parse(result.out) as! [String: Any]
    let pyramid = summary["pyramid"] as! [String: Int]
    for stage in ["prospect", "transactional", "cooperation", "partnership", "synergy", "lapsed"] {
      #expect((pyramid[stage] ?? 0) > 0, "no client is \(stage)")
    }
    #expect((summary["keyAccounts"] as! [Any]).isEmpty == false)
    #expect((summary["atRisk"] as! [Any]).isEmpty == false)
    let transitions = harness.run("transitions", "--db", path, "-O", "json")
    let causes = (try parse(transitions.out) as! [[String: Any]]).map {
      ($0["cause"] as! [String: Any])["rule"] as! String
    }
    #expect(causes.contains("sale-left-window"))
    #expect(causes.contains("complaint-stale"))
  }
}
