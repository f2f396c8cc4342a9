extension SimulationRandom {
  /// A uniform number in [0, 1), from the top 53 bits.
  public mutating func unit() -> Double {
    Double(next() >> 11) * (1.0 / 9_007_199_254_740_992.0)
  }

  /// True with probability `p`.
  public mutating func chance(_ p: Double) -> Bool { unit() < p }

  /// A uniform whole number in `range`.
  public mutating func int(_ range: ClosedRange<Int>) -> Int {
    // Multiply-shift keeps the draw to one call; the bias is below 2^-40 here.
    let span = UInt64(range.upperBound - range.lowerBound + 1)
    return range.lowerBound + Int(next().multipliedFullWidth(by: span).high)
  }

  /// A uniform number in `low..<high`.
  public mutating func uniform(_ low: Double, _ high: Double) -> Double {
    low + (high - low) * unit()
  }

  /// A standard normal number (Marsaglia's polar method: no trigonometry).
  public mutating func normal() -> Double {
    while true {
      let u = 2 * unit() - 1
      let v = 2 * unit() - 1
      let s = u * u + v * v
      if s > 0 && s < 1 { return u * (-2 * SimulationMath.log(s) / s).squareRoot() }
    }
  }

  /// A log-normal number: e^(μ + σ·N(0,1)).
  public mutating func logNormal(mu: Double, sigma: Double) -> Double {
    SimulationMath.exp(mu + sigma * normal())
  }

  /// An exponential number with this mean.
  public mutating func exponential(mean: Double) -> Double {
    -mean * SimulationMath.log(1 - unit())
  }

  /// A gamma number with this shape and mean (Marsaglia–Tsang).
  public mutating func gamma(shape: Double, mean: Double) -> Double {
    if shape < 1 {
      // Boost to shape + 1, then scale back with U^(1/shape).
      let boosted = gamma(shape: shape + 1, mean: mean * (shape + 1) / shape)
      return boosted * SimulationMath.exp(SimulationMath.log(1 - unit()) / shape)
    }
    let d = shape - 1.0 / 3.0
    let c = 1 / (9 * d).squareRoot()
    while true {
      var x = 0.0
      var v = 0.0
      repeat {
        x = normal()
        v = 1 + c * x
      } while v <= 0
      v = v * v * v
      let u = 1 - unit()
      if SimulationMath.log(u) < 0.5 * x * x + d - d * v + d * SimulationMath.log(v) {
        return d * v * mean / shape
      }
    }
  }

  /// One of `items`, chosen with the given weights.
  public mutating func pick<T>(_ items: [(T, Double)]) -> T {
    let total = items.reduce(0) { $0 + $1.1 }
    var target = unit() * total
    for (item, weight) in items {
      if target < weight { return item }
      target -= weight
    }
    return items[items.count - 1].0
  }

  /// One of `items`, uniformly.
  public mutating func element<T>(_ items: [T]) -> T { items[int(0...items.count - 1)] }
}
