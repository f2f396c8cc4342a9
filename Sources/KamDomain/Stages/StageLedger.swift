import KamTime

/// Dated facts sorted by day, with running sums, so that "how many, and how
/// much, between two days" is two binary searches instead of a scan.
///
/// The stage timeline asks this once per critical date; with sums kept the
/// whole timeline stays O(n log n) in the number of facts.
struct StageLedger: Hashable, Sendable {
  /// One fact: its sequence number, day and money (zero when not money).
  struct Entry: Hashable, Sendable {
    var seq: Int64
    var date: CalendarDate
    var amount: Int64 = 0
    var cost: Int64 = 0
  }

  /// The facts, by day then sequence number.
  let entries: [Entry]
  /// `amountSums[i]` is the sum of the first `i` amounts.
  let amountSums: [Int64]
  /// `costSums[i]` is the sum of the first `i` costs.
  let costSums: [Int64]

  init(_ entries: [Entry]) {
    let sorted = entries.sorted { ($0.date, $0.seq) < ($1.date, $1.seq) }
    self.entries = sorted
    var amounts: [Int64] = [0]
    var costs: [Int64] = [0]
    Self.appendSums(of: sorted[...], to: &amounts, &costs)
    self.amountSums = amounts
    self.costSums = costs
  }

  /// Appends the running sums of `entries` to `amounts` and `costs`, whose last elements
  /// are the sums of the entries before them.
  static func appendSums(
    of entries: ArraySlice<Entry>, to amounts: inout [Int64], _ costs: inout [Int64]
  ) {
    amounts.reserveCapacity(amounts.count + entries.count)
    costs.reserveCapacity(costs.count + entries.count)
    for entry in entries {
      // Saturating, so that no stored history can trap the timeline.
      amounts.append(amounts[amounts.count - 1].saturatingAdding(entry.amount))
      costs.append(costs[costs.count - 1].saturatingAdding(entry.cost))
    }
  }

  /// A ledger of entries already sorted, with their running sums.
  init(sorted entries: [Entry], amountSums: [Int64], costSums: [Int64]) {
    self.entries = entries
    self.amountSums = amountSums
    self.costSums = costSums
  }

  /// How many facts are dated on or before `date`.
  func count(through date: CalendarDate) -> Int {
    entries.partitioningIndex { $0.date > date }
  }

  /// The positions of the facts dated in `(after, through]`.
  func range(after: CalendarDate, through: CalendarDate) -> Range<Int> {
    let upper = count(through: through)
    return min(count(through: after), upper)..<upper
  }

  /// The sum of the amounts at these positions.
  func amount(_ range: Range<Int>) -> Int64 {
    amountSums[range.upperBound].saturatingSubtracting(amountSums[range.lowerBound])
  }

  /// The sum of the costs at these positions.
  func cost(_ range: Range<Int>) -> Int64 {
    costSums[range.upperBound].saturatingSubtracting(costSums[range.lowerBound])
  }
}
