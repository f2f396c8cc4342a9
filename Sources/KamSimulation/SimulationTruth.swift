public import KamTime

/// What really happened in a simulated book, kept beside it for backtests.
///
/// The book records only what people entered; the truth says which owner
/// focused on acquisition when, which clients were neglected meanwhile, who
/// churned (and when the last purchase was), and which prospects were won or lost.
public struct SimulationTruth: Hashable, Sendable {
  /// What a line of the truth states.
  public enum Kind: String, CaseIterable, Sendable {
    /// An owner focused on acquisition from `from` to `to`.
    case focus
    /// A loyal client's planned meetings were skipped from `from` to `to` (owner's focus).
    case neglected
    /// A client stopped buying: `from` its last purchase, `to` the day it decided to.
    case churned
    /// A prospect was won: `from` its registration, `to` its first purchase.
    case won
    /// A prospect was lost: `from` its registration, `to` the day it said no.
    case lost
    /// A client made demanding: low margin, frequent service (`from` its first sale).
    case demanding
    /// A churned client came back: `from` the churn, `to` its next purchase.
    case returned
    /// The account's latent fit, a z-score in `detail` (`from` its registration): what
    /// shaped its behaviour and its hazard of leaving, never seen by kam.
    case fit
  }

  /// One line.
  public struct Record: Hashable, Sendable {
    /// What it states.
    public var kind: Kind
    /// The account owner.
    public var owner: String
    /// The client, or nil for an owner's focus period.
    public var client: String?
    /// First day.
    public var from: CalendarDate
    /// Last day, or nil while it was still going on at the end.
    public var to: CalendarDate?
    /// Why, or other particulars (e.g. `neglected` for a churn).
    public var detail: String

    /// Creates a line.
    public init(
      kind: Kind, owner: String, client: String?, from: CalendarDate, to: CalendarDate?,
      detail: String = ""
    ) {
      self.kind = kind
      self.owner = owner
      self.client = client
      self.from = from
      self.to = to
      self.detail = detail
    }
  }

  /// The lines, in the order things became true.
  public var records: [Record] = []

  /// An empty truth.
  public init() {}

  /// The header of the CSV form.
  public static let csvHeader = "kind,owner,client,from,to,detail"

  /// The truth as CSV, with a header line (see `docs/simulation.md`).
  public var csv: String {
    var out = Self.csvHeader + "\n"
    for record in records {
      out +=
        record.kind.rawValue + "," + record.owner + "," + (record.client ?? "") + ","
        + record.from.description + "," + (record.to?.description ?? "") + "," + record.detail
        + "\n"
    }
    return out
  }

  /// A fit z-score as the truth file writes it: three decimals, `-0.412`.
  public static func fitText(_ z: Double) -> String {
    let milli = Int((z * 1000).rounded())
    let digits = String(abs(milli) % 1000)
    return (milli < 0 ? "-" : "") + String(abs(milli) / 1000) + "."
      + String(repeating: "0", count: 3 - digits.count) + digits
  }

  /// Each account's fit, from its `fit` line, by client slug.
  public var fits: [String: Double] {
    var fits: [String: Double] = [:]
    for record in records where record.kind == .fit {
      if let client = record.client, let value = Double(record.detail) { fits[client] = value }
    }
    return fits
  }

  /// The lines of one kind.
  public func records(_ kind: Kind) -> [Record] { records.filter { $0.kind == kind } }
}
