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
