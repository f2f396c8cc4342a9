public import KamBook
import KamEventLog
public import KamSimulation
public import KamTime

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension Book {
  /// Creates a book at `path` filled with a simulated history, and writes its
  /// ground truth (see `docs/simulation.md`) to `truthPath` when given.
  /// `progress` hears the simulated day after each transaction.
  ///
  /// The history is the book's own ``simulate(into:with:progress:)``. The book
  /// is built under a draft name beside `path` (`.NAME.demo-PID-XXXXXX`) and
  /// linked into place only when whole, so a simulation killed at any moment
  /// leaves no partial book at `path`; drafts of killed runs are removed by the
  /// next one. On any failure the partial files are removed.
  ///
  /// - Throws: ``BookError``: `badArgument` for a configuration that cannot
  ///   be simulated, `cannotCreate` when `path` exists already or `truthPath`
  ///   is a symbolic link.
  public static func simulate(
    _ config: SimulationConfig, at path: String, truthPath: String? = nil,
    progress: ((CalendarDate) -> Void)? = nil
  ) throws(BookError) -> SimulationSummary {
    if let problem = config.problem { throw BookError(.badArgument, problem) }
    guard access(path, F_OK) != 0 else {
      throw BookError(.cannotCreate, "\(path) exists already; a simulated book needs a new file")
    }
    if let truthPath { try SideFile.refuseLink(truthPath, what: "the truth file") }
    removeAbandonedDrafts(of: path)
    let draft = try makeDraft(for: path)
    var simulator = BookSimulator(config)
    var truthWritten = false
    do {
      try fill(draft: draft, with: &simulator, progress: progress)
      if let truthPath {
        try writeText(simulator.truth.csv, to: truthPath)
        truthWritten = true
      }
      try publish(draft: draft, at: path)
    } catch {
      removeFiles(of: draft)
      if let truthPath, truthWritten { unlink(truthPath) }
      throw error
    }
    return simulator.summary
  }

  /// Simulates into the draft; its connection is closed on return.
  private static func fill(
    draft: String, with simulator: inout BookSimulator, progress: ((CalendarDate) -> Void)?
  ) throws(BookError) {
    let store = try SQLiteBookStore(path: draft, create: true)
    _ = try simulate(into: store, with: &simulator, progress: progress)
    // Everything into the main file, so that the draft can be linked into
    // place alone once the connection closes.
    try store.checkpointWriteAheadLog()
  }
}
