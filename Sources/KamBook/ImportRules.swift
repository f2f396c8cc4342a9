import KamDomain

/// How a CSV file maps to events: the rules file of `kam import` (see docs/import.md).
public struct ImportRules: Sendable, Hashable {
  /// Which event each row becomes.
  public enum EventKind: String, Sendable, CaseIterable {
    /// A sale: client, date, amount; cost, ref, note optional.
    case sale
    /// A meeting: client, date, kind; minutes, cost optional.
    case meeting
    /// A client registration: client, name; segment, owner optional; date optional.
    case client
  }

  /// How columns are separated.
  public enum Delimiter: Sendable, Hashable {
    /// One or more spaces or tabs; leading blanks ignored.
    case whitespace
    /// One character, with RFC 4180 double quotes.
    case character(UInt8)
  }

  /// Where a field's value comes from.
  public enum Source: Sendable, Hashable {
    /// A column, 0-based.
    case column(Int)
    /// The same text on every row.
    case constant(String)
  }

  /// The event kind.
  public var event: EventKind
  /// The column separator.
  public var delimiter: Delimiter = .character(UInt8(ascii: ","))
  /// Lines skipped at the top before anything else.
  public var skip = 0
  /// True when the first line after `skip` names the columns.
  public var header = true
  /// The date format of the date column.
  public var dateFormat: DateFormat = .iso
  /// The decimal separator of amounts.
  public var decimalSeparator: UInt8 = UInt8(ascii: ".")
  /// Prepended to the client column's value to make a slug.
  public var clientPrefix = ""
  /// The CSV file's text encoding.
  public var encoding = TextEncoding.utf8
  /// Field name → source.
  public var fields: [String: Source] = [:]

  /// The fields each event kind needs and may have.
  public static func fieldNames(for kind: EventKind) -> (required: [String], optional: [String]) {
    switch kind {
    case .sale: return (["client", "date", "amount"], ["cost", "ref", "note"])
    case .meeting: return (["client", "date", "kind"], ["minutes", "cost"])
    case .client: return (["client", "name"], ["segment", "owner", "date"])
    }
  }

  /// The largest `skip`: more lines than any export has, and few enough
  /// that the number cannot be mistaken for something else.
  public static let maxSkip = 1_000_000_000
  /// The highest column number a rules file may name.
  public static let maxColumns = 10_000

  /// Creates rules for an event kind.
  public init(event: EventKind) { self.event = event }
}

/// A date layout in an imported file.
public enum DateFormat: String, Sendable, CaseIterable {
  /// `2026-11-28`.
  case iso = "YYYY-MM-DD"
  /// `20261128`.
  case compact = "YYYYMMDD"
  /// `28.11.2026`.
  case dotted = "DD.MM.YYYY"
  /// `28/11/2026`.
  case dayFirst = "DD/MM/YYYY"
  /// `11/28/2026`.
  case monthFirst = "MM/DD/YYYY"
}
