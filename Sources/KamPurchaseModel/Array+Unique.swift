extension Array where Element: Equatable {
  /// Moves each run of equal elements to one element at the front, in order, and
  /// returns where the unique prefix ends (like C++'s `std::unique`).
  mutating func uniqueEnd() -> Int {
    guard !isEmpty else { return 0 }
    var end = 1
    for index in 1..<count where self[index] != self[end - 1] {
      self[end] = self[index]
      end += 1
    }
    return end
  }
}
