#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The mean Gamma-Gamma log-likelihood of a client base, prepared for the optimiser's many
/// evaluations.
///
/// Of the terms of ``GammaGammaParameters/logLikelihood(_:)``, the Gamma functions depend
/// on x alone (computed once per distinct x) and `(px − 1) ln m̄ + px ln x` is linear in p
/// (summed once); only ln(x m̄ + v) is left per client and evaluation. Clients are sorted,
/// so the sum does not depend on the input order.
struct GammaGammaLikelihood {
  /// Distinct x, ascending, and how many clients have each.
  let frequencies: [(x: Double, count: Double)]
  /// Per client, sorted: x and x·m̄.
  let clients: [(x: Double, spend: Double)]
  /// Σ x ln m̄ + Σ x ln x, and Σ ln m̄, over the clients.
  let linearInP: Double
  let sumLogMean: Double

  /// Prepares `summaries`; they are assumed fittable.
  init(_ summaries: [SpendSummary]) {
    let sorted = summaries.sorted {
      ($0.repeatDays, $0.meanSpend) < ($1.repeatDays, $1.meanSpend)
    }
    var frequencies: [(x: Double, count: Double)] = []
    var linear = 0.0
    var logMeans = 0.0
    for summary in sorted {
      let x = Double(summary.repeatDays)
      if frequencies.last?.x == x {
        frequencies[frequencies.count - 1].count += 1
      } else {
        frequencies.append((x, 1))
      }
      linear += x * log(summary.meanSpend) + x * log(x)
      logMeans += log(summary.meanSpend)
    }
    self.frequencies = frequencies
    self.clients = sorted.map { (Double($0.repeatDays), Double($0.repeatDays) * $0.meanSpend) }
    self.linearInP = linear
    self.sumLogMean = logMeans
  }

  /// How many clients are summed.
  var count: Int { clients.count }

  /// The mean log-likelihood per client at `parameters`.
  func callAsFunction(_ parameters: GammaGammaParameters) -> Double {
    let (p, q, v) = (parameters.p, parameters.q, parameters.v)
    var sum = 0.0
    let logGammaQ = SpecialFunctions.logGamma(q)
    for (x, count) in frequencies {
      sum +=
        count
        * (SpecialFunctions.logGamma(p * x + q) - SpecialFunctions.logGamma(p * x) - logGammaQ)
    }
    sum += Double(clients.count) * q * log(v) + p * linearInP - sumLogMean
    for (x, spend) in clients { sum -= (p * x + q) * log(spend + v) }
    return sum / Double(clients.count)
  }
}
