extension SlugSearch {
  /// Where a search over slugs kept in byte order reads next.
  public enum Seek: Equatable, Sendable {
    /// The first slug at or after these bytes.
    case atLeast([UInt8])
    /// The first slug after these bytes.
    case after([UInt8])
  }

  /// Searches slugs kept in byte order, reading only those whose prefix can still be close
  /// enough: `first` returns the UTF-8 bytes of the first slug at or after some bytes
  /// (``Seek/atLeast(_:)``) or after them (``Seek/after(_:)``), or nil past the last.
  ///
  /// It finds what ``consider(_:)`` over every slug in order finds. A slug's distance table
  /// is built a byte at a time, and once a prefix is too far from the typed slug, no slug
  /// that starts with it can be near, so the search seeks past them all. An unknown slug
  /// unlike the book's is refused after a seek or two, and a typo of one of 23,570 CDNOW
  /// slugs after tens to a few hundred, where reading every slug takes 23,570 steps:
  ///
  /// ```swift
  /// let slugs = ["cdnow-00117", "cdnow-01170"].map { Array($0.utf8) }
  /// var search = SlugSearch(typed: "cdnow-0117")
  /// search.seek { seek in
  ///   switch seek {
  ///   case .atLeast(let key): slugs.first { !$0.lexicographicallyPrecedes(key) }
  ///   case .after(let key): slugs.first { key.lexicographicallyPrecedes($0) }
  ///   }
  /// }
  /// search.nearest  // "cdnow-00117"
  /// ```
  public mutating func seek(_ first: (Seek) throws -> [UInt8]?) rethrows {
    let width = target.count + 1
    let over = allowed + 1
    // The distance rows of `slug`'s prefixes, `width` cells each: row k is the typed slug
    // against its first k bytes, capped at `over`; `smallest[k]` is row k's least cell.
    var cells = (0..<width).map { min($0, over) }
    var smallest = [0]
    var slug: [UInt8] = []
    var next = Seek.atLeast([])
    while !isSettled, let candidate = try first(next) {
      // Each seek lands past the slug before; one that does not (an index out of byte
      // order) would be sought again forever, so the search ends with what it has.
      guard next == .atLeast([]) || slug.lexicographicallyPrecedes(candidate) else { break }
      // The rows of the prefix this slug shares with the one before stay as they are.
      var shared = 0
      let kept = min(slug.count, candidate.count, smallest.count - 1)
      while shared < kept, slug[shared] == candidate[shared] { shared += 1 }
      cells.removeLast(cells.count - (shared + 1) * width)
      smallest.removeLast(smallest.count - (shared + 1))
      slug = candidate
      // The shortest prefix too far to lead to a slug within the bound, if any; a row kept
      // may be too far now that the bound has narrowed.
      let bound = bound
      var tooFar = smallest.firstIndex { $0 > bound }
      var k = shared
      while tooFar == nil, k < slug.count {
        let above = k * width
        let byte = slug[k]
        cells.append(min(k + 1, over))
        var least = cells[above + width]
        for j in 1..<width {
          let substitution = cells[above + j - 1] + (target[j - 1] == byte ? 0 : 1)
          let cell = min(cells[above + j] + 1, cells[above + width + j - 1] + 1, substitution, over)
          cells.append(cell)
          least = min(least, cell)
        }
        smallest.append(least)
        k += 1
        if least > bound { tooFar = k }
      }
      guard let tooFar else {
        let distance = cells[slug.count * width + width - 1]
        if distance <= bound { best = (String(decoding: slug, as: UTF8.self), distance) }
        next = .after(slug)
        continue
      }
      // Past every slug that starts with the prefix: the prefix with its last byte one
      // higher. Past a byte of 0x7F or more, whose successor would not begin a character,
      // the search reads on one slug at a time instead, so that every position sought is
      // valid UTF-8 (a store may refuse other text).
      let last = slug[tooFar - 1]
      next = last < 0x7F ? .atLeast(Array(slug[..<(tooFar - 1)]) + [last + 1]) : .after(slug)
    }
  }
}
