import KamBook
import KamBookSQLite

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `kam-bench fuzz --cases N --seed S [--from K]`: the seeded mutation fuzzer
/// of CSV, rules and policy files (``ImportFuzzer``); exit 1 when a case failed.
enum FuzzCommand {
  static func run(_ arguments: [String]) throws -> Int32 {
    func option(_ name: String, _ fallback: Int) -> Int {
      guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else {
        return fallback
      }
      return Int(arguments[index + 1]) ?? fallback
    }
    let cases = option("--cases", 100_000)
    let seed = UInt64(option("--seed", 1))
    let from = option("--from", 0)
    // A memory-backed folder where there is one: the cases' commits then
    // cost no disk flushes.
    let base = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp"
    let folder = "\(base)/kam-fuzz-\(getpid())"
    let started = monotonicSeconds()
    // The case number goes to a file before each case, so that a crash names it.
    let marker = folder + ".case"
    let report = try ImportFuzzer.run(
      seed: seed, cases: cases, from: from, folder: folder,
      log: { number in
        if number % 1_000 == 0, let file = fopen(marker, "w") {
          fputs("\(number)\n", file)
          fclose(file)
        }
      })
    let seconds = monotonicSeconds() - started
    print("fuzz: seed \(seed), cases \(from)..<\(from + cases), \(Int(seconds)) s")
    print(
      "  by kind         "
        + report.byKind.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(
          separator: ", "))
    print(
      "  accepted        \(report.accepted) (\(report.rowsCompared) rows and policies compared with what was given)"
    )
    print("  rejected        \(report.rejected), each one line naming its file, the book unchanged")
    print("  crashes         0 (a crash ends the run; see \(marker) for the last thousand)")
    print("  failed          \(report.failureCount)")
    for failure in report.failures { print("    " + failure) }
    unlink(marker)
    for name in ["case.csv", "case.rules", "fuzz.sqlite", "fuzz.sqlite-wal", "fuzz.sqlite-shm"] {
      unlink(folder + "/" + name)
    }
    rmdir(folder)
    return report.failureCount == 0 ? 0 : 1
  }
}
