import ArgumentParser
import KamBook
import KamDomain
import KamEventLog
import KamTime

extension LogCommand {
  /// `kam log sale`.
  struct Sale: BookWriting {
    static let configuration = CommandConfiguration(
      commandName: "sale",
      abstract: "Log a sale: its net amount and cost of goods.",
      discussion: """
        Examples:
          kam log sale acme --amount 12000.50 --cost 8000
          kam log sale acme --amount 950 --on 2026-11-20 --ref FV/2026/11/3
          kam log sale acme --amount 0 --cost 120 --free-delivery

        An amount of 0 is refused unless --free-delivery says it was given free; \
        a free delivery, like a sale below the policy's minimum, never counts \
        towards the stage thresholds (docs/stages.md).
        """)

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The client's slug.") var slug: String
    @Option(parsing: .unconditional, help: "Net amount of the sale.") var amount: String
    @Option(parsing: .unconditional, help: "Cost of goods sold (default 0).") var cost: String?
    @Option(
      help: ArgumentHelp("The day of the sale (default: today).", valueName: "date|today|yesterday")
    )
    var on: String?
    @OptionGroup var backdating: BackdatingOptions
    @Option(help: "An invoice or order reference.") var ref: String?
    @Option(help: "A note.") var note: String?
    @Flag(help: "The goods were given free: allows --amount 0.") var freeDelivery = false

    func validate() throws {
      try CLIError.validating {
        try global.refusingPointInTime("log sale", GlobalOptions.recordsNowOn)
      }
      try CLIError.validating {
        _ = try Parse.slug(slug)
        let net = try Parse.amount(amount, option: "--amount")
        switch RecordSale.validate(amount: net, freeDelivery: freeDelivery)?.code {
        case .zeroAmount?:
          throw CLIError.badValue(
            "--amount", amount,
            expected: "an amount above 0 (or --free-delivery for goods given free)")
        case .chargedFreeDelivery?:
          throw CLIError.badValue("--amount", amount, expected: "0 with --free-delivery")
        default: break
        }
        _ = try cost.map { try Parse.amount($0, option: "--cost") }
        _ = try global.occurredAt(on: on, allowingOld: backdating.allowOldDate)
      }
    }

    func run() throws {
      let client = try Parse.slug(slug)
      let net = try Parse.amount(amount, option: "--amount")
      let sale = SaleRecorded(
        client: client, amount: net,
        cost: try cost.map { try Parse.amount($0, option: "--cost") } ?? .zero, ref: ref,
        note: note,
        freeDelivery: freeDelivery)
      let occurredAt = try global.occurredAt(on: on, allowingOld: backdating.allowOldDate)
      let recorder = Recorder(global: global)
      let (book, recorded) = try recorder.record(RecordSale(sale, occurredAt: occurredAt))
      try recorder.report(
        recorded, book: book,
        (freeDelivery ? "Logged a free delivery to \(client)" : "Logged a sale to \(client)")
          + ": \(sale.amount) \(book.currency), cost \(sale.cost), on \(occurredAt.date)."
      )
    }
  }
}
