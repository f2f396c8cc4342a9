import ArgumentParser
import KamBook
import KamDomain
import KamEventLog
import KamTime

/// The rows `kam clients` and `kam key-accounts` print.
struct ClientRows {
  let global: GlobalOptions

  func write(_ rows: [BookView.ClientRow], empty: String) {
    RecordWriter(format: global.outputFormat, console: global.console).write(
      rows.map(Self.record), empty: empty)
  }

  static func record(_ row: BookView.ClientRow) -> [JSON.Member] {
    let value = row.entry.value
    return [
      .init("client", .string(row.history.client.rawValue)),
      .init(
        "name", .string(row.history.name.isEmpty ? row.history.client.rawValue : row.history.name)),
      .init("stage", .string(row.stage.stage.rawValue)),
      .init("revenue", .string(value.revenue.description)),
      .init("cogs", .string(value.cogs.description)),
      .init("costToServe", .string(value.costToServe.description)),
      .init("profit", .string(value.profit.description)),
      .init("paretoClass", .string(row.entry.paretoClass.rawValue)),
      .init("keyAccountReasons", .array(row.entry.keyAccountReasons.map { .string($0.rawValue) })),
      .init("churnRisk", row.churnRisk.map { .number(RiskCommand.rounded($0)) } ?? .null),
      .init("unprofitable", .bool(value.unprofitable)),
      .init("quadrant", row.entry.quadrantLabel.map { .string($0) } ?? .null),
      .init("owner", row.history.owner.map { .string($0) } ?? .null),
    ]
  }
}
