/// Minimisation of a smooth objective with its gradient, strictly inside a box: BFGS with a
/// backtracking line search (Nocedal & Wright 2006, algorithm 6.1 and §6.1's scaling of the
/// first inverse Hessian).
///
/// It is the fast path of a fit, not the whole of it: a search that would step onto or
/// outside the box, meets a value that is not finite, or runs out of its budget stops with
/// `converged == false`, and the caller falls back to `NelderMead`, which handles the edge of
/// the box and rough objectives. A search converges when the gradient is flat relative to the
/// objective's size, or when a full quasi-Newton step moves no coordinate by more than
/// `pointTolerance`. Only arithmetic on the inputs decides the path, so results are fully
/// deterministic.
struct QuasiNewton {
  typealias Result = OptimiserResult

  /// Lower corner of the box.
  var lower: [Double]
  /// Upper corner of the box.
  var upper: [Double]
  /// Largest move of any coordinate in one step, so that a poor early direction cannot
  /// leap across the box.
  var maxStep = 1.0
  /// Largest gradient component, relative to 1 + |value|, that counts as flat.
  var gradientTolerance = 1e-10
  /// Largest move of a full quasi-Newton step that counts as arrived.
  var pointTolerance = 1e-9
  /// Budget of evaluations.
  var maxEvaluations = 400

  /// Minimises `f`, which returns the objective and its gradient, starting from `start`.
  func minimize(
    from start: [Double], _ f: ([Double]) -> (value: Double, gradient: [Double])
  ) -> Result {
    let n = start.count
    var evaluations = 1
    var x = start
    var (value, gradient) = f(x)
    guard inside(x), value.isFinite, gradient.allSatisfy(\.isFinite) else {
      return Result(point: x, value: value, evaluations: evaluations, converged: false)
    }
    // The inverse Hessian, row-major; nil until the first step scales it.
    var inverse: [Double]? = nil
    while evaluations < maxEvaluations {
      if isFlat(gradient, value) {
        return Result(point: x, value: value, evaluations: evaluations, converged: true)
      }
      var direction =
        inverse.map { Self.times($0, gradient, n).map { -$0 } } ?? gradient.map { -$0 }
      var slope = Self.dot(gradient, direction)
      if !(slope < 0) {
        // Not a descent direction (a poor approximation): start again from steepest descent.
        inverse = nil
        direction = gradient.map { -$0 }
        slope = Self.dot(gradient, direction)
      }
      let longest = direction.map { abs($0) }.max() ?? 0
      var step = min(1, maxStep / longest)
      var accepted: (point: [Double], value: Double, gradient: [Double])? = nil
      while evaluations < maxEvaluations, step * longest > 1e-16 {
        let trial = (0..<n).map { x[$0] + step * direction[$0] }
        guard inside(trial) else {
          return Result(point: x, value: value, evaluations: evaluations, converged: false)
        }
        evaluations += 1
        let (trialValue, trialGradient) = f(trial)
        if trialValue.isFinite, trialGradient.allSatisfy(\.isFinite),
          trialValue <= value + 1e-4 * step * slope
        {
          accepted = (trial, trialValue, trialGradient)
          break
        }
        step *= 0.5
      }
      guard let next = accepted else {
        // No decrease along a descent direction: the objective's rounding floor.
        let flat = gradient.map { abs($0) }.max()! <= 1e-6 * (1 + abs(value))
        return Result(point: x, value: value, evaluations: evaluations, converged: flat)
      }
      let s = (0..<n).map { next.point[$0] - x[$0] }
      let y = (0..<n).map { next.gradient[$0] - gradient[$0] }
      (x, value, gradient) = (next.point, next.value, next.gradient)
      if step == 1, s.allSatisfy({ abs($0) <= pointTolerance }) {
        return Result(point: x, value: value, evaluations: evaluations, converged: true)
      }
      let sy = Self.dot(s, y)
      guard sy > 1e-12 * (Self.dot(s, s) * Self.dot(y, y)).squareRoot() else { continue }
      var h = inverse ?? Self.identity(n, scaled: sy / Self.dot(y, y))
      Self.update(&h, s, y, sy, n)
      inverse = h
    }
    return Result(point: x, value: value, evaluations: evaluations, converged: false)
  }

  /// Strictly inside the box: a point on its edge is for `NelderMead` to judge.
  private func inside(_ point: [Double]) -> Bool {
    point.indices.allSatisfy { lower[$0] < point[$0] && point[$0] < upper[$0] }
  }

  private func isFlat(_ gradient: [Double], _ value: Double) -> Bool {
    gradient.allSatisfy { abs($0) <= gradientTolerance * (1 + abs(value)) }
  }

  private static func dot(_ u: [Double], _ v: [Double]) -> Double {
    var sum = 0.0
    for i in u.indices { sum += u[i] * v[i] }
    return sum
  }

  private static func times(_ matrix: [Double], _ vector: [Double], _ n: Int) -> [Double] {
    (0..<n).map { i in
      var sum = 0.0
      for j in 0..<n { sum += matrix[i * n + j] * vector[j] }
      return sum
    }
  }

  private static func identity(_ n: Int, scaled scale: Double) -> [Double] {
    (0..<(n * n)).map { $0 / n == $0 % n ? scale : 0 }
  }

  /// H ← (I − ρ s yᵀ) H (I − ρ y sᵀ) + ρ s sᵀ with ρ = 1 / (yᵀs), the BFGS update of the
  /// inverse Hessian.
  private static func update(
    _ h: inout [Double], _ s: [Double], _ y: [Double], _ sy: Double, _ n: Int
  ) {
    let rho = 1 / sy
    let hy = times(h, y, n)
    let yhy = dot(y, hy)
    for i in 0..<n {
      for j in 0..<n {
        h[i * n + j] += (1 + rho * yhy) * rho * s[i] * s[j] - rho * (hy[i] * s[j] + s[i] * hy[j])
      }
    }
  }
}
