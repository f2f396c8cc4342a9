public import ArgumentParser

/// `kam`: the command line of the key-account book.
public struct Kam: ParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "kam",
    abstract: "Track key-account relationships as an append-only book of events.",
    discussion: """
      Every sale, meeting, complaint and negotiation is appended to a book (a SQLite \
      file); client value, relationship stages and churn risk are derived from it.

      \(ExitStatus.summary) Periods, money and exit statuses: kam help topics.
      """,
    version: "0.1.0",
    subcommands: [
      InitCommand.self,
      ClientCommand.self,
      LogCommand.self,
      ImportCommand.self,
      EventsCommand.self,
      ClientsCommand.self,
      KeyAccountsCommand.self,
      ValueCommand.self,
      ShowCommand.self,
      ExplainCommand.self,
      RiskCommand.self,
      ProspectsCommand.self,
      ServiceCommand.self,
      AttentionCommand.self,
      ReportCommand.self,
      StageCommand.self,
      TransitionsCommand.self,
      PolicyCommand.self,
      RetractCommand.self,
      UndoCommand.self,
      DecideCommand.self,
      AuditCommand.self,
      ReplayCommand.self,
      VerifyCommand.self,
      StatusCommand.self,
      RebuildCommand.self,
      RefreshCommand.self,
      MigrateCommand.self,
      DemoCommand.self,
      TopicsCommand.self,
    ]
  )

  public init() {}
}
