import ArgumentParser
import KamBook
import KamDomain
import KamEventLog
import KamTime

extension LogCommand {
  /// `kam log sale`.
  struct Sale: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "sale",
      abstract: "Log a sale: its net amount and cost of goods.",
      discussion: """
        Examples:
          kam log sale acme --amount 12000.50 --cost 8000
          kam log sale acme --amount 950 --on 2026-11-20 --ref FV/2026/11/3
        """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The client's slug.") var slug: String
    @Option(parsing: .unconditional, help: "Net amount of the sale.") var amount: String
    @Option(parsing: .unconditional, help: "Cost of goods sold (default 0).") var cost: String?
    @Option(help: ArgumentHelp("The day of the sale (default: today).", valueName: "date"))
    var on: String?
    @OptionGroup var backdating: BackdatingOptions
    @Option(help: "An invoice or order reference.") var ref: String?
    @Option(help: "A note.") var note: String?

    func run() throws {
      let client = try Parse.slug(slug)
      let sale = SaleRecorded(
        client: client, amount: try Parse.amount(amount, option: "--amount"),
        cost: try cost.map { try Parse.amount($0, option: "--cost") } ?? .zero, ref: ref, note: note
      )
      let occurredAt = try global.occurredAt(on: on, allowingOld: backdating.allowOldDate)
      let recorder = Recorder(global: global)
      let (book, events) = try recorder.record(client) { _ in
        [PendingEvent(.saleRecorded(sale), occurredAt: occurredAt)]
      }
      recorder.report(
        events,
        "Logged a sale to \(client): \(sale.amount) \(book.currency), cost \(sale.cost), on \(occurredAt.date)."
      )
    }
  }
}
