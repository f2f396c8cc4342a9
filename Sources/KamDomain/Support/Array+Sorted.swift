extension Array {
  /// The first index whose element satisfies `belongs`, for a predicate that is
  /// false and then true along the array (a binary search); `count` when none does.
  ///
  /// On an array sorted by day, `partitioningIndex { $0.date > d }` is how many
  /// elements are dated on or before `d`.
  package func partitioningIndex(where belongs: (Element) throws -> Bool) rethrows -> Int {
    var (low, high) = (0, count)
    while low < high {
      let middle = (low + high) / 2
      if try belongs(self[middle]) { high = middle } else { low = middle + 1 }
    }
    return low
  }
}
