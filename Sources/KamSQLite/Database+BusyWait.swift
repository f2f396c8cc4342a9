internal import CKamSQLite

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension Database {
  /// Waits up to `milliseconds` for another connection's lock, like
  /// ``setBusyTimeout(milliseconds:)``, and calls `notice` once, the first
  /// time a wait has lasted `noticeAfter` milliseconds, so that a person
  /// knows why nothing happens.
  ///
  /// Replaces any busy timeout set before.
  public func setBusyWait(
    milliseconds: Int64, noticeAfter: Int64, notice: @escaping () -> Void
  ) {
    let wait = BusyWait(limit: milliseconds, noticeAfter: noticeAfter, notice: notice)
    busyWait = wait
    sqlite3_busy_handler(
      handle,
      { context, attempts in
        guard let context else { return 0 }
        let wait = Unmanaged<BusyWait>.fromOpaque(context).takeUnretainedValue()
        return wait.shouldRetry(attempt: Int(attempts)) ? 1 : 0
      }, Unmanaged.passUnretained(wait).toOpaque())
  }
}

extension Database {
  /// Runs `body` without waiting for another connection's lock: a statement that cannot
  /// take one at once fails with `SQLITE_BUSY`. The wait set before is restored after.
  ///
  /// For writes worth doing only when nobody else is writing (a stored model a query
  /// fitted), which must never keep the query waiting.
  public func withoutWaiting<Result>(_ body: () throws -> Result) rethrows -> Result {
    let (wait, timeout) = (busyWait, busyTimeout)
    sqlite3_busy_handler(handle, nil, nil)
    defer {
      if let wait {
        setBusyWait(milliseconds: wait.limit, noticeAfter: wait.noticeAfter, notice: wait.notice)
      } else {
        setBusyTimeout(milliseconds: timeout)
      }
    }
    return try body()
  }
}

/// The state of one connection's busy handler: when the current wait began,
/// and whether the notice was given.
final class BusyWait {
  let limit: Int64
  let noticeAfter: Int64
  let notice: () -> Void
  private var started: Int64 = 0
  private var noticed = false

  init(limit: Int64, noticeAfter: Int64, notice: @escaping () -> Void) {
    self.limit = limit
    self.noticeAfter = noticeAfter
    self.notice = notice
  }

  /// Sleeps a little and says to try again, or says to give up once the limit has passed.
  func shouldRetry(attempt: Int) -> Bool {
    let now = Self.monotonicMilliseconds()
    if attempt == 0 { started = now }
    let waited = now - started
    guard waited < limit else { return false }
    if !noticed && waited >= noticeAfter {
      noticed = true
      notice()
    }
    // Short sleeps first, as SQLite's own handler does: most locks are brief.
    let steps: [Int64] = [1, 2, 5, 10, 15, 20, 25, 25, 25, 50, 50]
    let sleep = min(attempt < steps.count ? steps[attempt] : 100, limit - waited)
    usleep(useconds_t(max(sleep, 1) * 1000))
    return true
  }

  static func monotonicMilliseconds() -> Int64 {
    var spec = timespec()
    clock_gettime(CLOCK_MONOTONIC, &spec)
    return Int64(spec.tv_sec) * 1000 + Int64(spec.tv_nsec) / 1_000_000
  }
}
