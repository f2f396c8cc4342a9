import KamDomain
import Testing

@Suite("ROC AUC")
struct ROCAUCTests {
  @Test(
    "given tiny hand-made scores, when the AUC is computed, then ties count one half",
    arguments: [
      ([0.9, 0.8, 0.7, 0.6], [true, false, true, false], 0.75),
      ([0.9, 0.8, 0.2, 0.1], [true, true, false, false], 1.0),
      ([0.1, 0.2, 0.8, 0.9], [true, true, false, false], 0.0),
      ([0.5, 0.5], [true, false], 0.5),
      ([1, 1, 0, 1], [true, false, false, true], 0.75),
      ([3, 2, 2, 1, 2], [false, true, false, true, true], 1.0 / 6),
    ] as [([Double], [Bool], Double)])
  func handMade(scores: [Double], positives: [Bool], auc: Double) {
    #expect(ROCAUC.auc(scores: scores, positives: positives) == auc)
  }

  @Test("given only positives or only negatives, when the AUC is computed, then nil")
  func oneClass() {
    #expect(ROCAUC.auc(scores: [1, 2], positives: [true, true]) == nil)
    #expect(ROCAUC.auc(scores: [1, 2], positives: [false, false]) == nil)
    #expect(ROCAUC.auc(scores: [], positives: []) == nil)
  }

  @Test("given a NaN score, when the AUC is computed, then it ranks lowest")
  func nan() {
    #expect(ROCAUC.auc(scores: [.nan, 0], positives: [false, true]) == 1)
  }

  @Test(
    "given random scores with many ties, when the AUC is computed, then it counts every pair",
    arguments: [1, 2, 3, 4, 5] as [UInt64])
  func bruteForce(seed: UInt64) {
    var rng = SplitMix64(seed: seed)
    let count = Int.random(in: 2...60, using: &rng)
    let scores = (0..<count).map { _ in Double(Int.random(in: 0...5, using: &rng)) }
    var positives = (0..<count).map { _ in Bool.random(using: &rng) }
    positives[0] = true
    positives[1] = false
    var wins = 0.0
    var pairs = 0.0
    for p in 0..<count where positives[p] {
      for n in 0..<count where !positives[n] {
        pairs += 1
        wins += scores[p] > scores[n] ? 1 : scores[p] == scores[n] ? 0.5 : 0
      }
    }
    let auc = ROCAUC.auc(scores: scores, positives: positives)
    #expect(auc.map { abs($0 - wins / pairs) < 1e-12 } == true)
  }
}
