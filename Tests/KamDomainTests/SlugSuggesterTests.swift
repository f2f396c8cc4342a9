import Testing

@testable import KamDomain

/// `SlugSuggester` measures each candidate only as far as it could beat the best so far;
/// these tests hold it to the plain reading it replaced (the whole Levenshtein table for
/// every candidate), kept here as the reference.
@Suite("The slug suggested for a typo, against the plain reading")
struct SlugSuggesterTests {
  @Test(
    "given random slugs over a few letters, when one is mistyped, then the suggestion is the plain reading's",
    arguments: 0..<100 as Range<UInt64>)
  func matchesTheReference(seed: UInt64) {
    var random = SplitMix64(seed: seed)
    func slug(_ length: Int) -> String {
      String((0..<length).map { _ in "abc-".randomElement(using: &random)! })
    }
    let candidates = (0..<Int.random(in: 0...60, using: &random)).map { _ in
      slug(Int.random(in: 0...9, using: &random))
    }
    for _ in 0..<40 {
      let typed = slug(Int.random(in: 0...10, using: &random))
      let reference = Self.reference(typed, candidates)
      #expect(
        SlugSuggester.nearest(to: typed, in: candidates) == reference,
        "seed \(seed), \(typed) among \(candidates)")
      // As a store feeds it: each candidate's bytes, valid only while it is measured.
      var search = SlugSearch(typed: typed)
      for candidate in candidates {
        Array(candidate.utf8).withUnsafeBufferPointer { search.consider($0) }
      }
      #expect(search.nearest == reference, "seed \(seed), \(typed) among \(candidates), as bytes")
    }
  }

  @Test(
    "given random slugs kept in byte order, when one is mistyped, then seeking finds what reading every slug finds",
    arguments: 0..<100 as Range<UInt64>)
  func seekingMatchesTheReference(seed: UInt64) {
    var random = SplitMix64(seed: seed)
    // Multi-byte characters and the last one-byte character too: a seek never splits one.
    func slug(_ length: Int) -> String {
      String((0..<length).map { _ in "abc-é\u{7F}".randomElement(using: &random)! })
    }
    let candidates = Set(
      (0..<Int.random(in: 0...80, using: &random)).map { _ in
        slug(Int.random(in: 0...9, using: &random))
      }
    ).map { Array($0.utf8) }.sorted { $0.lexicographicallyPrecedes($1) }
    let strings = candidates.map { String(decoding: $0, as: UTF8.self) }
    for _ in 0..<40 {
      let typed = slug(Int.random(in: 0...10, using: &random))
      var search = SlugSearch(typed: typed)
      var seeks: [SlugSearch.Seek] = []
      search.seek { seek in
        seeks.append(seek)
        return Self.first(seek, in: candidates)
      }
      #expect(
        search.nearest == Self.reference(typed, strings),
        "seed \(seed), \(typed) among \(strings)")
      #expect(seeks.count <= candidates.count + 1, "seed \(seed), \(typed): \(seeks)")
      // Every position sought is text a store can take: never a broken character.
      let broken = seeks.filter { seek in
        guard case .atLeast(let key) = seek else { return false }
        return String(validating: key, as: UTF8.self) == nil
      }
      #expect(broken.isEmpty, "seed \(seed), \(typed): \(broken)")
    }
  }

  @Test(
    "given 23,570 slugs shaped as CDNOW's, when a slug unlike them is typed, then two seeks refuse it, and a typo is found in a few hundred",
    arguments: [
      ("no-such-client", nil, 2), ("cdnow-0117", "cdnow-00117", 300),
      ("cdnwo-00117", "cdnow-00117", 300), ("xdnow-23570", "cdnow-23570", 300),
    ] as [(String, String?, Int)])
  func seeksFew(typed: String, expected: String?, most: Int) {
    let slugs = (1...23_570).map { Array(("cdnow-" + String($0).padding(5)).utf8) }
    var search = SlugSearch(typed: typed)
    var seeks = 0
    search.seek { seek in
      seeks += 1
      return Self.first(seek, in: slugs)
    }
    #expect(search.nearest == expected)
    #expect(seeks <= most)
  }

  @Test("given a store that answers every seek with the same slug, then the search ends")
  func seekingEnds() {
    var search = SlugSearch(typed: "acmee")
    var seeks = 0
    search.seek { _ in
      seeks += 1
      return Array("acme".utf8)
    }
    #expect(search.nearest == "acme")
    #expect(seeks == 2)
  }

  /// The first of `sorted` at or after the position sought, found by halving, as an index does.
  static func first(_ seek: SlugSearch.Seek, in sorted: [[UInt8]]) -> [UInt8]? {
    let beyond: ([UInt8]) -> Bool =
      switch seek {
      case .atLeast(let key): { !$0.lexicographicallyPrecedes(key) }
      case .after(let key): { key.lexicographicallyPrecedes($0) }
      }
    var (low, high) = (0, sorted.count)
    while low < high {
      let middle = (low + high) / 2
      if beyond(sorted[middle]) { high = middle } else { low = middle + 1 }
    }
    return low < sorted.count ? sorted[low] : nil
  }

  @Test("given a book's slugs, when one digit is dropped or two swapped, then the slug is found")
  func typos() {
    let slugs = (1...500).map { "cdnow-" + String($0).padding(5) }
    #expect(SlugSuggester.nearest(to: "cdnow-1176", in: slugs + ["cdnow-01176"]) == "cdnow-01176")
    #expect(SlugSuggester.nearest(to: "cdnwo-01176", in: ["cdnow-01176"]) == "cdnow-01176")
    #expect(SlugSuggester.nearest(to: "nosuch", in: slugs) == nil)
    // Of two as close, the first.
    #expect(SlugSuggester.nearest(to: "acme", in: ["acmx", "acmy"]) == "acmx")
    #expect(SlugSuggester.nearest(to: "acme", in: ["acmx", "acme"]) == "acme")
  }

  /// The reading `nearest` replaced.
  static func reference(_ typed: String, _ candidates: [String]) -> String? {
    let target = Array(typed.utf8)
    var best: (slug: String, distance: Int)?
    for candidate in candidates {
      let distance = editDistance(target, Array(candidate.utf8))
      if distance <= 2, distance * 2 < max(target.count, 1), distance < (best?.distance ?? .max) {
        best = (candidate, distance)
      }
    }
    return best?.slug
  }

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

extension String {
  /// Zero-padded on the left to `width`.
  fileprivate func padding(_ width: Int) -> String {
    String(repeating: "0", count: max(0, width - count)) + self
  }
}
