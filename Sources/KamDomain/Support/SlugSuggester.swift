/// Finds the slug someone probably meant when they mistyped one.
public enum SlugSuggester {
  /// The closest of `candidates` to `typed` by edit distance, when close enough
  /// to be a likely typo (at most 2 edits, and less than half the length); of
  /// several as close, the first.
  ///
  /// Every slug of a book is a candidate (23,570 on the CDNOW book), so each is
  /// measured only as far as it could still beat the best so far: a length too
  /// different is skipped, and the edit distance is bounded and given up early.
  public static func nearest(to typed: String, in candidates: [String]) -> String? {
    var search = SlugSearch(typed: typed)
    for candidate in candidates {
      if search.isSettled { break }
      search.consider(candidate)
    }
    return search.nearest
  }

  /// Two rows of the distance table, kept between candidates.
  struct Rows: Sendable {
    var previous: [Int] = []
    var current: [Int] = []
  }

  /// The Levenshtein distance of `a` and `b` when it is at most `limit`, else nil.
  ///
  /// Only the cells within `limit` of the diagonal can stay within it; the others count
  /// as `limit + 1`, and a row with nothing within it ends the search.
  static func editDistance(
    _ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>, atMost limit: Int,
    _ rows: inout Rows
  ) -> Int? {
    let n = a.count
    let m = b.count
    guard abs(n - m) <= limit else { return nil }
    if n == 0 || m == 0 { return max(n, m) }
    let over = limit + 1
    if rows.previous.count < m + 1 {
      rows.previous = [Int](repeating: 0, count: m + 1)
      rows.current = [Int](repeating: 0, count: m + 1)
    }
    for j in 0...m { rows.previous[j] = min(j, over) }
    for i in 1...n {
      let low = max(1, i - limit)
      let high = min(m, i + limit)
      rows.current[low - 1] = low == 1 ? min(i, over) : over
      var smallest = rows.current[low - 1]
      for j in low...high {
        let substitution = rows.previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
        let cell = min(rows.previous[j] + 1, rows.current[j - 1] + 1, substitution, over)
        rows.current[j] = cell
        smallest = min(smallest, cell)
      }
      if high < m { rows.current[high + 1] = over }
      guard smallest <= limit else { return nil }
      swap(&rows.previous, &rows.current)
    }
    let distance = rows.previous[m]
    return distance <= limit ? distance : nil
  }
}
