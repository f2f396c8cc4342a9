import ArgumentParser
import KamBook
import KamEventLog
import KamTime

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The refresh `kam` leaves running after a write: `kam refresh --after-write`, started
/// detached, which keeps the day's listings once the book is quiet (``Book/refresh(on:)``).
///
/// Why: after a write, the first query of the day's listings refits the purchase models and
/// evaluates every client (two to four `sqlite3` scans of the CDNOW book). A person reads
/// the output of one command and types the next; the refresh runs in that pause, so the
/// query reads a kept listing. It changes no answer: a listing is read only at the event
/// it was evaluated at, and it is what the query would have evaluated.
///
/// How it stays out of the way:
/// - it waits until no event has arrived for ``quietMilliseconds``, so a script writing
///   in a loop, or querying right after writing, runs as before;
/// - it runs at the lowest priority, with no terminal, output or input, in a session of its
///   own (a shell's `$(…)` or a pipe does not wait for it);
/// - one at a time per book: a refresh already running for the book (an exclusive `flock`
///   on the book file, which SQLite's own `fcntl` locks do not see) makes a new one leave
///   at once; the running one notices the new events and waits again;
/// - it gives up after ``patienceSeconds`` of a book that never goes quiet;
/// - `$KAM_REFRESH=off` stops `kam` from starting it (`on`, the default, lets it); a
///   PostgreSQL book is not refreshed.
enum BackgroundRefresh {
  /// How long the log must stand still before the listings are evaluated.
  static let quietMilliseconds: UInt32 = 250
  /// How long a refresh waits for a quiet book before giving up.
  static let patienceSeconds = 600

  /// Starts a detached refresh after `command`, when it wrote to a SQLite book and
  /// `$KAM_REFRESH` is not `off` (``GlobalOptions`` refuses any word but `on` and `off`).
  /// Best effort: a refresh that cannot start is a saving lost, not an error.
  static func start(after command: any ParsableCommand) {
    guard let writing = command as? any BookWriting else { return }
    let global = writing.global
    guard let book = writing.writtenBook, global.console.environment["KAM_REFRESH"] != "off",
      !TeamHandOver.mentionsServer(book),
      let executable = TeamHandOver.runningExecutable
    else { return }
    // `--db=PATH`: a path that starts with a dash is still the option's value.
    // The day is today's (a write takes no --as-of), pinned as the writer's was.
    var arguments = ["kam", "refresh", "--after-write", "--db=" + book]
    if let today = global.today { arguments += ["--today", today] }
    spawnDetached(executable, arguments)
  }

  /// The background run: waits for the book to be quiet, then refreshes the day's
  /// listings, again while events keep arriving; leaves quietly on any failure.
  static func refreshWhenQuiet(_ global: GlobalOptions) {
    // Out of the writer's session, so that closing its terminal does not end the refresh.
    _ = setsid()
    #if os(Linux)
      _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 19)
    #else
      _ = setpriority(PRIO_PROCESS, 0, 19)
    #endif
    // Held until the process ends, and never closed before: closing a descriptor of the
    // book would drop the POSIX locks SQLite holds on it in this process.
    let lock = open(global.bookPath, O_RDONLY | O_CLOEXEC)
    guard lock >= 0, flock(lock, LOCK_EX | LOCK_NB) == 0,
      let day = try? global.evaluationDate(), var seen = head(of: global)
    else { return }
    let deadline = Instant.now.advanced(byMilliseconds: Int64(patienceSeconds) * 1_000)
    while Instant.now < deadline {
      usleep(quietMilliseconds * 1_000)
      guard let head = head(of: global) else { return }
      guard head == seen else {
        seen = head
        continue
      }
      // The book is open only while it is refreshed: a connection left open through the
      // waits would keep every other writer's last events in the WAL file, unmerged, so a
      // copy of the book file made after a write would lack them.
      guard let summary = try? global.openBook().refresh(on: day), let after = self.head(of: global)
      else { return }
      seen = after
      guard summary.kept else { continue }
      // A write's own refresh may have found the lock held a moment ago and left: let the
      // next one in, and carry on only when the log moved since and no other took over.
      flock(lock, LOCK_UN)
      guard self.head(of: global) != summary.head, flock(lock, LOCK_EX | LOCK_NB) == 0
      else { return }
    }
  }

  /// The book's last event, read by opening it and closing it again; nil when it cannot be.
  private static func head(of global: GlobalOptions) -> SequenceNumber? {
    try? global.openBook(catchingUp: false).lastSequence()
  }

  /// Starts `executable` with `arguments` in a session of its own, its standard streams on
  /// `/dev/null`, and does not wait for it.
  private static func spawnDetached(_ executable: String, _ arguments: [String]) {
    // Linux only, as `TeamHandOver.runningExecutable` is: Darwin's spawn types differ.
    #if os(Linux)
      var actions = posix_spawn_file_actions_t()
      guard posix_spawn_file_actions_init(&actions) == 0 else { return }
      defer { posix_spawn_file_actions_destroy(&actions) }
      for stream: Int32 in 0...2 {
        posix_spawn_file_actions_addopen(
          &actions, stream, "/dev/null", stream == 0 ? O_RDONLY : O_WRONLY, 0)
      }
      var attributes = posix_spawnattr_t()
      guard posix_spawnattr_init(&attributes) == 0 else { return }
      defer { posix_spawnattr_destroy(&attributes) }
      // No signal blocked, and a pipe's end kills it rather than being ignored.
      var none = sigset_t()
      sigemptyset(&none)
      posix_spawnattr_setsigmask(&attributes, &none)
      var defaults = sigset_t()
      sigemptyset(&defaults)
      sigaddset(&defaults, SIGPIPE)
      posix_spawnattr_setsigdefault(&attributes, &defaults)
      // Its own session it makes itself (``refreshWhenQuiet(_:)``): glibc's header hides
      // POSIX_SPAWN_SETSID from Swift.
      posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
      let argv = arguments.map { strdup($0) } + [nil]
      defer { for pointer in argv { free(pointer) } }
      var child = pid_t()
      _ = posix_spawn(&child, executable, &actions, &attributes, argv, environ)
    #endif
  }
}
