import ArgumentParser

/// `kam log`: records an interaction with a client.
struct LogCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "log",
    abstract: "Log a sale, meeting, complaint, resolution, negotiation or joint initiative.",
    discussion: """
      Amounts are decimals in the book's currency (12000 or 12000.50; no spaces or commas). \
      --on DATE backdates the event (business time); the time it was recorded is always now.
      """,
    subcommands: [
      Sale.self, Meeting.self, Complaint.self, Resolution.self, Negotiation.self, Initiative.self,
    ])
}
