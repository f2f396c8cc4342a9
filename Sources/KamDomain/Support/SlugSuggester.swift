/// Finds the slug someone probably meant when they mistyped one.
public enum SlugSuggester {
  /// The closest of `candidates` to `typed` by edit distance, when close enough
  /// to be a likely typo (at most 2 edits, and less than half the length).
  public static func nearest(to typed: String, in candidates: [String]) -> String? {
    let target = Array(typed.utf8)
    var best: (slug: String, distance: Int)?
    for candidate in candidates {
      let distance = editDistance(target, Array(candidate.utf8))
      if distance <= 2, distance * 2 < max(target.count, 1),
        distance < (best?.distance ?? .max)
      {
        best = (candidate, distance)
      }
    }
    return best?.slug
  }

  /// Levenshtein distance, one row at a time.
  static func editDistance(_ a: [UInt8], _ b: [UInt8]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
        current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }
}
