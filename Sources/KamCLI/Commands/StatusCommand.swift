import ArgumentParser
import KamBook
import KamDomain
import KamEventLog
import KamTime

/// `kam status`: the log's size and each projection's checkpoint and lag.
struct StatusCommand: ParsableCommand, PrintsTables {
  static let configuration = CommandConfiguration(
    commandName: "status",
    abstract: "Show the number of events and each projection's checkpoint and lag.",
    discussion: """
      Projections are caught up first, as every command does; a projection that stopped \
      at an event says so.

      Examples:
        kam status
        kam status -O json
      """)

  @OptionGroup var global: GlobalOptions

  func validate() throws {
    try CLIError.validating { try global.refusingPointInTime("status", GlobalOptions.wholeLog) }
  }

  func run() throws {
    let book = try global.openBook(catchingUp: false)
    var stopped: BookError?
    do { try book.catchUp() } catch { stopped = error }
    let last = try book.lastSequence().rawValue
    let projections = try book.projectionStatus()
    // A negative lag is a log that lost its newest events: say so, not the lag.
    try Book.refuseAhead(projections)
    let console = global.console
    switch global.outputFormat {
    case .json:
      console.line(
        JSON.object([
          .init("events", .integer(last)), .init("lastSeq", .integer(last)),
          .init("currency", .string(book.currency.rawValue)),
          .init(
            "projections",
            .array(
              projections.map {
                .object([
                  .init("name", .string($0.name)), .init("checkpoint", .integer($0.checkpoint)),
                  .init("lag", .integer($0.lag)),
                  .init("failedSeq", $0.failedSeq.map { .integer($0) } ?? .null),
                  .init("failure", $0.failure.map { .string($0) } ?? .null),
                ])
              })),
        ]).rendered)
    case .csv, .table:
      let records: [[JSON.Member]] = projections.map {
        [
          .init("projection", .string($0.name)), .init("checkpoint", .integer($0.checkpoint)),
          .init("lag", .integer($0.lag)),
          .init("stoppedAt", $0.failedSeq.map { .integer($0) } ?? .null),
        ]
      }
      guard global.outputFormat == .table else {
        global.writer.write(records)
        break
      }
      var table = RecordWriter.peopleTable(
        ["projection", "checkpoint", "lag", "stoppedAt"], records, empty: "(no projections)")
      table.title = ["Book \(book.location)", "\(last) events", "currency \(book.currency)"]
      global.printTable(table)
    }
    if let stopped { throw stopped }
  }
}
