import ArgumentParser
import KamBook
import KamDomain
import KamEventLog
import KamTime

extension ClientCommand {
  /// `kam client add`: registers a client, or a prospect with its win probability.
  struct Add: BookWriting {
    static let configuration = CommandConfiguration(
      commandName: "add",
      abstract: "Register a client, or a prospect (not yet a client).",
      discussion: """
        A prospect becomes a client with its first sale. Running `add --prospect` again \
        for a prospect updates its win probability.

        Examples:
          kam client add initech --name "Initech Sp. z o.o." --segment industry --owner anna
          kam client add hooli --name "Hooli" --on 2026-10-05
          kam client add globex --name "Globex" --prospect --win-probability 0.3 --expected-value 40000
        """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The client's slug: lower-case letters, digits, hyphens.") var slug: String
    @Option(help: "The client's name.") var name: String
    @Option(help: "Market segment.") var segment: String?
    @Option(help: "The account owner.") var owner: String?
    @Option(
      help: ArgumentHelp(
        "The day of registration (default: today).", valueName: "date|today|yesterday"))
    var on: String?
    @OptionGroup var backdating: BackdatingOptions
    @Flag(help: "Register a prospect rather than a client.") var prospect = false
    @Option(help: ArgumentHelp("A prospect's chance of being won, 0–1.", valueName: "p"))
    var winProbability: String?
    @Option(help: ArgumentHelp("A prospect's expected yearly revenue.", valueName: "amount"))
    var expectedValue: String?

    func validate() throws {
      try CLIError.validating {
        try global.refusingPointInTime("client add", GlobalOptions.recordsNowOn)
      }
      if !prospect && (winProbability != nil || expectedValue != nil) {
        throw ValidationError("--win-probability and --expected-value need --prospect")
      }
      if prospect && winProbability == nil {
        throw ValidationError("a prospect needs --win-probability (0–1)")
      }
      try CLIError.validating {
        _ = try Parse.slug(slug)
        guard !name.isEmpty else { throw CLIError.badValue("--name", name, expected: "a name") }
        _ = try winProbability.map { try Parse.probability($0, option: "--win-probability") }
        _ = try expectedValue.map { try Parse.amount($0, option: "--expected-value") }
        _ = try global.occurredAt(on: on, allowingOld: backdating.allowOldDate)
      }
    }

    func run() throws {
      let client = try Parse.slug(slug)
      let occurredAt = try global.occurredAt(on: on, allowingOld: backdating.allowOldDate)
      let events =
        prospect
        ? try register(
          RegisterProspect(
            ProspectRegistered(
              client: client, name: name, segment: segment, owner: owner,
              winProbability: try Parse.probability(
                winProbability ?? "", option: "--win-probability"),
              expectedValue: try expectedValue.map {
                try Parse.amount($0, option: "--expected-value")
              }), occurredAt: occurredAt))
        : try register(
          RegisterClient(
            ClientRegistered(client: client, name: name, segment: segment, owner: owner),
            occurredAt: occurredAt))
      Recorder(global: global).report(
        events, "Registered \(prospect ? "prospect" : "client") \(client) (\(name)).")
    }

    /// Runs the registration's decider, then brings the projections up to date.
    private func register(_ command: some KamDomain.ClientCommand) throws -> [StoredEvent] {
      let book = try global.openBook()
      let recorded = try book.execute(
        command, context: global.appendContext(), catchingUp: false)
      try book.catchUp()
      return recorded.events
    }
  }
}
