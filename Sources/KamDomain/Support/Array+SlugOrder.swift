extension Array {
  /// The elements in ascending order of `key`, for keys that are all different, sorted only
  /// when they are not in that order already: a book's clients come in slug order, and
  /// sorting a dictionary's entries (an order that changes from process to process) cost a
  /// full sort of 23,570 strings on CDNOW where one pass of comparisons does.
  package func inAscendingOrder<Key: Comparable>(of key: (Element) -> Key) -> [Element] {
    let ordered = indices.dropFirst().allSatisfy { key(self[$0 - 1]) < key(self[$0]) }
    return ordered ? self : sorted { key($0) < key($1) }
  }
}
