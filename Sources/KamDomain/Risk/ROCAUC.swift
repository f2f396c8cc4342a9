/// The area under the ROC curve of a score, computed exactly as a Mann–Whitney statistic.
///
/// AUC is the probability that a randomly drawn positive scores higher than a randomly
/// drawn negative, ties counting ½: 1 ranks perfectly, 0.5 is no better than chance.
public enum ROCAUC {
  /// The AUC of `scores` against `positives` (same length; a higher score should mean
  /// "positive"); nil unless there is at least one positive and one negative.
  ///
  /// Sorts once and walks groups of equal scores: each positive earns 1 per negative
  /// scored strictly lower and ½ per negative tied with it. NaN scores rank lowest.
  /// O(n log n), exact up to the final division.
  public static func auc(scores: [Double], positives: [Bool]) -> Double? {
    precondition(scores.count == positives.count, "one label per score")
    let order = scores.indices.sorted { key(scores[$0]) < key(scores[$1]) }
    let positiveTotal = positives.count(where: { $0 })
    let negativeTotal = positives.count - positiveTotal
    guard positiveTotal > 0, negativeTotal > 0 else { return nil }
    // Counts of pairs are whole numbers or halves; doubling keeps them in integers.
    var doubledWins = 0
    var negativesBelow = 0
    var start = 0
    while start < order.count {
      var end = start
      var groupPositives = 0
      var groupNegatives = 0
      while end < order.count && key(scores[order[end]]) == key(scores[order[start]]) {
        if positives[order[end]] { groupPositives += 1 } else { groupNegatives += 1 }
        end += 1
      }
      doubledWins += groupPositives * (2 * negativesBelow + groupNegatives)
      negativesBelow += groupNegatives
      start = end
    }
    return Double(doubledWins) / Double(2 * positiveTotal * negativeTotal)
  }

  /// The sort key: NaN below everything, so it never breaks the ordering.
  private static func key(_ score: Double) -> Double {
    score.isNaN ? -.infinity : score
  }
}
