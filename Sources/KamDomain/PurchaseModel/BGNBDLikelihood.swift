#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The summed BG/NBD log-likelihood of one client base, prepared for the optimiser's many
/// evaluations.
///
/// Identical summaries are merged into weighted groups (CDNOW's 2,357 clients make 1,016),
/// and the Gamma-function terms, which depend on x alone, are computed once per distinct x
/// rather than once per client. Groups are sorted, so the summation order, and with it the
/// optimiser's path, does not depend on the input order or on hashing.
struct BGNBDLikelihood {
  /// The distinct frequencies x, ascending.
  private let frequencies: [Double]
  /// How many clients have each distinct frequency.
  private let frequencyCounts: [Double]
  /// Per group: index into `frequencies`.
  private let groupFrequency: [Int]
  /// Per group: how many clients share the summary.
  private let groupWeight: [Double]
  /// Per group: tₓ.
  private let groupRecency: [Double]
  /// Per group: T.
  private let groupAge: [Double]

  /// Groups `summaries`; they are assumed valid.
  init(_ summaries: [PurchaseSummary]) {
    let sorted = summaries.sorted {
      ($0.frequency, $0.recency, $0.age) < ($1.frequency, $1.recency, $1.age)
    }
    var frequencies: [Double] = []
    var frequencyCounts: [Double] = []
    var groupFrequency: [Int] = []
    var groupWeight: [Double] = []
    var groupRecency: [Double] = []
    var groupAge: [Double] = []
    var previous: PurchaseSummary?
    for summary in sorted {
      if summary.frequency != previous?.frequency {
        frequencies.append(Double(summary.frequency))
        frequencyCounts.append(0)
      }
      frequencyCounts[frequencyCounts.count - 1] += 1
      if summary == previous {
        groupWeight[groupWeight.count - 1] += 1
      } else {
        groupFrequency.append(frequencies.count - 1)
        groupWeight.append(1)
        groupRecency.append(summary.recency)
        groupAge.append(summary.age)
      }
      previous = summary
    }
    self.frequencies = frequencies
    self.frequencyCounts = frequencyCounts
    self.groupFrequency = groupFrequency
    self.groupWeight = groupWeight
    self.groupRecency = groupRecency
    self.groupAge = groupAge
  }

  /// Σᵢ ln Lᵢ at `p`, term for term as in `BGNBDParameters.logLikelihood(of:)`.
  func callAsFunction(_ p: BGNBDParameters) -> Double {
    // The parts of A₁ + A₂ that do not depend on x.
    let base =
      p.r * log(p.alpha) - SpecialFunctions.logGamma(p.r)
      + SpecialFunctions.logGamma(p.a + p.b) - SpecialFunctions.logGamma(p.b)
    var total = 0.0
    // Per distinct x: r + x, and ln a − ln(b+x−1), the x-only part of A₄.
    var shapes = [Double](repeating: 0, count: frequencies.count)
    var dropoutTerms = [Double](repeating: 0, count: frequencies.count)
    for (k, x) in frequencies.enumerated() {
      let a1a2 =
        base + SpecialFunctions.logGamma(p.r + x)
        + SpecialFunctions.logGamma(p.b + x) - SpecialFunctions.logGamma(p.a + p.b + x)
      total += frequencyCounts[k] * a1a2
      shapes[k] = p.r + x
      dropoutTerms[k] = x > 0 ? log(p.a) - log(p.b + x - 1) : -.infinity
    }
    for g in groupWeight.indices {
      let k = groupFrequency[g]
      let a3 = -shapes[k] * log(p.alpha + groupAge[g])
      guard frequencies[k] > 0 else {
        total += groupWeight[g] * a3
        continue
      }
      let a4 = dropoutTerms[k] - shapes[k] * log(p.alpha + groupRecency[g])
      total += groupWeight[g] * BGNBDParameters.logSumExp(a3, a4)
    }
    return total
  }
}
