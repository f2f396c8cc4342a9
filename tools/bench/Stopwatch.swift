#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Wall-clock seconds from a monotonic clock.
func monotonicSeconds() -> Double {
  var spec = timespec()
  clock_gettime(CLOCK_MONOTONIC, &spec)
  return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
}

/// Times `body` and returns its seconds.
func time(_ body: () throws -> Void) rethrows -> Double {
  let start = monotonicSeconds()
  try body()
  return monotonicSeconds() - start
}

/// The peak resident set size of this process so far, in MiB.
func peakMemoryMiB() -> Double {
  var usage = rusage()
  getrusage(RUSAGE_SELF.rawValue, &usage)
  return Double(usage.ru_maxrss) / 1024
}

/// A scratch file path that does not exist yet, with its WAL companions removed.
func scratch(_ name: String) -> String {
  let path = "/tmp/kam-bench-\(getpid())-\(name).sqlite"
  for suffix in ["", "-wal", "-shm"] { unlink(path + suffix) }
  return path
}

/// Removes a scratch book and its WAL companions.
func remove(_ path: String) {
  for suffix in ["", "-wal", "-shm"] { unlink(path + suffix) }
}

/// Formats a rate with thousands separators.
func rate(_ count: Int, _ seconds: Double) -> String {
  let value = Int(Double(count) / seconds)
  var digits = String(value)
  var out = ""
  while digits.count > 3 {
    out = " " + digits.suffix(3) + out
    digits = String(digits.dropLast(3))
  }
  return digits + out
}
