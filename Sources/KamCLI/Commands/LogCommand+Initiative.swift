import ArgumentParser
import KamBook
import KamDomain
import KamEventLog
import KamTime

extension LogCommand {
  /// `kam log initiative`: a joint initiative, the mark of synergy.
  struct Initiative: BookWriting {
    static let configuration = CommandConfiguration(
      commandName: "initiative",
      abstract: "Log a joint initiative (joint team, shared warehouse, co-development).",
      discussion: """
        --to is the initiative's last day. To end an open initiative later, run \
        `kam log initiative SLUG --end ID --on DATE`.

        Examples:
          kam log initiative bolt --kind shared-warehouse --from 2026-11-01
          kam log initiative cobalt --kind co-development --from 2026-06-01 --to 2026-09-30
          kam log initiative acme --end acme-i1 --on 2026-11-20
        """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The client's slug.") var slug: String
    @Option(help: "What the initiative shares.") var kind: InitiativeKind?
    @Option(help: ArgumentHelp("Its first day.", valueName: "date")) var from: String?
    @Option(help: ArgumentHelp("Its last day, when known.", valueName: "date")) var to: String?
    @Option(help: ArgumentHelp("End the open initiative with this id.", valueName: "id"))
    var end: String?
    @Option(
      help: ArgumentHelp(
        "With --end: its last day (default: today).", valueName: "date|today|yesterday"))
    var on: String?
    @OptionGroup var backdating: BackdatingOptions

    func validate() throws {
      try CLIError.validating {
        try global.refusingPointInTime(
          "log initiative", "it records now; --from, --to and --on give its days")
      }
      if end != nil {
        guard kind == nil, from == nil, to == nil else {
          throw ValidationError(
            "--end takes only --on; --kind, --from and --to start an initiative")
        }
      } else {
        guard kind != nil, from != nil else {
          throw ValidationError("an initiative needs --kind and --from (or --end ID to end one)")
        }
      }
      try CLIError.validating {
        _ = try Parse.slug(slug)
        if end != nil {
          _ = try global.occurredAt(on: on, allowingOld: backdating.allowOldDate)
        } else {
          _ = try global.occurredAt(
            on: from, option: "--from", allowingOld: backdating.allowOldDate)
          _ = try to.map { try GlobalOptions.date($0, option: "--to") }
        }
      }
    }

    func run() throws {
      let client = try Parse.slug(slug)
      let recorder = Recorder(global: global)
      if let end {
        let occurredAt = try global.occurredAt(on: on, allowingOld: backdating.allowOldDate)
        let (book, recorded) = try recorder.record(
          EndInitiative(client: client, initiative: end, occurredAt: occurredAt))
        try recorder.report(recorded, book: book, "Ended initiative \(end) of \(client).")
        return
      }
      guard let kind else {
        throw CLIError(.software, "this is a bug: an initiative without --kind passed validate()")
      }
      let start = try global.occurredAt(
        on: from, option: "--from", allowingOld: backdating.allowOldDate)
      let last = try to.map { try GlobalOptions.date($0, option: "--to") }
      let (book, recorded) = try recorder.record(
        StartInitiative(client: client, kind: kind, occurredAt: start, lastDay: last))
      guard case .initiativeStarted(let started)? = recorded.decided.first else {
        throw CLIError(.software, "this is a bug: starting an initiative recorded none")
      }
      let id = started.initiative
      try recorder.report(
        recorded, book: book,
        "Started initiative \(id) (\(kind.rawValue)) with \(client) on \(start.date).",
        extra: [.init("initiative", .string(id))])
    }
  }
}
