/// A search for the slug someone probably meant, fed one candidate at a time.
///
/// ``SlugSuggester/nearest(to:in:)`` over a list is this search over its elements, and
/// candidates given as bytes are measured without becoming a `String` (only the best so far
/// does). Slugs kept in byte order, as a store's index keeps them, are searched by seeking
/// instead (``seek(_:)``), reading only the slugs a typed prefix still allows:
///
/// ```swift
/// var search = SlugSearch(typed: "cdnow-0117")
/// for slug in ["cdnow-00117", "cdnow-01170"] { search.consider(slug) }
/// search.nearest  // "cdnow-00117"
/// ```
public struct SlugSearch: Sendable {
  let target: [UInt8]
  /// `distance * 2 < max(length, 1)`, as a bound.
  let allowed: Int
  private var rows = SlugSuggester.Rows()
  var best: (slug: String, distance: Int)?

  /// A search for the slug nearest to `typed`.
  public init(typed: String) {
    target = Array(typed.utf8)
    allowed = min(2, (max(target.count, 1) - 1) / 2)
  }

  /// The closest candidate so far, when close enough to be a likely typo; of several as
  /// close, the first considered.
  public var nearest: String? { best?.slug }

  /// Whether no later candidate can replace ``nearest``: one as close as can be was found.
  public var isSettled: Bool { bound < 0 }

  /// How far a candidate may be from the typed slug and still replace the best so far.
  var bound: Int { min(allowed, (best?.distance ?? .max) - 1) }

  /// Measures one candidate, as far as it could beat the best so far.
  public mutating func consider(_ candidate: String) {
    guard !isSettled else { return }
    var candidate = candidate
    candidate.withUTF8 { consider($0) }
  }

  /// Measures one candidate given as its UTF-8 bytes, as far as it could beat the best so far.
  public mutating func consider(_ candidate: UnsafeBufferPointer<UInt8>) {
    let bound = bound
    guard bound >= 0 else { return }
    let distance = target.withUnsafeBufferPointer { typed in
      SlugSuggester.editDistance(typed, candidate, atMost: bound, &rows)
    }
    if let distance { best = (String(decoding: candidate, as: UTF8.self), distance) }
  }
}
