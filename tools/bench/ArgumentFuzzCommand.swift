import KamCLI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `kam-bench fuzz-arguments [cases] [seed]`: the seeded mutation fuzzer of command-line
/// values (``ArgumentFuzzer``); exit 1 when a case failed.
enum ArgumentFuzzCommand {
  static func run(cases: Int, seed: UInt64) throws -> Int32 {
    let base = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp"
    let folder = "\(base)/kam-fuzz-arguments-\(getpid())"
    mkdir(folder, 0o700)
    let started = monotonicSeconds()
    let report = try ArgumentFuzzer.run(seed: seed, cases: cases, folder: folder)
    let seconds = monotonicSeconds() - started
    print("fuzz-arguments: seed \(seed), \(report.cases) cases, \(Int(seconds)) s")
    print(
      "  statuses        "
        + report.statuses.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(
          separator: ", "))
    print(
      "  accepted        \(report.accepted) (\(report.amountsCompared) sale amounts compared with what was given)"
    )
    print("  rejected        \(report.rejected), each one line, the book unchanged")
    print("  failed          \(report.failureCount)")
    for failure in report.failures { print("    " + failure.prefix(400)) }
    for name in ["arguments.sqlite", "arguments.sqlite-wal", "arguments.sqlite-shm"] {
      unlink(folder + "/" + name)
    }
    rmdir(folder)
    return report.failureCount == 0 ? 0 : 1
  }
}
