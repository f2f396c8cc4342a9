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
/// optimiser's path, does not depend on the input order or on hashing. A large base is
/// summed in fixed slices on every core: an optimiser evaluates it hundreds of times.
struct BGNBDLikelihood {
  /// The distinct frequencies x, ascending.
  let frequencies: [Double]
  /// How many clients have each distinct frequency.
  let frequencyCounts: [Double]
  /// Per group: index into `frequencies`.
  let groupFrequency: [Int]
  /// Per group: how many clients share the summary.
  let groupWeight: [Double]
  /// The distinct times (tₓ and T, in weeks) of all groups, ascending: ln(α + t) is
  /// computed once per distinct time, since many clients share a first or last day.
  let times: [Double]
  /// Per group: tₓ, as an index into `times`.
  let groupRecency: [Int32]
  /// Per group: T, as an index into `times`.
  let groupAge: [Int32]

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
    let times = Array(Set(groupRecency + groupAge)).sorted()
    var index: [Double: Int32] = [:]
    index.reserveCapacity(times.count)
    for (i, time) in times.enumerated() { index[time] = Int32(i) }
    self.times = times
    self.groupRecency = groupRecency.map { index[$0]! }
    self.groupAge = groupAge.map { index[$0]! }
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
    let logTimes = times.map { log(p.alpha + $0) }
    let slices = Self.slices(groupWeight.count)
    guard slices > 1 else {
      groupTerms(0..<groupWeight.count, shapes, dropoutTerms, logTimes, into: &total)
      return total
    }
    let (perShape, perDropout) = (shapes, dropoutTerms)
    let partial = FixedSlices.map(groupWeight.count, slices: slices) { groups in
      var sum = 0.0
      groupTerms(groups, perShape, perDropout, logTimes, into: &sum)
      return sum
    }
    for sum in partial { total += sum }
    return total
  }

  /// Adds the groups' A₃/A₄ terms to `total`, in order.
  private func groupTerms(
    _ groups: Range<Int>, _ shapes: [Double], _ dropoutTerms: [Double], _ logTimes: [Double],
    into total: inout Double
  ) {
    for g in groups {
      let k = groupFrequency[g]
      let a3 = -shapes[k] * logTimes[Int(groupAge[g])]
      guard frequencies[k] > 0 else {
        total += groupWeight[g] * a3
        continue
      }
      let a4 = dropoutTerms[k] - shapes[k] * logTimes[Int(groupRecency[g])]
      total += groupWeight[g] * BGNBDParameters.logSumExp(a3, a4)
    }
  }

  /// How many slices to sum `groups` groups in: one below a size where
  /// handing work to other cores pays (CDNOW's 1,016 groups stay whole), else four.
  static func slices(_ groups: Int) -> Int { groups < 3_000 ? 1 : 4 }
}
