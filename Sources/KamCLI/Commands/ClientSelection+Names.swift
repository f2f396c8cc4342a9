import KamDomain

extension ClientSelection {
  /// Every owner and segment of the clients shown, sorted: what `--owner` and
  /// `--segment` are resolved against.
  struct Names {
    /// What `--segment` takes for clients registered without a segment.
    static let noSegment = "(none)"

    var owners: [String]
    var segments: [String]

    /// The owners and segments of `rows`.
    init(_ rows: some Sequence<ClientListing>) {
      owners = Set(rows.compactMap(\.owner)).sorted()
      segments = Set(rows.compactMap(\.segment)).sorted()
    }

    /// No owner and no segment: all a selection without `--owner` or `--segment` reads.
    init() {
      owners = []
      segments = []
    }
  }
}
